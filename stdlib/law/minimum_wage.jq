# stdlib/law/minimum_wage.jq — state and local minimum wages
# (`import "std/law/minimum_wage"`).
#
# The lowest base wage an employer pays (pay.lowest_hourly_wage) must be at
# least the minimum wage of the place where its workers work: the federal
# floor ($7.25, FLSA), the state's minimum, and the city's where the city
# sets its own. The state and city figures are reference tables with the
# date each rate took effect, so the rule picks the rate in force on the
# date the facts describe: org.reporting_date when reported, else the
# evaluation date (`--as-of`, default today).
#
# Tables (replace one whole in an importing file, same columns, to follow a
# change before the library does; see docs/language.md, Reference tables):
#   state_min_wage          every state and DC, the rate in force on
#                           2024-01-01 (with the date it began) and every
#                           change through 2026. States with no minimum wage
#                           law (AL, LA, MS, SC, TN), with one equal to the
#                           federal rate, or below it (GA, WY: $5.15) carry
#                           the federal $7.25 from 2009-07-24, and their
#                           row's source says which.
#   city_min_wage           cities with their own rate (the rate for large
#                           employers where the city has tiers): Seattle,
#                           Denver, Chicago, San Francisco, Los Angeles,
#                           New York City, Minneapolis, and Oregon's
#                           Portland metro rate as "Portland".
#   state_min_wage_nonurban Oregon's rate in its nonurban counties.
#   city_min_wage_small     the lower rate for small employers, where a city
#                           has one; its rows continue at the all-employer
#                           rate once the tiers merged.
#   city_small_employer_max the largest headcount (org.employee_count) that
#                           counts as a small employer in that city.
#
# Choices:
#   * The District of Columbia is in the state table only ("DC"): its
#     minimum wage is one District-wide law, so a DC worksite needs no city.
#   * New York City is a region of New York State law (Labor Law §652), not a
#     city ordinance; it is the city row "NY", "New York", and the borough
#     names (Manhattan, Brooklyn, Queens, Bronx, The Bronx, Staten Island,
#     New York City) are read as "New York". Long Island and Westchester,
#     which share the rate, are counties and are not in the table.
#   * Employer-size tiers are picked from org.employee_count: Seattle
#     (500 or fewer), Chicago (4 to 20; employers of fewer than 4 are outside
#     the ordinance and not modelled), Minneapolis (100 or fewer). Seattle's
#     2024 small-employer rate of $17.25 needs $2.72 an hour toward medical
#     benefits or in tips, which the vocabulary cannot show; the table holds
#     that lower rate, so a small Seattle employer paying between $17.25 and
#     $19.97 in 2024 passes although it may owe $19.97 (the rule never fails
#     an employer the law may not fail). When the rates of both sizes are
#     equal, the headcount is not needed.
#   * Oregon has three rates (ORS 653.025): the state table holds the
#     standard one; the 18 nonurban counties named by ORS 653.026 (from
#     org.county, "Baker" or "Baker County") have their own lower table,
#     state_min_wage_nonurban; the Portland metro rate (inside the urban
#     growth boundary of Metro, parts of Multnomah, Washington and Clackamas
#     counties) is the city row "OR", "Portland", like New York City's
#     region. A worksite inside the boundary but outside the city of
#     Portland (Beaverton, Gresham, ...) is held to the standard rate (too
#     low by $1.25) unless it reports ref.local_minimum_wage_hourly; an
#     Oregon employer below the standard rate and above the nonurban one
#     whose county is unknown is untested, naming org.county.
#   * Where a state has several rates, the table holds the general one and
#     its source says so: New Jersey's for 6+
#     employees, Arkansas's for 4+ employees, Nevada's 2023 rate without
#     qualifying health benefits, Ohio's above the gross-receipts threshold.
#   * Only the large cities above are in the city table. Elsewhere the
#     reported ref.local_minimum_wage_hourly (and ref.state_minimum_wage_hourly)
#     is checked too: the rule requires the highest of the table rows and the
#     reported figures, so a reported rate fills the table's gaps (a county
#     ordinance, a later year) and a stale reported rate cannot lower the
#     table's. The unknown city of a state with a city row leaves the local
#     floor untested, naming org.city; elsewhere the city is not needed.
#   * Tipped, youth, training and industry rates (health care, fast food,
#     hotels) are not modelled: the rule checks the general non-tipped rate
#     against the lowest base wage.
#   * Rates past the last row: a from-dated table keeps its last row in
#     force, so after a row the library has not yet got the lookup gives the
#     previous rate (too low). Not in the table because they could not be
#     checked against a published figure: the 2026-07-01 rates of San
#     Francisco and Los Angeles (see the note above city_min_wage).
#
# Sources (the DOL pages list every state; the city pages are the cities'):
#   DOL-STATE  U.S. Department of Labor, Wage and Hour Division, "State
#              Minimum Wage Laws", https://www.dol.gov/agencies/whd/minimum-wage/state
#   DOL-HIST   U.S. DOL WHD, "Changes in Basic Minimum Wages in Non-Farm
#              Employment Under State Law: Selected Years",
#              https://www.dol.gov/agencies/whd/state/minimum-wage/history
#   DOL-CONS   U.S. DOL WHD, "Consolidated Minimum Wage Table",
#              https://www.dol.gov/agencies/whd/mw-consolidated
#   SEA-MW     Seattle Office of Labor Standards, Minimum Wage Ordinance (SMC
#              14.19), https://www.seattle.gov/laborstandards/ordinances/minimum-wage
#   DEN-MW     Denver Labor (Auditor's Office), Citywide Minimum Wage (D.R.M.C.
#              ch. 58), https://www.denvergov.org/Government/Agencies-Departments-Offices/Agencies-Departments-Offices-Directory/Auditors-Office/Denver-Labor/Citywide-Minimum-Wage
#   CHI-MW     City of Chicago BACP, Minimum Wage Ordinance (MCC 6-105),
#              https://www.chicago.gov/city/en/depts/bacp/supp_info/minimumwageinformation.html
#   SF-MW      San Francisco OLSE, Minimum Wage Ordinance,
#              https://sf.gov/information/understanding-minimum-wage-ordinance
#   LA-MW      City of Los Angeles Office of Wage Standards (LAMC 187),
#              https://wagesla.lacity.gov/
#   NYS-MW     New York State Department of Labor, Minimum Wage,
#              https://dol.ny.gov/minimum-wage-0
#   MPLS-MW    Minneapolis Labor Standards Enforcement, Minimum Wage (Code
#              ch. 40), https://www.minneapolismn.gov/government/departments/civil-rights/labor-standards/minimum-wage/
#   OR-MW      Oregon Bureau of Labor and Industries, Minimum Wage (ORS 653.025,
#              the three rates; ORS 653.026, the nonurban counties),
#              https://www.oregon.gov/boli/workers/pages/minimum-wage.aspx
#              and https://oregon.public.law/statutes/ors_653.026
#
# Verification (December 2026): every 2024, 2025 and 2026 state rate was
# checked against published lists of each year's increases that cite these
# pages (2024: EPI's January 2024 table and press lists; 2025 and 2026:
# Ballotpedia, "Minimum wage increases in 2025/2026", WorldatWork 2026), and
# the mid-year changes (Alaska, Oregon, the District, Florida, Nevada,
# Michigan's 2025-02-21) against reports of each change; the DOL pages
# themselves could not be opened here, and the dates before 2024 (the start
# of the rate in force on 2024-01-01) are from the DOL history page as
# recalled. City rates: Denver 2024-2026 and San Francisco 2023-2025 from the
# cities' pages; Seattle (with the 2024 small-employer terms), Chicago, Los
# Angeles, New York City and Minneapolis (with the small-business schedule)
# from news reports of each announcement. Chicago's 2026-07-01 rate of
# $17.05 rests on one news report (ABC7 Chicago, 2026-07-01); check it
# against the city's page.
#
# The 2026-07-01 rates of the District ($18.40) and Oregon (standard
# $15.55) rest on secondary sources only, not on the District's (DOES) or
# Oregon's (BOLI) own announcement: a news article on the July 2026
# increases, "Minimum wage rises July 1 in Alaska to $14, Oregon to as high
# as $16.80 and Washington, D.C. to $18.40" (brightgram.com/feature/10218486,
# also at themoneyoverview.com), which gives the District's $18.40 and
# Oregon's Portland metro $16.80 (the standard rate plus $1.25, so $15.55),
# and a public data set that says it follows the DOL-STATE page as updated
# on 2026-07-01 (github.com/jfortier93/verified-wages-mcp, wages_2026.json:
# DC $18.40; Oregon $15.55 standard, $16.80 Portland metro, $14.55
# nonurban). Check both against DOL-STATE and the District's and Oregon's
# pages.

