# examples/county/standards/county.jq
#
# The job-quality standard of the Example County Workforce Development Board,
# Colorado (a fictional board, written the way an agency would write its own
# file). It is the pattern a policy author copies: import the library,
# tighten it, extend it, test it — without copying any library rule.
#
#   1. IMPORT   `import "std/default"` brings the eight Results for America
#               principles (earnings, schedules, safety_security, benefits,
#               voice, learning, culture, purpose), the shared fact
#               vocabulary and the tiers quality_job and high_quality_job.
#               Add `import "std/law/sick_leave"` etc. to check laws too.
#
#   2. TIGHTEN  A library param can be declared only once, so a local file
#               does not redeclare it. Two ways to raise a threshold:
#               * for one run, or in the board's scripts, override the
#                 library's param on the command line — e.g. the living
#                 wage share of the earnings standard:
#                   jqlc check -r examples/county/standards \
#                     --param living_wage_multiplier=110% examples/*.facts
#               * as adopted policy, state the stricter threshold as the
#                 board's own param and rule (below: paid sick leave of 48
#                 hours, Colorado's HFWA figure, where the library's
#                 benefits.paid_sick_leave asks for 40). Both rules are
#                 reported, so an employer sees the library floor and the
#                 county's higher bar side by side.
#
#   3. EXTEND   A local rule the board adopted (illustrative): every
#               full-time position is eligible for benefits.
#
#   4. TIER     The board's own tiers. Its wage-subsidy contracts need the
#               living wage, which the library's 3-of-5 quality_job tier
#               does not insist on, so county_quality_job names earnings
#               explicitly.
#
#   5. TEST     `jqlc test examples/county/standards` runs the tests at the
#               bottom of this file.
#
# Run it from the repository root:
#   jqlc check -r examples/county/standards examples/*.facts
# Try a different sick-leave bar without editing this file:
#   jqlc check -r examples/county/standards --param 'county_min_sick_hours=56 hours' examples/*.facts

import "std/default"

# The raised threshold (step 2). 48 hours is the Colorado Healthy Families
# and Workplaces Act's yearly figure (C.R.S. 8-13.3-403); the library's
# default is 40 hours, the lowest of the state laws it cites.
param county_min_sick_hours = 48 hours "Paid sick leave a full-time worker can earn and use each year; the board raised the library's 40 hours to Colorado's 48"

standard county_local "Example County: the board's local job quality requirements" {
  version "2026.1"
  source "Example County Workforce Development Board, job quality standard for wage-subsidy and on-the-job-training contracts (illustrative)"
  effective 2026-01-01   # adopted by the board for contracts signed from this date

  rule paid_sick_leave "Workers can earn at least 48 hours of paid sick leave a year" {
    require benefits.leave.paid_sick_hours_per_year >= county_min_sick_hours
    cite "Example County board resolution 2025-14 (illustrative), raising RFA principle 4 (Benefits) / std/default benefits.paid_sick_leave from 40 to 48 hours, the Colorado HFWA figure (C.R.S. 8-13.3-403)"
    advice "Let every worker accrue at least 48 hours of paid sick leave a year (1 hour per 30 hours worked)"
  }

  # A position that is full-time but not benefits-eligible fails; part-time
  # positions are not judged by this rule (`implies` is true when the
  # position is not full-time).
  rule full_time_benefits "Every full-time position is eligible for benefits" {
    require all j in job: j.full_time implies j.benefits_eligible
    cite "U.S. Departments of Labor and Commerce, Good Jobs Principles (2022): full-time and part-time workers get family-sustaining benefits; RFA Job Quality Playbook, principle 4 (Benefits)"
    advice "Make every position scheduled for 30 or more hours a week eligible for the health plan"
  }
}

# The board's two recognition levels (step 4).
tier county_quality_job "County quality job: living wage, benefits, schedules and the county's local rules" {
  requires earnings, benefits, schedules, county_local
}

tier county_partner "County partner: meets at least 4 of the 5 core RFA principles and the county's local standard" {
  requires 4 of earnings, schedules, safety_security, benefits, voice, county_local
}

# ---- tests (jqlc test examples/county/standards) ----

test "a full-time position without benefits and 40 hours of sick leave fail" {
  given {
    benefits.leave.paid_sick_hours_per_year = 40 hours
    job "Picker"   { full_time = true   benefits_eligible = false }
    job "Seasonal" { full_time = false  benefits_eligible = false }
  }
  expect county_local.paid_sick_leave fail
  expect county_local.full_time_benefits fail
  expect county_local fail
  # the library's own 40-hour floor still passes: the county's bar is higher
  expect benefits.paid_sick_leave pass
}

test "48 hours and benefits for every full-time position pass" {
  given {
    benefits.leave.paid_sick_hours_per_year = 48 hours
    job "Lead Teacher" { full_time = true   benefits_eligible = true }
    job "Aide"         { full_time = false  benefits_eligible = false }
  }
  expect county_local.paid_sick_leave pass
  expect county_local.full_time_benefits pass
  expect county_local pass
}

test "an employer with no positions reported is untested" {
  given {
    benefits.leave.paid_sick_hours_per_year = 96 hours
  }
  expect county_local.paid_sick_leave pass
  expect county_local.full_time_benefits untested
  expect county_local untested
}

test "a position whose hours are unknown leaves the benefits rule untested" {
  given {
    job "Driver" { benefits_eligible = false }
  }
  expect county_local.full_time_benefits untested
  expect county_local.paid_sick_leave untested
}
