# stdlib/nist/deia.jq — NIST Job Quality Toolkit, driver "Diversity, Equity,
# Inclusion, & Accessibility".
#
#   "Make equal opportunity a core value and practiced norm. Foster systems
#    where all workers feel respected and empowered in the workplace.
#    Identify and remove systemic barriers to DEIA."  (NIST JQT, Drivers of
#    Job Quality)
#
# The rules follow the driver statement and the criteria of the driver page
# collected in the research notes (domain-jobquality.md §1B, [NIST-DEIA];
# the page could be read only in part).
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
#   NIST-DEIA    NIST JQT, DEIA page (strategies, partial)
#   NIST-PAY     NIST JQT, Pay page (pay-equity analysis)
#   DOL-GJP      DOL and Commerce, Good Jobs Principles (2022): accessibility; the DOL page was taken down, archived
#                copy: https://web.archive.org/web/2024/https://www.dol.gov/general/good-jobs/principles
#
# Dated rules count back from org.reporting_date, the date the facts
# describe, or from the evaluation date when no reporting date is given.

import "../vocabulary.jq"
import "../scoring.jq"

param nist_pay_equity_audit_max_age = 12 months "Longest time since the last pay-equity analysis by gender, race and ethnicity (illustrative yearly cadence; research §1B)"
param nist_max_unexplained_pay_gap = 5% "Largest unexplained pay gap, by gender or by race, in the last pay-equity analysis (illustrative; no source sets one)"

standard nist_deia "NIST Job Quality Toolkit — Diversity, Equity, Inclusion & Accessibility: equal opportunity as a practiced norm" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Diversity, Equity, Inclusion, & Accessibility; DEIA page (partial, research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  let as_of = if org.reporting_date is known then org.reporting_date else today

  rule pay_equity_analysis "Pay equity was analysed by gender, race and ethnicity in the last year" {
    level recommended
    require deia.pay_equity_audit_date >= as_of - nist_pay_equity_audit_max_age
    cite "NIST JQT Drivers of Job Quality — DEIA: Identify and remove systemic barriers to DEIA (pay-equity analysis by gender, race and ethnicity: NIST-DEIA, NIST-PAY; cadence illustrative)"
    advice "Analyse pay by gender, race and ethnicity, controlling for job, tenure and location, at least once a year"
  }

  rule pay_gaps_small "Unexplained pay gaps are small" {
    level recommended
    when deia.pay_equity_audit_date is known
    require abs(deia.pay_gap_gender_pct) <= nist_max_unexplained_pay_gap
    require abs(deia.pay_gap_race_pct) <= nist_max_unexplained_pay_gap
    cite "NIST JQT Drivers of Job Quality — DEIA: Make equal opportunity a core value and practiced norm (pay-equity analysis: NIST-DEIA; gap threshold illustrative)"
    advice "Adjust the pay of the workers the analysis found underpaid, and fix the pay-setting step that caused the gap"
  }

  rule pay_setting_communicated "How pay is set is written down and shared" {
    level recommended
    require deia.pay_setting_communicated
    cite "NIST JQT Drivers of Job Quality — DEIA: Make equal opportunity a core value and practiced norm (communicate pay-setting practices: NIST-DEIA)"
    advice "Write down the pay ranges, steps and criteria for every position and share them with every worker"
  }

  rule disaggregated_data "Workforce data are tracked by demographic group" {
    level recommended
    require deia.workforce_data_disaggregated
    cite "NIST JQT Drivers of Job Quality — DEIA: Identify and remove systemic barriers to DEIA (baseline metrics, disaggregated: NIST-DEIA)"
    advice "Track hiring, pay, promotion and turnover by race, ethnicity, gender and disability, so that barriers show up in the data"
  }

  rule accountable_leader "A senior leader is accountable for DEIA goals" {
    level recommended
    require deia.senior_leader_accountable
    cite "NIST JQT Drivers of Job Quality — DEIA: Foster systems where all workers feel respected and empowered (accountable senior DEIA leader reporting to the head of the organization: NIST-DEIA)"
    advice "Make a senior leader who reports to the head of the organization accountable for DEIA goals, with the goals in their evaluation"
  }

  rule accommodation_process "Workers can request accommodations through a written process" {
    level recommended
    require deia.accommodation_process
    cite "NIST JQT Drivers of Job Quality — DEIA: Identify and remove systemic barriers to DEIA (accessibility: DOL-GJP)"
    advice "Publish how workers request disability and religious accommodations, who decides, and by when they get an answer"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "an employer that audits pay and removes barriers passes" {
  given {
    org.reporting_date = 2026-03-01
    deia {
      pay_equity_audit_date = 2025-09-30
      pay_gap_gender_pct = 2%
      pay_gap_race_pct = -1.5%
      pay_setting_communicated = true
      workforce_data_disaggregated = true
      senior_leader_accountable = true
      accommodation_process = true
    }
  }
  expect nist_deia.pay_equity_analysis pass
  expect nist_deia.pay_gaps_small pass
  expect nist_deia.pay_setting_communicated pass
  expect nist_deia.disaggregated_data pass
  expect nist_deia.accountable_leader pass
  expect nist_deia.accommodation_process pass
  expect nist_deia pass
}

test "an old audit with large gaps and no DEIA systems fails" {
  given {
    org.reporting_date = 2026-03-01
    deia {
      pay_equity_audit_date = 2022-04-01
      pay_gap_gender_pct = 9%
      pay_gap_race_pct = 3%
      pay_setting_communicated = false
      workforce_data_disaggregated = false
      senior_leader_accountable = false
      accommodation_process = false
    }
  }
  expect nist_deia.pay_equity_analysis fail
  expect nist_deia.pay_gaps_small fail
  expect nist_deia.pay_setting_communicated fail
  expect nist_deia.disaggregated_data fail
  expect nist_deia.accountable_leader fail
  expect nist_deia.accommodation_process fail
  expect nist_deia fail
}

test "no pay-equity analysis: the gap rule does not apply; the rest is untested" {
  given {
    org.reporting_date = 2026-03-01
    deia.pay_setting_communicated = true
  }
  expect nist_deia.pay_equity_analysis untested
  expect nist_deia.pay_gaps_small not_applicable
  expect nist_deia.pay_setting_communicated pass
  expect nist_deia.disaggregated_data untested
  expect nist_deia.accountable_leader untested
  expect nist_deia.accommodation_process untested
  expect nist_deia untested
}

test "an analysis without reported gaps leaves the gap rule untested" {
  given {
    org.reporting_date = 2026-03-01
    deia.pay_equity_audit_date = 2026-01-15
  }
  expect nist_deia.pay_equity_analysis pass
  expect nist_deia.pay_gaps_small untested
  expect nist_deia.pay_setting_communicated untested
}
