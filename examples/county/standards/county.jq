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
#   2. TIGHTEN  Set a library param in this file: the library's own rules
#               then judge against the county's value. Below, paid sick
#               leave rises from the library's 40 hours to Colorado's 48
#               (std/default's benefits.paid_sick_leave uses it; that rule
#               is recommended, so a shortfall is reported with its advice
#               but does not fail Benefits, and Colorado's own 48 hours are
#               the law std/law/sick_leave checks). For one run, `--param`
#               overrides any param without editing a file:
#                   jqlc check -r examples/county/standards \
#                     --param 'min_paid_sick_hours=56 hours' examples/*.facts
#
#   3. DEFAULT  The county's living wage, given once here instead of in every
#               employer's fact file: an employer that reports its own
#               figure keeps it; one that does not gets this one, and
#               reasons mark it "(default)".
#
#   4. EXTEND   A local rule the board adopted (illustrative): every
#               full-time position is eligible for benefits.
#
#   5. TIER     The board's own tiers. Its wage-subsidy contracts need
#               what the library's quality_job asks (earnings, the living
#               wage, then 2 of the other four core principles) and the
#               board's local rule too, so county_quality_job requires
#               all three.
#
#   6. GOAL     What the board means to reach across every employer it
#               subsidises: three in four subsidised jobs are county quality
#               jobs by the end of 2027 (a share of employers weighted by
#               their workers, so a share of jobs).
#
#   7. TEST     `jqlc test examples/county/standards` runs the tests at the
#               bottom of this file, the goal's among them.
#
# Run it from the repository root:
#   jqlc check -r examples/county/standards examples/*.facts

import "std/default"

# The raised threshold (step 2). 48 hours is the Colorado Healthy Families
# and Workplaces Act's yearly figure (C.R.S. 8-13.3-403); the library's
# default is 40 hours, the lowest of the state laws it cites.
param min_paid_sick_hours = 48 hours

# The county's living wage (step 3): illustrative, in the form an agency
# would take it from the MIT Living Wage Calculator (1 adult, 0 children).
default ref.living_wage_hourly = $23.50/hour "Example County living wage, MIT Living Wage Calculator, 1 adult 0 children (illustrative)"

standard county_local "Example County: the board's local job quality requirements" {
  version "2026.1"
  source "Example County Workforce Development Board, job quality standard for wage-subsidy and on-the-job-training contracts (illustrative)"
  effective 2026-01-01   # adopted by the board for contracts signed from this date

  # A position that is full-time but not benefits-eligible fails; part-time
  # positions are not judged by this rule (`implies` is true when the
  # position is not full-time).
  rule full_time_benefits "Every full-time position is eligible for benefits" {
    require all j in job: j.full_time implies j.benefits_eligible
    cite "U.S. Departments of Labor and Commerce, Good Jobs Principles (2022), archived at https://web.archive.org/web/2024/https://www.dol.gov/general/good-jobs/principles (the DOL page was taken down): full-time and part-time workers get family-sustaining benefits; RFA Job Quality Playbook, principle 4 (Benefits)"
    advice "Make every position scheduled for 30 or more hours a week eligible for the health plan"
  }
}

# The board's two recognition levels (step 5).
tier county_quality_job "County quality job: a living wage, 2 of the other core principles, and the county's local rule" {
  requires earnings
  requires 2 of schedules, safety_security, benefits, voice
  requires county_local
}

tier county_partner "County partner: meets at least 4 of the 5 core RFA principles and the county's local standard" {
  requires 4 of earnings, schedules, safety_security, benefits, voice, county_local
}

# The board's goal (step 6). Weighted by org.employee_count, it counts jobs,
# not employers; the `where` keeps it to the Colorado worksites the board funds.
goal county_quality_jobs "Three in four subsidised jobs are county quality jobs" {
  share of employers reaching county_quality_job weighted by org.employee_count >= 75%
  where org.state == "CO"
  deadline 2027-12-31
  cite "Example County Workforce Development Board, strategic plan 2026-2028, goal 1 (illustrative)"
  advice "Steer wage subsidies to employers that pay the county's living wage"
}

# ---- tests (jqlc test examples/county/standards) ----

test "a full-time position without benefits fails; 40 hours of sick leave fail the library's rule at the county's 48" {
  given {
    benefits.leave.paid_sick_hours_per_year = 40 hours
    job "Picker" { full_time = true  benefits_eligible = false }
    job "Seasonal" { full_time = false  benefits_eligible = false }
  }
  expect county_local.full_time_benefits fail
  expect county_local fail
  expect benefits.paid_sick_leave fail
}

test "48 hours and benefits for every full-time position pass" {
  given {
    benefits.leave.paid_sick_hours_per_year = 48 hours
    job "Lead Teacher" { full_time = true  benefits_eligible = true }
    job "Aide" { full_time = false  benefits_eligible = false }
  }
  expect benefits.paid_sick_leave pass
  expect county_local.full_time_benefits pass
  expect county_local pass
}

test "an employer with no positions reported is untested" {
  given {
    benefits.leave.paid_sick_hours_per_year = 96 hours
  }
  expect benefits.paid_sick_leave pass
  expect county_local.full_time_benefits untested
  expect county_local untested
}

test "a position whose hours are unknown leaves the benefits rule untested" {
  given {
    job "Driver" { benefits_eligible = false }
  }
  expect county_local.full_time_benefits untested
  expect benefits.paid_sick_leave untested
}

test "without its own figure an employer is judged against the county's living wage" {
  given {
    pay.lowest_hourly_wage = $22/hour
  }
  expect earnings.lowest_wage fail
}

test "an employer's own living-wage figure wins over the county's default" {
  given {
    ref.living_wage_hourly = $21/hour
    pay.lowest_hourly_wage = $22/hour
  }
  expect earnings.lowest_wage pass
}

test "the goal: jobs below the living wage are not county quality jobs" {
  given "Diner" {
    org.state = "CO"
    org.employee_count = 30
    pay.lowest_hourly_wage = $16/hour
  }
  given "Bakery" {
    org.state = "CO"
    org.employee_count = 10
  }
  given "Out of state" {
    org.state = "WY"
    org.employee_count = 500
    pay.lowest_hourly_wage = $30/hour
  }
  expect "Diner" earnings.lowest_wage fail
  expect "Bakery" earnings.lowest_wage untested
  # 30 jobs not reached and 10 undecided: at most 25% can be quality jobs
  expect goal county_quality_jobs not_met
}