import "../vocabulary.jq"

param flsa_min_wage = $7.25/hour "Federal minimum wage, Fair Labor Standards Act §6(a)(1), since 2009-07-24 [DOL-CONS]"

table state_min_wage "State minimum wage (general, non-tipped), by state and effective date; the federal $7.25 where the state's is lower or there is none" {
  key state: text
  from: date
  value: money/hour
  "AK" from 2024-01-01 => $11.73/hour  source "Alaska from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "AK" from 2025-01-01 => $11.91/hour  source "Alaska from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "AK" from 2025-07-01 => $13.00/hour  source "Alaska from 2025-07-01 [DOL-HIST, DOL-STATE]"
  "AK" from 2026-07-01 => $14.00/hour  source "Alaska from 2026-07-01 [DOL-HIST, DOL-STATE]"
  "AL" from 2009-07-24 => $7.25/hour   source "Alabama: no state minimum wage law; the federal $7.25 applies [DOL-STATE]"
  "AR" from 2021-01-01 => $11.00/hour  source "Arkansas from 2021-01-01; employers of 4 or more [DOL-HIST, DOL-STATE]"
  "AZ" from 2024-01-01 => $14.35/hour  source "Arizona from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "AZ" from 2025-01-01 => $14.70/hour  source "Arizona from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "AZ" from 2026-01-01 => $15.15/hour  source "Arizona from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "CA" from 2024-01-01 => $16.00/hour  source "California from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "CA" from 2025-01-01 => $16.50/hour  source "California from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "CA" from 2026-01-01 => $16.90/hour  source "California from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "CO" from 2024-01-01 => $14.42/hour  source "Colorado from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "CO" from 2025-01-01 => $14.81/hour  source "Colorado from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "CO" from 2026-01-01 => $15.16/hour  source "Colorado from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "CT" from 2024-01-01 => $15.69/hour  source "Connecticut from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "CT" from 2025-01-01 => $16.35/hour  source "Connecticut from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "CT" from 2026-01-01 => $16.94/hour  source "Connecticut from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "DC" from 2023-07-01 => $17.00/hour  source "District of Columbia from 2023-07-01; the District's own rate [DOL-HIST, DOL-STATE]"
  "DC" from 2024-07-01 => $17.50/hour  source "District of Columbia from 2024-07-01; the District's own rate [DOL-HIST, DOL-STATE]"
  "DC" from 2025-07-01 => $17.95/hour  source "District of Columbia from 2025-07-01; the District's own rate [DOL-HIST, DOL-STATE]"
  "DC" from 2026-07-01 => $18.40/hour  source "District of Columbia from 2026-07-01; the District's own rate (secondary sources only: a news report and a copy of DOL-STATE; check against DOL-STATE)"
  "DE" from 2024-01-01 => $13.25/hour  source "Delaware from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "DE" from 2025-01-01 => $15.00/hour  source "Delaware from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "FL" from 2023-09-30 => $12.00/hour  source "Florida from 2023-09-30 [DOL-HIST, DOL-STATE]"
  "FL" from 2024-09-30 => $13.00/hour  source "Florida from 2024-09-30 [DOL-HIST, DOL-STATE]"
  "FL" from 2025-09-30 => $14.00/hour  source "Florida from 2025-09-30 [DOL-HIST, DOL-STATE]"
  "FL" from 2026-09-30 => $15.00/hour  source "Florida from 2026-09-30 [DOL-HIST, DOL-STATE]"
  "GA" from 2009-07-24 => $7.25/hour   source "Georgia: state minimum $5.15 is below the federal one; the federal $7.25 applies [DOL-STATE]"
  "HI" from 2024-01-01 => $14.00/hour  source "Hawaii from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "HI" from 2026-01-01 => $16.00/hour  source "Hawaii from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "IA" from 2009-07-24 => $7.25/hour   source "Iowa: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "ID" from 2009-07-24 => $7.25/hour   source "Idaho: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "IL" from 2024-01-01 => $14.00/hour  source "Illinois from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "IL" from 2025-01-01 => $15.00/hour  source "Illinois from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "IN" from 2009-07-24 => $7.25/hour   source "Indiana: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "KS" from 2009-07-24 => $7.25/hour   source "Kansas: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "KY" from 2009-07-24 => $7.25/hour   source "Kentucky: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "LA" from 2009-07-24 => $7.25/hour   source "Louisiana: no state minimum wage law; the federal $7.25 applies [DOL-STATE]"
  "MA" from 2023-01-01 => $15.00/hour  source "Massachusetts from 2023-01-01 [DOL-HIST, DOL-STATE]"
  "MD" from 2024-01-01 => $15.00/hour  source "Maryland from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "ME" from 2024-01-01 => $14.15/hour  source "Maine from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "ME" from 2025-01-01 => $14.65/hour  source "Maine from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "ME" from 2026-01-01 => $15.10/hour  source "Maine from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "MI" from 2024-01-01 => $10.33/hour  source "Michigan from 2024-01-01; employers of 2 or more [DOL-HIST, DOL-STATE]"
  "MI" from 2025-01-01 => $10.56/hour  source "Michigan from 2025-01-01; employers of 2 or more [DOL-HIST, DOL-STATE]"
  "MI" from 2025-02-21 => $12.48/hour  source "Michigan from 2025-02-21; employers of 2 or more [DOL-HIST, DOL-STATE]"
  "MI" from 2026-01-01 => $13.73/hour  source "Michigan from 2026-01-01; employers of 2 or more [DOL-HIST, DOL-STATE]"
  "MN" from 2024-01-01 => $10.85/hour  source "Minnesota from 2024-01-01; all employers [DOL-HIST, DOL-STATE]"
  "MN" from 2025-01-01 => $11.13/hour  source "Minnesota from 2025-01-01; all employers [DOL-HIST, DOL-STATE]"
  "MN" from 2026-01-01 => $11.41/hour  source "Minnesota from 2026-01-01; all employers [DOL-HIST, DOL-STATE]"
  "MO" from 2024-01-01 => $12.30/hour  source "Missouri from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "MO" from 2025-01-01 => $13.75/hour  source "Missouri from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "MO" from 2026-01-01 => $15.00/hour  source "Missouri from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "MS" from 2009-07-24 => $7.25/hour   source "Mississippi: no state minimum wage law; the federal $7.25 applies [DOL-STATE]"
  "MT" from 2024-01-01 => $10.30/hour  source "Montana from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "MT" from 2025-01-01 => $10.55/hour  source "Montana from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "MT" from 2026-01-01 => $10.85/hour  source "Montana from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "NC" from 2009-07-24 => $7.25/hour   source "North Carolina: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "ND" from 2009-07-24 => $7.25/hour   source "North Dakota: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "NE" from 2024-01-01 => $12.00/hour  source "Nebraska from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "NE" from 2025-01-01 => $13.50/hour  source "Nebraska from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "NE" from 2026-01-01 => $15.00/hour  source "Nebraska from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "NH" from 2009-07-24 => $7.25/hour   source "New Hampshire: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "NJ" from 2024-01-01 => $15.13/hour  source "New Jersey from 2024-01-01; employers of 6 or more; small and seasonal employers lower [DOL-HIST, DOL-STATE]"
  "NJ" from 2025-01-01 => $15.49/hour  source "New Jersey from 2025-01-01; employers of 6 or more; small and seasonal employers lower [DOL-HIST, DOL-STATE]"
  "NJ" from 2026-01-01 => $15.92/hour  source "New Jersey from 2026-01-01; employers of 6 or more; small and seasonal employers lower [DOL-HIST, DOL-STATE]"
  "NM" from 2023-01-01 => $12.00/hour  source "New Mexico from 2023-01-01 [DOL-HIST, DOL-STATE]"
  "NV" from 2023-07-01 => $11.25/hour  source "Nevada from 2023-07-01, the rate without qualifying health benefits ($10.25 with them) [DOL-HIST, DOL-STATE]"
  "NV" from 2024-07-01 => $12.00/hour  source "Nevada from 2024-07-01, one rate for all employers [DOL-HIST, DOL-STATE]"
  "NY" from 2024-01-01 => $15.00/hour  source "New York from 2024-01-01; outside New York City, Long Island and Westchester [DOL-HIST, DOL-STATE]"
  "NY" from 2025-01-01 => $15.50/hour  source "New York from 2025-01-01; outside New York City, Long Island and Westchester [DOL-HIST, DOL-STATE]"
  "NY" from 2026-01-01 => $16.00/hour  source "New York from 2026-01-01; outside New York City, Long Island and Westchester [DOL-HIST, DOL-STATE]"
  "OH" from 2024-01-01 => $10.45/hour  source "Ohio from 2024-01-01; employers above the gross-receipts threshold [DOL-HIST, DOL-STATE]"
  "OH" from 2025-01-01 => $10.70/hour  source "Ohio from 2025-01-01; employers above the gross-receipts threshold [DOL-HIST, DOL-STATE]"
  "OH" from 2026-01-01 => $11.00/hour  source "Ohio from 2026-01-01; employers above the gross-receipts threshold [DOL-HIST, DOL-STATE]"
  "OK" from 2009-07-24 => $7.25/hour   source "Oklahoma: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "OR" from 2023-07-01 => $14.20/hour  source "Oregon from 2023-07-01; standard rate (Portland metro and nonurban counties: their own tables) [DOL-HIST, DOL-STATE, OR-MW]"
  "OR" from 2024-07-01 => $14.70/hour  source "Oregon from 2024-07-01; standard rate (Portland metro and nonurban counties: their own tables) [DOL-HIST, DOL-STATE, OR-MW]"
  "OR" from 2025-07-01 => $15.05/hour  source "Oregon from 2025-07-01; standard rate (Portland metro and nonurban counties: their own tables) [DOL-HIST, DOL-STATE, OR-MW]"
  "OR" from 2026-07-01 => $15.55/hour  source "Oregon from 2026-07-01; standard rate (secondary sources only: a news report and a copy of DOL-STATE; check against DOL-STATE and OR-MW)"
  "PA" from 2009-07-24 => $7.25/hour   source "Pennsylvania: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "RI" from 2024-01-01 => $14.00/hour  source "Rhode Island from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "RI" from 2025-01-01 => $15.00/hour  source "Rhode Island from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "RI" from 2026-01-01 => $16.00/hour  source "Rhode Island from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "SC" from 2009-07-24 => $7.25/hour   source "South Carolina: no state minimum wage law; the federal $7.25 applies [DOL-STATE]"
  "SD" from 2024-01-01 => $11.20/hour  source "South Dakota from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "SD" from 2025-01-01 => $11.50/hour  source "South Dakota from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "SD" from 2026-01-01 => $11.85/hour  source "South Dakota from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "TN" from 2009-07-24 => $7.25/hour   source "Tennessee: no state minimum wage law; the federal $7.25 applies [DOL-STATE]"
  "TX" from 2009-07-24 => $7.25/hour   source "Texas: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "UT" from 2009-07-24 => $7.25/hour   source "Utah: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "VA" from 2023-01-01 => $12.00/hour  source "Virginia from 2023-01-01 [DOL-HIST, DOL-STATE]"
  "VA" from 2025-01-01 => $12.41/hour  source "Virginia from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "VA" from 2026-01-01 => $12.77/hour  source "Virginia from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "VT" from 2024-01-01 => $13.67/hour  source "Vermont from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "VT" from 2025-01-01 => $14.01/hour  source "Vermont from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "VT" from 2026-01-01 => $14.42/hour  source "Vermont from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "WA" from 2024-01-01 => $16.28/hour  source "Washington from 2024-01-01 [DOL-HIST, DOL-STATE]"
  "WA" from 2025-01-01 => $16.66/hour  source "Washington from 2025-01-01 [DOL-HIST, DOL-STATE]"
  "WA" from 2026-01-01 => $17.13/hour  source "Washington from 2026-01-01 [DOL-HIST, DOL-STATE]"
  "WI" from 2009-07-24 => $7.25/hour   source "Wisconsin: state minimum wage equal to the federal $7.25 [DOL-STATE]"
  "WV" from 2016-01-01 => $8.75/hour   source "West Virginia from 2016-01-01 [DOL-HIST, DOL-STATE]"
  "WY" from 2009-07-24 => $7.25/hour   source "Wyoming: state minimum $5.15 is below the federal one; the federal $7.25 applies [DOL-STATE]"
}

