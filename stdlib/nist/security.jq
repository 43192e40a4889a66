# stdlib/nist/security.jq — NIST Job Quality Toolkit, driver "Job Security &
# Working Conditions".
#
#   "Ensure a safe, healthy, and accessible workplace and offer job
#    security. Minimize temporary or contractor labor solutions, using such
#    workers mainly to adjust for short-term needs. Assess and schedule
#    hours that are adequate and predictable."  (NIST JQT, Drivers of Job
#    Quality)
#
# The rules follow the driver statement and the criteria of the driver page
# collected in the research notes (domain-jobquality.md §1B, [NIST-JSWC];
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
#   NIST-JSWC    NIST JQT, Job Security & Working Conditions page (partial)
#   BLS-SOII24   BLS Survey of Occupational Injuries and Illnesses 2024:
#                total recordable case rate per 100 full-time workers by
#                private industry sector, and 2.3 for all private industry;
#                the benchmark (the agency's ref.industry_trir, else the
#                sector's rate, else 2.3) and its sources are in
#                std/injury_rates, shared with std/rfa/safety
#   ALTARUM      OSHA injury recordkeeping applies to employers of more than 10
#   SEA-OLS, OR-BOLI, NYC-311, CHI-BACP, PHL-FWW   fair workweek laws of
#                Seattle, Oregon, New York City, Chicago and Philadelphia:
#                schedules posted 14 days ahead

import "../vocabulary.jq"
import "../scoring.jq"
import "../injury_rates.jq"

param nist_max_temp_contract_share = 10% "Largest share of the workforce supplied by temp agencies or on contract (illustrative; NIST-JSWC says only 'minimize')"
param nist_osha_recordkeeping_exempt_employees = 10 "Employers of this many workers or fewer need not keep OSHA injury logs (ALTARUM), so the injury-rate rule does not apply to them"
param nist_min_schedule_notice = 14 days "Least advance notice of work schedules: 14 days, as in the Seattle, Oregon, New York City, Chicago and Philadelphia fair workweek laws (SEA-OLS, OR-BOLI, NYC-311, CHI-BACP, PHL-FWW)"

