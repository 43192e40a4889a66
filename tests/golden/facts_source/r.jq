facts {
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  benefits.retirement_plan: one of "none", "401k"
  collection job "A position"
  job.hourly_wage: money/hour
}
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" {
    require pay.lowest_hourly_wage >= pay.living_wage_hourly
  }
  rule plan "Plan" { require benefits.retirement_plan != "none" }
  rule every_job "Every job" {
    require all j in job: j.hourly_wage >= pay.living_wage_hourly
  }
}
