# stdlib/rfa/culture.jq — Results for America principle 7, Environment and
# Culture.
#
#   "Environment and Culture: Use of skills, sense of connection and
#    autonomy"  (RFA Job Quality Playbook, Strategy, recommended actions:
#    "There are eight key principles to consider in establishing job
#    standards")
#
# RFA measures this principle mostly with worker-survey items (RFA-M-ENV); the
# NIST toolkit adds a yearly climate assessment (NIST-OC). No source sets a
# minimum share of agreeing workers, so every rule is `level recommended`; the
# standard is scored with `requires rfa_recommended_share of recommended`
# (std/scoring; docs/language.md §8, Scoring recommended rules): that share
# of the rules that apply, rounded up, must pass, so no single illustrative
# bar fails the principle. The share, 50% by default, is a policy choice an
# agency may set. Every survey threshold is an illustrative param.
# Where a national figure exists (American Job Quality Study 2025), the param
# uses it as the bar.
#
# Survey rules are not applicable when the survey had too few respondents to
# be reliable and anonymous; when the respondent count is not reported, the
# figures are taken as given.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed)
#   RFA-M-ENV   RFA Job Quality Playbook, Metrics > Environment and culture
#   NIST-OC     NIST Job Quality Toolkit, Organizational Culture driver
#   UPJOHN25    Upjohn Institute research highlights on the American Job
#               Quality Study (2025): 71% of workers decide how to do their tasks,
#               https://www.upjohn.org/research-highlights/landmark-study-shows-less-half-us-workers-have-quality-job
#   JFF-AJQS    JFF, American Job Quality Study (2025-10-16): 55% of workers
#               have limited input into decisions; a quality job meets minimum
#               thresholds on at least 3 of 5 dimensions,
#               https://www.jff.org/idea/quality-jobs-framework

import "../vocabulary.jq"
import "../scoring.jq"

param culture_min_agreement = 60% "Share of surveyed workers who must agree with a culture survey item (illustrative; the research notes use 60% for survey items)"
param culture_min_autonomy = 71% "Share of surveyed workers who decide the method, order or pace of their work (illustrative bar: the national share in the American Job Quality Study 2025)"
param culture_min_influence = 45% "Share of surveyed workers who can influence decisions about their work (illustrative bar: the American Job Quality Study 2025 found 55% have limited input)"
param culture_min_respondents = 5 "Fewest survey respondents for survey rules to apply (illustrative: smaller surveys are neither reliable nor anonymous)"
param culture_climate_max_age = 12 months "Longest time since the last workplace climate assessment; NIST recommends a yearly assessment"