standard nist_security "NIST Job Quality Toolkit — Job Security & Working Conditions: a safe workplace, secure jobs, adequate and predictable hours" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Drivers of Job Quality: Job Security & Working Conditions; Job Security & Working Conditions page (partial, research notes §1B)"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule limited_contingent_work "Temporary and contract labor is kept to short-term needs" {
    level recommended
    require security.temp_contract_share_pct <= nist_max_temp_contract_share
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: Minimize temporary or contractor labor solutions, using such workers mainly to adjust for short-term needs (share illustrative)"
    advice "Convert long-running temp and contract positions into permanent jobs; use agency labor only for short-term peaks"
  }

  rule just_cause "Discipline and dismissal require just cause" {
    level recommended
    require security.just_cause_policy
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: offer job security (just-cause discipline and dismissal: NIST-JSWC)"
    advice "Adopt a written just-cause and progressive-discipline policy for every worker who has finished the probation period"
  }

  rule layoff_prevention "Layoffs are a last resort" {
    level recommended
    require security.layoff_prevention_plan or security.job_sharing
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: offer job security (job sharing; layoff-prevention plan: NIST-JSWC)"
    advice "Write down the steps taken before any layoff (hiring freeze, reduced hours, the state work-sharing program) and offer job sharing"
  }

  rule safety_system "A safety system prevents injuries and learns from them" {
    level recommended
    require safety.written_safety_program
    require safety.root_cause_analysis
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: Ensure a safe, healthy, and accessible workplace (safety system with prevention, inspection and root-cause analysis: NIST-JSWC)"
    advice "Keep a written safety and health program, and investigate every recordable injury and near miss for its root cause"
  }

  rule injury_rate "Injuries are no more frequent than the industry average" {
    level recommended
    unless org.employee_count <= nist_osha_recordkeeping_exempt_employees
    require safety.trir <= trir_benchmark
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: Ensure a safe, healthy, and accessible workplace (injury rates against the BLS industry average); the benchmark is the agency's ref.industry_trir, else the BLS 2024 rate of the sector (table safety_sector_trir of std/injury_rates), else all private industry 2.3 per 100 full-time workers [BLS-SOII24]"
    advice "Bring the recordable injury rate below the industry average: find the jobs and tasks where injuries happen and redesign them"
  }

  rule predictable_schedule "Schedules are posted well ahead" {
    level recommended
    require schedule.advance_notice_days >= nist_min_schedule_notice
    cite "NIST JQT Drivers of Job Quality — Job Security & Working Conditions: Assess and schedule hours that are adequate and predictable (14 days' notice as in fair workweek laws: SEA-OLS, OR-BOLI, NYC-311, CHI-BACP, PHL-FWW)"
    advice "Post work schedules at least two weeks ahead, and pay a premium when the schedule changes after posting"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------

test "a safe, stable employer with predictable schedules passes" {
  given {
    org.employee_count = 180
    security {
      temp_contract_share_pct = 4%
      just_cause_policy = true
      layoff_prevention_plan = true
    }
    safety {
      written_safety_program = true
      root_cause_analysis = true
      trir = 2.1
    }
    ref.industry_trir = 2.8
    schedule.advance_notice_days = 2 weeks
  }
  expect nist_security.limited_contingent_work pass
  expect nist_security.just_cause pass
  expect nist_security.layoff_prevention pass
  expect nist_security.safety_system pass
  expect nist_security.injury_rate pass
  expect nist_security.predictable_schedule pass
  expect nist_security pass
}

test "heavy temp use, high injury rate and short notice fail" {
  given {
    org.employee_count = 320
    security {
      temp_contract_share_pct = 30%
      just_cause_policy = false
      layoff_prevention_plan = false
      job_sharing = false
    }
    safety {
      written_safety_program = true
      root_cause_analysis = false
      trir = 5.2
    }
    ref.industry_trir = 4.1
    schedule.advance_notice_days = 3 days
  }
  expect nist_security.limited_contingent_work fail
  expect nist_security.just_cause fail
  expect nist_security.layoff_prevention fail
  expect nist_security.safety_system fail
  expect nist_security.injury_rate fail
  expect nist_security.predictable_schedule fail
  expect nist_security fail
}

test "a small employer is exempt from the injury-rate rule; missing facts are untested" {
  given {
    org.employee_count = 8
    security.job_sharing = true
  }
  expect nist_security.limited_contingent_work untested
  expect nist_security.just_cause untested
  expect nist_security.layoff_prevention pass
  expect nist_security.safety_system untested
  expect nist_security.injury_rate not_applicable
  expect nist_security.predictable_schedule untested
  expect nist_security untested
}

test "without an injury rate the injury rule is untested" {
  given {
    org.employee_count = 60
    ref.industry_trir = 2.8
  }
  expect nist_security.injury_rate untested
  expect nist_security.layoff_prevention untested
}

# With no ref.industry_trir, the sector's BLS 2024 rate (std/injury_rates),
# else the private-industry 2.3: at the benchmark passes, above it fails.
test "without ref.industry_trir: the sector's BLS 2024 rate, else all private industry 2.3" {
  given "Hospital at 3.4" {
    org { employee_count = 60  sector = "health_care" }
    safety.trir = 3.4
  }
  given "Hospital at 3.5" {
    org { employee_count = 60  sector = "health_care" }
    safety.trir = 3.5
  }
  given "Plant at 2.7" {
    org { employee_count = 60  sector = "manufacturing" }
    safety.trir = 2.7
  }
  given "Plant at 2.8" {
    org { employee_count = 60  sector = "manufacturing" }
    safety.trir = 2.8
  }
  given "Agency at 2.3" {
    org { employee_count = 60  sector = "public_administration" }
    safety.trir = 2.3
  }
  given "Agency at 2.4" {
    org { employee_count = 60  sector = "public_administration" }
    safety.trir = 2.4
  }
  given "Sector unknown at 2.4" {
    org.employee_count = 60
    safety.trir = 2.4
  }
  given "Hospital, agency benchmark 4.0, at 3.9" {
    org { employee_count = 60  sector = "health_care" }
    ref.industry_trir = 4.0
    safety.trir = 3.9
  }
  expect "Hospital at 3.4" nist_security.injury_rate pass
  expect "Hospital at 3.5" nist_security.injury_rate fail
  expect "Plant at 2.7" nist_security.injury_rate pass
  expect "Plant at 2.8" nist_security.injury_rate fail
  expect "Agency at 2.3" nist_security.injury_rate pass
  expect "Agency at 2.4" nist_security.injury_rate fail
  expect "Sector unknown at 2.4" nist_security.injury_rate fail
  # the agency's figure comes first
  expect "Hospital, agency benchmark 4.0, at 3.9" nist_security.injury_rate pass
}
