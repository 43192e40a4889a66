# stdlib/nist/skills.jq — NIST Job Quality Toolkit, driver "Skills & Career
# Advancement".
#
#   "Provide opportunities and tools for workers' self-realization and
#    advancement in their current jobs, within the organization, and outside
#    it."  (NIST JQT, Drivers of Job Quality)
#
# The rules follow the driver statement and the criteria of the driver page
# collected in the research notes (domain-jobquality.md §1B, [NIST-SCA]; the
# page could be read only in part, and its text on how often reviews should
# happen was cut off).
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
# Tuition assistance and paid learning time are rules of nist_benefits
# (section H).
#
# Sources (keys as in the research notes, domain-jobquality.md §6):
#   NIST-DRV     NIST JQT, Drivers of Job Quality (driver statements)
#   NIST-SCA     NIST JQT, Skills & Career Advancement page (partial):
#                transparent career paths with competencies, training toward
#                industry credentials, registered apprenticeship, paid
#                internships, cross-training, regular reviews and promotions

import "../vocabulary.jq"
import "../scoring.jq"

param nist_min_reviews_per_year = 1 "Fewest performance and career conversations each worker has with a manager per year (illustrative; the NIST-SCA text on frequency is cut off)"
param nist_min_internal_fill_rate = 50% "Least share of supervisory and higher openings filled by current workers (illustrative; no source sets one)"

standard nist_skills "NIST Job Quality Toolkit — Skills & Career Advancement: opportunities and tools for growth and advancement" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Skills & Career Advancement; Skills & Career Advancement page (partial, research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule career_paths "Career paths, with the pay of each step, are published" {
    level recommended
    require learning.career_paths_published
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: advancement … within the organization (transparent career paths with competencies: NIST-SCA)"
    advice "Publish career paths for every job family, with the skills and the pay of each step"
  }

  rule entry_jobs_lead_somewhere "Every entry-level position has a next step" {
    level recommended
    when any j in job: j.entry_level
    require all j in job: j.entry_level implies j.next_step is known
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: advancement in their current jobs, within the organization (transparent career paths: NIST-SCA)"
    advice "Name the next position on the career path of each entry-level position listed, and the skills it takes to get there"
  }

  rule credential_training "Training leads to industry-recognized credentials" {
    level recommended
    require learning.credential_training_offered
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: Provide opportunities and tools for workers' self-realization and advancement … outside it (training toward industry credentials: NIST-SCA)"
    advice "Pay for training that ends in a credential recognized across the industry, on paid time"
  }

  rule work_based_learning "Apprenticeships or paid internships are offered" {
    level recommended
    require learning.registered_apprenticeship or learning.paid_internships
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: Provide opportunities and tools for … advancement (registered apprenticeship for new and incumbent workers; paid internships: NIST-SCA)"
    advice "Sponsor or join a registered apprenticeship program, or offer paid internships and school-to-work placements"
  }

  rule regular_reviews "Every worker has regular career conversations" {
    level recommended
    require learning.reviews_per_year >= nist_min_reviews_per_year
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: advancement in their current jobs (regular reviews and promotions: NIST-SCA; frequency illustrative)"
    advice "Hold a performance and career conversation with every worker at least once a year, with a written development plan"
  }

  rule internal_advancement "Most supervisory openings go to current workers" {
    level recommended
    require learning.internal_fill_rate_pct >= nist_min_internal_fill_rate
    cite "NIST JQT Drivers of Job Quality — Skills & Career Advancement: advancement … within the organization (promotions: NIST-SCA; rate illustrative)"
    advice "Post openings internally first and prepare frontline workers for supervisory roles"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "published paths, credentials and promotion from within pass" {
  given {
    learning {
      career_paths_published = true
      credential_training_offered = true
      registered_apprenticeship = true
      reviews_per_year = 2
      internal_fill_rate_pct = 65%
    }
    job "Machine Operator I" { entry_level = true  next_step = "Machine Operator II" }
    job "Machine Operator II" { entry_level = false  next_step = "Line Lead" }
  }
  expect nist_skills.career_paths pass
  expect nist_skills.entry_jobs_lead_somewhere pass
  expect nist_skills.credential_training pass
  expect nist_skills.work_based_learning pass
  expect nist_skills.regular_reviews pass
  expect nist_skills.internal_advancement pass
  expect nist_skills pass
}

test "dead-end jobs and no development fail" {
  given {
    learning {
      career_paths_published = false
      credential_training_offered = false
      registered_apprenticeship = false
      paid_internships = false
      reviews_per_year = 0
      internal_fill_rate_pct = 10%
    }
    job "Dishwasher" { entry_level = true }
    job "Line Cook" { entry_level = true  next_step = "Sous Chef" }
  }
  expect nist_skills.career_paths fail
  expect nist_skills.entry_jobs_lead_somewhere fail
  expect nist_skills.credential_training fail
  expect nist_skills.work_based_learning fail
  expect nist_skills.regular_reviews fail
  expect nist_skills.internal_advancement fail
  expect nist_skills fail
}

test "no entry-level positions: next steps do not apply; the rest is untested" {
  given {
    learning.paid_internships = true
    job "Engineer" { entry_level = false }
  }
  expect nist_skills.career_paths untested
  expect nist_skills.entry_jobs_lead_somewhere not_applicable
  expect nist_skills.credential_training untested
  expect nist_skills.work_based_learning pass
  expect nist_skills.regular_reviews untested
  expect nist_skills.internal_advancement untested
  expect nist_skills untested
}

test "no position list leaves the next-step rule untested" {
  given {
    learning.career_paths_published = true
  }
  expect nist_skills.career_paths pass
  expect nist_skills.entry_jobs_lead_somewhere untested
  expect nist_skills.work_based_learning untested
}
