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
# Dates: the figures that changed over time (the Chicago pay ceilings, the
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
param chicago_min_covered_employees = 50 "Chicago FWO: a covered employer has at least this many covered employees (workers at or below the pay ceilings)"
param chicago_restaurant_min_employees = 250 "Chicago FWO: restaurants are covered from this many employees worldwide"
param chicago_restaurant_min_locations = 30 "Chicago FWO: restaurants are covered from this many locations worldwide"
param philadelphia_min_employees = 250 "Philadelphia FWO: covered employers have this many employees worldwide"
param philadelphia_min_locations = 30 "Philadelphia FWO: covered employers have this many locations worldwide"

# The Chicago Fair Workweek pay ceilings: a worker paid by the hour at or
# below the hourly ceiling, or by salary at or below the yearly ceiling, is
# a covered employee (MCC ch. 6-110). Both are indexed each July 1 (CPI)
# and published in the City's Fair Workweek notice.
# Rows: only the July 1 figures confirmed from a public page. Not in the
# tables: 2021-07-01 — no page found gives a figure for that year (a 2022
# HR alert, https://www.hrknowledge.com/e-alert-chicago-updates-fair-workweek-ordinance/,
# secondary, calls $26.00/$50,000 the threshold before 2022-07-01, which is
# what the 2020 rows give until then, but no page confirms it).
table chicago_pay_ceiling "Chicago Fair Workweek: highest hourly wage of a covered hourly employee, by effective date" {
  key city: text
  from: date
  value: money/hour
  "Chicago" from 2020-07-01 => $26.00/hour  source "City of Chicago BACP, Fair Workweek (2020 version of the page): $26/hour or $50,000/year, https://www.chicago.gov/city/en/depts/bacp/supp_info/fairworkweek.html; as enacted in 2019 (Lakeview Roscoe Village Chamber, secondary: https://lakeviewroscoevillage.org/blog/a-friendly-reminder-about-chicagos-fair-workweek-ordinance)"
  "Chicago" from 2022-07-01 => $29.35/hour  source "City of Chicago announcement of the July 1, 2022 changes: $29.35/hour or $56,381.85/year, as reported by Chicago Construction News (secondary: https://www.chicagoconstructionnews.com/minimum-wage-increase-and-fair-work-changes-coming-july-1/) and Rock Fusco & Connelly, 2022-07-15 (secondary: https://www.rockfuscoconnelly.com/new-chicago-minimum-wage-and-fair-workweek-changes-beginning-in-july/)"
  "Chicago" from 2023-07-01 => $30.80/hour  source "Mayor's press release for July 1, 2023: $30.80/hour or $59,161.50/year, as reported by NBC Chicago (secondary: https://www.nbcchicago.com/news/local/chicago-cook-county-minimum-wage-hikes-to-take-effect-july-1/3178021/) and Eccezion (secondary: https://eccezion.com/chicagos-minimum-wage-set-to-increase-on-july-1st)"
  "Chicago" from 2024-07-01 => $31.85/hour  source "City of Chicago BACP, Fair Workweek (2024-25 version of the page): $31.85/hour or $61,149.35/year, https://www.chicago.gov/city/en/depts/bacp/supp_info/fairworkweek.html; effective 2024-07-01 per Mineral via IDILUS (secondary: https://idilus.com/cook-county-and-chicago-illinois-midyear-updates-compliance-reminder)"
  "Chicago" from 2025-07-01 => $32.60/hour  source "City of Chicago Fair Workweek Notice effective 2025-07-01: $32.60/hour or $62,561.90/year, as reported by Seyfarth Shaw, 2025-06-26 (secondary, republished on Mondaq: https://www.mondaq.com/unitedstates/employment-litigation-tribunals/1642812/chicagos-annual-employment-law-changes-are-coming-july-1-are-you-ready) and Berkshire Associates, 2025-07-15 (secondary: https://www.berkshireassociates.com/blog/chicagos-2025-fair-workweek-updates)"
}

