# stdlib/law/aca.jq — the Affordable Care Act employer mandate
# (`import "std/law/aca"`).
#
# An applicable large employer (50 or more full-time-equivalent employees
# in the prior year) must offer its full-time workers health coverage that
# provides minimum value (the plan pays at least 60% of covered costs) and
# is affordable: the worker's share of the cheapest employee-only premium is
# at most a set percentage of income. The IRS resets that percentage every
# year, so this file holds the whole table, one param per plan year, and
# picks the one for the plan year in force. Override a year (or add next
# year's figure ahead of a library update) with --param, e.g.
#   jqlc check -r std/law/aca --param aca_pct_2026=9.96% employer.facts
#
# Affordability is tested with the rate-of-pay safe harbor: hourly rate x
# 130 hours a month, for each full-time position (or, sufficient on its own,
# for the lowest wage paid anywhere). The W-2 and federal-poverty-line safe
# harbors are not encoded.
#
# Federal law: no jurisdiction condition; the scope is the employer's size.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §0, §6):
#   ACA-HIST   risk-strategies.com, Rev. Proc. 2022-34 table of affordability
#              percentages 2014-2023
#   WHA24      WHA (2024-09-19): 2025 percentage 9.02%; minimum value 60%
#   RP2025-25  Rev. Proc. 2025-25 (baldwin.com, dickerson-group.com): 9.96% for 2026
#   WAG24      Wagner Law Group on Rev. Proc. 2024-35: applicable large
#              employer = 50+ full-time-equivalent employees in the prior year
#   BGH22      Business Group on Health: rate-of-pay safe harbor, hourly rate x 130 hours

import "../vocabulary.jq"

param aca_ale_fte = 50 "Applicable large employer: full-time-equivalent employees averaged over the prior year (IRC 4980H(c)(2); WAG24)"
param aca_min_value_pct = 60% "Minimum value: the plan pays at least this share of the cost of covered benefits (IRC 36B(c)(2)(C)(ii); WHA24)"
param aca_safe_harbor_hours = 130 hours "Rate-of-pay safe harbor: monthly income = hourly rate x 130 hours (26 CFR 54.4980H-5(e)(2)(iii); BGH22)"
# Affordability percentage by plan year (IRC 36B(c)(2)(C)(i), indexed yearly by Revenue Procedure).
param aca_pct_2014 = 9.5% "ACA affordability percentage for plan years beginning in 2014 (ACA-HIST)"
param aca_pct_2015 = 9.56% "ACA affordability percentage for plan years beginning in 2015 (ACA-HIST)"
param aca_pct_2016 = 9.66% "ACA affordability percentage for plan years beginning in 2016 (ACA-HIST)"
param aca_pct_2017 = 9.69% "ACA affordability percentage for plan years beginning in 2017 (ACA-HIST)"
param aca_pct_2018 = 9.56% "ACA affordability percentage for plan years beginning in 2018 (ACA-HIST)"
param aca_pct_2019 = 9.86% "ACA affordability percentage for plan years beginning in 2019 (ACA-HIST)"
param aca_pct_2020 = 9.78% "ACA affordability percentage for plan years beginning in 2020 (ACA-HIST)"
param aca_pct_2021 = 9.83% "ACA affordability percentage for plan years beginning in 2021 (ACA-HIST)"
param aca_pct_2022 = 9.61% "ACA affordability percentage for plan years beginning in 2022 (ACA-HIST)"
param aca_pct_2023 = 9.12% "ACA affordability percentage for plan years beginning in 2023 (Rev. Proc. 2022-34; ACA-HIST)"
param aca_pct_2024 = 8.39% "ACA affordability percentage for plan years beginning in 2024 (Rev. Proc. 2023-29; WHA24)"
param aca_pct_2025 = 9.02% "ACA affordability percentage for plan years beginning in 2025 (Rev. Proc. 2024-35; WHA24)"
param aca_pct_2026 = 9.96% "ACA affordability percentage for plan years beginning in 2026 and later until updated (Rev. Proc. 2025-25; RP2025-25)"

