# stdlib/rfa/benefits.jq — Results for America principle 4, Benefits.
#
#   "Benefits: Health and well-being, education, wealth building and safety
#    net support"  (RFA Job Quality Playbook, Strategy, recommended actions)
#
# The criteria follow the NIST Job Quality Toolkit Benefits driver ("Seek
# workers' input on needed and desired benefits, such as paid leave, health
# insurance, and a retirement plan. Provide them and encourage their use.")
# and the legal floors collected in the jqlc research notes.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions
#               https://jobquality.results4america.org/opportunities/strategy/recommended-actions
#   NIST-BEN    NIST Job Quality Toolkit, Benefits driver (created 2023-03-31)
#   DOL-GJP     U.S. Departments of Labor and Commerce, Good Jobs Principles (2022);
#               the DOL page was taken down, archived copy:
#               https://web.archive.org/web/2024/https://www.dol.gov/general/good-jobs/principles
#   WAG24       Wagner Law Group on Rev. Proc. 2024-35 (ACA large employer: 50+ FTE)
#   WHA24       WHA (2024-09-19): ACA minimum value, plan pays >= 60% of costs
#   RP2025-25   Rev. Proc. 2025-25 summaries: ACA affordability 9.96% for 2026
#   BGH22       Business Group on Health: ACA rate-of-pay safe harbor, hourly rate x 130 hours
#   CA-SB616    California Healthy Workplaces Healthy Families Act as amended by SB 616 (40 hours)
#   CO-INFO6B   Colorado CDLE INFO #6B: Healthy Families and Workplaces Act (48 hours); FAMLI (12 weeks)
#   NYS-PSL     New York State paid sick leave (40 hours; 56 hours at 100+ employees)
#   VANG24      Vanguard, How America Saves 2024 (average employer match 4.6%)
#   MERCER-127  Mercer on IRC section 127: up to $5,250 a year of tuition or
#               student-loan help is tax-free
#
# Levels. The playbook names Benefits among the principles "to consider in
# establishing job standards" (RFA-STRAT) and sets no figure for it; the
# NIST driver recommends. So a rule is `level required` only where a source
# sets a floor for the employer:
#   - the ACA employer mandate (IRC 4980H) binds only applicable large
#     employers, 50+ full-time equivalents in the prior year (WAG24): for
#     them health_offered, minimum_value and affordable_premium are
#     required; below that size the same two plan tests are recommended
#     (small_employer_minimum_value, small_employer_affordable_premium),
#     the NIST driver's "consumer protections" and "employer contributions"
#     measured by the ACA's figures;
#   - health_or_retirement_plan, a floor of this library (see the rule).
#   - paid_sick_leave_law: where a state or city paid sick leave law covers
#     the employer, the amount it sets (std/law/sick_leave_scope).
# Paid sick leave beyond the law is recommended (paid_sick_leave, 40 hours
# everywhere): RFA sets no figure for it. Every other rule is recommended,
# and thresholds no source sets are marked illustrative in their param.
#
# The legal details of retirement plans (SECURE 2.0 automatic enrollment for
# new 401(k) and 403(b) plans) are in std/law and std/nist/benefits; this
# standard asks for the plan and the match.

import "../vocabulary.jq"
import "../law/aca_tables.jq"
import "../law/sick_leave_scope.jq"

param aca_large_employer_employees = 50 "Size at which the ACA employer mandate applies: 50+ full-time-equivalent employees in the prior year (WAG24); headcount stands in when FTEs are not reported"
param aca_minimum_value = 60% "ACA minimum value: the plan pays at least 60% of the cost of covered benefits (WHA24)"
# ACA affordability: the most a worker may pay for employee-only coverage,
# as a share of pay, by the calendar year in which the plan year begins
# (indexed yearly by Revenue Procedure). A plan year past the table is
# untested, not judged at the last figure. The table is in std/law/aca_tables,
# shared with std/law/aca.

param aca_hours_per_month = 130 hours "Monthly hours in the ACA rate-of-pay safe harbor: hourly rate x 130 hours (BGH22)"
param min_paid_sick_hours = 40 hours "Paid sick leave a year, recommended (a law's own amount is law_sick_leave's): California and New York (5-99 employees) require 40 hours; Colorado 48; New York 100+ employees 56"
param min_employer_match = 4% "Employer retirement match expected, as a share of pay (illustrative; Vanguard 2024 average 4.6%)"
param min_paid_family_leave = 12 weeks "Paid family leave expected per year (illustrative as a standard; Colorado FAMLI provides up to 12 weeks)"

