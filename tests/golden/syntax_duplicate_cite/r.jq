facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
standard earnings "Earnings" {
  version "1"
  version "2"
  rule lowest_wage "Lowest wage" {
    require pay.lowest_hourly_wage >= $15/hour
    cite "RFA principle 1"
    advice "Raise it"
    cite "RFA principle 2"
  }
}
