# stdlib/law/sick_leave.jq — paid sick leave statutes (`import "std/law/sick_leave"`).
#
# Four laws that set how much paid sick leave a worker must be able to earn
# and use each year, as one standard with one rule per law. Each rule is
# scoped to its jurisdiction with `when`, so an employer elsewhere gets
# not_applicable, and carries the date the law took effect. The hour figures
# are params: when a legislature changes a number, override it with
# `--param ca_sick_hours=...` (or redefine it in a local standard that
# imports this file) until the library is updated.
#
# What is checked is the yearly amount a full-time worker can earn and use
# (benefits.leave.paid_sick_hours_per_year) and the accrual rate
# (benefits.leave.sick_accrual_hours_per_30). The laws' other terms —
# carry-over, waiting periods, permitted uses, part-time coverage — are not
# encoded here.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §0, §6):
#   CA-SB616   California Healthy Workplaces, Healthy Families Act (Labor Code
#              §245 et seq.) as amended by SB 616, effective 2024-01-01:
#              use of at least 40 hours / 5 days a year; accrual 1 hour per
#              30 hours worked (accrual cap 80 hours / 10 days)
#   CO-INFO6B  Colorado Healthy Families and Workplaces Act (HFWA, C.R.S.
#              8-13.3-401 et seq.), CDLE INFO #6B: 1 hour per 30 hours, up to
#              48 hours a year; employers of 16+ from 2021-01-01, every
#              employer from 2022-01-01
#   EC-HFWA    Employers Council blog on HFWA (2020)
#   NYS-PSL    New York State paid sick leave, Labor Law §196-b (S.7506-B,
#              2020): 1 hour per 30 hours; 40 hours paid at 5-99 employees
#              (and at 4 or fewer with net income over $1 million), 56 hours
#              at 100+ employees; 40 hours unpaid at 4 or fewer with net
#              income of $1 million or less (not encoded: this file checks
#              paid leave). Accrual began 2020-09-30, use 2021-01-01.
#   EO13706    Executive Order 13706, Establishing Paid Sick Leave for
#              Federal Contractors (80 FR 54697, 2015-09-10): 1 hour per 30
#              hours, up to 56 hours (7 days) a year, for contracts from
#              2017-01-01

import "../vocabulary.jq"

param ca_sick_hours = 40 hours "California: paid sick leave a worker may use each year (HWHFA as amended by SB 616, from 2024-01-01)"
param co_sick_hours = 48 hours "Colorado: paid sick leave a worker earns each year (HFWA, C.R.S. 8-13.3-403)"
param co_small_employer_until_2022 = 16 "Colorado HFWA covered employers of this many workers or more in 2021; every employer from 2022-01-01"
param ny_sick_hours = 40 hours "New York State: paid sick leave for employers of 5-99 workers, or of 4 or fewer with net income over $1 million (Labor Law §196-b)"
param ny_sick_hours_100_plus = 56 hours "New York State: paid sick leave for employers of 100 or more workers (Labor Law §196-b)"
param ny_large_employer = 100 "New York State: headcount from which 56 hours of paid sick leave are due"
param ny_small_employer = 5 "New York State: headcount from which 40 hours of paid sick leave are due whatever the employer's income"
param ny_small_employer_income = $1_000_000 "New York State: net income above which an employer of 4 or fewer workers owes paid (not unpaid) sick leave"
param eo13706_sick_hours = 56 hours "Federal contractors: paid sick leave a worker earns each year (Executive Order 13706, 7 days)"
param sick_accrual_per_30_hours = 1 "Hours of paid sick leave earned per 30 hours worked, the accrual rate of all four laws"

