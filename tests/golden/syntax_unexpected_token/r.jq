facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
param floor 15 "Minimum headcount"
tier gold "Gold" { requires }
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" {
    require
  }
}
