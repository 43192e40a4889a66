facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
standard size "Size" {
  rule small "Small" {
    require employees = 42
  }
}
let = 3
