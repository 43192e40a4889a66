# stdlib/rfa/safety.jq — Results for America principle 3, Safety and Security.
#
#   "Safety and Security: Proper classification and physically, mentally and
#    emotionally safe environment"  (RFA Job Quality Playbook, Strategy,
#    recommended actions: "There are eight key principles to consider in
#    establishing job standards")
#
# Proper classification and the OSHA injury log are law, so those rules are
# `level required`. Everything else comes from RFA's list of potential
# metrics (RFA-M-SAFE) or the NIST toolkit and is `level recommended`; the
# injury-rate benchmark (the BLS average) and the survey threshold are
# illustrative choices, not thresholds any source sets.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed)
#   RFA-M-SAFE  RFA Job Quality Playbook, Metrics > Safety and security
#   RFA-LEAD    RFA Job Quality Playbook, Leading practices (DOE grants required
#               "properly classifying workers as employees")
#   NIST-BEN    NIST Job Quality Toolkit, Benefits driver: eliminate worker misclassification
#   NIST-JSWC   NIST Job Quality Toolkit, Job Security & Working Conditions driver
#   LSU24       LSU Law Review on the U.S. DOL independent-contractor rule (effective 2024-03-11)
#   ALTARUM     Altarum on OSHA recordkeeping (employers with more than 10 employees)
#   BLS-SOII23  BLS Survey of Occupational Injuries and Illnesses 2023 (private
#               industry total recordable case rate 2.4 per 100 full-time workers)

import "../vocabulary.jq"

param safety_osha_log_min_employees = 10 "OSHA injury and illness records are required of employers with more than this many employees (partial industry exemptions apply) [ALTARUM]"
param safety_private_industry_trir = 2.3 "BLS 2024 total recordable case rate for all private industry, per 100 full-time workers (BLS, Employer-reported workplace injuries and illnesses, 2024); used when the agency gives no ref.industry_trir and the sector has no row in safety_sector_trir"

# BLS Survey of Occupational Injuries and Illnesses, 2024: total recordable
# case rate per 100 full-time workers by private industry sector, mapped to
# the vocabulary's sectors. Public administration has no private-industry
# figure and "other" no single sector: both fall back to the all-industry
# rate. Source page: https://www.bls.gov/charts/injuries-and-illnesses/number-and-rate-of-nonfatal-work-injuries-and-illnesses-by-industry.htm
table safety_sector_trir "BLS 2024 total recordable case rate by private industry sector, per 100 full-time workers" {
  key sector: text
  value: number
  "childcare" => 3.4  source "BLS SOII 2024, health care and social assistance (NAICS 62; child day care is 6244)"
  "health_care" => 3.4  source "BLS SOII 2024, health care and social assistance"
  "social_assistance" => 3.4  source "BLS SOII 2024, health care and social assistance"
  "education" => 1.7  source "BLS SOII 2024, educational services (private)"
  "warehousing" => 4.4  source "BLS SOII 2024, transportation and warehousing"
  "transportation" => 4.4  source "BLS SOII 2024, transportation and warehousing"
  "retail" => 3.0  source "BLS SOII 2024, retail trade"
  "food_service" => 2.6  source "BLS SOII 2024, accommodation and food services"
  "hospitality" => 2.6  source "BLS SOII 2024, accommodation and food services"
  "manufacturing" => 2.7  source "BLS SOII 2024, manufacturing"
  "construction" => 2.2  source "BLS SOII 2024, construction"
  "agriculture" => 3.9  source "BLS SOII 2024, agriculture, forestry, fishing and hunting"
  "utilities" => 1.9  source "BLS SOII 2024, utilities"
  "building_services" => 1.8  source "BLS SOII 2024, administrative and support and waste management and remediation services"
  "professional_services" => 0.7  source "BLS SOII 2024, professional, scientific and technical services"
}
# Where an OSHA-approved State Plan covers state and local government
# workers. Federal OSHA does not cover them, so a public employer keeps the
# OSHA 300 log only in these jurisdictions: the 22 State Plans covering
# private and public workplaces (21 states and Puerto Rico) and the 7
# covering public workers only (Connecticut, Illinois, Maine, Massachusetts,
# New Jersey, New York, the Virgin Islands). Source: OSHA, State Plans,
# https://www.osha.gov/stateplans (checked 2026-12).
table safety_state_plan_public "OSHA-approved State Plans covering state and local government workers" {
  key state: text
  value: bool
  "AK" => true  source "OSHA State Plans: Alaska"
  "AZ" => true  source "OSHA State Plans: Arizona"
  "CA" => true  source "OSHA State Plans: California"
  "HI" => true  source "OSHA State Plans: Hawaii"
  "IN" => true  source "OSHA State Plans: Indiana"
  "IA" => true  source "OSHA State Plans: Iowa"
  "KY" => true  source "OSHA State Plans: Kentucky"
  "MD" => true  source "OSHA State Plans: Maryland"
  "MI" => true  source "OSHA State Plans: Michigan"
  "MN" => true  source "OSHA State Plans: Minnesota"
  "NV" => true  source "OSHA State Plans: Nevada"
  "NM" => true  source "OSHA State Plans: New Mexico"
  "NC" => true  source "OSHA State Plans: North Carolina"
  "OR" => true  source "OSHA State Plans: Oregon"
  "SC" => true  source "OSHA State Plans: South Carolina"
  "TN" => true  source "OSHA State Plans: Tennessee"
  "UT" => true  source "OSHA State Plans: Utah"
  "VT" => true  source "OSHA State Plans: Vermont"
  "VA" => true  source "OSHA State Plans: Virginia"
  "WA" => true  source "OSHA State Plans: Washington"
  "WY" => true  source "OSHA State Plans: Wyoming"
  "PR" => true  source "OSHA State Plans: Puerto Rico"
  "CT" => true  source "OSHA State Plans: Connecticut (public workers only)"
  "IL" => true  source "OSHA State Plans: Illinois (public workers only)"
  "ME" => true  source "OSHA State Plans: Maine (public workers only)"
  "MA" => true  source "OSHA State Plans: Massachusetts (public workers only)"
  "NJ" => true  source "OSHA State Plans: New Jersey (public workers only)"
  "NY" => true  source "OSHA State Plans: New York (public workers only)"
  "VI" => true  source "OSHA State Plans: Virgin Islands (public workers only)"
}

