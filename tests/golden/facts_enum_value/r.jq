facts {
  employees: count
  industry: text
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  benefits.retirement_plan: one of "none", "401k", "403b", "pension"
  collection job "A position"
  job.hourly_wage: money/hour
  job.headcount: count
  collection location "A work site"
  location.city: text
}
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" {
    require pay.lowest_hourly_wage >= $15/hour
  }
  rule every_job "Every job" {
    require all j in job: j.hourly_wage >= $15/hour
  }
}
