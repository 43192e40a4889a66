# examples/county/standards/county.jq
#
# The job-quality standard of the Example County Workforce Development Board
# (a fictional board, written the way an agency would write its own file).
#
# The board adopted the Results for America Earnings and Benefits principles
# as published in the jqlc standard library, and added two local rules that
# its members asked for during the public comment period (illustrative):
#   * shift workers in the sectors covered by fair workweek laws get their
#     schedules two weeks ahead;
#   * every full-time position is eligible for benefits.
#
# Employers that reach the `county_quality_job` tier qualify for the board's
# wage-subsidy and on-the-job-training contracts; `county_partner` employers
# may join the board's employer network while they work toward it.
#
# Run it from the repository root:
#   jqlc check -r examples/county/standards examples/*.facts
# Try a different notice period without editing this file:
#   jqlc check -r examples/county/standards --param 'county_min_notice=10 days' examples/*.facts

# The standard library: the RFA Earnings and Benefits standards, the shared
# fact vocabulary and the tiers living_wage_employer and on_the_path.
import "std/default"

# Local policy choice. 14 days is the notice period of the Seattle, Oregon,
# New York City fast food, Chicago and Philadelphia fair workweek laws.
param county_min_notice = 14 days "Advance schedule notice the board requires in shift-based sectors (the 14 days of most fair workweek laws)"

standard county_local "Example County: local scheduling and benefits requirements" {
  version "2026.1"
  source "Example County Workforce Development Board, job quality standard for wage-subsidy contracts (illustrative)"
  effective 2026-01-01   # adopted by the board for contracts signed from this date

  # Sectors named by Chicago's Fair Workweek Ordinance (building services,
  # health care, hotels, manufacturing, restaurants, retail, warehouses).
  # Other sectors, child care among them, are not covered.
  rule advance_notice "Shift workers receive their schedules at least 14 days ahead" {
    when org.sector in ["building_services", "health_care", "hospitality", "manufacturing",
                        "food_service", "retail", "warehousing"]
    require schedule.advance_notice_days >= county_min_notice
    cite "RFA Job Quality Playbook, principle 2 (Schedules: stable, predictable and fair); Chicago Fair Workweek Ordinance and Seattle Secure Scheduling Ordinance (14 days)"
    advice "Post each work schedule at least 14 days before its first shift, and pay predictability pay for later changes"
  }

  # A position that is full-time but not benefits-eligible fails; part-time
  # positions are not judged by this rule (`implies` is true when the
  # position is not full-time).
  rule full_time_benefits "Every full-time position is eligible for benefits" {
    require all j in job: j.full_time implies j.benefits_eligible
    cite "U.S. Departments of Labor and Commerce, Good Jobs Principles (2022); RFA Job Quality Playbook, principle 4 (Benefits)"
    advice "Make every position scheduled for 30 or more hours a week eligible for the health plan"
  }
}

# The board's two recognition levels.
tier county_quality_job "County quality job: RFA Earnings and Benefits plus the county's local rules" {
  requires earnings, benefits, county_local
}

tier county_partner "County partner: meets at least two of the three standards" {
  requires 2 of earnings, benefits, county_local
}

# ---- tests (jqlc test examples/county/standards) ----

test "a warehouse posting schedules one week ahead fails the notice rule" {
  given {
    org.sector = "warehousing"
    schedule.advance_notice_days = 7 days
    job "Picker"     { full_time = true   benefits_eligible = false }
    job "Seasonal"   { full_time = false  benefits_eligible = false }
  }
  expect county_local.advance_notice fail
  expect county_local.full_time_benefits fail
  expect county_local fail
}

test "child care is outside the fair workweek sectors" {
  given {
    org.sector = "childcare"
    job "Lead Teacher" { full_time = true   benefits_eligible = true }
    job "Aide"         { full_time = false  benefits_eligible = false }
  }
  expect county_local.advance_notice not_applicable
  expect county_local.full_time_benefits pass
  expect county_local pass
}
