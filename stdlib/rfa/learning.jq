# stdlib/rfa/learning.jq — Results for America principle 6, Learning and
# Development.
#
#   "Learning and Development: Career paths, training and skill development,
#    recognition and advancement"  (RFA Job Quality Playbook, Strategy,
#    recommended actions: "There are eight key principles to consider in
#    establishing job standards")
#
# The measurable practices come from the NIST Job Quality Toolkit (Skills &
# Career Advancement, Pay, Benefits) as collected in the research notes
# (domain-jobquality.md §1A). No source makes them a minimum, so every rule is
# `level recommended`; the standard is scored with `requires
# rfa_recommended_share of recommended` (std/scoring; docs/language.md §8,
# Scoring recommended rules): that share of the rules that apply, rounded up,
# must pass, so no single illustrative bar fails the principle. The share,
# 50% by default, is a policy choice an agency may set. The numeric
# thresholds are illustrative.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed)
#   RFA-M-ENV   RFA Job Quality Playbook, Metrics > Environment and culture
#               (recognition for skill attainment)
#   NIST-SCA    NIST Job Quality Toolkit, Skills & Career Advancement driver
#   NIST-PAY    NIST Job Quality Toolkit, Pay driver (career paths with pay published)
#   NIST-BEN    NIST Job Quality Toolkit, Benefits driver (paid time off for learning)
#   GJI         Good Jobs Institute (cross-training as an operating choice)

import "../vocabulary.jq"
import "../scoring.jq"

param learning_min_paid_hours = 16 hours "Paid time for classes or study per worker per year (illustrative; NIST recommends paid learning time without a number)"
param learning_min_conversations = 2 "Performance and career conversations per worker per year (illustrative; the NIST frequency text could not be read)"
param learning_min_internal_fill = 50% "Share of supervisory and higher openings filled by current workers (illustrative)"

standard learning "Learning and Development: career paths, training and skill development, recognition and advancement" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 6 (Learning and Development); NIST Job Quality Toolkit, Skills & Career Advancement"
  requires rfa_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule career_paths "Career paths, with the pay of each step, are published" {
    level recommended
    require learning.career_paths_published
    cite "RFA principle 6 (career paths) [RFA-STRAT]; NIST Job Quality Toolkit, Skills & Career Advancement: transparent career paths with competencies [NIST-SCA]; Pay: publish career paths and pay [NIST-PAY]"
    advice "Write down the career path from each entry-level position, with the skills and the pay of every step, and share it with all workers"
  }

  rule credential_training "Training leads to industry-recognized credentials or a registered apprenticeship" {
    level recommended
    require learning.credential_training_offered or learning.registered_apprenticeship
    cite "NIST Job Quality Toolkit, Skills & Career Advancement: training toward industry credentials; registered apprenticeship for new and incumbent workers [NIST-SCA]; RFA principle 6 (training and skill development) [RFA-STRAT]"
    advice "Pay for training that leads to an industry-recognized credential, or sponsor a registered apprenticeship with your workforce board"
  }

  rule paid_learning_time "Workers get paid time off for learning" {
    level recommended
    require benefits.education.paid_learning_time_hours_yearly >= learning_min_paid_hours
    cite "NIST Job Quality Toolkit, Benefits: paid time off for learning [NIST-BEN]; 16 hours a year is illustrative"
    advice "Give every worker paid time each year for classes or study, with written criteria for who qualifies"
  }

  rule cross_training "Workers are trained to do other jobs in their team" {
    level recommended
    require learning.cross_training
    cite "NIST Job Quality Toolkit, Skills & Career Advancement: cross-training [NIST-SCA]; Good Jobs Institute operating choices [GJI]"
    advice "Cross-train workers on the other tasks of their team, and count the new skills toward raises and promotions"
  }

  rule career_conversations "Workers have regular performance and career conversations" {
    level recommended
    require learning.reviews_per_year >= learning_min_conversations
    cite "NIST Job Quality Toolkit, Skills & Career Advancement: regular reviews and promotions [NIST-SCA]; twice a year is illustrative"
    advice "Have each manager meet every worker at least twice a year to review performance and plan the next career step"
  }

  rule internal_promotion "Supervisory openings are filled from within" {
    level recommended
    when any j in job: j.supervisory
    require learning.internal_fill_rate_pct >= learning_min_internal_fill
    cite "RFA principle 6 (advancement) [RFA-STRAT]; NIST Job Quality Toolkit, Skills & Career Advancement: regular reviews and promotions [NIST-SCA]; the 50% threshold is illustrative"
    advice "Post supervisory openings internally first and train current workers for them, so that most are filled by promotion"
  }

  rule recognition "Workers are recognized for new skills and contributions" {
    level recommended
    require culture.recognition_program or culture.skill_recognitions_per_year > 0
    cite "RFA principle 6 (recognition) [RFA-STRAT]; RFA Metrics, Environment and culture (recognition for skill attainment) [RFA-M-ENV]"
    advice "Recognize new skills and credentials with a certificate, an award or a pay step, and do so visibly"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/learning.jq`; ignored by `check`) ----

test "an employer with paths, credentials and promotion from within passes" {
  given {
    learning {
      career_paths_published = true
      credential_training_offered = false
      registered_apprenticeship = true
      cross_training = true
      reviews_per_year = 2
      internal_fill_rate_pct = 60%
    }
    benefits.education.paid_learning_time_hours_yearly = 24 hours
    culture.recognition_program = true
    job "Machinist" { supervisory = false }
    job "Shift Lead" { supervisory = true }
  }
  expect learning.career_paths pass
  expect learning.credential_training pass
  expect learning.paid_learning_time pass
  expect learning.cross_training pass
  expect learning.career_conversations pass
  expect learning.internal_promotion pass
  expect learning.recognition pass
  expect learning pass
}

test "no paths, no training and outside hiring fail" {
  given {
    learning {
      career_paths_published = false
      credential_training_offered = false
      registered_apprenticeship = false
      cross_training = false
      reviews_per_year = 1
      internal_fill_rate_pct = 20%
    }
    benefits.education.paid_learning_time_hours_yearly = 0 hours
    culture.recognition_program = false
    culture.skill_recognitions_per_year = 0
    job "Picker" { supervisory = false }
    job "Supervisor" { supervisory = true }
  }
  expect learning.career_paths fail
  expect learning.credential_training fail
  expect learning.paid_learning_time fail
  expect learning.cross_training fail
  expect learning.career_conversations fail
  expect learning.internal_promotion fail
  expect learning.recognition fail
  expect learning fail
}

test "without supervisory positions internal promotion does not apply" {
  given {
    learning.career_paths_published = true
    culture.skill_recognitions_per_year = 3
    job "Cashier" { supervisory = false }
    job "Cook" { supervisory = false }
  }
  expect learning.internal_promotion not_applicable
  expect learning.career_paths pass
  expect learning.recognition pass
  expect learning.credential_training untested
  expect learning untested
}

test "without a position list internal promotion is untested" {
  given {
    learning.internal_fill_rate_pct = 80%
  }
  expect learning.internal_promotion untested
  expect learning.career_paths untested
  expect learning.paid_learning_time untested
  expect learning.cross_training untested
  expect learning.career_conversations untested
  expect learning.recognition untested
}