standard law_aca "ACA employer mandate: minimum value and affordable coverage for applicable large employers" {
  version "2026.1"
  source "Affordable Care Act employer shared responsibility, IRC 4980H, with the affordability and minimum value tests of IRC 36B, as summarised in the jqlc research notes (domain-jobquality.md §0)"
  effective 2015-01-01   # IRC 4980H assessments apply from 2015

  # The plan year the coverage belongs to: the plan's own start date when
  # it is reported; otherwise a calendar-year plan is assumed, which picks
  # the percentage of the evaluation date's year (`--as-of`).
  let plan_year_start = if benefits.health.plan_year_start_date is known
    then benefits.health.plan_year_start_date else today

  # The affordability percentage of that plan year: the table, in the language.
  let affordability_pct =
    if plan_year_start >= 2026-01-01 then aca_pct_2026
    else if plan_year_start >= 2025-01-01 then aca_pct_2025
    else if plan_year_start >= 2024-01-01 then aca_pct_2024
    else if plan_year_start >= 2023-01-01 then aca_pct_2023
    else if plan_year_start >= 2022-01-01 then aca_pct_2022
    else if plan_year_start >= 2021-01-01 then aca_pct_2021
    else if plan_year_start >= 2020-01-01 then aca_pct_2020
    else if plan_year_start >= 2019-01-01 then aca_pct_2019
    else if plan_year_start >= 2018-01-01 then aca_pct_2018
    else if plan_year_start >= 2017-01-01 then aca_pct_2017
    else if plan_year_start >= 2016-01-01 then aca_pct_2016
    else if plan_year_start >= 2015-01-01 then aca_pct_2015
    else aca_pct_2014

  # What a worker pays in a month for the cheapest employee-only coverage.
  let monthly_premium = benefits.health.employee_premium_single_monthly * 1 month

  rule offers_coverage "An applicable large employer offers health coverage" {
    when org.fte_count_prior_year >= aca_ale_fte
    require benefits.health.offered
    cite "IRC 4980H(a) (ACA employer shared responsibility): an applicable large employer (50+ full-time-equivalent employees in the prior year) offers its full-time employees minimum essential coverage [WAG24]"
    advice "Offer a group health plan to every full-time worker (30 or more hours a week) and their children under 26"
  }

  rule minimum_value "The coverage offered provides minimum value (60%)" {
    when org.fte_count_prior_year >= aca_ale_fte
    when benefits.health.offered
    require benefits.health.actuarial_value_pct >= aca_min_value_pct
    cite "IRC 36B(c)(2)(C)(ii) and 4980H(b): the plan's share of the total allowed cost of benefits is at least 60% [WHA24]"
    advice "Offer at least one plan whose actuarial value is 60% or more (bronze level or better); the insurer's minimum value statement shows it"
  }

  rule affordable "Employee-only coverage is affordable for every full-time position" {
    when org.fte_count_prior_year >= aca_ale_fte
    when benefits.health.offered
    require monthly_premium <= pay.lowest_hourly_wage * aca_safe_harbor_hours * affordability_pct
      or all j in job: j.full_time implies monthly_premium <= j.hourly_wage * aca_safe_harbor_hours * affordability_pct
    cite "IRC 36B(c)(2)(C)(i) and 4980H(b): employee-only premium at most the affordability percentage of income (9.02% for 2025, 9.96% for 2026) [ACA-HIST, WHA24, RP2025-25]; rate-of-pay safe harbor, hourly rate x 130 hours, 26 CFR 54.4980H-5(e)(2)(iii) [BGH22]"
    advice "Lower the employee-only premium of the cheapest minimum-value plan (raise the employer contribution) until it is within the affordability percentage of 130 hours' pay at the lowest full-time wage"
  }
}

# ---- tests (jqlc test stdlib/law/aca.jq; ignored by `check`) ----

test "a 4,800-worker hospital with an 80% plan at $120 a month passes" {
  given {
    org.fte_count_prior_year = 4_350
    pay.lowest_hourly_wage = $17.75/hour
    benefits.health { offered = true  actuarial_value_pct = 80%
                      employee_premium_single_monthly = $120/month
                      plan_year_start_date = 2026-01-01 }
  }
  expect law_aca.offers_coverage pass
  expect law_aca.minimum_value pass
  expect law_aca.affordable pass
  expect law_aca pass
}

test "no plan at 120 FTE fails the offer; the other rules do not apply" {
  given {
    org.fte_count_prior_year = 120
    benefits.health.offered = false
  }
  expect law_aca.offers_coverage fail
  expect law_aca.minimum_value not_applicable
  expect law_aca.affordable not_applicable
  expect law_aca fail
}

test "a 55% plan fails minimum value" {
  given {
    org.fte_count_prior_year = 75
    benefits.health { offered = true  actuarial_value_pct = 55% }
  }
  expect law_aca.minimum_value fail
  expect law_aca.affordable untested
}

test "a small employer is not an applicable large employer" {
  given {
    org.fte_count_prior_year = 18.5
    benefits.health.offered = false
  }
  expect law_aca.offers_coverage not_applicable
  expect law_aca.minimum_value not_applicable
  expect law_aca.affordable not_applicable
  expect law_aca not_applicable
}

test "an unknown FTE count leaves the mandate untested" {
  given {
    benefits.health { offered = true  actuarial_value_pct = 70% }
  }
  expect law_aca.offers_coverage untested
  expect law_aca.minimum_value untested
  expect law_aca untested
}

test "affordability uses the plan year's percentage: $120 at $14/hour passes in 2026 (9.96%)" {
  # 130 hours x $14.00 = $1,820; 9.96% = $181.27; 8.39% = $152.70
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health { offered = true  employee_premium_single_monthly = $170/month
                      plan_year_start_date = 2026-07-01 }
  }
  expect law_aca.affordable pass
}

test "the same $170 premium fails for a plan year that began in 2024 (8.39%)" {
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health { offered = true  employee_premium_single_monthly = $170/month
                      plan_year_start_date = 2024-07-01 }
    job "Stocker" { hourly_wage = $14.00/hour  full_time = true }
  }
  expect law_aca.affordable fail
}

test "a part-time lowest wage does not decide: every full-time position is affordable" {
  # lowest wage $12: 130 x 12 x 9.96% = $155.38 < $170; full-time $16: $207.17
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $12.00/hour
    benefits.health { offered = true  employee_premium_single_monthly = $170/month
                      plan_year_start_date = 2026-01-01 }
    job "Weekend Cashier" { hourly_wage = $12.00/hour  full_time = false }
    job "Clerk"           { hourly_wage = $16.00/hour  full_time = true }
  }
  expect law_aca.affordable pass
}

test "without the position list a low lowest wage leaves affordability untested" {
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $12.00/hour
    benefits.health { offered = true  employee_premium_single_monthly = $170/month
                      plan_year_start_date = 2026-01-01 }
  }
  expect law_aca.affordable untested
}
