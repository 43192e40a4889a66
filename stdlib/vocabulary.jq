# stdlib/vocabulary.jq — the shared fact vocabulary of the jqlc standard library.
#
# Every fact that a standard-library rule mentions is declared here, with the
# type a fact file must use and a one-line description a data clerk can act
# on. Names follow the research notes (domain-jobquality.md, §1A, §2 and §3)
# so that a value can be traced back to the criterion that asks for it.
#
# Groups:
#   org.*        who the employer is (location, industry, size). The group is
#                called `org` because `employer` is a reserved word of JQL.
#   ref.*        reference values the agency supplies, not the employer
#   pay.*        wages, bonuses, profit sharing
#   job          one element per position (job class) the employer offers
#   benefits.*   health, leave, retirement, education
#   schedule.*   scheduling practices
#   safety.*     injury records and safety policies
#   security.*   classification and contingent work
#   voice.* culture.* hiring.* learning.* survey.*   other RFA principles
#
# Durations: hours-type facts take `40 hours` or `90 minutes`; days-type facts
# take `14 days` or `2 weeks`; months-type facts take `12 months` or `1 year`.
# Percentages are written `35%`. Rates carry their period: `$21.00/hour`.

facts {
  # ---- org: the employer ----------------------------------------------------
  org.state: text "Two-letter postal code of the state where the worksite is, e.g. CO"
  org.city: text "City (or county) of the worksite, as on the employer's registration"
  org.naics: text "Six-digit NAICS industry code of the worksite, e.g. 624410 for child care"
  org.sector: one of "childcare", "health_care", "warehousing", "retail",
                     "food_service", "hospitality", "manufacturing",
                     "building_services", "public_administration", "other"
    "Broad industry of the worksite; pick the closest, or other"
  org.employee_count: count "Workers on payroll on the reporting date, all locations worldwide, full- and part-time"

  # ---- ref: values the agency supplies ---------------------------------------
  ref.living_wage_hourly: money/hour "MIT Living Wage Calculator hourly wage for 1 adult, 0 children, in the worksite's county (agency supplies it)"

  # ---- pay ------------------------------------------------------------------
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage paid to any worker, before tips, bonuses and overtime; salaried pay divided by 2080 hours"
  pay.profit_sharing: bool "true if workers below management share in profits through a written plan"
  pay.bonuses_paid: bool "true if any worker below management received a bonus in the last 12 months"
  pay.bonus_criteria_published: bool "true if the criteria for bonuses are written down and shared with every eligible worker"

  # ---- job: one element per position ------------------------------------------
  collection job "A position (job class) the employer offers; one element per job title, labelled with the title"
  job.hourly_wage: money/hour "Lowest base hourly wage paid in this position (salaried: annual salary divided by 2080 hours)"
  job.headcount: count "Workers currently in this position"
  job.full_time: bool "true if the position is scheduled for 30 or more hours a week"
  job.benefits_eligible: bool "true if workers in this position may enrol in the employer's health plan"

  # ---- benefits: health -------------------------------------------------------
  benefits.health.offered: bool "true if the employer offers a group health plan to any of its workers"
  benefits.health.offered_to_part_time: bool "true if part-time workers (under 30 hours a week) may enrol in the health plan"
  benefits.health.employee_premium_single_monthly: money/month "What a worker pays each month for employee-only coverage in the cheapest plan that meets minimum value"
  benefits.health.actuarial_value_pct: percent "Actuarial value of that plan from the insurer's summary, e.g. 60% for a bronze-level plan"
  benefits.health.employer_share_single_pct: percent "Share of the employee-only premium the employer pays"

  # ---- benefits: leave --------------------------------------------------------
  benefits.leave.paid_sick_hours_per_year: hours "Paid sick leave a full-time worker can earn and use in a year, e.g. 48 hours"
  benefits.leave.paid_family_leave_weeks: days "Paid family leave available to a worker per year, employer-paid or through a state program, e.g. 12 weeks"
  benefits.leave.vacation_days_after_1y: days "Paid vacation days a full-time worker has after one year of service"

  # ---- benefits: retirement ---------------------------------------------------
  benefits.retirement.plan_offered: bool "true if the employer offers any retirement plan (401(k), 403(b), 457, SIMPLE IRA, state auto-IRA, pension)"
  benefits.retirement.plan_type: one of "none", "401k", "403b", "457", "simple_ira", "state_auto_ira", "pension"
    "Main retirement plan offered to most workers; none if there is no plan"
  benefits.retirement.employer_match_pct: percent "Most the employer adds, as a share of pay, for a worker who saves enough to get the full match (0% if none)"
  benefits.retirement.auto_enroll_default_pct: percent "Contribution rate new workers are enrolled at unless they opt out"

  # ---- benefits: education ----------------------------------------------------
  benefits.education.tuition_assistance_max_yearly: money/year "Most the employer pays per worker per year for tuition or student loans ($0/year if none)"

  # ---- schedule ---------------------------------------------------------------
  schedule.advance_notice_days: days "How far ahead hourly workers receive their work schedule, e.g. 14 days"
  schedule.min_rest_between_shifts_h: hours "Shortest rest between the end of one shift and the start of the next that the schedule allows"
  schedule.good_faith_estimate_at_hire: bool "true if new hires get a written estimate of their hours and shifts"

  # ---- safety -----------------------------------------------------------------
  safety.trir: number "OSHA total recordable incident rate for the last calendar year: cases x 200,000 / hours worked"
  safety.osha_300_log_maintained: bool "true if the employer keeps the OSHA 300 injury and illness log"
  safety.harassment_policy: bool "true if a written anti-harassment and anti-discrimination policy is given to every worker"

  # ---- security ---------------------------------------------------------------
  security.misclassified_workers_count: count "Workers treated as independent contractors who should be employees (0 if a review found none)"
  security.temp_contract_share_pct: percent "Share of the workforce supplied by temp agencies or working on contract"

  # ---- voice, culture, hiring, learning, survey ------------------------------
  voice.employee_owned: bool "true if workers own part of the company through an ESOP, a cooperative or stock grants"
  voice.cba_coverage_pct: percent "Share of workers covered by a collective bargaining agreement"
  voice.engagement_survey_interval_months: months "Time between worker engagement surveys, e.g. 12 months"
  culture.voluntary_turnover_pct: percent "Workers who quit in the last 12 months, as a share of average headcount"
  hiring.pay_range_in_postings: bool "true if job postings state the pay range"
  learning.career_paths_published: bool "true if written career paths, with the pay of each step, are available to workers"
  survey.work_meaningful_pct: percent "Share of surveyed workers who agree that their work is meaningful"
}
