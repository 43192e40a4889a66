facts {
  ref.living_wage_hourly: money/hour "Living wage for the area"
  pay.lowest_hourly_wage: money/hour
  org.sector: one of "childcare", "retail"
  share_full_time: percent in 0%..100%
  collection job
  job.hourly_wage: money/hour
}
default ref.living_wage_hourly = $20/hour "State average"
standard earnings "Earnings" {
  rule lowest_wage "Lowest wage" { require pay.lowest_hourly_wage >= ref.living_wage_hourly }
  rule full_time "Full time" { require share_full_time >= 50% }
}