table state_min_wage_nonurban "State minimum wage in the nonurban counties of a state with a lower rate there (Oregon), by state and effective date" {
  key state: text
  from: date
  value: money/hour
  "OR" from 2023-07-01 => $13.20/hour  source "Oregon nonurban counties from 2023-07-01 (the standard rate less $1.00) [DOL-STATE, OR-MW]"
  "OR" from 2024-07-01 => $13.70/hour  source "Oregon nonurban counties from 2024-07-01 [DOL-STATE, OR-MW]"
  "OR" from 2025-07-01 => $14.05/hour  source "Oregon nonurban counties from 2025-07-01 [DOL-STATE, OR-MW]"
  "OR" from 2026-07-01 => $14.55/hour  source "Oregon nonurban counties from 2026-07-01 (secondary sources only, as the standard rate's row; check against OR-MW)"
}

# Oregon's nonurban counties, ORS 653.026, as org.county may name them.
let or_nonurban_county = org.county in [
  "Baker", "Coos", "Crook", "Curry", "Douglas", "Gilliam", "Grant", "Harney", "Jefferson",
  "Klamath", "Lake", "Malheur", "Morrow", "Sherman", "Umatilla", "Union", "Wallowa", "Wheeler",
  "Baker County", "Coos County", "Crook County", "Curry County", "Douglas County",
  "Gilliam County", "Grant County", "Harney County", "Jefferson County", "Klamath County",
  "Lake County", "Malheur County", "Morrow County", "Sherman County", "Umatilla County",
  "Union County", "Wallowa County", "Wheeler County"
]

