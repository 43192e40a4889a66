# A small county vocabulary, split over groups, with a collection declared in the middle.
facts {
  org.state: text "Two-letter state code, e.g. CO"
  org.employee_count: count "Workers on payroll, all locations"
  collection job "A position the employer offers"
  job.hourly_wage: money/hour "Base hourly wage of the position"
  job.full_time: bool "true when the position is 30 hours a week or more"
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage paid to any worker"
  benefits.retirement_plan: one of "none", "401k", "403b" "Retirement plan offered"
  benefits.languages: list of text "Languages benefit materials are printed in"
  schedule.advance_notice: days
}
standard pay "Pay" {
  rule floor { require pay.lowest_hourly_wage >= $15/hour }
}