standard benefits "Benefits: health and well-being, education, wealth building and safety net support" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 4 (Benefits); NIST Job Quality Toolkit, Benefits driver"

  # What the lowest-paid worker earns in a month under the ACA rate-of-pay
  # safe harbor (money: a rate times a duration).
  let lowest_monthly_pay = pay.lowest_hourly_wage * aca_hours_per_month

  # The ACA counts full-time-equivalent employees of the prior year; when the
  # employer did not report them, its headcount stands in.
  # The plan year the affordability test is for: the plan's start date when
  # reported, else the date of the facts, else the evaluation date.
  let plan_year_start = if benefits.health.plan_year_start_date is known then benefits.health.plan_year_start_date
    else if org.reporting_date is known then org.reporting_date else today
  let aca_affordability_pct = aca_pct_by_plan_year[aca_calendar_year["gregorian", plan_year_start]]

  let aca_size = if org.fte_count_prior_year is known then org.fte_count_prior_year else org.employee_count
  # An applicable large employer, bound by the ACA employer mandate (unknown
  # when neither count is reported: then the ACA rules and their recommended
  # counterparts are all untested).
  let aca_large_employer = aca_size >= aca_large_employer_employees

  rule health_offered "Employers covered by the ACA employer mandate offer health insurance" {
    when aca_large_employer
    require benefits.health.offered
    cite "NIST Job Quality Toolkit, Benefits: offer health benefit options; ACA employer mandate for applicable large employers (50+ FTE, Rev. Proc. 2024-35)"
    advice "Offer a group health plan to every full-time worker (30 or more hours a week)"
  }

  # Minimum value and affordability: the law's floor for an applicable large
  # employer (required), a recommendation below that size (the NIST driver),
  # with the same figures; exactly one of each pair applies.
  rule minimum_value "An ACA large employer's health plan provides minimum value" {
    when aca_large_employer
    when benefits.health.offered
    require benefits.health.actuarial_value_pct >= aca_minimum_value
    cite "ACA minimum value standard for applicable large employers (50+ FTE, Rev. Proc. 2024-35; IRC 4980H(b)): plan pays at least 60% of covered costs (WHA, 2024-09-19); NIST Job Quality Toolkit, Benefits: health benefit options that include consumer protections"
    advice "Offer at least one plan whose actuarial value is 60% or more (bronze level or better); ask the insurer for the plan's minimum value statement"
  }

  rule small_employer_minimum_value "Below the ACA size, the health plan provides minimum value" {
    level recommended
    unless aca_large_employer
    when benefits.health.offered
    require benefits.health.actuarial_value_pct >= aca_minimum_value
    cite "NIST Job Quality Toolkit, Benefits: health benefit options that include consumer protections; bar: the ACA minimum value standard, plan pays at least 60% of covered costs (WHA, 2024-09-19), which binds only employers of 50+ FTE"
    advice "Offer at least one plan whose actuarial value is 60% or more (bronze level or better); ask the insurer for the plan's minimum value statement"
  }

  rule affordable_premium "An ACA large employer's employee-only coverage is affordable for the lowest-paid worker" {
    when aca_large_employer
    when benefits.health.offered
    require benefits.health.employee_premium_single_monthly * 1 month <= lowest_monthly_pay * aca_affordability_pct
    cite "ACA affordability for applicable large employers (50+ FTE, Rev. Proc. 2024-35; IRC 4980H(b)): the percentage of the plan year (table aca_pct_by_plan_year: 8.39% for 2024, 9.02% for 2025, 9.96% for 2026, Rev. Proc. 2025-25), rate-of-pay safe harbor (hourly rate x 130 hours); NIST Job Quality Toolkit, Benefits: provide employer contributions toward health coverage"
    advice "Raise the employer contribution so that employee-only coverage costs the lowest-paid worker no more than the ACA affordability share of pay"
  }

  rule small_employer_affordable_premium "Below the ACA size, employee-only coverage is affordable for the lowest-paid worker" {
    level recommended
    unless aca_large_employer
    when benefits.health.offered
    require benefits.health.employee_premium_single_monthly * 1 month <= lowest_monthly_pay * aca_affordability_pct
    cite "NIST Job Quality Toolkit, Benefits: provide employer contributions toward health coverage; bar: the ACA affordability percentage of the plan year (table aca_pct_by_plan_year: 9.96% for 2026, Rev. Proc. 2025-25) of hourly rate x 130 hours, which binds only employers of 50+ FTE"
    advice "Raise the employer contribution so that employee-only coverage costs the lowest-paid worker no more than the ACA affordability share of pay"
  }

  # Required where a law sets the floor, as Schedules requires 14 days'
  # notice where a fair workweek law does: the state's amount at the
  # employer's size (Colorado 48 hours, New York 56 at 100+ workers,
  # California's 40 hours or 5 days) and the city's where it asks for more
  # (Seattle 69 at 250+). The tables are std/law/sick_leave_scope's, the same
  # rows the standard law_sick_leave reads, which also checks accrual and
  # federal contractors. Not applicable where no law covers the employer
  # (Ohio); untested when the state, or in a state with city ordinances the
  # city, is unknown.
  rule paid_sick_leave_law "Where a state or city paid sick leave law applies, workers can earn the amount it sets" {
    when sick_leave_law_applies
    require benefits.leave.paid_sick_hours_per_year >= state_sick_hours
    require benefits.leave.paid_sick_hours_per_year >= state_sick_days_hours
    require benefits.leave.paid_sick_hours_per_year >= city_sick_hours
    cite "The state's and the city's paid sick leave laws, in the rows of sick_leave_state and sick_leave_city (std/law/sick_leave_scope, a source on each row) for the employer's place, size and reporting date"
    advice "Let every worker earn and use at least the yearly paid sick leave the state's and the city's laws set for an employer of this size"
  }

  # Recommended everywhere (min_paid_sick_hours, 40 hours; an agency may
  # raise it): the NIST driver recommends paid sick leave and RFA sets no
  # figure for it, so in a state without a law (Ohio) a shortfall is
  # reported but does not fail Benefits.
  rule paid_sick_leave "Workers can earn paid sick leave" {
    level recommended
    require benefits.leave.paid_sick_hours_per_year >= min_paid_sick_hours
    cite "NIST Job Quality Toolkit, Benefits: offer paid sick/medical leave; California SB 616 (40 hours), Colorado HFWA (48 hours), New York State paid sick leave (40 or 56 hours)"
    advice "Let every worker accrue at least one hour of paid sick leave per 30 hours worked, up to at least the recommended yearly hours"
  }

  # A floor of this library: principle 4 names health and wealth building,
  # and the NIST driver asks employers to provide health insurance and a
  # retirement plan. An employer that offers neither has no benefits in the
  # playbook's sense, however small (the ACA mandate above reaches only
  # employers of 50+ FTEs).
  rule health_or_retirement_plan "A health plan or a retirement plan is offered" {
    require benefits.health.offered or benefits.retirement.plan_offered
    cite "RFA Job Quality Playbook, Strategy, principle 4 (Benefits: health and well-being, wealth building); NIST Job Quality Toolkit, Benefits driver: seek input on benefits \"such as paid leave, health insurance, and a retirement plan. Provide them\""
    advice "Offer a group health plan, or at least a retirement plan (a 401(k), a SIMPLE IRA or the state auto-IRA), to every worker"
  }

  rule part_time_health "Part-time workers can enrol in the health plan" {
    level recommended
    when benefits.health.offered
    require benefits.health.offered_to_part_time
    cite "U.S. Departments of Labor and Commerce, Good Jobs Principles (2022), archived at https://web.archive.org/web/2024/https://www.dol.gov/general/good-jobs/principles: full-time and part-time workers receive family-sustaining benefits"
    advice "Extend health plan eligibility to part-time workers, on the same terms as full-time workers where possible"
  }

  rule retirement_match "A retirement plan with an employer match is offered" {
    level recommended
    require benefits.retirement.plan_offered and benefits.retirement.employer_match_pct >= min_employer_match
    cite "NIST Job Quality Toolkit, Benefits: offer 401(k) or similar programs and provide an employer match; Vanguard, How America Saves 2024 (average match 4.6%)"
    advice "Offer a 401(k), 403(b) or state auto-IRA and match worker contributions up to at least the expected share of pay"
  }

  rule education_assistance "Workers get help paying for education" {
    level recommended
    require benefits.education.tuition_assistance_max_yearly > $0/year
      or benefits.education.student_loan_repayment_yearly > $0/year
    cite "RFA Job Quality Playbook, Strategy, principle 4 (Benefits: education); NIST Job Quality Toolkit, Benefits: tuition assistance and student-loan repayment with clear criteria; up to $5,250 a year is tax-free under IRC section 127 (MERCER-127)"
    advice "Offer tuition assistance or student-loan repayment with written criteria; up to $5,250 a year per worker is tax-free to the worker"
  }

  rule paid_family_leave "Workers have paid family leave" {
    level recommended
    require benefits.leave.paid_family_leave_weeks >= min_paid_family_leave
    cite "NIST Job Quality Toolkit, Benefits: offer paid family leave; Colorado FAMLI (up to 12 weeks) as the benchmark"
    advice "Offer paid family leave of at least the expected number of weeks, on its own or on top of a state program"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/benefits.jq`; ignored by `check`) ----

test "a small employer with a minimum-value, affordable plan passes; the ACA rules do not bind it" {
  given {
    org.state = "OH"   # no state or city paid sick leave law
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 22
    pay.lowest_hourly_wage = $19.00/hour
    benefits {
      health.offered = true
      health.offered_to_part_time = false
      health.employee_premium_single_monthly = $180/month
      health.actuarial_value_pct = 60%
      leave.paid_sick_hours_per_year = 48 hours
      leave.paid_family_leave_weeks = 12 weeks
      retirement.plan_offered = false
      retirement.plan_type = "none"
      education.tuition_assistance_max_yearly = $500/year
    }
  }
  expect benefits.health_offered not_applicable
  expect benefits.health_or_retirement_plan pass
  expect benefits.minimum_value not_applicable
  expect benefits.affordable_premium not_applicable
  expect benefits.small_employer_minimum_value pass
  expect benefits.small_employer_affordable_premium pass
  expect benefits.paid_sick_leave pass
  expect benefits.part_time_health fail
  expect benefits.retirement_match fail
  expect benefits.paid_family_leave pass
  expect benefits.education_assistance pass
  expect benefits pass
}

test "an expensive premium fails and an unknown plan value is untested" {
  given {
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 410
    pay.lowest_hourly_wage = $15.00/hour
    benefits.health.offered = true
    benefits.health.employee_premium_single_monthly = $250/month
    benefits.health.actuarial_value_pct = unknown
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect benefits.health_offered pass
  expect benefits.minimum_value untested
  expect benefits.affordable_premium fail
  expect benefits.small_employer_affordable_premium not_applicable
  expect benefits.part_time_health untested
  expect benefits.education_assistance untested
  expect benefits fail
}

test "a large employer without a health plan fails; plan rules do not apply" {
  given {
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 900
    org.fte_count_prior_year = 610.5
    pay.lowest_hourly_wage = $16.00/hour
    benefits {
      health.offered = false
      leave.paid_sick_hours_per_year = 24 hours
      leave.paid_family_leave_weeks = 0 weeks
      retirement.plan_offered = true
      retirement.employer_match_pct = 3%
      education.tuition_assistance_max_yearly = $0/year
      education.student_loan_repayment_yearly = $0/year
    }
  }
  expect benefits.health_offered fail
  expect benefits.minimum_value not_applicable
  expect benefits.affordable_premium not_applicable
  expect benefits.part_time_health not_applicable
  expect benefits.paid_sick_leave fail
  expect benefits.paid_family_leave fail
  expect benefits.retirement_match fail
  expect benefits.education_assistance fail
  expect benefits fail
}

test "reported FTEs decide ACA scope over headcount: at 42 FTE a low-value plan misses a recommended bar only" {
  given {
    org.state = "OH"   # no state or city paid sick leave law
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 70
    org.fte_count_prior_year = 42
    pay.lowest_hourly_wage = $22.00/hour
    benefits {
      health.offered = true
      health.offered_to_part_time = true
      health.employee_premium_single_monthly = $40/month
      health.actuarial_value_pct = 55%
      leave.paid_sick_hours_per_year = 56 hours
      leave.paid_family_leave_weeks = 12 weeks
      retirement.plan_offered = true
      retirement.employer_match_pct = 5%
      education.tuition_assistance_max_yearly = $0/year
      education.student_loan_repayment_yearly = $2_000/year
    }
  }
  expect benefits.health_offered not_applicable
  expect benefits.minimum_value not_applicable
  expect benefits.small_employer_minimum_value fail
  expect benefits.affordable_premium not_applicable
  expect benefits.small_employer_affordable_premium pass
  expect benefits.part_time_health pass
  expect benefits.retirement_match pass
  expect benefits.education_assistance pass
  expect benefits pass
}

# The ACA counts full-time equivalents of the prior year: 50 or more makes an
# applicable large employer (WAG24), whatever the headcount. The same
# low-value, unaffordable plan ($20 x 130 hours x 9.96% = $258.96 a month
# against $300) fails the required rules at 50 FTE and only the recommended
# ones at 49.
test "ACA size boundary: 49 FTE is below the mandate (recommended bars), 50 FTE is bound by it (required)" {
  given "49 FTE" {
    org.state = "OH"   # no state or city paid sick leave law
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 64
    org.fte_count_prior_year = 49
    pay.lowest_hourly_wage = $20.00/hour
    benefits {
      health.offered = true
      health.actuarial_value_pct = 55%
      health.employee_premium_single_monthly = $300/month
      leave.paid_sick_hours_per_year = 40 hours
    }
  }
  given "50 FTE" {
    org.state = "OH"   # no state or city paid sick leave law
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 64
    org.fte_count_prior_year = 50
    pay.lowest_hourly_wage = $20.00/hour
    benefits {
      health.offered = true
      health.actuarial_value_pct = 55%
      health.employee_premium_single_monthly = $300/month
      leave.paid_sick_hours_per_year = 40 hours
    }
  }
  expect "49 FTE" benefits.health_offered not_applicable
  expect "49 FTE" benefits.minimum_value not_applicable
  expect "49 FTE" benefits.affordable_premium not_applicable
  expect "49 FTE" benefits.small_employer_minimum_value fail
  expect "49 FTE" benefits.small_employer_affordable_premium fail
  expect "49 FTE" benefits pass
  expect "50 FTE" benefits.health_offered pass
  expect "50 FTE" benefits.minimum_value fail
  expect "50 FTE" benefits.affordable_premium fail
  expect "50 FTE" benefits.small_employer_minimum_value not_applicable
  expect "50 FTE" benefits.small_employer_affordable_premium not_applicable
  expect "50 FTE" benefits fail
}

# The same 50-FTE employer at the bars: a plan paying 60% meets minimum value
# exactly; $258.96 a month is 9.96% of $20 x 130 hours, affordable exactly.
test "ACA large employer at the bars: 60% minimum value and a 9.96% premium pass" {
  given {
    org.reporting_date = 2026-03-01
    org.employee_count = 64
    org.fte_count_prior_year = 50
    pay.lowest_hourly_wage = $20.00/hour
    benefits {
      health.offered = true
      health.actuarial_value_pct = 60%
      health.employee_premium_single_monthly = $258.96/month
      leave.paid_sick_hours_per_year = 40 hours
    }
  }
  expect benefits.minimum_value pass
  expect benefits.affordable_premium pass
}

test "an unknown employer size leaves the ACA rules and their recommended counterparts untested" {
  given {
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    benefits.health.offered = true
    benefits.health.actuarial_value_pct = 70%
  }
  expect benefits.health_offered untested
  expect benefits.minimum_value untested
  expect benefits.small_employer_minimum_value untested
  expect benefits.affordable_premium untested
  expect benefits.paid_sick_leave untested
  expect benefits.retirement_match untested
  expect benefits.paid_family_leave untested
  expect benefits untested
}

test "a small employer with neither a health nor a retirement plan fails Benefits" {
  given {
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 12
    benefits {
      health.offered = false
      retirement.plan_offered = false
      leave.paid_sick_hours_per_year = 48 hours
    }
  }
  expect benefits.health_offered not_applicable
  expect benefits.health_or_retirement_plan fail
  expect benefits fail
}

# Paid sick leave is recommended: no source sets it as a floor for every
# employer (Ohio has no paid sick leave law), so a shortfall is reported and
# Benefits still passes on its required rules.
test "24 hours of paid sick leave in Ohio miss the recommended 40 and do not fail Benefits" {
  given {
    org.state = "OH"
    org.reporting_date = 2026-03-01
    org.employee_count = 30
    benefits {
      health.offered = false
      retirement.plan_offered = true
      leave.paid_sick_hours_per_year = 24 hours
    }
  }
  expect benefits.paid_sick_leave fail
  expect benefits.health_or_retirement_plan pass
  expect benefits pass
}

test "a small employer with only a retirement plan passes the plan floor" {
  given {
    org.state = "OH"   # no state or city paid sick leave law
    org.reporting_date = 2026-03-01   # a 2026 plan year (ACA 9.96%), whatever the test date
    org.employee_count = 12
    benefits {
      health.offered = false
      retirement.plan_offered = true
      leave.paid_sick_hours_per_year = 48 hours
    }
  }
  expect benefits.health_or_retirement_plan pass
  expect benefits pass
}

test "ACA affordability by plan year: 9.02% for a 2025 plan year, 9.96% from 2026, untested past the table" {
  given "2025 plan year" {
    org.employee_count = 80
    pay.lowest_hourly_wage = $20.00/hour
    benefits.health.offered = true
    benefits.health.plan_year_start_date = 2025-12-31
    benefits.health.employee_premium_single_monthly = $240/month
  }
  given "2026 plan year" {
    org.employee_count = 80
    pay.lowest_hourly_wage = $20.00/hour
    benefits.health.offered = true
    benefits.health.plan_year_start_date = 2026-01-01
    benefits.health.employee_premium_single_monthly = $240/month
  }
  given "2027 plan year" {
    org.employee_count = 80
    pay.lowest_hourly_wage = $20.00/hour
    benefits.health.offered = true
    benefits.health.plan_year_start_date = 2027-01-01
    benefits.health.employee_premium_single_monthly = $240/month
  }
  # $20 x 130 hours = $2,600 a month: 9.02% is $234.52, 9.96% is $258.96
  expect "2025 plan year" benefits.affordable_premium fail
  expect "2026 plan year" benefits.affordable_premium pass
  expect "2027 plan year" benefits.affordable_premium untested
}

# Paid sick leave where a law sets it: the law's amount is required, the
# library's 40 hours recommended everywhere.
test "paid sick leave: Colorado's 48 hours are required of a 22-worker center, 40 fail; Ohio has no law" {
  given "Colorado, 40 hours" {
    org { state = "CO"  city = "Denver"  employee_count = 22  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "Colorado, 48 hours" {
    org { state = "CO"  city = "Denver"  employee_count = 22  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 48 hours
  }
  given "Ohio, 24 hours" {
    org { state = "OH"  city = "Columbus"  employee_count = 22  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect "Colorado, 40 hours" benefits.paid_sick_leave_law fail
  expect "Colorado, 40 hours" benefits.paid_sick_leave pass
  expect "Colorado, 48 hours" benefits.paid_sick_leave_law pass
  expect "Ohio, 24 hours" benefits.paid_sick_leave_law not_applicable
  expect "Ohio, 24 hours" benefits.paid_sick_leave fail
}

test "paid sick leave: Seattle's 69 hours at 250+ workers, above Washington's 52; the place unknown is untested" {
  given "Seattle, 56 hours" {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  given "Spokane, 56 hours" {
    org { state = "WA"  city = "Spokane"  employee_count = 1_200  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  given "Seattle, 69 hours" {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 69 hours
  }
  given "state unknown" {
    org { employee_count = 1_200  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  expect "Seattle, 56 hours" benefits.paid_sick_leave_law fail
  expect "Spokane, 56 hours" benefits.paid_sick_leave_law pass
  expect "Seattle, 69 hours" benefits.paid_sick_leave_law pass
  expect "state unknown" benefits.paid_sick_leave_law untested
}

test "paid sick leave: California's 40 hours or 5 days, whichever is more; New York's smallest employers owe unpaid leave only" {
  given "California, 10-hour shifts, 40 hours" {
    org { state = "CA"  city = "Fresno"  employee_count = 30  reporting_date = 2026-03-01 }
    schedule.longest_shift_h = 10 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "New York, 3 workers, small income" {
    org { state = "NY"  city = "Albany"  employee_count = 3  net_income_last_year = $200_000  reporting_date = 2026-03-01 }
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "California, 10-hour shifts, 40 hours" benefits.paid_sick_leave_law fail
  expect "New York, 3 workers, small income" benefits.paid_sick_leave_law not_applicable
}