standard culture "Environment and Culture: use of skills, sense of connection and autonomy" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 7 (Environment and Culture); Metrics, Environment and culture"
  requires rfa_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  # True only when the survey is known to be too small.
  let survey_too_small = survey.respondents_count is known and survey.respondents_count < culture_min_respondents

  # The date the facts describe; today when the facts do not say.
  let culture_as_of = if org.reporting_date is known then org.reporting_date else today

  rule skill_use "Workers can use their knowledge and skills" {
    level recommended
    unless survey_too_small
    require survey.can_use_skills_pct >= culture_min_agreement
    cite "RFA principle 7 (use of skills) [RFA-STRAT]; RFA Metrics, Environment and culture (can use knowledge and skills) [RFA-M-ENV]; the 60% threshold is illustrative"
    advice "Ask workers which of their skills go unused, and redesign tasks and assignments so that they can use them"
  }

  rule autonomy "Workers decide how, in what order and at what pace they work" {
    level recommended
    unless survey_too_small
    require survey.autonomy_pct >= culture_min_autonomy
    cite "RFA principle 7 (autonomy) [RFA-STRAT]; RFA Metrics, Environment and culture (autonomy over method, order and pace) [RFA-M-ENV]; national share 71% [UPJOHN25], used as an illustrative bar"
    advice "Let teams decide the method, order and pace of their work within clear goals, and cut approvals that add no value"
  }

  rule influence "Workers can influence decisions that affect their work" {
    level recommended
    unless survey_too_small
    require survey.influence_decisions_pct >= culture_min_influence
    cite "RFA Metrics, Environment and culture (can influence decisions) [RFA-M-ENV]; 55% of U.S. workers have limited input [JFF-AJQS], so 45% is used as an illustrative bar"
    advice "Involve the workers affected before deciding changes to their work, for example through team meetings or worker committees"
  }

  rule supervisor_relationship "Workers have a good relationship with their supervisor" {
    level recommended
    unless survey_too_small
    require survey.good_supervisor_relationship_pct >= culture_min_agreement
    cite "RFA Metrics, Environment and culture (good relationship with supervisor) [RFA-M-ENV]; the 60% threshold is illustrative"
    advice "Train supervisors in coaching and respectful communication, and include their team's survey results in their own reviews"
  }

  rule connection "Workers feel they belong and are valued" {
    level recommended
    unless survey_too_small
    require survey.feel_belonging_pct >= culture_min_agreement
    cite "RFA principle 7 (sense of connection) [RFA-STRAT]; the 60% threshold is illustrative"
    advice "Build connection: regular team time, recognition from peers and leaders, and a welcome plan for every new hire"
  }

  rule transferable_skills "Workers learn skills they could use in another job" {
    level recommended
    unless survey_too_small
    require survey.transferable_skills_pct >= culture_min_agreement
    cite "RFA Metrics, Environment and culture (skills are transferable) [RFA-M-ENV]; the 60% threshold is illustrative"
    advice "Teach skills that are recognized beyond your organization, and document them so workers can show them to any employer"
  }

  rule climate_assessed "The workplace climate was assessed in the last 12 months" {
    level recommended
    require culture.climate_assessment_date >= culture_as_of - culture_climate_max_age
    cite "NIST Job Quality Toolkit, Organizational Culture: assess the workplace climate (health, safety, security, accessibility) every year [NIST-OC]"
    advice "Assess the workplace climate every year, with a survey or focus groups that cover safety, respect and accessibility"
  }

  rule results_shared "Survey and climate results are shared with the whole workforce" {
    level recommended
    require culture.engagement_results_shared
    cite "NIST Job Quality Toolkit, Organizational Culture: share engagement results with the workforce [NIST-OC]"
    advice "Share the results of each survey and climate assessment with all workers, with the actions you will take"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/culture.jq`; ignored by `check`) ----

test "a workplace where skills are used and workers have a say passes" {
  given {
    org.reporting_date = 2026-03-01
    survey {
      respondents_count = 120
      can_use_skills_pct = 78%
      autonomy_pct = 74%
      influence_decisions_pct = 52%
      good_supervisor_relationship_pct = 81%
      feel_belonging_pct = 70%
      transferable_skills_pct = 66%
    }
    culture.climate_assessment_date = 2025-06-15
    culture.engagement_results_shared = true
  }
  expect culture.skill_use pass
  expect culture.autonomy pass
  expect culture.influence pass
  expect culture.supervisor_relationship pass
  expect culture.connection pass
  expect culture.transferable_skills pass
  expect culture.climate_assessed pass
  expect culture.results_shared pass
  expect culture pass
}

test "low survey scores and an old climate assessment fail" {
  given {
    org.reporting_date = 2026-03-01
    survey {
      respondents_count = 300
      can_use_skills_pct = 41%
      autonomy_pct = 35%
      influence_decisions_pct = 20%
      good_supervisor_relationship_pct = 55%
      feel_belonging_pct = 38%
      transferable_skills_pct = 30%
    }
    culture.climate_assessment_date = 2024-11-01
    culture.engagement_results_shared = false
  }
  expect culture.skill_use fail
  expect culture.autonomy fail
  expect culture.influence fail
  expect culture.supervisor_relationship fail
  expect culture.connection fail
  expect culture.transferable_skills fail
  expect culture.climate_assessed fail
  expect culture.results_shared fail
  expect culture fail
}

test "a survey of three workers is too small to judge" {
  given {
    survey.respondents_count = 3
    survey.can_use_skills_pct = 100%
    survey.autonomy_pct = 33%
  }
  expect culture.skill_use not_applicable
  expect culture.autonomy not_applicable
  expect culture.influence not_applicable
  expect culture.supervisor_relationship not_applicable
  expect culture.connection not_applicable
  expect culture.transferable_skills not_applicable
  expect culture.climate_assessed untested
  expect culture.results_shared untested
  expect culture untested
}

test "survey figures without a respondent count are taken as given" {
  given {
    survey.can_use_skills_pct = 75%
    survey.autonomy_pct = 60%
  }
  expect culture.skill_use pass
  expect culture.autonomy fail
  expect culture.influence untested
  expect culture.connection untested
  # one of eight fails: half can still be met
  expect culture untested
}

test "with no survey every survey rule is untested" {
  given {
    culture.engagement_results_shared = true
  }
  expect culture.skill_use untested
  expect culture.autonomy untested
  expect culture.influence untested
  expect culture.supervisor_relationship untested
  expect culture.connection untested
  expect culture.transferable_skills untested
  expect culture.results_shared pass
  expect culture untested
}
