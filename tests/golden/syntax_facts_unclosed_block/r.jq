facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
  collection job "Jobs"
  job.hourly_wage: money/hour
}
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}
