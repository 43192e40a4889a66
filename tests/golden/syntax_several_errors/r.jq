facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
param floor = $15/hour "Wage floor"
standard earnings "Earnings" {
  rule a "A" {
    require pay.lowest_hourly_wage >= floor +
  }
  rule b "B" {
    require employees > 0 )
  }
  rule c "C" {
    require employees > 0
    level mandatory
  }
}
standard size "Size" {
  rule d "D" {
    require employees in [1, 2
  }
}
