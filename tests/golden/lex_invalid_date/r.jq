facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
standard earnings "Earnings" {
  effective 2028-02-29
  rule lowest_wage "Lowest wage" {
    expires 2026-02-30
    require pay.lowest_hourly_wage >= $15/hour
  }
}
