# stdlib/law/sick_leave.jq — JQL: paid sick leave laws (`import "std/law/sick_leave"`).
#
# Every state with a paid sick leave law, the cities with ordinances of their
# own, and federal contractors, as one standard. The amounts are reference
# tables (docs/language.md §4, "Reference tables"): one row per place, size
# threshold and date the amount took effect, each with its source. Three rules
# read them:
#
#   paid_sick_leave        the state's law (the District of Columbia counts as
#                          a state: org.state = "DC")
#   local_paid_sick_leave  the city's ordinance, where it asks for more or
#                          covers smaller employers than the state
#   federal_contractors    Executive Order 13706, anywhere
#
# and accrual_rate checks the 1-hour-per-30 accrual of the laws that set it.
#
# What is compared is benefits.leave.paid_sick_hours_per_year, the leave a
# full-time worker can earn and use in a year. Laws state their floor in
# different ways: a yearly cap ("up to 40 hours a year"), an accrual rate with
# no cap (Washington: 1 hour per 40 hours worked), or both. Each row holds what
# a full-time worker of 2,080 hours a year (the library's hours_per_year) can
# earn and use under the law: the yearly cap, or the accrual over 2,080 hours
# where that is less (1 per 30 up to 72 hours gives 69 hours; 1 per 40 with no
# cap gives 52 hours), rounded down to the hour (Nevada's 0.01923 hours per
# hour, 1/52 rounded, counts as the 40 hours a year it gives a full-time
# worker, NV-EBG).
#
# The tables (sick_leave_state, sick_leave_state_days, sick_leave_city,
# sick_leave_city_state), their sources and the lets that pick an employer's
# row are in std/law/sick_leave_scope, which the Benefits principle imports
# too.

import "sick_leave_scope.jq"

standard law_sick_leave "Paid sick leave: every state and city law, and federal contractors" {
  version "2026.2"
  source "State and city paid sick leave laws (the reference tables sick_leave_state and sick_leave_city, a source on each row) and Executive Order 13706"
  effective 2007-02-05   # the oldest row (San Francisco)

  rule paid_sick_leave "The state's law: the yearly paid sick leave due at the employer's size" {
    when state_sick_threshold > 0
    when sick_leave_state[org.state, state_sick_threshold, sick_leave_date] > 0 hours
    unless ny_unpaid_only
    require benefits.leave.paid_sick_hours_per_year >= sick_leave_state[org.state, state_sick_threshold, sick_leave_date]
    require benefits.leave.paid_sick_hours_per_year >= state_sick_days_hours
    cite "The state's paid sick leave law, in the row of sick_leave_state for org.state, the employer's size and the reporting date (each row names the law and the pages, listed in the header of std/law/sick_leave, that give its figures); California's 'or 5 days, whichever is more' from sick_leave_state_days [CA-SB616, CO-INFO6B, NYS-PSL]"
    advice "Let every worker in the state earn and use at least the yearly paid sick leave its law sets for an employer of this size (or front-load it at the start of each year); in California, at least 5 of the worker's own workdays when that is more than 40 hours"
  }

  rule local_paid_sick_leave "The city's ordinance: the yearly paid sick leave due at the employer's size" {
    when city_sick_leave_state
    when city_sick_threshold > 0
    when sick_leave_city[org.city, city_sick_threshold, sick_leave_date] > 0 hours
    unless ny_unpaid_only
    require benefits.leave.paid_sick_hours_per_year >= sick_leave_city[org.city, city_sick_threshold, sick_leave_date]
    cite "The city's paid sick leave ordinance, in the row of sick_leave_city for org.city, the employer's size and the reporting date (each row names the ordinance and the pages, listed in the header of std/law/sick_leave, that give its figures)"
    advice "Let every worker in the city earn and use at least the yearly paid sick leave its ordinance sets for an employer of this size, where it asks for more than the state"
  }

  rule federal_contractors "Federal contractors: 56 hours of paid sick leave a year" {
    effective 2017-01-01
    when org.federal_contractor
    require benefits.leave.paid_sick_hours_per_year >= eo13706_sick_hours
    cite "Executive Order 13706 (80 FR 54697, 2015-09-10) and the DOL Final Rule (81 FR 67598, 2016-09-30), 29 CFR part 13: 1 hour per 30 hours on covered contracts, up to 56 hours (7 days) a year, for contracts from 2017-01-01 [EO13706, DOL-FR2016, OGL-EO, DDIFO-EO]"
    advice "Let workers on federal contracts earn 1 hour of paid sick leave per 30 hours worked, up to at least 56 hours a year, with carry-over"
  }

  rule accrual_rate "Workers earn at least 1 hour of paid sick leave per 30 hours worked" {
    when org.federal_contractor or state_accrues_1_per_30
    unless ny_unpaid_only and not org.federal_contractor
    require benefits.leave.sick_accrual_hours_per_30 >= sick_accrual_per_30_hours
    cite "Accrual of 1 hour per 30 hours worked, in the laws of the states listed (the rows of sick_leave_state name them; Michigan from 2025-02-21, 1 per 35 before) and Executive Order 13706 [EO13706, DOL-FR2016, DDIFO-EO]; the other states' laws accrue more slowly (1 per 35 to 1 per 87) and are checked by their yearly amount only"
    advice "Credit at least 1 hour of paid sick leave for every 30 hours worked, or front-load the full yearly amount"
  }
}

