# stdlib/nist/culture.jq — NIST Job Quality Toolkit, driver "Organizational
# Culture".
#
#   "Demonstrate through explicit behaviors and norms of leadership that all
#    workers belong, are valued, and contribute meaningfully to the
#    organization. Assess workers' engagement and feelings of respect."
#    (NIST JQT, Drivers of Job Quality)
#
# The rules follow the driver statement and the criteria of the driver page
# collected in the research notes (domain-jobquality.md §1B, [NIST-OC]; the
# page could be read only in part).
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
#   NIST-OC      NIST JQT, Organizational Culture page (partial): annual
#                climate assessment; leaders evaluated on values and on
#                modelling leave; results shared
#   RFA-STRAT    RFA Job Quality Playbook, Strategy: annual job quality survey
#
# Dated rules count back from org.reporting_date, the date the facts
# describe, or from the evaluation date when no reporting date is given.

import "../vocabulary.jq"
import "../scoring.jq"

param nist_climate_assessment_max_age = 12 months "Longest time since the last workplace climate assessment: yearly, as the NIST Organizational Culture page asks (NIST-OC)"
param nist_worker_survey_max_age = 12 months "Longest time since the last worker survey: yearly, as RFA recommends an annual job quality survey (RFA-STRAT)"

standard nist_culture "NIST Job Quality Toolkit — Organizational Culture: leaders show that all workers belong, are valued and contribute" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Organizational Culture; Organizational Culture page (partial, research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  let as_of = if org.reporting_date is known then org.reporting_date else today

  rule values_documented "The organization's values are written down and shared" {
    level recommended
    require culture.values_documented
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: Demonstrate through explicit behaviors and norms of leadership that all workers belong (explicit values: NIST-OC)"
    advice "Write down the organization's values, including respect for every worker, and share them at hiring and in team meetings"
  }

  rule leaders_accountable "Leaders are evaluated on living the values" {
    level recommended
    when culture.values_documented
    require culture.leaders_evaluated_on_values
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: explicit behaviors and norms of leadership (leaders accountable for the values: NIST-OC)"
    advice "Rate every leader in their performance review on how they live the organization's values"
  }

  rule climate_assessed "Workplace climate was assessed in the last year" {
    level recommended
    require culture.climate_assessment_date >= as_of - nist_climate_assessment_max_age
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: Assess workers' engagement and feelings of respect (annual climate assessment of health, safety, security and accessibility: NIST-OC)"
    advice "Assess workplace climate (health, safety, security, accessibility, respect) at least once a year"
  }

  rule respect_measured "A recent worker survey measured feelings of respect" {
    level recommended
    require survey.conducted_date >= as_of - nist_worker_survey_max_age
    # A survey that did not ask about respect fails; no survey date is untested.
    require survey.conducted_date is known implies survey.feel_respected_pct is known
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: Assess workers' engagement and feelings of respect (yearly survey: RFA-STRAT)"
    advice "Survey workers anonymously at least once a year and ask whether they are treated with respect at work"
  }

  rule results_shared "Engagement and climate results are shared with the workforce" {
    level recommended
    require culture.engagement_results_shared
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: Assess workers' engagement and feelings of respect (results shared with the workforce: NIST-OC)"
    advice "Share survey and climate results with every worker, with the actions leaders will take"
  }

  rule leaders_model_leave "Leaders are evaluated on taking leave and supporting its use" {
    level recommended
    require culture.leader_leave_in_evaluations
    cite "NIST JQT Drivers of Job Quality — Organizational Culture: explicit behaviors and norms of leadership (leaders model taking leave, in their evaluations: NIST-OC)"
    advice "Include in leaders' evaluations whether they take their own leave and support their teams in taking theirs"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "explicit values, yearly assessment and shared results pass" {
  given {
    org.reporting_date = 2026-03-01
    culture {
      values_documented = true
      leaders_evaluated_on_values = true
      climate_assessment_date = 2025-10-01
      engagement_results_shared = true
      leader_leave_in_evaluations = true
    }
    survey {
      conducted_date = 2025-11-15
      feel_respected_pct = 78%
    }
  }
  expect nist_culture.values_documented pass
  expect nist_culture.leaders_accountable pass
  expect nist_culture.climate_assessed pass
  expect nist_culture.respect_measured pass
  expect nist_culture.results_shared pass
  expect nist_culture.leaders_model_leave pass
  expect nist_culture pass
}

test "stale assessments and unaccountable leaders fail" {
  given {
    org.reporting_date = 2026-03-01
    culture {
      values_documented = true
      leaders_evaluated_on_values = false
      climate_assessment_date = 2023-05-01
      engagement_results_shared = false
      leader_leave_in_evaluations = false
    }
    survey.conducted_date = 2025-12-01
  }
  expect nist_culture.values_documented pass
  expect nist_culture.leaders_accountable fail
  expect nist_culture.climate_assessed fail
  expect nist_culture.respect_measured fail
  expect nist_culture.results_shared fail
  expect nist_culture.leaders_model_leave fail
  expect nist_culture fail
}

test "no written values: leader accountability does not apply; the rest is untested" {
  given {
    org.reporting_date = 2026-03-01
    culture.values_documented = false
  }
  expect nist_culture.values_documented fail
  expect nist_culture.leaders_accountable not_applicable
  expect nist_culture.climate_assessed untested
  expect nist_culture.respect_measured untested
  expect nist_culture.results_shared untested
  expect nist_culture.leaders_model_leave untested
  # fewer than half known to fail: the standard stays open (nist_recommended_share, 50% by default)
  expect nist_culture untested
}

test "nothing reported leaves the standard untested" {
  given {
    org.reporting_date = 2026-03-01
  }
  expect nist_culture.values_documented untested
  expect nist_culture.leaders_accountable untested
  expect nist_culture untested
}
