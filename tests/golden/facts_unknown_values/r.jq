facts {
  employees: count
  pay.lowest_hourly_wage: money/hour
  pay.profit_sharing: bool
  pay.esop: bool
  benefits.retirement_plan: one of "none", "401k"
  collection job "A position"
  job.hourly_wage: money/hour
}
standard s "Unknowns" {
  rule wage "Wage" { require pay.lowest_hourly_wage >= $15/hour }
  rule sharing "Share" { require pay.profit_sharing or pay.esop }
  rule plan "Plan" { require benefits.retirement_plan != "none" }
  rule size "Size" {
    when employees >= 10
    require pay.lowest_hourly_wage >= $16/hour
  }
  rule jobs "Jobs" { require all j in job: j.hourly_wage >= $15/hour }
  rule reported "Reported" { require employees is unknown }
}