# ---- tests (jqlc test stdlib/law/sick_leave.jq; ignored by `check`) ----
# Each law is tested on the day before and the day it (or a new amount) took
# effect, through org.reporting_date, the date whose law applies.

test "Colorado: 48 hours passes at a 22-worker center; nothing else applies" {
  given {
    org.state = "CO"
    org.city = "Denver"
    org.employee_count = 22
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 48 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.paid_sick_leave pass
  expect law_sick_leave.local_paid_sick_leave not_applicable
  expect law_sick_leave.accrual_rate pass
  expect law_sick_leave.federal_contractors not_applicable
  expect law_sick_leave pass
}

test "Colorado: 40 hours is short; slow accrual fails" {
  given {
    org.state = "CO"
    org.employee_count = 640
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 0.75
  }
  expect law_sick_leave.paid_sick_leave fail
  expect law_sick_leave.accrual_rate fail
  expect law_sick_leave fail
}

test "Colorado: a 10-worker employer owes nothing on 2021-12-31" {
  given {
    org.state = "CO"
    org.employee_count = 10
    org.federal_contractor = false
    org.reporting_date = 2021-12-31
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.paid_sick_leave not_applicable
}

test "Colorado: a 10-worker employer owes 48 hours from 2022-01-01" {
  given {
    org.state = "CO"
    org.employee_count = 10
    org.federal_contractor = false
    org.reporting_date = 2022-01-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.paid_sick_leave fail
}

test "California: on 2023-12-31, 24 hours (3 days of 8 hours) passes" {
  given {
    org.state = "CA"
    org.employee_count = 30
    org.federal_contractor = false
    org.reporting_date = 2023-12-31
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.paid_sick_leave pass
}

test "California: on 2024-01-01, 24 hours fails (40 hours or 5 days)" {
  given {
    org.state = "CA"
    org.employee_count = 30
    org.federal_contractor = false
    org.reporting_date = 2024-01-01
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect law_sick_leave.paid_sick_leave fail
}

test "California: 40 hours passes with 8-hour shifts" {
  given {
    org.state = "CA"
    org.employee_count = 30
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.paid_sick_leave pass
  expect law_sick_leave.local_paid_sick_leave untested
  expect law_sick_leave.accrual_rate pass
}

test "California: 40 hours fails with 10-hour shifts (5 days are 50 hours)" {
  given {
    org.state = "CA"
    org.city = "Fresno"
    org.employee_count = 30
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    schedule.longest_shift_h = 10 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.paid_sick_leave fail
  expect law_sick_leave.local_paid_sick_leave not_applicable
}

test "California: 40 hours with the shift length unknown is untested; 24 hours fails anyway" {
  given "Forty" {
    org.state = "CA"
    org.employee_count = 30
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "Twenty-four" {
    org.state = "CA"
    org.employee_count = 30
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect "Forty" law_sick_leave.paid_sick_leave untested
  expect "Twenty-four" law_sick_leave.paid_sick_leave fail
}

test "San Francisco: 40 hours meets the state but not the city's 69 at 10+ workers" {
  given {
    org.state = "CA"
    org.city = "San Francisco"
    org.employee_count = 30
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.paid_sick_leave pass
  expect law_sick_leave.local_paid_sick_leave fail
  expect law_sick_leave fail
}

test "Los Angeles: 48 hours passes the city; before 2016-07-01 the city had no law" {
  given "After" {
    org.state = "CA"
    org.city = "Los Angeles"
    org.employee_count = 30
    org.reporting_date = 2016-07-01
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "Before" {
    org.state = "CA"
    org.city = "Los Angeles"
    org.employee_count = 30
    org.reporting_date = 2016-06-30
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "After" law_sick_leave.local_paid_sick_leave fail
  expect "Before" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Before" law_sick_leave.paid_sick_leave pass
}

test "Los Angeles: 26 or more workers from 2016-07-01, 25 or fewer from 2017-07-01" {
  given "26, 2016-07-01" { org.state = "CA"  org.city = "Los Angeles"  org.employee_count = 26  org.reporting_date = 2016-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "25, 2016-07-01" { org.state = "CA"  org.city = "Los Angeles"  org.employee_count = 25  org.reporting_date = 2016-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "10, 2017-06-30" { org.state = "CA"  org.city = "Los Angeles"  org.employee_count = 10  org.reporting_date = 2017-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "10, 2017-07-01" { org.state = "CA"  org.city = "Los Angeles"  org.employee_count = 10  org.reporting_date = 2017-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "10, 2017-07-01, 48 hours" { org.state = "CA"  org.city = "Los Angeles"  org.employee_count = 10  org.reporting_date = 2017-07-01  benefits.leave.paid_sick_hours_per_year = 48 hours }
  expect "26, 2016-07-01" law_sick_leave.local_paid_sick_leave fail
  expect "25, 2016-07-01" law_sick_leave.local_paid_sick_leave not_applicable
  expect "10, 2017-06-30" law_sick_leave.local_paid_sick_leave not_applicable
  expect "10, 2017-07-01" law_sick_leave.local_paid_sick_leave fail
  expect "10, 2017-07-01, 48 hours" law_sick_leave.local_paid_sick_leave pass
}

test "New York: 40 hours is enough at 60 workers but not at 150" {
  given "Sixty" {
    org.state = "NY"
    org.employee_count = 60
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "One fifty" {
    org.state = "NY"
    org.employee_count = 150
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect "Sixty" law_sick_leave.paid_sick_leave pass
  expect "Sixty" law_sick_leave.accrual_rate untested
  expect "Sixty" law_sick_leave untested
  expect "One fifty" law_sick_leave.paid_sick_leave fail
  expect "One fifty" law_sick_leave fail
}

test "New York: 56 hours passes at 150 workers; 24 fails at 60" {
  given "Big" {
    org.state = "NY"
    org.employee_count = 150
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  given "Small" {
    org.state = "NY"
    org.employee_count = 60
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect "Big" law_sick_leave.paid_sick_leave pass
  expect "Small" law_sick_leave.paid_sick_leave fail
}

test "New York: the 4-or-fewer rule turns on net income" {
  given "Unknown income" {
    org.state = "NY"
    org.employee_count = 3
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "Low income" {
    org.state = "NY"
    org.employee_count = 3
    org.net_income_last_year = $400_000
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "High income" {
    org.state = "NY"
    org.employee_count = 3
    org.net_income_last_year = $2_000_000
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "Low income, federal contractor" {
    org.state = "NY"
    org.employee_count = 3
    org.net_income_last_year = $400_000
    org.federal_contractor = true
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 56 hours
    benefits.leave.sick_accrual_hours_per_30 = 0.5
  }
  expect "Low income, federal contractor" law_sick_leave.paid_sick_leave not_applicable
  expect "Low income, federal contractor" law_sick_leave.accrual_rate fail
  expect "Unknown income" law_sick_leave.paid_sick_leave untested
  expect "Low income" law_sick_leave.paid_sick_leave not_applicable
  expect "High income" law_sick_leave.paid_sick_leave fail
}

test "New York: paid sick leave is due from 2021-01-01, not the day before" {
  given "Before" {
    org.state = "NY"
    org.employee_count = 60
    org.reporting_date = 2020-12-31
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "From" {
    org.state = "NY"
    org.employee_count = 60
    org.reporting_date = 2021-01-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "Before" law_sick_leave.paid_sick_leave not_applicable
  expect "From" law_sick_leave.paid_sick_leave fail
}

test "Seattle: a 1,200-worker chain with 56 hours meets the state's 52 but not the city's tier 3" {
  given {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 1_200
    org.federal_contractor = false
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 56 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.paid_sick_leave pass
  expect law_sick_leave.local_paid_sick_leave fail
  expect law_sick_leave.accrual_rate not_applicable
  expect law_sick_leave fail
}

test "Seattle: 72 hours passes tier 3; 56 passes tier 2; 40 fails tier 1 on the state's 52" {
  given "Tier 3" {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 300
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 72 hours
  }
  given "Tier 2" {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 80
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 56 hours
  }
  given "Tier 1" {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 20
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "Tier 3" law_sick_leave.local_paid_sick_leave pass
  expect "Tier 2" law_sick_leave.local_paid_sick_leave pass
  expect "Tier 1" law_sick_leave.local_paid_sick_leave pass
  expect "Tier 1" law_sick_leave.paid_sick_leave fail
}

test "Seattle's ordinance from 2012-09-01; Washington's law from 2018-01-01" {
  given "2012-08-31" {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 20
    org.reporting_date = 2012-08-31
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "2012-09-01" {
    org.state = "WA"
    org.city = "Seattle"
    org.employee_count = 20
    org.reporting_date = 2012-09-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "2017-12-31" {
    org.state = "WA"
    org.city = "Spokane"
    org.employee_count = 20
    org.reporting_date = 2017-12-31
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "2018-01-01" {
    org.state = "WA"
    org.city = "Spokane"
    org.employee_count = 20
    org.reporting_date = 2018-01-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "2012-08-31" law_sick_leave.local_paid_sick_leave not_applicable
  expect "2012-09-01" law_sick_leave.local_paid_sick_leave fail
  expect "2017-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "2018-01-01" law_sick_leave.paid_sick_leave fail
}

test "Washington with no city given: the state rule decides, the city rule is untested" {
  given {
    org.state = "WA"
    org.employee_count = 20
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 52 hours
  }
  expect law_sick_leave.paid_sick_leave pass
  expect law_sick_leave.local_paid_sick_leave untested
}

test "Chicago: 40 hours meets Illinois and the city; none before the city's 2017-07-01" {
  given "Chicago" {
    org.state = "IL"
    org.city = "Chicago"
    org.employee_count = 410
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2017-06-30" {
    org.state = "IL"
    org.city = "Chicago"
    org.employee_count = 410
    org.reporting_date = 2017-06-30
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "2017-07-01" {
    org.state = "IL"
    org.city = "Chicago"
    org.employee_count = 410
    org.reporting_date = 2017-07-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "Chicago" law_sick_leave.paid_sick_leave pass
  expect "Chicago" law_sick_leave.local_paid_sick_leave pass
  expect "2017-06-30" law_sick_leave.local_paid_sick_leave not_applicable
  expect "2017-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "2017-07-01" law_sick_leave.local_paid_sick_leave fail
}

test "Illinois: the state's 40 hours from 2024-01-01, not the day before" {
  given "Before" {
    org.state = "IL"
    org.city = "Peoria"
    org.employee_count = 20
    org.reporting_date = 2023-12-31
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "From" {
    org.state = "IL"
    org.city = "Peoria"
    org.employee_count = 20
    org.reporting_date = 2024-01-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "Before" law_sick_leave.paid_sick_leave not_applicable
  expect "From" law_sick_leave.paid_sick_leave fail
  expect "From" law_sick_leave.local_paid_sick_leave not_applicable
}

test "Pittsburgh: 40 hours is enough at 20 workers on 2025-12-31, not from 2026-01-01" {
  given "2025-12-31" {
    org.state = "PA"
    org.city = "Pittsburgh"
    org.employee_count = 20
    org.reporting_date = 2025-12-31
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2026-01-01" {
    org.state = "PA"
    org.city = "Pittsburgh"
    org.employee_count = 20
    org.reporting_date = 2026-01-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "2025-12-31" law_sick_leave.local_paid_sick_leave pass
  expect "2025-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "2026-01-01" law_sick_leave.local_paid_sick_leave fail
}

test "Philadelphia covers 10 or more workers; a Portland in Maine is not Portland, Oregon" {
  given "Philadelphia, 9" {
    org.state = "PA"
    org.city = "Philadelphia"
    org.employee_count = 9
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "Philadelphia, 10" {
    org.state = "PA"
    org.city = "Philadelphia"
    org.employee_count = 10
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "Portland, ME" {
    org.state = "ME"
    org.city = "Portland"
    org.employee_count = 8
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "Portland, OR" {
    org.state = "OR"
    org.city = "Portland"
    org.employee_count = 8
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "Philadelphia, 9" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Philadelphia, 10" law_sick_leave.local_paid_sick_leave fail
  expect "Portland, ME" law_sick_leave.paid_sick_leave not_applicable
  expect "Portland, ME" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Portland, OR" law_sick_leave.paid_sick_leave not_applicable
  expect "Portland, OR" law_sick_leave.local_paid_sick_leave fail
}

test "Minneapolis and Saint Paul: 48 hours" {
  given "Minneapolis" {
    org.state = "MN"
    org.city = "Minneapolis"
    org.employee_count = 12
    org.reporting_date = 2023-12-31
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "Saint Paul" {
    org.state = "MN"
    org.city = "Saint Paul"
    org.employee_count = 12
    org.reporting_date = 2023-12-31
    benefits.leave.paid_sick_hours_per_year = 48 hours
  }
  expect "Minneapolis" law_sick_leave.local_paid_sick_leave fail
  expect "Minneapolis" law_sick_leave.paid_sick_leave not_applicable
  expect "Saint Paul" law_sick_leave.local_paid_sick_leave pass
}

test "Minnesota: the state's 48 hours from 2024-01-01" {
  given {
    org.state = "MN"
    org.city = "Duluth"
    org.employee_count = 3
    org.reporting_date = 2024-01-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.paid_sick_leave fail
}

test "Missouri: in force from 2025-05-01, repealed from 2025-08-28" {
  given "2025-04-30" {
    org.state = "MO"
    org.employee_count = 20
    org.reporting_date = 2025-04-30
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-05-01" {
    org.state = "MO"
    org.employee_count = 20
    org.reporting_date = 2025-05-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-05-01, 10 workers" {
    org.state = "MO"
    org.employee_count = 10
    org.reporting_date = 2025-05-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-08-27" {
    org.state = "MO"
    org.employee_count = 20
    org.reporting_date = 2025-08-27
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-08-28" {
    org.state = "MO"
    org.employee_count = 20
    org.reporting_date = 2025-08-28
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "2025-04-30" law_sick_leave.paid_sick_leave not_applicable
  expect "2025-05-01" law_sick_leave.paid_sick_leave fail
  expect "2025-05-01, 10 workers" law_sick_leave.paid_sick_leave pass
  expect "2025-08-27" law_sick_leave.paid_sick_leave fail
  expect "2025-08-28" law_sick_leave.paid_sick_leave not_applicable
}

test "Nebraska: from 2025-10-01, 11 or more workers; 56 hours from 20" {
  given "2025-09-30" {
    org.state = "NE"
    org.employee_count = 30
    org.reporting_date = 2025-09-30
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-10-01, 30" {
    org.state = "NE"
    org.employee_count = 30
    org.reporting_date = 2025-10-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-10-01, 11" {
    org.state = "NE"
    org.employee_count = 11
    org.reporting_date = 2025-10-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "2025-10-01, 10" {
    org.state = "NE"
    org.employee_count = 10
    org.reporting_date = 2025-10-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "2025-09-30" law_sick_leave.paid_sick_leave not_applicable
  expect "2025-10-01, 30" law_sick_leave.paid_sick_leave fail
  expect "2025-10-01, 11" law_sick_leave.paid_sick_leave pass
  expect "2025-10-01, 10" law_sick_leave.paid_sick_leave not_applicable
}

test "Alaska: from 2025-07-01, 40 hours under 15 workers, 56 from 15" {
  given "2025-06-30" {
    org.state = "AK"
    org.employee_count = 15
    org.reporting_date = 2025-06-30
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "14" {
    org.state = "AK"
    org.employee_count = 14
    org.reporting_date = 2025-07-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  given "15" {
    org.state = "AK"
    org.employee_count = 15
    org.reporting_date = 2025-07-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "2025-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "14" law_sick_leave.paid_sick_leave pass
  expect "15" law_sick_leave.paid_sick_leave fail
}

test "Connecticut: 15 workers are covered from 2026-01-01, 5 workers from 2027-01-01" {
  given "15, 2025-12-31" {
    org.state = "CT"
    org.employee_count = 15
    org.reporting_date = 2025-12-31
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "15, 2026-01-01" {
    org.state = "CT"
    org.employee_count = 15
    org.reporting_date = 2026-01-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "5, 2026-12-31" {
    org.state = "CT"
    org.employee_count = 5
    org.reporting_date = 2026-12-31
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "5, 2027-01-01" {
    org.state = "CT"
    org.employee_count = 5
    org.reporting_date = 2027-01-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect "15, 2025-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "15, 2026-01-01" law_sick_leave.paid_sick_leave fail
  expect "5, 2026-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "5, 2027-01-01" law_sick_leave.paid_sick_leave fail
}

test "Michigan: 40 hours at 60 workers until 2025-02-20, 72 (69 accrued) from 2025-02-21; small employers from 2025-10-01" {
  given "60, 2025-02-20" {
    org.state = "MI"
    org.employee_count = 60
    org.federal_contractor = false
    org.reporting_date = 2025-02-20
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 0.86
  }
  given "60, 2025-02-21" {
    org.state = "MI"
    org.employee_count = 60
    org.reporting_date = 2025-02-21
    benefits.leave.paid_sick_hours_per_year = 40 hours
    benefits.leave.sick_accrual_hours_per_30 = 0.86
  }
  given "5, 2025-09-30" {
    org.state = "MI"
    org.employee_count = 5
    org.reporting_date = 2025-09-30
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  given "5, 2025-10-01" {
    org.state = "MI"
    org.employee_count = 5
    org.reporting_date = 2025-10-01
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "60, 2025-02-20" law_sick_leave.paid_sick_leave pass
  expect "60, 2025-02-20" law_sick_leave.accrual_rate not_applicable
  expect "60, 2025-02-21" law_sick_leave.paid_sick_leave fail
  expect "60, 2025-02-21" law_sick_leave.accrual_rate fail
  expect "5, 2025-09-30" law_sick_leave.paid_sick_leave not_applicable
  expect "5, 2025-10-01" law_sick_leave.paid_sick_leave pass
}

test "Vermont: 24 hours until 2018-12-31, 40 from 2019-01-01" {
  given "2018-12-31" {
    org.state = "VT"
    org.employee_count = 20
    org.reporting_date = 2018-12-31
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "2019-01-01" {
    org.state = "VT"
    org.employee_count = 20
    org.reporting_date = 2019-01-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  expect "2018-12-31" law_sick_leave.paid_sick_leave pass
  expect "2019-01-01" law_sick_leave.paid_sick_leave fail
}

test "Rhode Island: 32 hours in 2019, 40 from 2020-01-01; under 18 workers no paid leave" {
  given "2019-12-31" {
    org.state = "RI"
    org.employee_count = 18
    org.reporting_date = 2019-12-31
    benefits.leave.paid_sick_hours_per_year = 32 hours
  }
  given "2020-01-01" {
    org.state = "RI"
    org.employee_count = 18
    org.reporting_date = 2020-01-01
    benefits.leave.paid_sick_hours_per_year = 32 hours
  }
  given "17" {
    org.state = "RI"
    org.employee_count = 17
    org.reporting_date = 2020-01-01
    benefits.leave.paid_sick_hours_per_year = 0 hours
  }
  expect "2019-12-31" law_sick_leave.paid_sick_leave pass
  expect "2020-01-01" law_sick_leave.paid_sick_leave fail
  expect "17" law_sick_leave.paid_sick_leave not_applicable
}

test "District of Columbia: 24, 40 and 56 hours by size" {
  given "20" {
    org.state = "DC"
    org.employee_count = 20
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "30" {
    org.state = "DC"
    org.employee_count = 30
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "120" {
    org.state = "DC"
    org.employee_count = 120
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 48 hours
  }
  expect "20" law_sick_leave.paid_sick_leave pass
  expect "30" law_sick_leave.paid_sick_leave fail
  expect "120" law_sick_leave.paid_sick_leave fail
}

test "Arizona, Maryland, Massachusetts, Maine, Nevada, Oregon: below the size threshold no paid leave is due" {
  given "AZ 14" { org.state = "AZ"  org.employee_count = 14  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 24 hours }
  given "AZ 15" { org.state = "AZ"  org.employee_count = 15  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 24 hours }
  given "MD 14" { org.state = "MD"  org.employee_count = 14  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MD 15" { org.state = "MD"  org.employee_count = 15  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MA 10" { org.state = "MA"  org.employee_count = 10  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "ME 11" { org.state = "ME"  org.employee_count = 11  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 40 hours }
  given "NV 49" { org.state = "NV"  org.employee_count = 49  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NV 50" { org.state = "NV"  org.employee_count = 50  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "OR 9" { org.state = "OR"  org.city = "Salem"  org.employee_count = 9  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NM 3" { org.state = "NM"  org.employee_count = 3  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 48 hours }
  given "NJ 3" { org.state = "NJ"  org.employee_count = 3  org.reporting_date = 2026-03-01  benefits.leave.paid_sick_hours_per_year = 40 hours }
  expect "AZ 14" law_sick_leave.paid_sick_leave pass
  expect "AZ 15" law_sick_leave.paid_sick_leave fail
  expect "MD 14" law_sick_leave.paid_sick_leave not_applicable
  expect "MD 15" law_sick_leave.paid_sick_leave fail
  expect "MA 10" law_sick_leave.paid_sick_leave not_applicable
  expect "ME 11" law_sick_leave.paid_sick_leave pass
  expect "NV 49" law_sick_leave.paid_sick_leave not_applicable
  expect "NV 50" law_sick_leave.paid_sick_leave fail
  expect "OR 9" law_sick_leave.paid_sick_leave not_applicable
  expect "OR 9" law_sick_leave.local_paid_sick_leave not_applicable
  expect "NM 3" law_sick_leave.paid_sick_leave fail
  expect "NJ 3" law_sick_leave.paid_sick_leave pass
}

test "Every other state law: nothing due the day before it took effect, its amount from that day" {
  given "AZ 20, 2017-06-30" { org.state = "AZ"  org.employee_count = 20  org.reporting_date = 2017-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "AZ 20, 2017-07-01" { org.state = "AZ"  org.employee_count = 20  org.reporting_date = 2017-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CA 5, 2015-06-30" { org.state = "CA"  org.employee_count = 5  org.reporting_date = 2015-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CA 5, 2015-07-01" { org.state = "CA"  org.employee_count = 5  org.reporting_date = 2015-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CO 20, 2020-12-31" { org.state = "CO"  org.employee_count = 20  org.reporting_date = 2020-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CO 20, 2021-01-01" { org.state = "CO"  org.employee_count = 20  org.reporting_date = 2021-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CT 30, 2024-12-31" { org.state = "CT"  org.employee_count = 30  org.reporting_date = 2024-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "CT 30, 2025-01-01" { org.state = "CT"  org.employee_count = 30  org.reporting_date = 2025-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "DC 30, 2008-11-12" { org.state = "DC"  org.employee_count = 30  org.reporting_date = 2008-11-12  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "DC 30, 2008-11-13" { org.state = "DC"  org.employee_count = 30  org.reporting_date = 2008-11-13  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MA 20, 2015-06-30" { org.state = "MA"  org.employee_count = 20  org.reporting_date = 2015-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MA 20, 2015-07-01" { org.state = "MA"  org.employee_count = 20  org.reporting_date = 2015-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MD 20, 2018-02-10" { org.state = "MD"  org.employee_count = 20  org.reporting_date = 2018-02-10  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MD 20, 2018-02-11" { org.state = "MD"  org.employee_count = 20  org.reporting_date = 2018-02-11  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "ME 20, 2020-12-31" { org.state = "ME"  org.employee_count = 20  org.reporting_date = 2020-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "ME 20, 2021-01-01" { org.state = "ME"  org.employee_count = 20  org.reporting_date = 2021-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MI 60, 2019-03-28" { org.state = "MI"  org.employee_count = 60  org.reporting_date = 2019-03-28  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "MI 60, 2019-03-29" { org.state = "MI"  org.employee_count = 60  org.reporting_date = 2019-03-29  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NJ 5, 2018-10-28" { org.state = "NJ"  org.employee_count = 5  org.reporting_date = 2018-10-28  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NJ 5, 2018-10-29" { org.state = "NJ"  org.employee_count = 5  org.reporting_date = 2018-10-29  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NM 5, 2022-06-30" { org.state = "NM"  org.employee_count = 5  org.reporting_date = 2022-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NM 5, 2022-07-01" { org.state = "NM"  org.employee_count = 5  org.reporting_date = 2022-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NV 60, 2019-12-31" { org.state = "NV"  org.employee_count = 60  org.reporting_date = 2019-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "NV 60, 2020-01-01" { org.state = "NV"  org.employee_count = 60  org.reporting_date = 2020-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "OR 20, 2015-12-31" { org.state = "OR"  org.employee_count = 20  org.reporting_date = 2015-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "OR 20, 2016-01-01" { org.state = "OR"  org.employee_count = 20  org.reporting_date = 2016-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "RI 20, 2018-06-30" { org.state = "RI"  org.employee_count = 20  org.reporting_date = 2018-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "RI 20, 2018-07-01" { org.state = "RI"  org.employee_count = 20  org.reporting_date = 2018-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "VT 20, 2016-12-31" { org.state = "VT"  org.employee_count = 20  org.reporting_date = 2016-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "VT 20, 2017-01-01" { org.state = "VT"  org.employee_count = 20  org.reporting_date = 2017-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "VT 3, 2017-12-31" { org.state = "VT"  org.employee_count = 3  org.reporting_date = 2017-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "VT 3, 2018-01-01" { org.state = "VT"  org.employee_count = 3  org.reporting_date = 2018-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  expect "AZ 20, 2017-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "AZ 20, 2017-07-01" law_sick_leave.paid_sick_leave fail
  expect "CA 5, 2015-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "CA 5, 2015-07-01" law_sick_leave.paid_sick_leave fail
  expect "CO 20, 2020-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "CO 20, 2021-01-01" law_sick_leave.paid_sick_leave fail
  expect "CT 30, 2024-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "CT 30, 2025-01-01" law_sick_leave.paid_sick_leave fail
  expect "DC 30, 2008-11-12" law_sick_leave.paid_sick_leave not_applicable
  expect "DC 30, 2008-11-13" law_sick_leave.paid_sick_leave fail
  expect "MA 20, 2015-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "MA 20, 2015-07-01" law_sick_leave.paid_sick_leave fail
  expect "MD 20, 2018-02-10" law_sick_leave.paid_sick_leave not_applicable
  expect "MD 20, 2018-02-11" law_sick_leave.paid_sick_leave fail
  expect "ME 20, 2020-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "ME 20, 2021-01-01" law_sick_leave.paid_sick_leave fail
  expect "MI 60, 2019-03-28" law_sick_leave.paid_sick_leave not_applicable
  expect "MI 60, 2019-03-29" law_sick_leave.paid_sick_leave fail
  expect "NJ 5, 2018-10-28" law_sick_leave.paid_sick_leave not_applicable
  expect "NJ 5, 2018-10-29" law_sick_leave.paid_sick_leave fail
  expect "NM 5, 2022-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "NM 5, 2022-07-01" law_sick_leave.paid_sick_leave fail
  expect "NV 60, 2019-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "NV 60, 2020-01-01" law_sick_leave.paid_sick_leave fail
  expect "OR 20, 2015-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "OR 20, 2016-01-01" law_sick_leave.paid_sick_leave fail
  expect "RI 20, 2018-06-30" law_sick_leave.paid_sick_leave not_applicable
  expect "RI 20, 2018-07-01" law_sick_leave.paid_sick_leave fail
  expect "VT 20, 2016-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "VT 20, 2017-01-01" law_sick_leave.paid_sick_leave fail
  expect "VT 3, 2017-12-31" law_sick_leave.paid_sick_leave not_applicable
  expect "VT 3, 2018-01-01" law_sick_leave.paid_sick_leave fail
}

test "Every other city ordinance: nothing due the day before it took effect, its amount from that day" {
  given "Philadelphia 20, 2015-05-12" { org.state = "PA"  org.city = "Philadelphia"  org.employee_count = 20  org.reporting_date = 2015-05-12  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Philadelphia 20, 2015-05-13" { org.state = "PA"  org.city = "Philadelphia"  org.employee_count = 20  org.reporting_date = 2015-05-13  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "San Francisco 5, 2007-02-04" { org.state = "CA"  org.city = "San Francisco"  org.employee_count = 5  org.reporting_date = 2007-02-04  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "San Francisco 5, 2007-02-05" { org.state = "CA"  org.city = "San Francisco"  org.employee_count = 5  org.reporting_date = 2007-02-05  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Oakland 5, 2015-03-01" { org.state = "CA"  org.city = "Oakland"  org.employee_count = 5  org.reporting_date = 2015-03-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Oakland 5, 2015-03-02" { org.state = "CA"  org.city = "Oakland"  org.employee_count = 5  org.reporting_date = 2015-03-02  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "San Diego 5, 2016-07-10" { org.state = "CA"  org.city = "San Diego"  org.employee_count = 5  org.reporting_date = 2016-07-10  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "San Diego 5, 2016-07-11" { org.state = "CA"  org.city = "San Diego"  org.employee_count = 5  org.reporting_date = 2016-07-11  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Minneapolis 10, 2017-06-30" { org.state = "MN"  org.city = "Minneapolis"  org.employee_count = 10  org.reporting_date = 2017-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Minneapolis 10, 2017-07-01" { org.state = "MN"  org.city = "Minneapolis"  org.employee_count = 10  org.reporting_date = 2017-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Saint Paul 30, 2017-06-30" { org.state = "MN"  org.city = "Saint Paul"  org.employee_count = 30  org.reporting_date = 2017-06-30  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Saint Paul 30, 2017-07-01" { org.state = "MN"  org.city = "Saint Paul"  org.employee_count = 30  org.reporting_date = 2017-07-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Saint Paul 5, 2017-12-31" { org.state = "MN"  org.city = "Saint Paul"  org.employee_count = 5  org.reporting_date = 2017-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Saint Paul 5, 2018-01-01" { org.state = "MN"  org.city = "Saint Paul"  org.employee_count = 5  org.reporting_date = 2018-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Portland 8, 2015-12-31" { org.state = "OR"  org.city = "Portland"  org.employee_count = 8  org.reporting_date = 2015-12-31  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Portland 8, 2016-01-01" { org.state = "OR"  org.city = "Portland"  org.employee_count = 8  org.reporting_date = 2016-01-01  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Pittsburgh 20, 2020-03-14" { org.state = "PA"  org.city = "Pittsburgh"  org.employee_count = 20  org.reporting_date = 2020-03-14  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Pittsburgh 20, 2020-03-15" { org.state = "PA"  org.city = "Pittsburgh"  org.employee_count = 20  org.reporting_date = 2020-03-15  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Pittsburgh 5, 2021-03-14" { org.state = "PA"  org.city = "Pittsburgh"  org.employee_count = 5  org.reporting_date = 2021-03-14  benefits.leave.paid_sick_hours_per_year = 0 hours }
  given "Pittsburgh 5, 2021-03-15" { org.state = "PA"  org.city = "Pittsburgh"  org.employee_count = 5  org.reporting_date = 2021-03-15  benefits.leave.paid_sick_hours_per_year = 0 hours }
  expect "Philadelphia 20, 2015-05-12" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Philadelphia 20, 2015-05-13" law_sick_leave.local_paid_sick_leave fail
  expect "San Francisco 5, 2007-02-04" law_sick_leave.local_paid_sick_leave not_applicable
  expect "San Francisco 5, 2007-02-05" law_sick_leave.local_paid_sick_leave fail
  expect "Oakland 5, 2015-03-01" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Oakland 5, 2015-03-02" law_sick_leave.local_paid_sick_leave fail
  expect "San Diego 5, 2016-07-10" law_sick_leave.local_paid_sick_leave not_applicable
  expect "San Diego 5, 2016-07-11" law_sick_leave.local_paid_sick_leave fail
  expect "Minneapolis 10, 2017-06-30" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Minneapolis 10, 2017-07-01" law_sick_leave.local_paid_sick_leave fail
  expect "Saint Paul 30, 2017-06-30" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Saint Paul 30, 2017-07-01" law_sick_leave.local_paid_sick_leave fail
  expect "Saint Paul 5, 2017-12-31" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Saint Paul 5, 2018-01-01" law_sick_leave.local_paid_sick_leave fail
  expect "Portland 8, 2015-12-31" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Portland 8, 2016-01-01" law_sick_leave.local_paid_sick_leave fail
  expect "Pittsburgh 20, 2020-03-14" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Pittsburgh 20, 2020-03-15" law_sick_leave.local_paid_sick_leave fail
  expect "Pittsburgh 5, 2021-03-14" law_sick_leave.local_paid_sick_leave not_applicable
  expect "Pittsburgh 5, 2021-03-15" law_sick_leave.local_paid_sick_leave fail
}

test "federal contractor: 56 hours anywhere, and 48 fails" {
  given {
    org.state = "OH"
    org.city = "Dayton"
    org.federal_contractor = true
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 48 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.federal_contractors fail
  expect law_sick_leave.accrual_rate pass
  expect law_sick_leave.paid_sick_leave not_applicable
  expect law_sick_leave.local_paid_sick_leave not_applicable
  expect law_sick_leave fail
}

test "federal contractor with 56 hours passes" {
  given {
    org.state = "OH"
    org.federal_contractor = true
    benefits.leave.paid_sick_hours_per_year = 56 hours
    benefits.leave.sick_accrual_hours_per_30 = 1
  }
  expect law_sick_leave.federal_contractors pass
  expect law_sick_leave pass
}

test "Ohio, no federal contract: no paid sick leave law applies" {
  given {
    org.state = "OH"
    org.federal_contractor = false
  }
  expect law_sick_leave.paid_sick_leave not_applicable
  expect law_sick_leave.local_paid_sick_leave not_applicable
  expect law_sick_leave.accrual_rate not_applicable
  expect law_sick_leave not_applicable
}

test "unknown state and contract status leave every rule untested" {
  given {
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect law_sick_leave.paid_sick_leave untested
  expect law_sick_leave.local_paid_sick_leave untested
  expect law_sick_leave.federal_contractors untested
  expect law_sick_leave untested
}

test "Arizona with the headcount unknown is untested; California's single amount needs none" {
  given "AZ" {
    org.state = "AZ"
    org.reporting_date = 2026-03-01
    benefits.leave.paid_sick_hours_per_year = 24 hours
  }
  given "CA" {
    org.state = "CA"
    org.reporting_date = 2026-03-01
    schedule.longest_shift_h = 8 hours
    benefits.leave.paid_sick_hours_per_year = 40 hours
  }
  expect "AZ" law_sick_leave.paid_sick_leave untested
  expect "CA" law_sick_leave.paid_sick_leave pass
}