# Missing: the 2026-07-01 rates of San Francisco and Los Angeles. Both
# cities raise their rate every July 1 by a consumer price index, but no
# published figure for 2026 could be found here, neither the cities' own
# (SF-MW, LA-MW) nor a news report; the only pages naming a 2026 figure
# marked it as a projection (San Francisco's below its own 2025 rate).
# Until rows are added, the 2025-07-01 rows stay in force ($19.18 and
# $17.87), too low from 2026-07-01; an importing file can replace this
# table, or report ref.local_minimum_wage_hourly, to hold the 2026 rate.
table city_min_wage "City minimum wage (all employers, or large employers where the city has tiers), by state, city and effective date" {
  key state: text
  key city: text
  from: date
  value: money/hour
  "WA", "Seattle"       from 2024-01-01 => $19.97/hour  source "Seattle from 2024-01-01, employers of 501+ (and smaller ones not paying toward medical benefits or tips) [SEA-MW]"
  "WA", "Seattle"       from 2025-01-01 => $20.76/hour  source "Seattle from 2025-01-01, one rate for all employers [SEA-MW]"
  "WA", "Seattle"       from 2026-01-01 => $21.30/hour  source "Seattle from 2026-01-01, all employers [SEA-MW]"
  "CO", "Denver"        from 2024-01-01 => $18.29/hour  source "Denver from 2024-01-01 [DEN-MW]"
  "CO", "Denver"        from 2025-01-01 => $18.81/hour  source "Denver from 2025-01-01 [DEN-MW]"
  "CO", "Denver"        from 2026-01-01 => $19.29/hour  source "Denver from 2026-01-01 [DEN-MW]"
  "IL", "Chicago"       from 2023-07-01 => $15.80/hour  source "Chicago from 2023-07-01, employers of 21+ [CHI-MW]"
  "IL", "Chicago"       from 2024-07-01 => $16.20/hour  source "Chicago from 2024-07-01, employers of 4+ [CHI-MW]"
  "IL", "Chicago"       from 2025-07-01 => $16.60/hour  source "Chicago from 2025-07-01, employers of 4+ [CHI-MW]"
  "IL", "Chicago"       from 2026-07-01 => $17.05/hour  source "Chicago from 2026-07-01, employers of 4+ (news report; check against CHI-MW)"
  "CA", "San Francisco" from 2023-07-01 => $18.07/hour  source "San Francisco from 2023-07-01 [SF-MW]"
  "CA", "San Francisco" from 2024-07-01 => $18.67/hour  source "San Francisco from 2024-07-01 [SF-MW]"
  "CA", "San Francisco" from 2025-07-01 => $19.18/hour  source "San Francisco from 2025-07-01 [SF-MW]"
  "CA", "Los Angeles"   from 2023-07-01 => $16.78/hour  source "City of Los Angeles from 2023-07-01 [LA-MW]"
  "CA", "Los Angeles"   from 2024-07-01 => $17.28/hour  source "City of Los Angeles from 2024-07-01 [LA-MW]"
  "CA", "Los Angeles"   from 2025-07-01 => $17.87/hour  source "City of Los Angeles from 2025-07-01 [LA-MW]"
  "NY", "New York"      from 2024-01-01 => $16.00/hour  source "New York City (with Long Island and Westchester), New York Labor Law §652, from 2024-01-01 [NYS-MW]"
  "NY", "New York"      from 2025-01-01 => $16.50/hour  source "New York City, Labor Law §652, from 2025-01-01 [NYS-MW]"
  "NY", "New York"      from 2026-01-01 => $17.00/hour  source "New York City, Labor Law §652, from 2026-01-01 [NYS-MW]"
  "MN", "Minneapolis"   from 2024-01-01 => $15.57/hour  source "Minneapolis from 2024-01-01, employers of 101+ [MPLS-MW]"
  "MN", "Minneapolis"   from 2025-01-01 => $15.97/hour  source "Minneapolis from 2025-01-01, all employers [MPLS-MW]"
  "MN", "Minneapolis"   from 2026-01-01 => $16.37/hour  source "Minneapolis from 2026-01-01, all employers [MPLS-MW]"
  "OR", "Portland"      from 2023-07-01 => $15.45/hour  source "Oregon's Portland metro rate (inside Metro's urban growth boundary, ORS 653.025) from 2023-07-01 [DOL-STATE, OR-MW]"
  "OR", "Portland"      from 2024-07-01 => $15.95/hour  source "Oregon's Portland metro rate from 2024-07-01 [DOL-STATE, OR-MW]"
  "OR", "Portland"      from 2025-07-01 => $16.30/hour  source "Oregon's Portland metro rate from 2025-07-01 [DOL-STATE, OR-MW]"
  "OR", "Portland"      from 2026-07-01 => $16.80/hour  source "Oregon's Portland metro rate from 2026-07-01 (secondary sources only, as the standard rate's row; check against OR-MW)"
}