param safety_trir_benchmark_share = 100% "Injury rate allowed, as a share of the industry average (illustrative: at or below the BLS average)"
param safety_harassment_training_interval = 12 months "Longest time between anti-harassment trainings (illustrative: annual; RFA lists training frequency as a metric)"
param safety_max_discrimination_reported = 10% "Largest share of surveyed workers reporting discrimination or harassment in the last 12 months (illustrative; RFA lists the share as a metric without a threshold)"

standard safety_security "Safety and Security: proper classification and a physically, mentally and emotionally safe environment" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 3 (Safety and Security); Metrics, Safety and security"

  # The industry's injury rate if the agency supplied it, else the BLS
  # private-industry average.
  let trir_benchmark = if ref.industry_trir is known then ref.industry_trir
    else if safety_sector_trir[org.sector] is known then safety_sector_trir[org.sector]
    else safety_private_industry_trir

  # Passes when a review found no misclassified worker, or when no one works
  # as an independent contractor at all.
  rule proper_classification "Workers are classified as employees, not independent contractors" {
    require security.misclassified_workers_count == 0 or security.contractor_share_pct == 0%
    cite "RFA principle 3 (Safety and Security: proper classification) [RFA-STRAT]; RFA Leading practices, DOE grants require properly classifying workers as employees [RFA-LEAD]; NIST Job Quality Toolkit, Benefits: eliminate misclassification [NIST-BEN]; U.S. DOL independent-contractor rule, 2024 [LSU24]"
    advice "Review every independent-contractor arrangement under the DOL economic-reality test and put workers who depend on the business on payroll as employees"
  }

  rule osha_log "The employer keeps the OSHA 300 injury and illness log" {
    when org.employee_count > safety_osha_log_min_employees
    # Partially exempt industries (29 CFR 1904 Subpart B, App. A): only when
    # the employer reports it; otherwise the log is expected.
    unless safety.osha_partially_exempt_industry is known and safety.osha_partially_exempt_industry
    # Public employers: only where a State Plan covers them (an employer
    # that does not report its legal form is taken as private).
    unless org.entity_type is known and org.entity_type == "government"
      and not (if safety_state_plan_public[org.state] is known then safety_state_plan_public[org.state] else false)
    require safety.osha_300_log_maintained
    cite "OSHA recordkeeping (29 CFR Part 1904): employers with more than 10 employees outside the partially exempt industries of Subpart B, Appendix A [ALTARUM]; state and local governments only where an OSHA-approved State Plan covers them (OSHA, State Plans); RFA principle 3 (physically safe environment) [RFA-STRAT]"
    advice "Record every work-related injury and illness on the OSHA 300 log and post the yearly summary (Form 300A) each February to April"
  }

  rule injury_rate "The recordable injury rate is at or below the industry average" {
    level recommended
    require safety.trir <= trir_benchmark * safety_trir_benchmark_share
    cite "The agency's ref.industry_trir, else the BLS Survey of Occupational Injuries and Illnesses 2024 rate of the sector (table safety_sector_trir: health care 3.4, manufacturing 2.7, transportation and warehousing 4.4…), else all private industry 2.3 cases per 100 full-time workers; NIST Job Quality Toolkit, Job Security & Working Conditions (safety system) [NIST-JSWC]; the benchmark rule is illustrative"
    advice "Investigate the root cause of every recordable injury, fix the hazards found, and involve frontline workers in a safety committee"
  }

  rule harassment_policy "A written anti-harassment and anti-discrimination policy reaches every worker" {
    level recommended
    require safety.harassment_policy
    cite "RFA Metrics, Safety and security (existence of anti-harassment and anti-discrimination policies) [RFA-M-SAFE]"
    advice "Adopt a written anti-harassment and anti-discrimination policy with a reporting channel, and give it to every worker at hire"
  }

  rule harassment_training "Anti-harassment training is repeated at least every year" {
    level recommended
    when safety.harassment_policy
    require safety.harassment_training_months <= safety_harassment_training_interval
    cite "RFA Metrics, Safety and security (frequency of anti-harassment training) [RFA-M-SAFE]; the yearly interval is illustrative"
    advice "Train every worker and supervisor on the anti-harassment policy at least once a year"
  }

  rule violence_prevention "A workplace violence prevention plan is in place" {
    level recommended
    require safety.violence_prevention_policy
    cite "NIST Job Quality Toolkit, Job Security & Working Conditions (violence and harassment prevention) [NIST-JSWC]; RFA principle 3 (physically safe environment) [RFA-STRAT]"
    advice "Write a workplace violence prevention plan: assess the risks, set reporting and response steps, and train workers on it"
  }

  rule mental_health_support "An employee assistance program is open to every worker" {
    level recommended
    require benefits.health.eap_offered
    cite "RFA Metrics, Safety and security (employee assistance program usage) [RFA-M-SAFE]; RFA principle 3 (mentally and emotionally safe environment) [RFA-STRAT]"
    advice "Offer a free, confidential employee assistance program to every worker, part-time workers included, and remind workers of it each year"
  }

  rule discrimination_reported "Few workers report discrimination or harassment" {
    level recommended
    require survey.discrimination_experienced_pct <= safety_max_discrimination_reported
    cite "RFA Metrics, Safety and security (workers who report experiencing discrimination) [RFA-M-SAFE]; the 10% threshold is illustrative"
    advice "Investigate reports promptly, act on what the survey shows in the teams where reports concentrate, and survey again within a year"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/safety.jq`; ignored by `check`) ----

test "a properly classified, safe workplace passes" {
  given {
    org.employee_count = 640
    ref.industry_trir = 2.8
    security.misclassified_workers_count = 0
    safety {
      osha_300_log_maintained = true
      trir = 2.5
      harassment_policy = true
      harassment_training_months = 12 months
      violence_prevention_policy = true
    }
    benefits.health.eap_offered = true
    survey.discrimination_experienced_pct = 4%
  }
  expect safety_security.proper_classification pass
  expect safety_security.osha_log pass
  expect safety_security.injury_rate pass
  expect safety_security.harassment_policy pass
  expect safety_security.harassment_training pass
  expect safety_security.violence_prevention pass
  expect safety_security.mental_health_support pass
  expect safety_security.discrimination_reported pass
  expect safety_security pass
}

test "misclassified workers and a missing injury log fail" {
  given {
    org.employee_count = 410
    security.misclassified_workers_count = 12
    security.contractor_share_pct = 20%
    safety {
      osha_300_log_maintained = false
      trir = 4.8
      harassment_policy = true
      harassment_training_months = 3 years
      violence_prevention_policy = false
    }
    benefits.health.eap_offered = false
    survey.discrimination_experienced_pct = 18%
  }
  expect safety_security.proper_classification fail
  expect safety_security.osha_log fail
  expect safety_security.injury_rate fail
  expect safety_security.harassment_training fail
  expect safety_security.violence_prevention fail
  expect safety_security.mental_health_support fail
  expect safety_security.discrimination_reported fail
  expect safety_security fail
}

test "a small employer without contractors: no injury log needed; no policy, no training rule" {
  given {
    org.employee_count = 8
    security.contractor_share_pct = 0%
    safety.trir = 1.5
    safety.harassment_policy = false
  }
  expect safety_security.proper_classification pass
  expect safety_security.osha_log not_applicable
  expect safety_security.injury_rate pass
  expect safety_security.harassment_policy fail
  expect safety_security.harassment_training not_applicable
  expect safety_security pass
}

test "unknown classification and size leave the standard untested" {
  given {
    security.contractor_share_pct = 10%
    safety.trir = 3.0
    ref.industry_trir = unknown
  }
  expect safety_security.proper_classification untested
  expect safety_security.osha_log untested
  expect safety_security.injury_rate fail
  expect safety_security.harassment_policy untested
  expect safety_security.harassment_training untested
  expect safety_security.violence_prevention untested
  expect safety_security.mental_health_support untested
  expect safety_security.discrimination_reported untested
  expect safety_security untested
}

test "without an injury rate the injury rule is untested" {
  given {
    ref.industry_trir = 2.8
    security.misclassified_workers_count = 0
  }
  expect safety_security.injury_rate untested
  expect safety_security.proper_classification pass
}

test "the sector's BLS 2024 rate is the benchmark when the agency gives none" {
  given "Hospital at 3.4" {
    org.sector = "health_care"
    safety.trir = 3.4
  }
  given "Hospital at 3.5" {
    org.sector = "health_care"
    safety.trir = 3.5
  }
  given "Warehouse at 4.0" {
    org.sector = "warehousing"
    safety.trir = 4.0
  }
  given "Plant at 2.8" {
    org.sector = "manufacturing"
    safety.trir = 2.8
  }
  given "Agency at 2.4" {
    org.sector = "public_administration"
    safety.trir = 2.4
  }
  expect "Hospital at 3.4" safety_security.injury_rate pass
  expect "Hospital at 3.5" safety_security.injury_rate fail
  expect "Warehouse at 4.0" safety_security.injury_rate pass
  expect "Plant at 2.8" safety_security.injury_rate fail
  expect "Agency at 2.4" safety_security.injury_rate fail
}

test "the OSHA log: partially exempt industries and public employers outside State Plans" {
  given "Exempt clinic" {
    org.employee_count = 40
    org.entity_type = "for_profit"
    safety.osha_partially_exempt_industry = true
    safety.osha_300_log_maintained = false
  }
  given "Colorado county" {
    org.employee_count = 400
    org.state = "CO"
    org.entity_type = "government"
    safety.osha_300_log_maintained = false
  }
  given "New York county" {
    org.employee_count = 400
    org.state = "NY"
    org.entity_type = "government"
    safety.osha_300_log_maintained = false
  }
  given "Plant, exemption not reported" {
    org.employee_count = 40
    org.state = "CO"
    org.entity_type = "for_profit"
    safety.osha_300_log_maintained = false
  }
  expect "Exempt clinic" safety_security.osha_log not_applicable
  expect "Colorado county" safety_security.osha_log not_applicable
  expect "New York county" safety_security.osha_log fail
  expect "Plant, exemption not reported" safety_security.osha_log fail
}
