facts {
  employees: count "Workers on payroll"
  industry: text "Industry, as the employer describes it"
  pay.lowest_hourly_wage: money/hour
}
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" {
    require pay.lowest_hourly_wage >= $15/hour
    cite "Joe’s “fair pay” rule"
  }
}
