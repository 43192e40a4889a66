# stdlib/rfa/purpose.jq — Results for America principle 8, Purpose and
# Meaning.
#
#   "Purpose and Meaning: Meaningfulness, mattering and personal alignment"
#   (RFA Job Quality Playbook, Strategy, recommended actions: "There are
#    eight key principles to consider in establishing job standards")
#
# RFA describes the principle as the extent to which workers feel their tasks
# are significant, interesting and challenging, and aligned with their
# strengths, interests and values (research notes, key RFA-P-PURP). It is
# measured mostly by worker surveys and no statutory threshold exists, so
# every rule is `level recommended`; the standard is scored with `requires
# rfa_recommended_share of recommended` (std/scoring; docs/language.md §8,
# Scoring recommended rules): that share of the rules that apply, rounded up,
# must pass, so no single illustrative bar fails the principle. The share,
# 50% by default, is a policy choice an agency may set. Every survey
# threshold is illustrative.
#
# Survey rules are not applicable when the survey had too few respondents to
# be reliable and anonymous; when the respondent count is not reported, the
# figures are taken as given.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed)
#   RFA-P-PURP  RFA Job Quality Playbook, Job quality principles > Purpose and
#               dignity (e.g. Firebrand Bakery's purposes written into its charter)
#   ALLWORK-G   allwork.space on the Gallup / Stand Together purpose study (2025):
#               18% say their job aligns with a purpose they believe in; workers
#               who see the mission as meaningful are 3.6x more likely to report
#               strong purpose (secondary source)
#   GALLUP-GJ   Gallup, Great Jobs: enjoying day-to-day work rated above pay

import "../vocabulary.jq"
import "../scoring.jq"

param purpose_min_agreement = 60% "Share of surveyed workers who must agree with a purpose survey item (illustrative; the research notes suggest 60%)"
param purpose_min_respondents = 5 "Fewest survey respondents for survey rules to apply (illustrative: smaller surveys are neither reliable nor anonymous)"

standard purpose "Purpose and Meaning: meaningfulness, mattering and personal alignment" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 8 (Purpose and Meaning); Job quality principles, Purpose and dignity"
  requires rfa_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  # True only when the survey is known to be too small.
  let survey_too_small = survey.respondents_count is known and survey.respondents_count < purpose_min_respondents

  rule meaningful_work "Workers find their work meaningful" {
    level recommended
    unless survey_too_small
    require survey.work_meaningful_pct >= purpose_min_agreement
    cite "RFA principle 8 (meaningfulness) [RFA-STRAT]; RFA Job quality principles, Purpose (tasks feel significant, interesting and challenging) [RFA-P-PURP]; only 18% of U.S. workers say their job aligns with a purpose they believe in [ALLWORK-G]; the 60% threshold is illustrative"
    advice "Show each worker the difference their work makes, and give them tasks that are significant, varied and challenging"
  }

  rule mission_matters "Workers see the organization's mission as making their job important" {
    level recommended
    unless survey_too_small
    require survey.mission_meaningful_pct >= purpose_min_agreement
    cite "RFA principle 8 (mattering) [RFA-STRAT]; workers who see the mission as meaningful are 3.6 times more likely to report strong purpose [ALLWORK-G]; the 60% threshold is illustrative"
    advice "Connect every job to the mission: explain it at onboarding and show in team meetings how each role serves it"
  }

  rule enjoy_work "Workers enjoy what they do each day" {
    level recommended
    unless survey_too_small
    require survey.enjoy_daily_work_pct >= purpose_min_agreement
    cite "RFA principle 8 (personal alignment) [RFA-STRAT]; Gallup Great Jobs: enjoying day-to-day work is rated above pay [GALLUP-GJ]; the 60% threshold is illustrative"
    advice "Match assignments to workers' strengths and interests, asking them in development conversations what they would like to do more of"
  }

  rule mission_written "The organization's purpose is written into its charter" {
    level recommended
    unless org.entity_type is known and org.entity_type == "government"
    require purpose.mission_in_charter
    cite "RFA Job quality principles, Purpose (Firebrand Bakery wrote its purposes into its charter) [RFA-P-PURP]; not applicable to government, whose mission is set by law"
    advice "Write the organization's social purpose into its charter or bylaws, or become a benefit corporation"
  }

  rule mission_shared "Every worker is shown how their job serves the mission" {
    level recommended
    require purpose.mission_shared_with_workers
    cite "RFA principle 8 (mattering) [RFA-STRAT]; RFA Job quality principles, Purpose (alignment with workers' values) [RFA-P-PURP]"
    advice "Show every worker, at onboarding and in team meetings, how their job contributes to the mission and to the people it serves"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/purpose.jq`; ignored by `check`) ----

test "a mission-driven employer with engaged workers passes" {
  given {
    org.entity_type = "nonprofit"
    survey {
      respondents_count = 40
      work_meaningful_pct = 82%
      mission_meaningful_pct = 75%
      enjoy_daily_work_pct = 68%
    }
    purpose.mission_in_charter = true
    purpose.mission_shared_with_workers = true
  }
  expect purpose.meaningful_work pass
  expect purpose.mission_matters pass
  expect purpose.enjoy_work pass
  expect purpose.mission_written pass
  expect purpose.mission_shared pass
  expect purpose pass
}

test "low meaning scores and no written mission fail" {
  given {
    org.entity_type = "for_profit"
    survey {
      respondents_count = 200
      work_meaningful_pct = 45%
      mission_meaningful_pct = 30%
      enjoy_daily_work_pct = 50%
    }
    purpose.mission_in_charter = false
    purpose.mission_shared_with_workers = false
  }
  expect purpose.meaningful_work fail
  expect purpose.mission_matters fail
  expect purpose.enjoy_work fail
  expect purpose.mission_written fail
  expect purpose.mission_shared fail
  expect purpose fail
}

test "a government agency needs no charter; a tiny survey is not judged" {
  given {
    org.entity_type = "government"
    survey.respondents_count = 4
    survey.work_meaningful_pct = 25%
    purpose.mission_shared_with_workers = true
  }
  expect purpose.mission_written not_applicable
  expect purpose.meaningful_work not_applicable
  expect purpose.mission_matters not_applicable
  expect purpose.enjoy_work not_applicable
  expect purpose.mission_shared pass
  expect purpose pass
}

test "without a survey or an entity type the rules are untested" {
  given {
    survey.work_meaningful_pct = 70%
  }
  expect purpose.meaningful_work pass
  expect purpose.mission_matters untested
  expect purpose.enjoy_work untested
  expect purpose.mission_written untested
  expect purpose.mission_shared untested
  expect purpose untested
}

test "with no survey the survey rules are untested" {
  given {
    org.entity_type = "cooperative"
    purpose.mission_in_charter = true
  }
  expect purpose.meaningful_work untested
  expect purpose.mission_matters untested
  expect purpose.enjoy_work untested
  expect purpose.mission_written pass
  expect purpose untested
}