table city_min_wage_small "City minimum wage for small employers, where the city sets a lower one (continued at the all-employer rate once the tiers merged)" {
  key state: text
  key city: text
  from: date
  value: money/hour
  "WA", "Seattle"     from 2024-01-01 => $17.25/hour  source "Seattle from 2024-01-01, employers of 500 or fewer paying $2.72/hour toward medical benefits or in tips (else $19.97) [SEA-MW]"
  "WA", "Seattle"     from 2025-01-01 => $20.76/hour  source "Seattle from 2025-01-01, one rate for all employers [SEA-MW]"
  "WA", "Seattle"     from 2026-01-01 => $21.30/hour  source "Seattle from 2026-01-01, all employers [SEA-MW]"
  "IL", "Chicago"     from 2023-07-01 => $15.00/hour  source "Chicago from 2023-07-01, employers of 4 to 20 [CHI-MW]"
  "IL", "Chicago"     from 2024-07-01 => $16.20/hour  source "Chicago from 2024-07-01, one rate for employers of 4+ [CHI-MW]"
  "IL", "Chicago"     from 2025-07-01 => $16.60/hour  source "Chicago from 2025-07-01, employers of 4+ [CHI-MW]"
  "IL", "Chicago"     from 2026-07-01 => $17.05/hour  source "Chicago from 2026-07-01, employers of 4+ (news report; check against CHI-MW)"
  "MN", "Minneapolis" from 2023-07-01 => $14.50/hour  source "Minneapolis from 2023-07-01, employers of 100 or fewer [MPLS-MW]"
  "MN", "Minneapolis" from 2024-07-01 => $15.57/hour  source "Minneapolis from 2024-07-01, small businesses at the large-business rate [MPLS-MW]"
  "MN", "Minneapolis" from 2025-01-01 => $15.97/hour  source "Minneapolis from 2025-01-01, one rate for all employers [MPLS-MW]"
  "MN", "Minneapolis" from 2026-01-01 => $16.37/hour  source "Minneapolis from 2026-01-01, all employers [MPLS-MW]"
}

table city_small_employer_max "Largest headcount of a small employer under a city's minimum wage" {
  key state: text
  key city: text
  value: count
  "WA", "Seattle"     => 500  source "Seattle: small employer = 500 or fewer employees worldwide [SEA-MW]"
  "IL", "Chicago"     => 20   source "Chicago: small employer = 4 to 20 employees [CHI-MW]"
  "MN", "Minneapolis" => 100  source "Minneapolis: small business = 100 or fewer employees [MPLS-MW]"
}