standard law_sick_leave "Paid sick leave: California, Colorado, New York State and federal contractors" {
  version "2026.1"
  source "State paid sick leave statutes and Executive Order 13706, as summarised in the jqlc research notes (domain-jobquality.md §0, paid sick leave statutes)"
  effective 2017-01-01   # the oldest of the four (EO 13706 contracts)

  rule california "California: at least 40 hours of paid sick leave a year" {
    effective 2024-01-01
    when org.state == "CA"
    require benefits.leave.paid_sick_hours_per_year >= ca_sick_hours
    cite "California Labor Code §246 (Healthy Workplaces, Healthy Families Act) as amended by SB 616 (2023), from 2024-01-01: at least 40 hours or 5 days of paid sick leave a year [CA-SB616]"
    advice "Let every California worker accrue and use at least 40 hours (5 days) of paid sick leave a year, or front-load 40 hours at the start of each year"
  }

  rule colorado "Colorado: up to 48 hours of paid sick leave a year" {
    effective 2021-01-01
    when org.state == "CO"
    unless org.employee_count < co_small_employer_until_2022 and today < 2022-01-01
    require benefits.leave.paid_sick_hours_per_year >= co_sick_hours
    cite "Colorado Healthy Families and Workplaces Act, C.R.S. 8-13.3-403: 1 hour per 30 hours worked, up to 48 hours a year; employers of 16+ from 2021-01-01, all employers from 2022-01-01 [CO-INFO6B, EC-HFWA]"
    advice "Let every Colorado worker earn 1 hour of paid sick leave per 30 hours worked, up to at least 48 hours a year, and carry unused hours over"
  }

  rule new_york "New York State (fewer than 100 workers): 40 hours of paid sick leave a year" {
    effective 2021-01-01
    when org.state == "NY"
    when org.employee_count < ny_large_employer
    when org.employee_count >= ny_small_employer or org.net_income_last_year > ny_small_employer_income
    require benefits.leave.paid_sick_hours_per_year >= ny_sick_hours
    cite "New York Labor Law §196-b (S.7506-B, 2020): 40 hours of paid sick leave a year for employers of 5-99 workers, or 4 or fewer with net income over $1 million; use from 2021-01-01 [NYS-PSL]"
    advice "Let every New York worker accrue 1 hour of paid sick leave per 30 hours worked, up to at least 40 hours a year"
  }

  rule new_york_100_plus "New York State (100 or more workers): 56 hours of paid sick leave a year" {
    effective 2021-01-01
    when org.state == "NY"
    when org.employee_count >= ny_large_employer
    require benefits.leave.paid_sick_hours_per_year >= ny_sick_hours_100_plus
    cite "New York Labor Law §196-b (S.7506-B, 2020): 56 hours of paid sick leave a year for employers of 100 or more workers [NYS-PSL]"
    advice "Let every New York worker accrue 1 hour of paid sick leave per 30 hours worked, up to at least 56 hours a year"
  }

  rule federal_contractors "Federal contractors: 56 hours of paid sick leave a year" {
    effective 2017-01-01
    when org.federal_contractor
    require benefits.leave.paid_sick_hours_per_year >= eo13706_sick_hours
    cite "Executive Order 13706 (80 FR 54697, 2015-09-10), 29 CFR part 13: 1 hour per 30 hours on covered contracts, up to 56 hours (7 days) a year, for contracts from 2017-01-01 [EO13706]"
    advice "Let workers on federal contracts earn 1 hour of paid sick leave per 30 hours worked, up to at least 56 hours a year, with carry-over"
  }

  rule accrual_rate "Workers earn at least 1 hour of paid sick leave per 30 hours worked" {
    when org.state in ["CA", "CO", "NY"] or org.federal_contractor
    require benefits.leave.sick_accrual_hours_per_30 >= sick_accrual_per_30_hours
    cite "Accrual of 1 hour per 30 hours worked: California Labor Code §246 [CA-SB616], Colorado C.R.S. 8-13.3-403 [CO-INFO6B], New York Labor Law §196-b [NYS-PSL], Executive Order 13706 [EO13706]"
    advice "Credit at least 1 hour of paid sick leave for every 30 hours worked, or front-load the full yearly amount"
  }
}

# ---- tests (jqlc test stdlib/law/sick_leave.jq; ignored by `check`) ----

test "a Denver employer with 48 hours passes Colorado and nothing else applies" {
  given {
    org.state = "CO"
    org.employee_count = 22
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 48 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.colorado pass
  expect law_sick_leave.accrual_rate pass
  expect law_sick_leave.california not_applicable
  expect law_sick_leave.new_york not_applicable
  expect law_sick_leave.new_york_100_plus not_applicable
  expect law_sick_leave.federal_contractors not_applicable
  expect law_sick_leave pass
}

test "40 hours is short in Colorado; slow accrual fails" {
  given {
    org.state = "CO"
    org.employee_count = 640
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 0.75
  }
  expect law_sick_leave.colorado fail
  expect law_sick_leave.accrual_rate fail
  expect law_sick_leave fail
}

test "California: 40 hours passes" {
  given {
    org.state = "CA"
    org.employee_count = 30
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.california pass
  expect law_sick_leave.colorado not_applicable
  expect law_sick_leave pass
}

test "California below 40 hours fails" {
  given {
    org.state = "CA"
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.california fail
}

test "New York: 40 hours is enough at 60 workers but not at 150" {
  given {
    org.state = "NY"
    org.employee_count = 60
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.new_york pass
  expect law_sick_leave.new_york_100_plus not_applicable
  expect law_sick_leave.accrual_rate untested
  expect law_sick_leave untested
}

test "New York: 24 hours at 60 workers fails" {
  given {
    org.state = "NY"
    org.employee_count = 60
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.new_york fail
}

test "New York: 150 workers need 56 hours" {
  given {
    org.state = "NY"
    org.employee_count = 150
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.new_york not_applicable
  expect law_sick_leave.new_york_100_plus fail
  expect law_sick_leave fail
}

test "New York: 56 hours passes at 150 workers" {
  given {
    org.state = "NY"
    org.employee_count = 150
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  expect law_sick_leave.new_york_100_plus pass
}

test "New York: a 3-worker business with unknown income is untested" {
  given {
    org.state = "NY"
    org.employee_count = 3
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect law_sick_leave.new_york untested
}

test "New York: a 3-worker business with net income of $400,000 owes no paid leave" {
  given {
    org.state = "NY"
    org.employee_count = 3
    org.net_income_last_year = $400_000
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect law_sick_leave.new_york not_applicable
}

test "federal contractor: 56 hours anywhere, and 48 fails" {
  given {
    org.state = "OH"
    org.federal_contractor = true
    benefits.leave.paid_sick_hours_per_year = 48 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.federal_contractors fail
  expect law_sick_leave.accrual_rate pass
  expect law_sick_leave.colorado not_applicable
  expect law_sick_leave fail
}

test "federal contractor with 56 hours passes" {
  given {
    org.state = "OH"
    org.federal_contractor = true
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  expect law_sick_leave.federal_contractors pass
}

test "Ohio, no federal contract: no paid sick leave law applies" {
  given {
    org.state = "OH"
    org.federal_contractor = false
  }
  expect law_sick_leave.california not_applicable
  expect law_sick_leave.accrual_rate not_applicable
  expect law_sick_leave not_applicable
}

test "unknown state and contract status leave every rule untested" {
  given {
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.california untested
  expect law_sick_leave.colorado untested
  expect law_sick_leave.federal_contractors untested
  expect law_sick_leave untested
}

test "Colorado's 2021 exemption for fewer than 16 workers has lapsed" {
  given {
    org.state = "CO"
    org.employee_count = 10
    org.federal_contractor = false
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.colorado fail
}
