facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  pay.profit_sharing: bool
  pay.esop: bool
  collection job "A position"
  job.hourly_wage: money/hour
}
param living_wage_multiplier = 100% "Share"
standard earnings "Earnings" {
  let living_wage = pay.living_wage_hourly * living_wage_multiplier
  rule lowest_wage "Lowest" {
    require pay.lowest_hourly_wage >= living_wage
    advice "Raise it"
  }
  rule every_job "Every job" {
    require all j in job: j.hourly_wage >= living_wage
  }
  rule profit_sharing "Large employers share profits" {
    level recommended
    when employees >= 100
    require pay.profit_sharing or pay.esop
  }
}