# The date whose rates apply: the date the facts describe, else the evaluation date.
let min_wage_date = if org.reporting_date is known then org.reporting_date else today

# The city as the tables key it (New York City's boroughs are "New York").
let min_wage_city =
  if org.city in ["New York City", "Manhattan", "Brooklyn", "Bronx", "The Bronx", "Queens", "Staten Island"]
  then "New York" else org.city

# Whether the small-employer rate of the city applies: the city has one on
# that date, it is below the all-employer rate, and the headcount is within
# the tier (unknown when the headcount is not reported and the rates differ).
let min_wage_small_tier =
  city_min_wage_small[org.state, min_wage_city, min_wage_date] is known
  and city_min_wage_small[org.state, min_wage_city, min_wage_date] < city_min_wage[org.state, min_wage_city, min_wage_date]
  and org.employee_count <= city_small_employer_max[org.state, min_wage_city]

standard law_minimum_wage "Minimum wage: federal, state and large-city floors" {
  version "2026.1"
  source "Fair Labor Standards Act §6 and state and city minimum wage laws, as listed by the U.S. Department of Labor (State Minimum Wage Laws; Changes in Basic Minimum Wages under State Law) and the cities' labor standards offices"
  effective 2024-01-01   # the tables start with the rates in force on 2024-01-01

  rule minimum_wage "The lowest base wage is at least the federal, state and city minimum wage" {
    require pay.lowest_hourly_wage >= flsa_min_wage
    # The state's rate, or Oregon's lower one in its nonurban counties.
    require pay.lowest_hourly_wage >= state_min_wage[org.state, min_wage_date]
      or (org.state == "OR" and or_nonurban_county
          and pay.lowest_hourly_wage >= state_min_wage_nonurban[org.state, min_wage_date])
    # The city's rate. The unknown city of a state with city rows leaves the
    # rule untested, naming org.city; a city with no row adds no floor.
    require org.city is known or org.state not in ["WA", "CO", "IL", "CA", "NY", "MN", "OR"]
      or pay.lowest_hourly_wage >= city_min_wage[org.state, org.city, min_wage_date]
    # Below a city's lower small-employer rate fails whatever the headcount;
    # above it, the headcount picks the small or the all-employer rate. Where
    # the two rates are equal the all-employer one is the floor (and the one
    # a failure quotes).
    require city_min_wage_small[org.state, min_wage_city, min_wage_date] is unknown
      or city_min_wage_small[org.state, min_wage_city, min_wage_date] >= city_min_wage[org.state, min_wage_city, min_wage_date]
      or pay.lowest_hourly_wage >= city_min_wage_small[org.state, min_wage_city, min_wage_date]
    require if min_wage_small_tier
      then pay.lowest_hourly_wage >= city_min_wage_small[org.state, min_wage_city, min_wage_date]
      else if city_min_wage[org.state, min_wage_city, min_wage_date] is known
      then pay.lowest_hourly_wage >= city_min_wage[org.state, min_wage_city, min_wage_date]
      else true
    # The employer's or agency's own figures, where reported.
    require ref.state_minimum_wage_hourly is unknown or pay.lowest_hourly_wage >= ref.state_minimum_wage_hourly
    require ref.local_minimum_wage_hourly is unknown or pay.lowest_hourly_wage >= ref.local_minimum_wage_hourly
    cite "FLSA §6(a)(1), 29 U.S.C. 206: $7.25 an hour [DOL-CONS]; the state's minimum wage in force on the date [DOL-STATE, DOL-HIST]; the city's minimum wage ordinance where the worksite is in Seattle, Denver, Chicago, San Francisco, Los Angeles, New York City or Minneapolis [SEA-MW, DEN-MW, CHI-MW, SF-MW, LA-MW, NYS-MW, MPLS-MW]; Oregon's Portland metro and nonurban rates, ORS 653.025 and 653.026 [OR-MW]; the higher one applies"
    advice "Raise every base wage to at least the highest minimum wage that applies at the worksite (federal, state and city), from the date each new rate takes effect"
  }
}

# ---- tests (jqlc test stdlib/law/minimum_wage.jq; ignored by `check`) ----
# Each test gives org.reporting_date, the date whose rates apply, so the
# results do not depend on the day the tests run.

test "Seattle: $20.76 meets the 2025 minimum on 2025-12-31" {
  given {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200  reporting_date = 2025-12-31 }
    pay.lowest_hourly_wage = $20.76/hour
  }
  expect law_minimum_wage.minimum_wage pass
}

test "Seattle: $20.76 is below the 2026 minimum of $21.30 on 2026-01-01" {
  given {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200  reporting_date = 2026-01-01 }
    pay.lowest_hourly_wage = $20.76/hour
  }
  expect law_minimum_wage.minimum_wage fail
  expect law_minimum_wage fail
}

test "Denver: $19.00 meets $18.81 on 2025-12-31" {
  given {
    org { state = "CO"  city = "Denver"  reporting_date = 2025-12-31 }
    pay.lowest_hourly_wage = $19.00/hour
  }
  expect law_minimum_wage.minimum_wage pass
}

test "Denver: $19.00 is below $19.29 on 2026-01-01" {
  given {
    org { state = "CO"  city = "Denver"  reporting_date = 2026-01-01 }
    pay.lowest_hourly_wage = $19.00/hour
  }
  expect law_minimum_wage.minimum_wage fail
}