table chicago_salary_ceiling "Chicago Fair Workweek: highest yearly salary of a covered salaried employee, by effective date" {
  key city: text
  from: date
  value: money/year
  "Chicago" from 2020-07-01 => $50_000/year     source "City of Chicago BACP, Fair Workweek (2020 version of the page): $26/hour or $50,000/year, https://www.chicago.gov/city/en/depts/bacp/supp_info/fairworkweek.html"
  "Chicago" from 2022-07-01 => $56_381.85/year  source "City of Chicago announcement of the July 1, 2022 changes: $29.35/hour or $56,381.85/year, as reported by Chicago Construction News (secondary: https://www.chicagoconstructionnews.com/minimum-wage-increase-and-fair-work-changes-coming-july-1/) and Rock Fusco & Connelly, 2022-07-15 (secondary: https://www.rockfuscoconnelly.com/new-chicago-minimum-wage-and-fair-workweek-changes-beginning-in-july/)"
  "Chicago" from 2023-07-01 => $59_161.50/year  source "Mayor's press release for July 1, 2023: $30.80/hour or $59,161.50/year, as reported by NBC Chicago (secondary: https://www.nbcchicago.com/news/local/chicago-cook-county-minimum-wage-hikes-to-take-effect-july-1/3178021/) and Eccezion (secondary: https://eccezion.com/chicagos-minimum-wage-set-to-increase-on-july-1st)"
  "Chicago" from 2024-07-01 => $61_149.35/year  source "City of Chicago BACP, Fair Workweek (2024-25 version of the page): $31.85/hour or $61,149.35/year, https://www.chicago.gov/city/en/depts/bacp/supp_info/fairworkweek.html; effective 2024-07-01 per Mineral via IDILUS (secondary: https://idilus.com/cook-county-and-chicago-illinois-midyear-updates-compliance-reminder)"
  "Chicago" from 2025-07-01 => $62_561.90/year  source "City of Chicago Fair Workweek Notice effective 2025-07-01: $32.60/hour or $62,561.90/year, as reported by Seyfarth Shaw, 2025-06-26 (secondary, republished on Mondaq: https://www.mondaq.com/unitedstates/employment-litigation-tribunals/1642812/chicagos-annual-employment-law-changes-are-coming-july-1-are-you-ready) and Berkshire Associates, 2025-07-15 (secondary: https://www.berkshireassociates.com/blog/chicagos-2025-fair-workweek-updates)"
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

# Chicago covers a worker by pay: the ceilings in force on fww_date.
let chicago_ceiling = chicago_pay_ceiling["Chicago", fww_date]
let chicago_salary_limit = chicago_salary_ceiling["Chicago", fww_date]
# Covered employees, from the positions (job.*): a position paid by the
# hour is covered when its job.hourly_wage is at or below the hourly
# ceiling; one paid by salary when its job.annual_salary (else
# job.hourly_wage x 2080, as the vocabulary records salaried pay) is at or
# below the yearly ceiling. Where job.pay_basis is not given, a wage under
# both ceilings is covered either way, one above both is not, and one in
# between is undecided: it counts toward the upper bound only, and while
# it decides the outcome, coverage is unknown (missing job.pay_basis).
let chicago_covered_workers_min = sum j in job: if (j.pay_basis is known and j.pay_basis == "hourly" and j.hourly_wage <= chicago_ceiling)
  or (j.pay_basis is known and j.pay_basis == "salaried"
      and (if j.annual_salary is known then j.annual_salary else annual(j.hourly_wage)) <= chicago_salary_limit)
  or (j.pay_basis is unknown and j.hourly_wage <= chicago_ceiling
      and annual(j.hourly_wage) <= chicago_salary_limit)
  then j.headcount else 0
let chicago_covered_workers_undecided = sum j in job: if j.pay_basis is unknown and j.hourly_wage <= chicago_ceiling
  and annual(j.hourly_wage) > chicago_salary_limit
  then j.headcount else 0
# The exact count: unknown while an undecided position remains.
let chicago_covered_workers = sum j in job: if (j.pay_basis == "hourly" and j.hourly_wage <= chicago_ceiling)
  or (j.pay_basis == "salaried"
      and (if j.annual_salary is known then j.annual_salary else annual(j.hourly_wage)) <= chicago_salary_limit)
  or (j.pay_basis is unknown and j.hourly_wage <= chicago_ceiling
      and annual(j.hourly_wage) <= chicago_salary_limit)
  then j.headcount else 0
# Enough covered employees. Where no position list is given, the
# lowest-paid worker decides (pay.lowest_hourly_wage against the hourly
# ceiling: the fact does not say whether that worker is salaried, and is
# read as hourly), and the whole headcount is counted as covered (an upper
# bound; list the positions to count them exactly).
let chicago_enough_covered = if job is known
  then chicago_covered_workers_min >= chicago_min_covered_employees
  or (chicago_covered_workers_min + chicago_covered_workers_undecided >= chicago_min_covered_employees
      and chicago_covered_workers >= chicago_min_covered_employees)
  else pay.lowest_hourly_wage <= chicago_ceiling
let chicago_covered = org.state == "IL" and org.city == "Chicago"
  and org.sector in ["building_services", "health_care", "hospitality", "manufacturing",
                     "food_service", "retail", "warehousing"]
  and org.employee_count >= chicago_min_employees
  and not (org.entity_type == "nonprofit" and org.employee_count < chicago_nonprofit_min_employees)
  and not (org.sector == "food_service"
           and (org.employee_count < chicago_restaurant_min_employees
                or org.locations_count < chicago_restaurant_min_locations))
  and chicago_enough_covered
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
