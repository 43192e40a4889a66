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
#   BLS-SOII24  BLS Survey of Occupational Injuries and Illnesses 2024: total
#               recordable case rate per 100 full-time workers by private
#               industry sector (health care and social assistance 3.4,
#               manufacturing 2.7, transportation and warehousing 4.4...) and
#               for all private industry (2.3); the table, its sources and the
#               benchmark are in std/injury_rates, shared with std/nist/security

import "../vocabulary.jq"
import "../injury_rates.jq"

param safety_osha_log_min_employees = 10 "OSHA injury and illness records are required of employers with more than this many employees (partial industry exemptions apply) [ALTARUM]"

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

  # Passes when a review found no misclassified worker, or when no one works
  # as an independent contractor at all.
  rule proper_classification "Workers are classified as employees, not independent contractors" {
    require security.misclassified_workers_count == 0 or security.contractor_share_pct == 0%
    cite "RFA principle 3 (Safety and Security: proper classification) [RFA-STRAT]; RFA Leading practices, DOE grants require properly classifying workers as employees [RFA-LEAD]; NIST Job Quality Toolkit, Benefits: eliminate misclassification [NIST-BEN]; U.S. DOL independent-contractor rule, 2024 [LSU24]"
    advice "Review every independent-contractor arrangement under the DOL economic-reality test and put workers who depend on the business on payroll as employees"
  }

  # Partially exempt industries: 29 CFR Part 1904, Subpart B, Non-Mandatory
  # Appendix A (79 FR 56130, 2014-09-18, in force 2015-01-01; OSHA's page
  # "Partially Exempt Industries", https://www.osha.gov/recordkeeping/ppe-exempt-industries).
  # An establishment whose industry is listed keeps no routine OSHA 300 log
  # unless OSHA or BLS asks in writing (29 CFR 1904.2); it still reports a
  # death, an in-patient hospitalization, an amputation or the loss of an eye
  # (1904.39). The list is by 2007 NAICS code, 82 industry groups, all of
  # four digits (no three-digit group is listed), and every industry under a
  # listed group is exempt, so org.naics is read against the groups by prefix.
  # It is not the list of CPL 02-00-051 (small employers exempt from
  # programmed inspections under the Appropriations Act), nor the SIC list
  # this appendix had before 2015. State Plans may keep lists of their own
  # (Washington: WAC 296-27-00105, Table 1); this is the federal one.
  #
  # Verification: OSHA's page and the eCFR table could not be read when this
  # list was written; the 82 groups are as in two independent transcriptions
  # of the appendix, which agree group for group. Check them against the eCFR
  # text before relying on a single code.
  #
  # One group is written as its only six-digit industry: 5173 is 517310 in
  # 2007 NAICS, because NAICS 2017 reused 5173 for wired and wireless
  # carriers (517311 wired carriers is not exempt).
  let osha_exempt_industry_by_naics = org.naics is known and starts_with(org.naics, [
    "4412",   # Other Motor Vehicle Dealers
    "4431",   # Electronics and Appliance Stores
    "4461",   # Health and Personal Care Stores
    "4471",   # Gasoline Stations
    "4481",   # Clothing Stores
    "4482",   # Shoe Stores
    "4483",   # Jewelry, Luggage, and Leather Goods Stores
    "4511",   # Sporting Goods, Hobby, and Musical Instrument Stores
    "4512",   # Book, Periodical, and Music Stores
    "4531",   # Florists
    "4532",   # Office Supplies, Stationery, and Gift Stores
    "4812",   # Nonscheduled Air Transportation
    "4861",   # Pipeline Transportation of Crude Oil
    "4862",   # Pipeline Transportation of Natural Gas
    "4869",   # Other Pipeline Transportation
    "4879",   # Scenic and Sightseeing Transportation, Other
    "4885",   # Freight Transportation Arrangement
    "5111",   # Newspaper, Periodical, Book, and Directory Publishers
    "5112",   # Software Publishers
    "5121",   # Motion Picture and Video Industries
    "5122",   # Sound Recording Industries
    "5151",   # Radio and Television Broadcasting
    "5172",   # Wireless Telecommunications Carriers (except Satellite)
    "517310",   # 5173 Telecommunications Resellers (its one industry; see above)
    "5179",   # Other Telecommunications
    "5181",   # Internet Service Providers and Web Search Portals
    "5182",   # Data Processing, Hosting, and Related Services
    "5191",   # Other Information Services
    "5211",   # Monetary Authorities - Central Bank
    "5221",   # Depository Credit Intermediation
    "5222",   # Nondepository Credit Intermediation
    "5223",   # Activities Related to Credit Intermediation
    "5231",   # Securities and Commodity Contracts Intermediation and Brokerage
    "5232",   # Securities and Commodity Exchanges
    "5239",   # Other Financial Investment Activities
    "5241",   # Insurance Carriers
    "5242",   # Agencies, Brokerages, and Other Insurance Related Activities
    "5251",   # Insurance and Employee Benefit Funds
    "5259",   # Other Investment Pools and Funds
    "5312",   # Offices of Real Estate Agents and Brokers
    "5331",   # Lessors of Nonfinancial Intangible Assets (except Copyrighted Works)
    "5411",   # Legal Services
    "5412",   # Accounting, Tax Preparation, Bookkeeping, and Payroll Services
    "5413",   # Architectural, Engineering, and Related Services
    "5414",   # Specialized Design Services
    "5415",   # Computer Systems Design and Related Services
    "5416",   # Management, Scientific, and Technical Consulting Services
    "5417",   # Scientific Research and Development Services
    "5418",   # Advertising, Public Relations, and Related Services
    "5511",   # Management of Companies and Enterprises
    "5611",   # Office Administrative Services
    "5614",   # Business Support Services
    "5615",   # Travel Arrangement and Reservation Services
    "5616",   # Investigation and Security Services
    "6111",   # Elementary and Secondary Schools
    "6112",   # Junior Colleges
    "6113",   # Colleges, Universities, and Professional Schools
    "6114",   # Business Schools and Computer and Management Training
    "6115",   # Technical and Trade Schools
    "6116",   # Other Schools and Instruction
    "6117",   # Educational Support Services
    "6211",   # Offices of Physicians
    "6212",   # Offices of Dentists
    "6213",   # Offices of Other Health Practitioners
    "6214",   # Outpatient Care Centers
    "6215",   # Medical and Diagnostic Laboratories
    "6244",   # Child Day Care Services
    "7114",   # Agents and Managers for Artists, Athletes, Entertainers, and Other Public Figures
    "7115",   # Independent Artists, Writers, and Performers
    "7213",   # Rooming and Boarding Houses
    "7221",   # Full-Service Restaurants
    "7222",   # Limited-Service Eating Places
    "7224",   # Drinking Places (Alcoholic Beverages)
    "8112",   # Electronic and Precision Equipment Repair and Maintenance
    "8114",   # Personal and Household Goods Repair and Maintenance
    "8121",   # Personal Care Services
    "8122",   # Death Care Services
    "8131",   # Religious Organizations
    "8132",   # Grantmaking and Giving Services
    "8133",   # Social Advocacy Organizations
    "8134",   # Civic and Social Organizations
    "8139"   # Business, Professional, Labor, Political, and Similar Organizations
  ])

  # Whether an OSHA State Plan covers the public workers of the employer's
  # state: the state's row of safety_state_plan_public; false for a state
  # without a row (federal OSHA, which does not cover public employers);
  # unknown when org.state is (the lookup with an unknown key), so that a
  # government employer that does not report its state is untested, naming
  # org.state, rather than taken as outside every State Plan.
  let state_plan_covers_public = if org.state is known
    then (if safety_state_plan_public[org.state] is known then safety_state_plan_public[org.state] else false)
    else safety_state_plan_public[org.state]

  # How the code and the employer's own answer combine: exempt when org.naics
  # is in a listed group, whatever the employer answered (the exemption comes
  # with the industry; an exempt employer may still keep a log); otherwise,
  # known code or not, exempt when the employer reports
  # safety.osha_partially_exempt_industry = true; else the log is expected.
  # A reported true beside a code outside the list is believed, not
  # overruled: the list is by 2007 NAICS while the code on today's tax and
  # unemployment-insurance filings is usually of a later edition, and OSHA
  # decides by the 2007 code even where the later one differs (its
  # recordkeeping FAQ).
  # NAICS 2012 merged full-service restaurants (7221) and limited-service
  # eating places (7222) into 7225 (722511, 722513...), and NAICS 2022
  # renumbered most of retail trade (a clothing store is 458110, a gasoline
  # station 457110), so an exempt employer's code often misses the list and
  # only its answer can say so. The price: an employer that wrongly answers
  # true is not asked for the log. The two are separate `unless` lines, so
  # the report's reason names the one that decided, and a reviewer can tell
  # an exemption read from the code from one taken on the employer's word.
  rule osha_log "The employer keeps the OSHA 300 injury and illness log" {
    when org.employee_count > safety_osha_log_min_employees
    # Partially exempt industries (29 CFR 1904 Subpart B, App. A): the NAICS
    # code first, then the employer's answer (see above).
    unless osha_exempt_industry_by_naics
    unless safety.osha_partially_exempt_industry is known and safety.osha_partially_exempt_industry
    # Public employers: only where a State Plan covers them (an employer
    # that does not report its legal form is taken as private; one that
    # does not report its state is untested: see state_plan_covers_public).
    unless org.entity_type is known and org.entity_type == "government"
      and not state_plan_covers_public
    require safety.osha_300_log_maintained
    cite "OSHA recordkeeping (29 CFR Part 1904): employers with more than 10 employees outside the partially exempt industries of Subpart B, Appendix A [ALTARUM]; state and local governments only where an OSHA-approved State Plan covers them (OSHA, State Plans); RFA principle 3 (physically safe environment) [RFA-STRAT]"
    advice "Record every work-related injury and illness on the OSHA 300 log and post the yearly summary (Form 300A) each February to April"
  }

  rule injury_rate "The recordable injury rate is at or below the industry average" {
    level recommended
    require safety.trir <= trir_benchmark * safety_trir_benchmark_share
    cite "The agency's ref.industry_trir, else the BLS Survey of Occupational Injuries and Illnesses 2024 rate of the sector (table safety_sector_trir of std/injury_rates: health care and social assistance 3.4, manufacturing 2.7, transportation and warehousing 4.4…), else all private industry 2.3 cases per 100 full-time workers [BLS-SOII24]; NIST Job Quality Toolkit, Job Security & Working Conditions (safety system) [NIST-JSWC]; the benchmark rule is illustrative"
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
  given "Plant at 2.7" {
    org.sector = "manufacturing"
    safety.trir = 2.7
  }
  given "Agency at 2.4" {
    org.sector = "public_administration"
    safety.trir = 2.4
  }
  given "Agency at 2.3" {
    org.sector = "public_administration"
    safety.trir = 2.3
  }
  expect "Hospital at 3.4" safety_security.injury_rate pass
  expect "Hospital at 3.5" safety_security.injury_rate fail
  expect "Warehouse at 4.0" safety_security.injury_rate pass
  expect "Plant at 2.8" safety_security.injury_rate fail
  expect "Plant at 2.7" safety_security.injury_rate pass
  # public administration has no row: all private industry, 2.3
  expect "Agency at 2.4" safety_security.injury_rate fail
  expect "Agency at 2.3" safety_security.injury_rate pass
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

# Public employers are covered only in State Plan states, so the state
# decides: without it the rule cannot say whether the log is owed.
test "the OSHA log: a public employer whose state is unknown is untested, naming org.state" {
  given "County, state unknown" {
    org.employee_count = 400
    org.entity_type = "government"
    safety.osha_300_log_maintained = false
  }
  given "County, state unknown, keeping the log" {
    org.employee_count = 400
    org.entity_type = "government"
    safety.osha_300_log_maintained = true
  }
  given "Plant, state unknown" {
    org.employee_count = 400
    org.entity_type = "for_profit"
    safety.osha_300_log_maintained = false
  }
  expect "County, state unknown" safety_security.osha_log untested
  expect "County, state unknown, keeping the log" safety_security.osha_log untested
  # a private employer owes the log in every state
  expect "Plant, state unknown" safety_security.osha_log fail
}

# The appendix lists 82 four-digit groups and no three-digit one; an
# employer's code is read against them by prefix.
test "the OSHA log: partially exempt industries from the NAICS code" {
  given "Child care center" {
    org { employee_count = 40  naics = "624410" }
    safety.osha_300_log_maintained = false
  }
  given "Law office, answered not exempt" {
    org { employee_count = 40  naics = "541110" }
    safety.osha_partially_exempt_industry = false
    safety.osha_300_log_maintained = false
  }
  given "Restaurant, 2007 code" {
    org { employee_count = 40  naics = "722110" }
    safety.osha_300_log_maintained = false
  }
  given "Warehouse" {
    org { employee_count = 40  naics = "493110" }
    safety.osha_300_log_maintained = false
  }
  given "Warehouse keeping the log" {
    org { employee_count = 40  naics = "493110" }
    safety.osha_300_log_maintained = true
  }
  given "Telecommunications reseller" {
    org { employee_count = 40  naics = "517310" }
    safety.osha_300_log_maintained = false
  }
  given "Wired carrier, 2017 code" {
    org { employee_count = 40  naics = "517311" }
    safety.osha_300_log_maintained = false
  }
  given "Food services, subsector code only" {
    org { employee_count = 40  naics = "722" }
    safety.osha_300_log_maintained = false
  }
  expect "Child care center" safety_security.osha_log not_applicable
  # the listed code decides whatever the employer answered
  expect "Law office, answered not exempt" safety_security.osha_log not_applicable
  expect "Restaurant, 2007 code" safety_security.osha_log not_applicable
  expect "Warehouse" safety_security.osha_log fail
  expect "Warehouse keeping the log" safety_security.osha_log pass
  expect "Telecommunications reseller" safety_security.osha_log not_applicable
  # NAICS 2017 reused 5173 for wired and wireless carriers: not exempt
  expect "Wired carrier, 2017 code" safety_security.osha_log fail
  # 722 holds special food services (7223), which is not listed
  expect "Food services, subsector code only" safety_security.osha_log fail
}

test "the OSHA log: the employer's answer where the code does not decide" {
  given "Unknown code, answered exempt" {
    org.employee_count = 40
    safety.osha_partially_exempt_industry = true
    safety.osha_300_log_maintained = false
  }
  given "Unknown code, answered not exempt" {
    org.employee_count = 40
    safety.osha_partially_exempt_industry = false
    safety.osha_300_log_maintained = false
  }
  given "Restaurant, 2012 code, answered exempt" {
    org { employee_count = 40  naics = "722511" }
    safety.osha_partially_exempt_industry = true
    safety.osha_300_log_maintained = false
  }
  given "Restaurant, 2012 code, no answer" {
    org { employee_count = 40  naics = "722511" }
    safety.osha_300_log_maintained = false
  }
  expect "Unknown code, answered exempt" safety_security.osha_log not_applicable
  expect "Unknown code, answered not exempt" safety_security.osha_log fail
  # a code of a later NAICS edition misses the 2007 list: the answer decides
  expect "Restaurant, 2012 code, answered exempt" safety_security.osha_log not_applicable
  expect "Restaurant, 2012 code, no answer" safety_security.osha_log fail
}

test "the OSHA log: more than 10 employees" {
  given "10 employees" {
    org { employee_count = 10  naics = "493110" }
    safety.osha_300_log_maintained = false
  }
  given "11 employees" {
    org { employee_count = 11  naics = "493110" }
    safety.osha_300_log_maintained = false
  }
  given "11 employees keeping the log" {
    org { employee_count = 11  naics = "493110" }
    safety.osha_300_log_maintained = true
  }
  expect "10 employees" safety_security.osha_log not_applicable
  expect "11 employees" safety_security.osha_log fail
  expect "11 employees keeping the log" safety_security.osha_log pass
}
