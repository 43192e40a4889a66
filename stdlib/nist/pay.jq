# stdlib/nist/pay.jq — NIST Job Quality Toolkit, driver "Pay".
#
#   "Provide an equitable living wage to all workers and ensure fair
#    compensation practices."  (NIST JQT, Drivers of Job Quality)
#
# The rules follow the driver statement and the criteria of the Pay page
# collected in the research notes (domain-jobquality.md §1B, [NIST-PAY],
# read in full). The pay-equity analysis itself is a rule of nist_deia.
#
# Levels: the toolkit presents its actions as "strategies and actions
# recommended in the Job Quality Toolkit" and calls its vision
# "aspirational" (NIST JQT, Drivers of Job Quality; Benefits page), so every
# rule here is `level recommended`. The standard is scored with `requires
# nist_recommended_share of recommended` (std/scoring, 50% by default): it
# passes when at least that share of the actions that apply to the employer
# are met (rounded up), fails when that can no longer happen. The share is a
# policy choice of this library, not a NIST figure; an agency sets its own
# in a file that imports the library (`param nist_recommended_share = 60%`)
# or for one run (`--param nist_recommended_share=60%`).
#
# Sources (keys as in the research notes, domain-jobquality.md §6):
#   NIST-DRV     NIST JQT, Drivers of Job Quality (driver statements)
#   NIST-PAY     NIST JQT, Pay page: pay no less than an indexed regional
#                living wage; publish pay by demographics; no salary history;
#                advertise pay ranges; review bonus, premium, overtime and
#                scheduling practices for equity; objective raises
#   RFA-WAGE     RFA Job Quality Playbook, Wage subsidies: MIT living wage for
#                a single adult with no children as the minimum standard
#   LWC-calc, AECF23   MIT living wage: hourly rate x 2080 hours a year

import "../vocabulary.jq"
import "../scoring.jq"

param nist_living_wage_multiplier = 100% "Share of the local living wage (MIT, 1 adult, 0 children; the agency supplies ref.living_wage_hourly) that the lowest base wage must reach; NIST-PAY asks for pay no less than the living wage"

standard nist_pay "NIST Job Quality Toolkit — Pay: an equitable living wage for all workers and fair compensation practices" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Pay; Pay page (research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  let living_wage = ref.living_wage_hourly * nist_living_wage_multiplier

  rule living_wage_floor "No worker earns less than the local living wage" {
    level recommended
    require pay.lowest_hourly_wage >= living_wage
    cite "NIST JQT Drivers of Job Quality — Pay: Provide an equitable living wage to all workers (pay no less than an indexed regional living wage: NIST-PAY; MIT 1 adult 0 children: RFA-WAGE)"
    advice "Raise the lowest base hourly wage to at least the local living wage, and index it to the living wage each year"
  }

  rule pay_ranges_posted "Job postings state the pay range" {
    level recommended
    require hiring.pay_range_in_postings
    cite "NIST JQT Drivers of Job Quality — Pay: ensure fair compensation practices (advertise pay ranges: NIST-PAY)"
    advice "State the pay range in every job posting"
  }

  rule no_salary_history "Pay is not set from applicants' pay history" {
    level recommended
    require not hiring.uses_salary_history
    cite "NIST JQT Drivers of Job Quality — Pay: ensure fair compensation practices (do not use salary history: NIST-PAY)"
    advice "Stop asking applicants about past pay; set offers from the position's pay range and the applicant's skills"
  }

  rule pay_by_demographics "Pay levels are published by gender and race or ethnicity" {
    level recommended
    require pay.published_by_demographics
    cite "NIST JQT Drivers of Job Quality — Pay: Provide an equitable living wage (publish pay segmented by demographics: NIST-PAY)"
    advice "Publish pay levels broken down by gender and by race or ethnicity, at least once a year"
  }

  rule compensation_practices_reviewed "Bonus, premium, overtime and scheduling practices were reviewed for equity" {
    level recommended
    require pay.comp_practices_equity_review
    cite "NIST JQT Drivers of Job Quality — Pay: ensure fair compensation practices (review bonus, premium, overtime and scheduling practices for equity: NIST-PAY)"
    advice "Check each year who gets bonuses, premiums, overtime and the best shifts, by demographic group, and correct the gaps"
  }

  rule objective_raises "Raises follow written, objective criteria" {
    level recommended
    require pay.performance_raises_objective
    cite "NIST JQT Drivers of Job Quality — Pay: ensure fair compensation practices (raises tied to objective performance: NIST-PAY)"
    advice "Base raises on written, objective performance criteria that workers can see"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "living wages and transparent pay practices pass" {
  given {
    ref.living_wage_hourly = $22.40/hour
    pay {
      lowest_hourly_wage = $23.00/hour
      published_by_demographics = true
      comp_practices_equity_review = true
      performance_raises_objective = true
    }
    hiring {
      pay_range_in_postings = true
      uses_salary_history = false
    }
  }
  expect nist_pay.living_wage_floor pass
  expect nist_pay.pay_ranges_posted pass
  expect nist_pay.no_salary_history pass
  expect nist_pay.pay_by_demographics pass
  expect nist_pay.compensation_practices_reviewed pass
  expect nist_pay.objective_raises pass
  expect nist_pay pass
}

test "pay below the living wage and opaque practices fail" {
  given {
    ref.living_wage_hourly = $24.10/hour
    pay {
      lowest_hourly_wage = $17.50/hour
      published_by_demographics = false
      comp_practices_equity_review = false
      performance_raises_objective = false
    }
    hiring {
      pay_range_in_postings = false
      uses_salary_history = true
    }
  }
  expect nist_pay.living_wage_floor fail
  expect nist_pay.pay_ranges_posted fail
  expect nist_pay.no_salary_history fail
  expect nist_pay.pay_by_demographics fail
  expect nist_pay.compensation_practices_reviewed fail
  expect nist_pay.objective_raises fail
  expect nist_pay fail
}

test "without the agency's living wage figure the floor is untested" {
  given {
    pay.lowest_hourly_wage = $19.00/hour
    hiring.pay_range_in_postings = true
  }
  expect nist_pay.living_wage_floor untested
  expect nist_pay.pay_ranges_posted pass
  expect nist_pay.no_salary_history untested
  expect nist_pay.pay_by_demographics untested
  expect nist_pay.compensation_practices_reviewed untested
  expect nist_pay.objective_raises untested
  expect nist_pay untested
}

test "90% of the living wage fails at the default multiplier" {
  given {
    ref.living_wage_hourly = $24.00/hour
    pay.lowest_hourly_wage = $21.60/hour
  }
  # $21.60 is 90% of $24.00; an agency may lower nist_living_wage_multiplier with --param.
  expect nist_pay.living_wage_floor fail
  expect nist_pay.pay_ranges_posted untested
}
