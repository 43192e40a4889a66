# stdlib/rfa/voice.jq — Results for America principle 5, Voice and
# Representation.
#
#   "Voice and Representation: Formal representation, participatory
#    management and employee engagement"  (RFA Job Quality Playbook,
#    Strategy, recommended actions: "There are eight key principles to
#    consider in establishing job standards")
#
# RFA's description of the principle is a menu — surveys, stay interviews,
# employee resource groups, open-book management, ESOPs, cooperatives,
# collective action (research notes, key RFA-P-VOICE) — and its metrics are
# "potential metrics" (RFA-M-VOICE). No source makes any of them a minimum, so
# every rule here is `level recommended`; the standard is scored with
# `requires rfa_recommended_share of recommended` (std/scoring; docs/language.md
# §8, Scoring recommended rules): that share of the rules that apply, rounded
# up, must pass, so no single illustrative bar fails the principle. The
# share, 50% by default, is a policy choice an agency may set.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed):
#               "We recommend an annual job quality survey of staff ..."
#   RFA-P-VOICE RFA Job Quality Playbook, Job quality principles > Voice and representation
#   RFA-M-VOICE RFA Job Quality Playbook, Metrics > Voice and representation
#   RFA-DATA    RFA Job Quality Playbook, Data and measurement > Recommended actions
#               (goal: year-over-year growth in workers with formal representation
#               or an ownership stake)
#   NIST-ER     NIST Job Quality Toolkit, Empowerment & Representation driver

import "../vocabulary.jq"
import "../scoring.jq"

param voice_survey_interval = 12 months "Longest time between worker engagement surveys; the RFA playbook recommends an annual survey modeled on Gallup's"
param voice_erg_min_employees = 50 "Headcount from which employee resource groups are expected (illustrative; no source sets a size)"

