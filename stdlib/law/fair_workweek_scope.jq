# stdlib/law/fair_workweek_scope.jq — who the fair workweek laws cover
# (`import "std/law/fair_workweek_scope"`).
#
# The coverage tests of the five fair workweek laws, as top-level lets, with
# no standard of their own: std/law/fair_workweek checks the laws' terms for
# the employers these lets cover, and the Schedules principle
# (std/rfa/schedules) requires 14 days' notice only of the employers a
# 14-day law covers (recommended elsewhere). Sources and keys: see the header
# of fair_workweek.jq.
#
# Dates: the figures that changed over time (the Chicago pay ceiling, the
# Oregon, Chicago and Philadelphia notice periods) are read as of
# `fww_date`: the date the facts describe (org.reporting_date) when the fact
# file gives it, else the evaluation date (--as-of, default today).

import "../vocabulary.jq"

param seattle_min_employees = 500 "Seattle SSO: covered retail and food service employers have this many employees worldwide"
param seattle_full_service_min_locations = 40 "Seattle SSO: full-service restaurants are covered from this many locations worldwide"
param oregon_min_employees = 500 "Oregon SB 828: covered employers have this many employees worldwide"
param nyc_fast_food_min_locations = 30 "NYC Fair Workweek: fast food chains are covered from this many establishments nationally"
param nyc_retail_min_employees = 20 "NYC Fair Workweek: retail employers are covered from this many employees"
param chicago_min_employees = 100 "Chicago FWO: covered employers have this many employees worldwide"
param chicago_nonprofit_min_employees = 250 "Chicago FWO: nonprofit employers are covered from this many employees worldwide"
param chicago_min_covered_employees = 50 "Chicago FWO: a covered employer has at least this many covered employees (workers at or below the pay ceiling)"
param chicago_restaurant_min_employees = 250 "Chicago FWO: restaurants are covered from this many employees worldwide"
param chicago_restaurant_min_locations = 30 "Chicago FWO: restaurants are covered from this many locations worldwide"
param philadelphia_min_employees = 250 "Philadelphia FWO: covered employers have this many employees worldwide"
param philadelphia_min_locations = 30 "Philadelphia FWO: covered employers have this many locations worldwide"

# The Chicago Fair Workweek pay ceiling: a worker earning at most this much
# is a covered employee. Indexed each July 1. Salaried workers: at most
# $62,561.90 a year from 2025-07-01 (checked here through the hourly figure,
# salary / 2080 hours, as the vocabulary records salaried pay).
table chicago_pay_ceiling "Chicago Fair Workweek: highest hourly pay of a covered employee, by effective date" {
  key city: text
  from: date
  value: money/hour
  "Chicago" from 2020-07-01 => $26.00/hour  source "Chicago Fair Workweek Ordinance as enacted (2019): $26/hour or $50,000/year; City of Chicago notice as reported by Lakeview Roscoe Village Chamber, 2020"
  "Chicago" from 2022-07-01 => $29.35/hour  source "City of Chicago, July 1, 2022 changes: $29.35/hour or $56,381.85/year (as reported by Chicago Construction News, 2022); the 2023 figure is not in this table (not verified)"
  "Chicago" from 2024-07-01 => $31.85/hour  source "Chicago BACP Fair Workweek notice 2024: $31.85/hour or $61,149.35/year (figure kept from earlier versions of this library; not re-verified)"
  "Chicago" from 2025-07-01 => $32.60/hour  source "Chicago BACP Fair Workweek notice effective 2025-07-01: $32.60/hour or $62,561.90/year (as reported by Seyfarth Shaw, 2025-06-26, and Berkshire Associates, 2025-07-15)"
}

let fww_date = if org.reporting_date is known then org.reporting_date else today

# NAICS 722511 is full-service restaurants; 722513 and 722515 are
# limited-service restaurants and snack bars (fast food).
let seattle_covered = org.state == "WA" and org.city == "Seattle"
  and org.sector in ["retail", "food_service"]
  and org.employee_count >= seattle_min_employees
  and not (org.naics == "722511" and org.locations_count < seattle_full_service_min_locations)
let oregon_covered = org.state == "OR"
  and org.sector in ["retail", "hospitality", "food_service"]
  and org.employee_count >= oregon_min_employees
let in_nyc = org.state == "NY"
  and org.city in ["New York", "New York City", "Manhattan", "Brooklyn", "Bronx", "The Bronx", "Queens", "Staten Island"]
let nyc_fast_food_covered = in_nyc and org.sector == "food_service"
  and org.naics in ["722513", "722515"]
  and org.locations_count >= nyc_fast_food_min_locations
let nyc_retail_covered = in_nyc and org.sector == "retail"
  and org.employee_count >= nyc_retail_min_employees

# Chicago covers a worker by pay: the ceiling in force on fww_date.
let chicago_ceiling = chicago_pay_ceiling["Chicago", fww_date]
# Covered employees: the headcount of the positions whose lowest wage is at
# or below the ceiling. Where no position list is given: none when the
# lowest-paid worker is above the ceiling, else the whole headcount (an
# upper bound; give the jobs to count them exactly).
let chicago_covered_workers = if job is known
  then sum j in job: if j.hourly_wage <= chicago_ceiling then j.headcount else 0
  else (if pay.lowest_hourly_wage > chicago_ceiling then 0 else org.employee_count)
let chicago_covered = org.state == "IL" and org.city == "Chicago"
  and org.sector in ["building_services", "health_care", "hospitality", "manufacturing",
                     "food_service", "retail", "warehousing"]
  and org.employee_count >= chicago_min_employees
  and not (org.entity_type == "nonprofit" and org.employee_count < chicago_nonprofit_min_employees)
  and not (org.sector == "food_service"
           and (org.employee_count < chicago_restaurant_min_employees
                or org.locations_count < chicago_restaurant_min_locations))
  and pay.lowest_hourly_wage <= chicago_ceiling
  and chicago_covered_workers >= chicago_min_covered_employees
let philadelphia_covered = org.state == "PA" and org.city == "Philadelphia"
  and org.sector in ["retail", "hospitality", "food_service"]
  and org.employee_count >= philadelphia_min_employees
  and org.locations_count >= philadelphia_min_locations

# An employer that one of the laws requiring 14 days' notice covers on
# fww_date (Seattle; Oregon from 2020-07-01; New York City fast food;
# Chicago from 2022-07-01; Philadelphia from 2021-01-01). New York City
# retail requires 72 hours only.
let fair_workweek_14_days = seattle_covered
  or (oregon_covered and fww_date >= 2020-07-01)
  or nyc_fast_food_covered
  or (chicago_covered and fww_date >= 2022-07-01)
  or (philadelphia_covered and fww_date >= 2021-01-01)
