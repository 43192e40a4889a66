# stdlib/nist/hiring.jq — NIST Job Quality Toolkit, driver "Recruitment & Hiring".
#
#   "Actively recruit a diverse pool of applicants. Implement skills-based
#    hiring that only requires the education, credentials, and experience
#    needed to do the job. Be intentional about onboarding and retaining
#    workers."  (NIST JQT, Drivers of Job Quality)
#
# The rules follow the driver statement and the criteria of the driver page
# collected in the research notes (domain-jobquality.md §1B, [NIST-RH]; the
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
#   NIST-RH      NIST JQT, Recruitment & Hiring page (strategies, partial)
#   RFA-M-VOICE  RFA Job Quality Playbook, Metrics > Voice and representation
#                (early attrition as a metric)

import "../vocabulary.jq"
import "../scoring.jq"

param nist_max_turnover_90day = 20% "Largest share of new hires who leave within 90 days (illustrative; the metric is RFA-M-VOICE's, the threshold is not from a source)"

standard nist_hiring "NIST Job Quality Toolkit — Recruitment & Hiring: recruit a diverse pool, hire on skills, onboard and retain" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Recruitment & Hiring; Recruitment & Hiring page (partial, research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule diverse_recruiting "Recruiting reaches a diverse pool of applicants" {
    level recommended
    require hiring.diverse_slate_policy or hiring.workforce_partner_recruiting
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: Actively recruit a diverse pool of applicants (diverse slates, recruiting through community and workforce partners: NIST-RH)"
    advice "Require a diverse pool of candidates before deciding, and recruit through the public workforce system, community organizations and training programs"
  }

  rule skills_based_requirements "Degree and credential requirements are limited to what the job needs" {
    level recommended
    require hiring.degree_requirements_reviewed
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: Implement skills-based hiring that only requires the education, credentials, and experience needed to do the job (remove four-year degree requirements where appropriate: NIST-RH)"
    advice "Review every posting's education, credential and experience requirements and drop those the job does not need"
  }

  rule entry_level_no_degree "Entry-level positions do not require a four-year degree" {
    level recommended
    when any j in job: j.entry_level
    require none j in job: j.entry_level and j.degree_required
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: only require the education … needed to do the job (NIST-RH: remove four-year degree requirements where appropriate)"
    advice "Replace the degree requirement of each entry-level position listed with the skills the job needs"
  }

  rule structured_interviews "Candidates are interviewed on skills, with the same questions" {
    level recommended
    require hiring.structured_interviews
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: Implement skills-based hiring (structured, skills-based interviews: NIST-RH)"
    advice "Interview every candidate for a position with the same skills-based questions and score answers with a written guide"
  }

  rule onboarding "New hires follow a written onboarding plan" {
    level recommended
    require hiring.onboarding_checklist
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: Be intentional about onboarding and retaining workers (onboarding checklist with deadlines: NIST-RH)"
    advice "Give every new hire a written onboarding checklist with deadlines and a named buddy or supervisor"
  }

  rule early_retention "Few new hires leave within 90 days" {
    level recommended
    require culture.turnover_90day_pct <= nist_max_turnover_90day
    cite "NIST JQT Drivers of Job Quality — Recruitment & Hiring: Be intentional about onboarding and retaining workers (90-day attrition metric: RFA-M-VOICE; threshold illustrative)"
    advice "Ask new hires who leave early why they left, and fix the onboarding, scheduling or supervision problems they name"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "skills-based, intentional hiring passes" {
  given {
    hiring {
      diverse_slate_policy = false
      workforce_partner_recruiting = true
      degree_requirements_reviewed = true
      structured_interviews = true
      onboarding_checklist = true
    }
    culture.turnover_90day_pct = 12%
    job "Warehouse Associate" { entry_level = true  degree_required = false }
    job "Operations Manager" { entry_level = false  degree_required = true }
  }
  expect nist_hiring.diverse_recruiting pass
  expect nist_hiring.skills_based_requirements pass
  expect nist_hiring.entry_level_no_degree pass
  expect nist_hiring.structured_interviews pass
  expect nist_hiring.onboarding pass
  expect nist_hiring.early_retention pass
  expect nist_hiring pass
}

test "credential-heavy, unstructured hiring fails" {
  given {
    hiring {
      diverse_slate_policy = false
      workforce_partner_recruiting = false
      degree_requirements_reviewed = false
      structured_interviews = false
      onboarding_checklist = false
    }
    culture.turnover_90day_pct = 35%
    job "Patient Care Assistant" { entry_level = true  degree_required = true }
    job "Unit Clerk" { entry_level = true  degree_required = false }
  }
  expect nist_hiring.diverse_recruiting fail
  expect nist_hiring.skills_based_requirements fail
  expect nist_hiring.entry_level_no_degree fail
  expect nist_hiring.structured_interviews fail
  expect nist_hiring.onboarding fail
  expect nist_hiring.early_retention fail
  expect nist_hiring fail
}

test "no entry-level positions: the degree rule does not apply; missing facts are untested" {
  given {
    hiring.workforce_partner_recruiting = unknown
    job "Registered Nurse" { entry_level = false  degree_required = true }
  }
  expect nist_hiring.diverse_recruiting untested
  expect nist_hiring.skills_based_requirements untested
  expect nist_hiring.entry_level_no_degree not_applicable
  expect nist_hiring.structured_interviews untested
  expect nist_hiring.onboarding untested
  expect nist_hiring.early_retention untested
  expect nist_hiring untested
}

test "no position list leaves the degree rule untested" {
  given {
    hiring.diverse_slate_policy = true
  }
  expect nist_hiring.diverse_recruiting pass
  expect nist_hiring.entry_level_no_degree untested
}