standard voice "Voice and Representation: formal representation, participatory management and employee engagement" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 5 (Voice and Representation); Job quality principles, Voice and representation"
  requires rfa_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule engagement_survey "Workers are surveyed about their jobs at least once a year" {
    level recommended
    require voice.engagement_survey_interval_months <= voice_survey_interval
    cite "RFA Job Quality Playbook, Strategy, recommended actions: an annual job quality survey modeled after Gallup's [RFA-STRAT]; RFA Job quality principles, Voice (surveys) [RFA-P-VOICE]"
    advice "Run an anonymous job quality survey of all workers every year and share the results"
  }

  rule formal_representation "Workers have formal representation or an ownership stake" {
    level recommended
    require voice.cba_coverage_pct > 0% or voice.employee_owned or voice.worker_board_seats > 0
    cite "RFA principle 5 (formal representation) [RFA-STRAT]; RFA Metrics, Voice (collective bargaining coverage, employee ownership) [RFA-M-VOICE]; RFA Data and measurement goal: growth in workers with formal representation or an ownership stake [RFA-DATA]"
    advice "Give workers a formal say: recognise and bargain with a union workers choose, seat elected frontline workers on the board, or share ownership through an ESOP or cooperative"
  }

  rule organizing_rights "Workers are told of their right to organize and the employer stays neutral" {
    level recommended
    require voice.union_rights_notice and voice.union_neutrality_policy
    cite "NIST Job Quality Toolkit, Empowerment & Representation: inform workers of their right to organize and remain neutral during organizing [NIST-ER]; RFA Job quality principles, Voice (collective action) [RFA-P-VOICE]"
    advice "Tell every worker in writing of their right to organize, and commit in writing to stay neutral if they do"
  }

  rule listening_process "Leaders listen regularly and report back how input was used" {
    level recommended
    require voice.regular_listening_process and voice.input_feedback_loop
    cite "NIST Job Quality Toolkit, Empowerment & Representation: regular two-way communication, and an input system that reports back [NIST-ER]; RFA principle 5 (participatory management) [RFA-STRAT]"
    advice "Hold regular town halls or team huddles with frontline workers, and tell them what was done with each suggestion, or why not"
  }

  rule open_book "Leaders share the organization's results with workers" {
    level recommended
    require voice.org_performance_shared
    cite "RFA Job quality principles, Voice (open-book management) [RFA-P-VOICE]; NIST Job Quality Toolkit, Empowerment & Representation: leaders share organizational performance data [NIST-ER]"
    advice "Share financial and operating results with all workers at least every quarter, and explain what drives them"
  }

  rule complaint_process "Complaints are investigated and complainants protected from retaliation" {
    level recommended
    require voice.complaint_process_antiretaliation
    cite "NIST Job Quality Toolkit, Empowerment & Representation: complaint and investigation policy with protection from retaliation [NIST-ER]"
    advice "Write a complaint and investigation procedure with deadlines, name who handles complaints, and forbid retaliation against anyone who uses it"
  }

  rule stay_interviews "Managers hold stay interviews" {
    level recommended
    require voice.stay_interviews
    cite "RFA Job quality principles, Voice (stay interviews) [RFA-P-VOICE]"
    advice "Have managers ask current workers, at least once a year, why they stay and what would make them leave, and act on the answers"
  }

  rule resource_groups "Employee resource groups are supported" {
    level recommended
    when org.employee_count >= voice_erg_min_employees
    require voice.ergs_supported
    cite "RFA Job quality principles, Voice (employee resource groups) [RFA-P-VOICE]; RFA Metrics, Voice (ERG participation) [RFA-M-VOICE]; NIST Job Quality Toolkit, Empowerment & Representation [NIST-ER]; the size threshold is illustrative"
    advice "Support employee resource groups with paid meeting time and a budget, and let them raise issues with senior leaders"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/voice.jq`; ignored by `check`) ----

test "a unionized employer that listens passes" {
  given {
    org.employee_count = 4800
    voice {
      engagement_survey_interval_months = 1 year
      cba_coverage_pct = 35%
      union_rights_notice = true
      union_neutrality_policy = true
      regular_listening_process = true
      input_feedback_loop = true
      org_performance_shared = true
      complaint_process_antiretaliation = true
      stay_interviews = true
      ergs_supported = true
    }
  }
  expect voice.engagement_survey pass
  expect voice.formal_representation pass
  expect voice.organizing_rights pass
  expect voice.listening_process pass
  expect voice.open_book pass
  expect voice.complaint_process pass
  expect voice.stay_interviews pass
  expect voice.resource_groups pass
  expect voice pass
}

test "no representation, no listening and a survey every two years fail" {
  given {
    org.employee_count = 410
    voice {
      engagement_survey_interval_months = 24 months
      cba_coverage_pct = 0%
      employee_owned = false
      worker_board_seats = 0
      union_rights_notice = false
      union_neutrality_policy = false
      regular_listening_process = true
      input_feedback_loop = false
      org_performance_shared = false
      complaint_process_antiretaliation = false
      stay_interviews = false
      ergs_supported = false
    }
  }
  expect voice.engagement_survey fail
  expect voice.formal_representation fail
  expect voice.organizing_rights fail
  expect voice.listening_process fail
  expect voice.open_book fail
  expect voice.complaint_process fail
  expect voice.stay_interviews fail
  expect voice.resource_groups fail
  expect voice fail
}

test "an employee-owned small firm: ERGs not applicable, unreported practices untested" {
  given {
    org.employee_count = 22
    voice.cba_coverage_pct = 0%
    voice.employee_owned = true
    voice.union_rights_notice = true
  }
  expect voice.formal_representation pass
  expect voice.resource_groups not_applicable
  expect voice.engagement_survey untested
  expect voice.organizing_rights untested
  expect voice.listening_process untested
  expect voice untested
}

test "unknown size leaves the ERG rule untested" {
  given {
    voice.ergs_supported = true
  }
  expect voice.resource_groups untested
  expect voice.open_book untested
  expect voice.complaint_process untested
  expect voice.stay_interviews untested
}

test "without representation facts formal representation is untested" {
  given {
    voice.cba_coverage_pct = 0%
  }
  expect voice.formal_representation untested
  expect voice.engagement_survey untested
  expect voice untested
}
