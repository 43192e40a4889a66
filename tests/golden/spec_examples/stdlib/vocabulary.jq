# The vocabulary of spec section 4, plus the two facts section 3 uses.
facts {
  employees: count "Workers on payroll, all locations"
  industry: text
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage paid to any worker"
  pay.living_wage_hourly: money/hour "MIT living wage for the area, 1 adult 0 children"
  benefits.retirement_plan: one of "none", "401k", "403b", "457", "simple_ira", "pension"
  schedule.advance_notice: days
  collection job "A position the employer offers"
  job.hourly_wage: money/hour
  job.headcount: count
  job.benefits_eligible: bool
}

facts {
  pay.profit_sharing: bool
  pay.esop: bool
}