test "Colorado outside Denver: the state's $15.16 in 2026" {
  given "Boulder at $15.20" {
    org { state = "CO"  city = "Boulder"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $15.20/hour
  }
  given "Pueblo at $15.00" {
    org { state = "CO"  city = "Pueblo"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $15.00/hour
  }
  expect "Boulder at $15.20" law_minimum_wage.minimum_wage pass
  expect "Pueblo at $15.00" law_minimum_wage.minimum_wage fail
}

test "Oregon changes on July 1: $14.80 passes on 2025-06-30 and fails on 2025-07-01" {
  given "June 30" {
    org { state = "OR"  city = "Salem"  county = "Marion County"  reporting_date = 2025-06-30 }
    pay.lowest_hourly_wage = $14.80/hour
  }
  given "July 1" {
    org { state = "OR"  city = "Salem"  county = "Marion County"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $14.80/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
}

test "Florida changes on September 30: $13.50 passes on 2025-09-29 and fails on 2025-09-30" {
  given "September 29" {
    org { state = "FL"  reporting_date = 2025-09-29 }
    pay.lowest_hourly_wage = $13.50/hour
  }
  given "September 30" {
    org { state = "FL"  reporting_date = 2025-09-30 }
    pay.lowest_hourly_wage = $13.50/hour
  }
  expect "September 29" law_minimum_wage.minimum_wage pass
  expect "September 30" law_minimum_wage.minimum_wage fail
}

test "Michigan's mid-winter change: $11.00 passes on 2025-02-20 and fails on 2025-02-21" {
  given "February 20" {
    org { state = "MI"  reporting_date = 2025-02-20 }
    pay.lowest_hourly_wage = $11.00/hour
  }
  given "February 21" {
    org { state = "MI"  reporting_date = 2025-02-21 }
    pay.lowest_hourly_wage = $11.00/hour
  }
  expect "February 20" law_minimum_wage.minimum_wage pass
  expect "February 21" law_minimum_wage.minimum_wage fail
}

test "the District of Columbia (state DC, no city needed): $17.25 on 2024-06-30 and 2024-07-01" {
  given "June 30" {
    org { state = "DC"  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $17.25/hour
  }
  given "July 1" {
    org { state = "DC"  reporting_date = 2024-07-01 }
    pay.lowest_hourly_wage = $17.25/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
}

test "the District of Columbia changes on July 1: $18.00 passes on 2026-06-30 ($17.95) and fails on 2026-07-01 ($18.40)" {
  given "June 30" {
    org { state = "DC"  reporting_date = 2026-06-30 }
    pay.lowest_hourly_wage = $18.00/hour
  }
  given "July 1" {
    org { state = "DC"  reporting_date = 2026-07-01 }
    pay.lowest_hourly_wage = $18.00/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
}

test "Oregon changes on July 1: $15.30 passes on 2026-06-30 ($15.05) and fails on 2026-07-01 ($15.55)" {
  given "June 30" {
    org { state = "OR"  city = "Salem"  county = "Marion County"  reporting_date = 2026-06-30 }
    pay.lowest_hourly_wage = $15.30/hour
  }
  given "July 1" {
    org { state = "OR"  city = "Salem"  county = "Marion County"  reporting_date = 2026-07-01 }
    pay.lowest_hourly_wage = $15.30/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
}

test "Chicago before 2024-07-01: employers of 4 to 20 pay $15.00, larger ones $15.80" {
  given "small" {
    org { state = "IL"  city = "Chicago"  employee_count = 15  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $15.50/hour
  }
  given "large" {
    org { state = "IL"  city = "Chicago"  employee_count = 40  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $15.50/hour
  }
  given "size unknown" {
    org { state = "IL"  city = "Chicago"  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $15.50/hour
  }
  given "size unknown, below both" {
    org { state = "IL"  city = "Chicago"  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $14.50/hour
  }
  expect "small" law_minimum_wage.minimum_wage pass
  expect "large" law_minimum_wage.minimum_wage fail
  expect "size unknown" law_minimum_wage.minimum_wage untested
  expect "size unknown, below both" law_minimum_wage.minimum_wage fail
}

test "Chicago from 2024-07-01: one rate, $16.20, and the headcount is not needed" {
  given "small" {
    org { state = "IL"  city = "Chicago"  employee_count = 15  reporting_date = 2024-07-01 }
    pay.lowest_hourly_wage = $15.50/hour
  }
  given "size unknown" {
    org { state = "IL"  city = "Chicago"  reporting_date = 2024-07-01 }
    pay.lowest_hourly_wage = $16.20/hour
  }
  expect "small" law_minimum_wage.minimum_wage fail
  expect "size unknown" law_minimum_wage.minimum_wage pass
}

test "Minneapolis small employers: $14.50 until 2024-06-30, the large-business $15.57 from 2024-07-01" {
  given "small, 2024-06-30" {
    org { state = "MN"  city = "Minneapolis"  employee_count = 60  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $15.00/hour
  }
  given "small, 2024-07-01" {
    org { state = "MN"  city = "Minneapolis"  employee_count = 60  reporting_date = 2024-07-01 }
    pay.lowest_hourly_wage = $15.00/hour
  }
  given "large, 2024-06-30" {
    org { state = "MN"  city = "Minneapolis"  employee_count = 600  reporting_date = 2024-06-30 }
    pay.lowest_hourly_wage = $15.00/hour
  }
  given "all, 2025-01-01" {
    org { state = "MN"  city = "Minneapolis"  reporting_date = 2025-01-01 }
    pay.lowest_hourly_wage = $15.80/hour
  }
  expect "small, 2024-06-30" law_minimum_wage.minimum_wage pass
  expect "small, 2024-07-01" law_minimum_wage.minimum_wage fail
  expect "large, 2024-06-30" law_minimum_wage.minimum_wage fail
  expect "all, 2025-01-01" law_minimum_wage.minimum_wage fail
}

test "Seattle 2024: a small employer is held to the $17.25 tier, a large one to $19.97" {
  given "small" {
    org { state = "WA"  city = "Seattle"  employee_count = 30  reporting_date = 2024-06-01 }
    pay.lowest_hourly_wage = $18.00/hour
  }
  given "large" {
    org { state = "WA"  city = "Seattle"  employee_count = 800  reporting_date = 2024-06-01 }
    pay.lowest_hourly_wage = $18.00/hour
  }
  expect "small" law_minimum_wage.minimum_wage pass
  expect "large" law_minimum_wage.minimum_wage fail
}

test "New York City is a region of state law: a borough name, $16.50 in 2026 fails; upstate passes" {
  given "Brooklyn" {
    org { state = "NY"  city = "Brooklyn"  reporting_date = 2026-01-01 }
    pay.lowest_hourly_wage = $16.50/hour
  }
  given "New York" {
    org { state = "NY"  city = "New York"  reporting_date = 2025-12-31 }
    pay.lowest_hourly_wage = $16.50/hour
  }
  given "Buffalo" {
    org { state = "NY"  city = "Buffalo"  reporting_date = 2026-01-01 }
    pay.lowest_hourly_wage = $16.50/hour
  }
  expect "Brooklyn" law_minimum_wage.minimum_wage fail
  expect "New York" law_minimum_wage.minimum_wage pass
  expect "Buffalo" law_minimum_wage.minimum_wage pass
}

test "San Francisco and Los Angeles change on July 1" {
  given "SF 2025-06-30" {
    org { state = "CA"  city = "San Francisco"  reporting_date = 2025-06-30 }
    pay.lowest_hourly_wage = $18.90/hour
  }
  given "SF 2025-07-01" {
    org { state = "CA"  city = "San Francisco"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $18.90/hour
  }
  given "LA 2025-07-01" {
    org { state = "CA"  city = "Los Angeles"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $17.50/hour
  }
  expect "SF 2025-06-30" law_minimum_wage.minimum_wage pass
  expect "SF 2025-07-01" law_minimum_wage.minimum_wage fail
  expect "LA 2025-07-01" law_minimum_wage.minimum_wage fail
}

test "a state with no minimum wage law uses the federal $7.25" {
  given "Tennessee at $7.25" {
    org { state = "TN"  city = "Memphis"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $7.25/hour
  }
  given "Georgia at $7.00" {
    org { state = "GA"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $7.00/hour
  }
  expect "Tennessee at $7.25" law_minimum_wage.minimum_wage pass
  expect "Georgia at $7.00" law_minimum_wage.minimum_wage fail
}

test "an unknown state is untested, but below the federal floor fails anyway" {
  given "unknown state" {
    org.reporting_date = 2026-03-01
    pay.lowest_hourly_wage = $12.00/hour
  }
  given "below federal" {
    org.reporting_date = 2026-03-01
    pay.lowest_hourly_wage = $7.00/hour
  }
  expect "unknown state" law_minimum_wage.minimum_wage untested
  expect "below federal" law_minimum_wage.minimum_wage fail
}

test "an unknown city is untested where the state has city rows, not needed elsewhere" {
  given "Washington, city unknown" {
    org { state = "WA"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $18.00/hour
  }
  given "Ohio, city unknown" {
    org { state = "OH"  reporting_date = 2026-03-01 }
    pay.lowest_hourly_wage = $11.00/hour
  }
  expect "Washington, city unknown" law_minimum_wage.minimum_wage untested
  expect "Ohio, city unknown" law_minimum_wage.minimum_wage pass
}

test "a reported local minimum wage the table lacks is checked too" {
  given "Tacoma below its reported rate" {
    org { state = "WA"  city = "Tacoma"  reporting_date = 2026-03-01 }
    ref.local_minimum_wage_hourly = $18.00/hour
    pay.lowest_hourly_wage = $17.50/hour
  }
  given "a stale reported rate does not lower the table's" {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200  reporting_date = 2026-03-01 }
    ref.local_minimum_wage_hourly = $20.76/hour
    pay.lowest_hourly_wage = $20.76/hour
  }
  expect "Tacoma below its reported rate" law_minimum_wage.minimum_wage fail
  expect "a stale reported rate does not lower the table's" law_minimum_wage.minimum_wage fail
}

test "no reporting date: the rates in force on the evaluation date" {
  # $20.00 is below every Seattle rate since 2025, whatever day the tests run
  given {
    org { state = "WA"  city = "Seattle"  employee_count = 1_200 }
    pay.lowest_hourly_wage = $20.00/hour
  }
  expect law_minimum_wage.minimum_wage fail
}

test "Oregon's nonurban counties: $13.80 passes in Coos County on 2025-06-30 ($13.70) and fails on 2025-07-01 ($14.05); $14.10 passes there, not in Marion County ($15.05)" {
  given "June 30" {
    org { state = "OR"  city = "Coos Bay"  county = "Coos County"  reporting_date = 2025-06-30 }
    pay.lowest_hourly_wage = $13.80/hour
  }
  given "July 1" {
    org { state = "OR"  city = "Coos Bay"  county = "Coos"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $13.80/hour
  }
  given "July 1 at $14.10" {
    org { state = "OR"  city = "Coos Bay"  county = "Coos"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $14.10/hour
  }
  given "Marion County at $14.10" {
    org { state = "OR"  city = "Salem"  county = "Marion County"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $14.10/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
  expect "July 1 at $14.10" law_minimum_wage.minimum_wage pass
  expect "Marion County at $14.10" law_minimum_wage.minimum_wage fail
}

test "Oregon: between the nonurban and the standard rate, an unknown county is untested; below the nonurban rate fails anyway" {
  given "between" {
    org { state = "OR"  city = "Salem"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $14.10/hour
  }
  given "below both" {
    org { state = "OR"  city = "Salem"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $14.00/hour
  }
  given "above the standard" {
    org { state = "OR"  city = "Salem"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $15.05/hour
  }
  expect "between" law_minimum_wage.minimum_wage untested
  expect "below both" law_minimum_wage.minimum_wage fail
  expect "above the standard" law_minimum_wage.minimum_wage pass
}

test "Portland metro: $16.00 passes on 2025-06-30 ($15.95) and fails on 2025-07-01 ($16.30)" {
  given "June 30" {
    org { state = "OR"  city = "Portland"  county = "Multnomah County"  reporting_date = 2025-06-30 }
    pay.lowest_hourly_wage = $16.00/hour
  }
  given "July 1" {
    org { state = "OR"  city = "Portland"  county = "Multnomah County"  reporting_date = 2025-07-01 }
    pay.lowest_hourly_wage = $16.00/hour
  }
  expect "June 30" law_minimum_wage.minimum_wage pass
  expect "July 1" law_minimum_wage.minimum_wage fail
}
