facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
let floor = $15/day
