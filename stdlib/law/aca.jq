# stdlib/law/aca.jq — the Affordable Care Act employer mandate
# (`import "std/law/aca"`).
#
# An applicable large employer (50 or more full-time-equivalent employees
# in the prior year) must offer its full-time workers health coverage that
# provides minimum value (the plan pays at least 60% of covered costs) and
# is affordable: the worker's share of the cheapest employee-only premium is
# at most a set percentage of income. The IRS resets that percentage every
# year, so this file holds it as a reference table by plan year
# (aca_pct_by_plan_year, 2014-2026) and the rule looks up the plan year's
# row. A plan year past the table (2027 until the library gains its row) has
# no row: affordability is untested, with the reason naming the missing row,
# rather than judged at the last year's figure. To add next year's figure
# ahead of a library update, replace the table whole in a file that imports
# this one (same columns, every row), see docs/language.md, Reference tables.
#
# The plan year is the calendar year in which the plan year begins: the
# year of benefits.health.plan_year_start_date when reported, else of the
# evaluation date (a calendar-year plan is assumed). The language has no
# year-of-date function, so a second table (aca_calendar_year) gives the
# calendar year of a date; it runs to 2040.
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
#   IRS-RP     the IRS Revenue Procedures that set each year's percentage
#              (IRC 36B(c)(2)(C)(iv) indexing; 2014 is the statute's 9.5%):
#              2015 Rev. Proc. 2014-37, 2016 Rev. Proc. 2014-62, 2017 Rev.
#              Proc. 2016-24, 2018 Rev. Proc. 2017-36, 2019 Rev. Proc.
#              2018-34, 2020 Rev. Proc. 2019-29, 2021 Rev. Proc. 2020-36,
#              2022 Rev. Proc. 2021-36, 2023 Rev. Proc. 2022-34, 2024 Rev.
#              Proc. 2023-29, 2025 Rev. Proc. 2024-35, 2026 Rev. Proc.
#              2025-25 (https://www.irs.gov/irb). Checked here against
#              secondary summaries for 2016-2022 and 2024-2026; the
#              Revenue Procedures themselves were not re-opened.
#   WHA24      WHA (2024-09-19): 2025 percentage 9.02%; minimum value 60%
#   RP2025-25  Rev. Proc. 2025-25 (baldwin.com, dickerson-group.com): 9.96% for 2026
#   WAG24      Wagner Law Group on Rev. Proc. 2024-35: applicable large
#              employer = 50+ full-time-equivalent employees in the prior year
#   BGH22      Business Group on Health: rate-of-pay safe harbor, hourly rate x 130 hours

import "../vocabulary.jq"
import "aca_tables.jq"

param aca_ale_fte = 50 "Applicable large employer: full-time-equivalent employees averaged over the prior year (IRC 4980H(c)(2); WAG24)"
param aca_min_value_pct = 60% "Minimum value: the plan pays at least this share of the cost of covered benefits (IRC 36B(c)(2)(C)(ii); WHA24)"
param aca_safe_harbor_hours = 130 hours "Rate-of-pay safe harbor: monthly income = hourly rate x 130 hours (26 CFR 54.4980H-5(e)(2)(iii); BGH22)"

standard law_aca "ACA employer mandate: minimum value and affordable coverage for applicable large employers" {
  version "2026.1"
  source "Affordable Care Act employer shared responsibility, IRC 4980H, with the affordability and minimum value tests of IRC 36B, as summarised in the jqlc research notes (domain-jobquality.md §0)"
  effective 2015-01-01   # IRC 4980H assessments apply from 2015

  # The plan year the coverage belongs to: the plan's own start date when
  # it is reported; otherwise a calendar-year plan is assumed, which picks
  # the percentage of the evaluation date's year (`--as-of`).
  let plan_year_start = if benefits.health.plan_year_start_date is known
    then benefits.health.plan_year_start_date else today

  # The plan year: the calendar year in which the plan year begins.
  let plan_year = aca_calendar_year["gregorian", plan_year_start]

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
    require monthly_premium <= pay.lowest_hourly_wage * aca_safe_harbor_hours * aca_pct_by_plan_year[plan_year]
      or all j in job: j.full_time implies monthly_premium <= j.hourly_wage * aca_safe_harbor_hours * aca_pct_by_plan_year[plan_year]
    cite "IRC 36B(c)(2)(C)(i) and 4980H(b): employee-only premium at most the affordability percentage of income (9.02% for 2025, 9.96% for 2026) [IRS-RP, ACA-HIST, WHA24, RP2025-25]; a plan year past the table is untested; rate-of-pay safe harbor, hourly rate x 130 hours, 26 CFR 54.4980H-5(e)(2)(iii) [BGH22]"
    advice "Lower the employee-only premium of the cheapest minimum-value plan (raise the employer contribution) until it is within the affordability percentage of 130 hours' pay at the lowest full-time wage"
  }
}

# ---- tests (jqlc test stdlib/law/aca.jq; ignored by `check`) ----

test "a 4,800-worker hospital with an 80% plan at $120 a month passes" {
  given {
    org.fte_count_prior_year = 4_350
    pay.lowest_hourly_wage = $17.75/hour
    benefits.health {
      offered = true
      actuarial_value_pct = 80%
      employee_premium_single_monthly = $120/month
      plan_year_start_date = 2026-01-01
    }
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
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2026-07-01
    }
  }
  expect law_aca.affordable pass
}

test "the same $170 premium fails for a plan year that began in 2024 (8.39%)" {
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2024-07-01
    }
    job "Stocker" { hourly_wage = $14.00/hour  full_time = true }
  }
  expect law_aca.affordable fail
}

test "a part-time lowest wage does not decide: every full-time position is affordable" {
  # lowest wage $12: 130 x 12 x 9.96% = $155.38 < $170; full-time $16: $207.17
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $12.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2026-01-01
    }
    job "Weekend Cashier" { hourly_wage = $12.00/hour  full_time = false }
    job "Clerk" { hourly_wage = $16.00/hour  full_time = true }
  }
  expect law_aca.affordable pass
}

test "without the position list a low lowest wage leaves affordability untested" {
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $12.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2026-01-01
    }
  }
  expect law_aca.affordable untested
}

test "the plan year's percentage changes on January 1: $170 at $14/hour fails for a plan year from 2025-12-31 (9.02%)" {
  # 130 hours x $14.00 = $1,820; 9.02% = $164.16 < $170
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2025-12-31
    }
    job "Stocker" { hourly_wage = $14.00/hour  full_time = true }
  }
  expect law_aca.affordable fail
}

test "the same $170 at $14/hour passes for a plan year from 2026-01-01 (9.96%)" {
  # 9.96% of $1,820 = $181.27 >= $170
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2026-01-01
    }
  }
  expect law_aca.affordable pass
}

test "a plan year past the table (2027) is untested, not judged at 2026's 9.96%" {
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2027-01-01
    }
    job "Stocker" { hourly_wage = $14.00/hour  full_time = true }
  }
  expect law_aca.affordable untested
  expect law_aca.minimum_value untested
}

test "the first plan year of the table: 2014 at the statute's 9.5%" {
  # 9.5% of $1,820 = $172.90 >= $170; the same premium fails in 2024 (8.39%)
  given {
    org.fte_count_prior_year = 300
    pay.lowest_hourly_wage = $14.00/hour
    benefits.health {
      offered = true
      employee_premium_single_monthly = $170/month
      plan_year_start_date = 2014-07-01
    }
  }
  expect law_aca.affordable pass
}
