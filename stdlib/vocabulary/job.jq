# stdlib/vocabulary/job.jq — one element per position (job class).
#
# In a fact file:  job "Lead Teacher" { hourly_wage = $25/hour  headcount = 6 }
# The label is the job title: every element has the implicit member
# `name: text`, so there is no separate title fact. Rules reach the members
# only through a quantifier: `all j in job: j.hourly_wage >= living_wage`.

facts {
  collection job "A position (job class) the employer offers; one element per job title, labelled with the title"
  job.hourly_wage: money/hour "Lowest base hourly wage paid in this position (salaried: annual salary divided by 2080 hours)"
  job.top_hourly_wage: money/hour "Highest base hourly wage paid in this position, the top of its pay range (salaried: annual salary / 2080)"
  job.annual_salary: money/year "Lowest annual base salary of this position, for salaried positions only"
  job.pay_basis: one of "hourly", "salaried" "Whether the position is paid by the hour or by salary"
  job.headcount: count "Workers currently in this position"
  job.women_count: count "Workers in this position who identify as women (from the HR system or EEO-1 data); used by earnings.living_wage_disparity"
  job.bipoc_count: count "Workers in this position who identify as Black, Indigenous or a person of color (from the HR system or EEO-1 data); used by earnings.living_wage_disparity"
  job.full_time: bool "true if the position is scheduled for 30 or more hours a week"
  job.scheduled_hours_weekly: hours "Usual scheduled hours a week in this position, e.g. 32 hours"
  job.benefits_eligible: bool "true if workers in this position may enrol in the employer's health plan"
  job.retirement_eligible: bool "true if workers in this position may join the employer's retirement plan"
  job.tipped: bool "true if workers in this position receive tips that count toward their pay"
  job.flsa_exempt: bool "true if the position is exempt from federal overtime pay (salaried, exempt duties)"
  job.union_covered: bool "true if the position is covered by a collective bargaining agreement"
  job.supervisory: bool "true if workers in this position supervise other workers"
  job.entry_level: bool "true if the position is filled without prior experience in the field"
  job.degree_required: bool "true if the posting for this position requires a four-year college degree"
  job.on_call: bool "true if workers in this position are scheduled for on-call shifts"
  job.remote_eligible: bool "true if the position may be done remotely or on a flexible schedule at least part of the time"
  job.soc_code: text "Standard Occupational Classification code of the position, e.g. 25-2011 for preschool teachers"
  job.next_step: text "Title of the next position on this position's published career path (leave out if there is none)"
}
