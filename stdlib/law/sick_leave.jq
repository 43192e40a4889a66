# stdlib/law/sick_leave.jq — paid sick leave laws (`import "std/law/sick_leave"`).
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
# hour, 1/52 rounded, counts as the 40 hours its Labor Commissioner gives).
#
# Employer size. A row's second key is the headcount from which the row
# applies ("employers of 15 or more"); the amount due is the row with the
# largest threshold at or below org.employee_count. Laws count workers in
# different ways (in the state only, full-time equivalents in Seattle and the
# District, over the last year); the library compares org.employee_count, the
# workers on payroll at all locations, so an employer near a threshold should
# check its count under the law. Where a law covers only employers from some
# size (Nebraska 11, Nevada 50, Oregon 10…), smaller employers owe no paid
# leave and the rule is not_applicable (several of those laws require unpaid
# leave instead; this standard checks paid leave). The lets below try the
# thresholds the rows use, largest first (states: 100, 50, 25, 20, 18, 16,
# 15, 11, 10, 6, 1; cities: 250, 50, 24, 15, 10, 6, 5, 1); a row with
# another threshold would never be read, so a new threshold needs a line in
# its let (and an importing file that replaces a table whole keeps to these
# thresholds). A threshold's row stays in force until a later row with
# the same place and threshold replaces it, so when a law changes the amount
# for every size, every threshold of that place gets a new row.
#
# A law that was repealed (Missouri) ends with rows of 0 hours: no paid leave
# due from that date.
#
# The date whose law applies is the date the facts describe
# (org.reporting_date), or the evaluation date when the fact file gives none.
#
# Not encoded: carry-over, waiting periods, permitted uses, part-time and
# seasonal exemptions, the District's tipped restaurant workers (1 hour per 43
# whatever the size), Chicago's second 40 hours of paid leave for any reason
# (only its 40 hours of paid sick leave are here), Philadelphia's chains of
# 15 or more locations (covered whatever their size), Seattle's 24-month
# grace for new employers under 250 FTE, Cook County, Montgomery
# County (Maryland), Westchester County and the other county ordinances (no
# county key), and the smaller cities (Tacoma, SeaTac, Spokane, Berkeley,
# Emeryville, Santa Monica, Duluth, Bloomington…). New York City's Earned Safe
# and Sick Time Act has asked for the state's amounts since 2020-09-30, so the
# state rows decide it. Connecticut's law before 2025 covered only "service
# workers" of employers of 50 or more, which no fact describes; the table
# starts with the 2025 expansion.
#
# Sources are the states' and cities' own pages (labor departments, statute
# and code sites), named in each row; where a figure was checked only against
# secondary sources (law-firm and payroll summaries) the row says so.
#
# The older keys in brackets ([CA-SB616], [CO-INFO6B], [NYS-PSL], [EO13706])
# resolve in the jqlc research notes, domain-jobquality.md §6.

import "../vocabulary.jq"

param ny_small_employer = 5 "New York State: headcount from which paid sick leave is due whatever the employer's income (Labor Law §196-b)"
param ny_small_employer_income = $1_000_000 "New York State: net income above which an employer of 4 or fewer workers owes paid (not unpaid) sick leave (Labor Law §196-b)"
param eo13706_sick_hours = 56 hours "Federal contractors: paid sick leave a worker earns each year (Executive Order 13706, 7 days)"
param sick_accrual_per_30_hours = 1 "Hours of paid sick leave earned per 30 hours worked, the accrual rate of the laws that accrual_rate checks"

table sick_leave_state "Paid sick leave a full-time worker can earn and use in a year, by state, employer size and effective date" {
  key state: text
  key from_employees: count
  from: date
  value: hours
  "AK", 1   from 2025-07-01 => 40 hours  source "Alaska Ballot Measure 1 (2024), Alaska Dept. of Labor and Workforce Development, Wage and Hour, paid sick leave FAQ (labor.alaska.gov): 1 hour per 30, up to 40 hours a year under 15 employees (checked against secondary summaries)"
  "AK", 15  from 2025-07-01 => 56 hours  source "Alaska Ballot Measure 1 (2024), Alaska DOLWD paid sick leave FAQ: up to 56 hours a year at 15 or more employees (checked against secondary summaries)"
  "AZ", 1   from 2017-07-01 => 24 hours  source "Arizona Fair Wages and Healthy Families Act (Prop 206), A.R.S. §23-372; Industrial Commission of Arizona, Earned Paid Sick Time (azica.gov): 1 hour per 30, up to 24 hours a year under 15 employees (checked against secondary summaries)"
  "AZ", 15  from 2017-07-01 => 40 hours  source "A.R.S. §23-372; Industrial Commission of Arizona, Earned Paid Sick Time: up to 40 hours a year at 15 or more employees (checked against secondary summaries)"
  "CA", 1   from 2015-07-01 => 24 hours  source "California Healthy Workplaces, Healthy Families Act of 2014, Labor Code §246; DIR Labor Commissioner, California Paid Sick Leave FAQ (dir.ca.gov/dlse): 24 hours or 3 days a year [CA-SB616]"
  "CA", 1   from 2024-01-01 => 40 hours  source "Labor Code §246 as amended by SB 616 (Stats. 2023 ch. 309, leginfo.legislature.ca.gov, bill 202320240SB616); DIR Labor Commissioner, California Paid Sick Leave FAQ: 40 hours or 5 days a year, whichever is more (10-hour days: 50 hours), from 2024-01-01 [CA-SB616]"
  "CO", 16  from 2021-01-01 => 48 hours  source "Colorado Healthy Families and Workplaces Act, C.R.S. 8-13.3-403; CDLE INFO #6B (cdle.colorado.gov): 1 hour per 30, up to 48 hours; employers of 16+ from 2021-01-01 [CO-INFO6B, EC-HFWA]"
  "CO", 1   from 2022-01-01 => 48 hours  source "C.R.S. 8-13.3-403; CDLE INFO #6B: every employer from 2022-01-01 [CO-INFO6B]"
  "CT", 25  from 2025-01-01 => 40 hours  source "Connecticut paid sick leave, Conn. Gen. Stat. §31-57r et seq. as expanded in 2024; CT Dept. of Labor, Paid Sick Leave (portal.ct.gov/dol): 1 hour per 30, up to 40 hours a year; employers of 25+ from 2025-01-01 (checked against secondary summaries)"
  "CT", 11  from 2026-01-01 => 40 hours  source "CT Dept. of Labor, Paid Sick Leave: employers of 11+ from 2026-01-01 (checked against secondary summaries)"
  "CT", 1   from 2027-01-01 => 40 hours  source "CT Dept. of Labor, Paid Sick Leave: every employer from 2027-01-01 (checked against secondary summaries)"
  "DC", 1   from 2008-11-13 => 24 hours  source "D.C. Accrued Sick and Safe Leave Act of 2008, D.C. Code §32-531.02; 7 DCMR 3201.4 (accrual from 2008-11-13, 3201.1); DOES Office of Wage-Hour (does.dc.gov): 1 hour per 87, up to 3 days a year at 24 or fewer employees (average FTEs of the prior year, 3201.5)"
  "DC", 25  from 2008-11-13 => 40 hours  source "D.C. Code §32-531.02; 7 DCMR 3201.3: 1 hour per 43, up to 5 days a year at 25-99 employees"
  "DC", 100 from 2008-11-13 => 56 hours  source "D.C. Code §32-531.02; 7 DCMR 3201.2: 1 hour per 37, up to 7 days a year at 100 or more employees"
  "IL", 1   from 2024-01-01 => 40 hours  source "Illinois Paid Leave for All Workers Act, 820 ILCS 192 (P.A. 102-1143); IDOL, Paid Leave for All Workers (labor.illinois.gov): 1 hour per 40, up to 40 hours a year, for any reason, from 2024-01-01; employees covered by the Chicago or Cook County ordinances follow those (checked against secondary summaries)"
  "ME", 11  from 2021-01-01 => 40 hours  source "Maine earned paid leave, 26 M.R.S. §637; Maine Dept. of Labor (maine.gov/labor): 1 hour per 40, up to 40 hours a year, for any reason, employers of more than 10, from 2021-01-01 (checked against secondary summaries)"
  "MD", 15  from 2018-02-11 => 40 hours  source "Maryland Healthy Working Families Act, Lab. & Empl. §3-1301 et seq.; Maryland Dept. of Labor, Healthy Working Families Act FAQs (labor.md.gov/paidleave/paidleavefaqs.shtml): 1 hour per 30, up to 40 hours a year, paid at 15 or more employees, from 2018-02-11"
  "MA", 11  from 2015-07-01 => 40 hours  source "Massachusetts Earned Sick Time, M.G.L. c. 149 §148C; 940 CMR 33.04 (law.cornell.edu/regulations/massachusetts/940-CMR-33-04): paid at an average of 11 or more employees, counted in and outside Massachusetts; Attorney General's Office, Earned Sick Time (mass.gov): 1 hour per 30, up to 40 hours a year"
  "MI", 50  from 2019-03-29 => 40 hours  source "Michigan Paid Medical Leave Act (2018); LEO Wage and Hour (michigan.gov/leo): 1 hour per 35, up to 40 hours a year, employers of 50 or more, from 2019-03-29 (checked against secondary summaries)"
  "MI", 50  from 2025-02-21 => 69 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2; LEO, Earned Sick Time FAQ: 1 hour per 30, use up to 72 hours a year (69 hours over 2,080 hours worked; 72 front-loaded) from 2025-02-21 (checked against secondary summaries)"
  "MI", 11  from 2025-02-21 => 69 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2; LEO, Earned Sick Time FAQ: employers of 11 or more, 1 hour per 30 up to 72 hours a year (checked against secondary summaries)"
  "MI", 1   from 2025-10-01 => 40 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2; LEO, Earned Sick Time FAQ: small businesses (10 or fewer) from 2025-10-01, up to 40 hours a year (checked against secondary summaries)"
  "MN", 1   from 2024-01-01 => 48 hours  source "Minnesota Earned Sick and Safe Time, Minn. Stat. §181.9445-181.9448; DLI, Earned sick and safe time (dli.mn.gov): 1 hour per 30, up to at least 48 hours a year, every employer, from 2024-01-01 (checked against the DLI summary as reprinted)"
  "MO", 1   from 2025-05-01 => 40 hours  source "Missouri Proposition A (2024), RSMo 290.600-290.642; Missouri Dept. of Labor, Paid Sick Time Benefits FAQ (labor.mo.gov): 1 hour per 30, up to 40 hours a year under 15 employees (checked against secondary summaries)"
  "MO", 15  from 2025-05-01 => 56 hours  source "Missouri Proposition A (2024): up to 56 hours a year at 15 or more employees (checked against secondary summaries)"
  "MO", 1   from 2025-08-28 => 0 hours   source "Missouri HB 567 (signed 2025-07-10) repealed RSMo 290.600-290.642 from 2025-08-28 (checked against secondary summaries)"
  "MO", 15  from 2025-08-28 => 0 hours   source "Missouri HB 567, repeal from 2025-08-28 (checked against secondary summaries)"
  "NE", 11  from 2025-10-01 => 40 hours  source "Nebraska Healthy Families and Workplaces Act (Initiative 436, 2024) as amended by LB 415 (2025); Nebraska Dept. of Labor (dol.nebraska.gov): 1 hour per 30, up to 40 hours a year at 11-19 employees; 10 or fewer not covered (checked against secondary summaries)"
  "NE", 20  from 2025-10-01 => 56 hours  source "Nebraska Healthy Families and Workplaces Act as amended by LB 415: up to 56 hours a year at 20 or more employees (checked against secondary summaries)"
  "NV", 50  from 2020-01-01 => 40 hours  source "Nevada NRS 608.0197 (SB 312, 2019), text of subsection 1(a): 0.01923 hours of paid leave per hour worked (40 hours over 2,080), for any reason; Office of the Labor Commissioner (labor.nv.gov): employers of 50 or more, from 2020-01-01"
  "NJ", 1   from 2018-10-29 => 40 hours  source "New Jersey Earned Sick Leave Law, N.J.S.A. 34:11D-1 et seq.; NJDOL, Earned Sick Leave (nj.gov/labor): 1 hour per 30, up to 40 hours a benefit year, every employer, from 2018-10-29 (checked against secondary summaries)"
  "NM", 1   from 2022-07-01 => 64 hours  source "New Mexico Healthy Workplaces Act, NMSA 1978 §50-17-1 to 50-17-12 (Laws 2021 ch. 131, effective 2022-07-01); Workforce Solutions (dws.state.nm.us): 1 hour per 30, up to 64 hours a year, every employer"
  "NY", 1   from 2021-01-01 => 40 hours  source "New York Labor Law §196-b (S.7506-B, 2020); NYS DOL, Paid Sick Leave (ny.gov): 40 hours at 5-99 employees, or 4 or fewer with net income over $1 million; use from 2021-01-01 [NYS-PSL]"
  "NY", 100 from 2021-01-01 => 56 hours  source "New York Labor Law §196-b; NYS DOL, Paid Sick Leave: 56 hours at 100 or more employees [NYS-PSL]"
  "OR", 10  from 2016-01-01 => 40 hours  source "Oregon sick time law (SB 454, 2015), ORS 653.601-653.661; BOLI, Oregon Sick Time FAQ (oregon.gov/boli): from 2016-01-01, 1 hour per 30, up to 40 hours a year, paid at 10 or more employees in Oregon (6 with operations in Portland: see sick_leave_city)"
  "RI", 18  from 2018-07-01 => 24 hours  source "Rhode Island Healthy and Safe Families and Workplaces Act, R.I. Gen. Laws ch. 28-57 (P.L. 2017 ch. 347, webserver.rilin.state.ri.us/PublicLaws/law17/law17347.htm); DLT (dlt.ri.gov): 1 hour per 35, up to 24 hours in 2018, paid at 18 or more employees, from 2018-07-01"
  "RI", 18  from 2019-01-01 => 32 hours  source "R.I. Gen. Laws ch. 28-57: up to 32 hours in 2019"
  "RI", 18  from 2020-01-01 => 40 hours  source "R.I. Gen. Laws ch. 28-57: up to 40 hours a year from 2020"
  "VT", 6   from 2017-01-01 => 24 hours  source "Vermont Earned Sick Time, 21 V.S.A. §481 et seq. (Act 69 of 2016); VT Dept. of Labor (labor.vermont.gov): 1 hour per 52, up to 24 hours a year in 2017-2018; employers with 5 or fewer full-time workers from 2018-01-01"
  "VT", 1   from 2018-01-01 => 24 hours  source "21 V.S.A. §481 et seq.: the smallest employers from 2018-01-01 (checked against secondary summaries)"
  "VT", 6   from 2019-01-01 => 40 hours  source "21 V.S.A. §482(a), (c): 1 hour per 52 hours worked (40 hours over 2,080), capped at 40 hours a year from 2019-01-01"
  "VT", 1   from 2019-01-01 => 40 hours  source "21 V.S.A. §482(a), (c): 1 hour per 52 hours worked (40 hours over 2,080), capped at 40 hours a year from 2019-01-01"
  "WA", 1   from 2018-01-01 => 52 hours  source "Washington paid sick leave (Initiative 1433), RCW 49.46.210; WAC 296-128-620; L&I, Paid Sick Leave (lni.wa.gov/SickLeave): 1 hour per 40 hours worked, no yearly cap on use (52 hours over 2,080), every employer, from 2018-01-01"
}

table sick_leave_state_days "Paid sick leave in days of the worker's own shift, where the law says 'hours or days, whichever is more'" {
  key state: text
  from: date
  value: number
  "CA" from 2015-07-01 => 3  source "California Labor Code §246 (HWHFA, 2014): 24 hours or 3 days, whichever is more [CA-SB616]"
  "CA" from 2024-01-01 => 5  source "California Labor Code §246 as amended by SB 616 (2023); DIR Labor Commissioner, Paid Sick Leave FAQ: 40 hours or 5 days, whichever is more, from 2024-01-01 [CA-SB616]"
}

table sick_leave_city "Paid sick leave a full-time worker can earn and use in a year under a city ordinance, by city, employer size and effective date" {
  key city: text
  key from_employees: count
  from: date
  value: hours
  "Chicago",       1   from 2017-07-01 => 40 hours  source "Chicago Minimum Wage and Paid Sick Leave Ordinance, effective 2017-07-01; BACP Office of Labor Standards, Paid Sick Leave (chicago.gov/city/en/depts/bacp/supp_info/paidsickleaveinfo.html): 1 hour per 40, up to 40 hours a year"
  "Chicago",       1   from 2024-07-01 => 40 hours  source "Chicago Paid Leave and Paid Sick and Safe Leave Ordinance, Municipal Code ch. 6-130 (codelibrary.amlegal.com), from 2024-07-01; BACP Office of Labor Standards, Paid Leave and Paid Sick Leave (same page): 1 hour per 35, up to 40 hours of paid sick leave (plus 40 hours of paid leave, not checked here)"
  "Los Angeles",   1   from 2016-07-01 => 48 hours  source "Los Angeles Paid Sick Leave Ordinance (LAMC ch. XVIII, art. 7); Office of Wage Standards (wagesla.lacity.org): 1 hour per 30, use up to 48 hours (6 days) a year (checked against secondary summaries)"
  "Minneapolis",   6   from 2017-07-01 => 48 hours  source "Minneapolis Sick and Safe Time Ordinance; Labor Standards Enforcement (minneapolismn.gov): 1 hour per 30, up to 48 hours a year, paid at 6 or more employees (checked against secondary summaries)"
  "Oakland",       1   from 2015-03-02 => 40 hours  source "Oakland Measure FF (2014), Minimum Wage and Paid Sick Leave; City of Oakland (oaklandca.gov): 1 hour per 30, accrual cap 40 hours under 10 employees (checked against secondary summaries)"
  "Oakland",       10  from 2015-03-02 => 69 hours  source "Oakland Measure FF: 1 hour per 30, accrual cap 72 hours at 10 or more employees (69 hours over 2,080) (checked against secondary summaries)"
  "Philadelphia",  10  from 2015-05-13 => 40 hours  source "Philadelphia Promoting Healthy Families and Workplaces, Philadelphia Code ch. 9-4100; Office of Worker Protections (phila.gov): 1 hour per 40, up to 40 hours a year paid at 10 or more employees (checked against secondary summaries)"
  "Pittsburgh",    15  from 2020-03-15 => 40 hours  source "Pittsburgh Paid Sick Days Act, City Code ch. 626, from 2020-03-15; Office of Equity (pittsburghpa.gov): 1 hour per 35, up to 40 hours a year at 15 or more employees (checked against secondary summaries)"
  "Pittsburgh",    1   from 2021-03-15 => 24 hours  source "Pittsburgh Paid Sick Days Act: up to 24 hours a year under 15 employees, unpaid in its first year, paid from 2021-03-15 (checked against secondary summaries)"
  "Pittsburgh",    15  from 2026-01-01 => 69 hours  source "Pittsburgh Paid Sick Days Act as amended 2025-06-10: 1 hour per 30, at least 72 hours a year at 15 or more employees from 2026-01-01 (69 hours over 2,080) (checked against secondary summaries)"
  "Pittsburgh",    1   from 2026-01-01 => 48 hours  source "Pittsburgh Paid Sick Days Act as amended 2025-06-10: 48 hours a year under 15 employees from 2026-01-01 (checked against secondary summaries)"
  "Portland",      6   from 2016-01-01 => 40 hours  source "Oregon sick time law, ORS 653.601-653.661; BOLI, Oregon Sick Time FAQ (oregon.gov/boli): from 2016-01-01, paid sick time at 6 or more employees for an employer with operations in a city of more than 500,000 (Portland); Portland's own 2014 ordinance is preempted"
  "Saint Paul",    24  from 2017-07-01 => 48 hours  source "Saint Paul Earned Sick and Safe Time Ordinance; Dept. of Human Rights and Equal Economic Opportunity (stpaul.gov): 1 hour per 30, up to 48 hours a year; employers of 24+ from 2017-07-01 (checked against secondary summaries)"
  "Saint Paul",    1   from 2018-01-01 => 48 hours  source "Saint Paul Earned Sick and Safe Time Ordinance: every employer from 2018-01-01 (checked against secondary summaries)"
  "San Diego",     1   from 2016-07-11 => 40 hours  source "San Diego Earned Sick Leave and Minimum Wage Ordinance; Office of Labor Standards and Enforcement (sandiego.gov): 1 hour per 30, use up to 40 hours a year (checked against secondary summaries)"
  "San Francisco", 1   from 2007-02-05 => 40 hours  source "San Francisco Paid Sick Leave Ordinance (Prop F, 2006; Administrative Code ch. 12W, now Labor and Employment Code art. 11), from 2007-02-05; OLSE, Paid Sick Leave Ordinance (sfgov.org/olse): 1 hour per 30, balance cap 40 hours under 10 employees"
  "San Francisco", 10  from 2007-02-05 => 69 hours  source "San Francisco Labor and Employment Code art. 11 (formerly Administrative Code ch. 12W); OLSE: 1 hour per 30, balance cap 72 hours at 10 or more employees (69 hours over 2,080)"
  "Seattle",       5   from 2012-09-01 => 40 hours  source "Seattle Paid Sick and Safe Time Ordinance, SMC 14.16, from 2012-09-01; Office of Labor Standards, PSST (seattle.gov/laborstandards) and its ordinance poster: tier 1 (more than 4, up to 49 FTE worldwide), 1 hour per 40, up to 40 hours a year (the state's 52 hours apply too)"
  "Seattle",       50  from 2012-09-01 => 56 hours  source "SMC 14.16; Office of Labor Standards poster: tier 2 (50-249 FTE worldwide), 1 hour per 40, up to 56 hours a year"
  "Seattle",       250 from 2012-09-01 => 69 hours  source "SMC 14.16.020; Seattle Office for Civil Rights rule SHRR 70-100 (tier 3 accrues 1 hour per 30); Office of Labor Standards poster: tier 3 (250+ FTE worldwide), up to 72 hours a year (69 hours over 2,080)"
}

table sick_leave_city_state "The state of each city of sick_leave_city (a city's name alone is not unique)" {
  key city: text
  value: text
  "Chicago"       => "IL"
  "Los Angeles"   => "CA"
  "Minneapolis"   => "MN"
  "Oakland"       => "CA"
  "Philadelphia"  => "PA"
  "Pittsburgh"    => "PA"
  "Portland"      => "OR"
  "Saint Paul"    => "MN"
  "San Diego"     => "CA"
  "San Francisco" => "CA"
  "Seattle"       => "WA"
}

# The date whose law applies: the date the facts describe (org.reporting_date),
# or the evaluation date (`today`, --as-of) when the fact file gives none. A
# fact file of March 2024 is checked against the law of March 2024.
let sick_leave_date = if org.reporting_date is known then org.reporting_date else today

# The row of sick_leave_state that applies: the largest threshold with a row
# for the state at or below org.employee_count (largest first; see the
# header), 0 when there is none (no law, not yet in force, or the employer is
# below the smallest threshold). With the state unknown it is 1, so that the
# rule's lookup is unknown and names org.state as missing.
let state_sick_threshold =
  if org.state is unknown then 1
  else if org.employee_count >= 100 and sick_leave_state[org.state, 100, sick_leave_date] is known then 100
  else if org.employee_count >= 50 and sick_leave_state[org.state, 50, sick_leave_date] is known then 50
  else if org.employee_count >= 25 and sick_leave_state[org.state, 25, sick_leave_date] is known then 25
  else if org.employee_count >= 20 and sick_leave_state[org.state, 20, sick_leave_date] is known then 20
  else if org.employee_count >= 18 and sick_leave_state[org.state, 18, sick_leave_date] is known then 18
  else if org.employee_count >= 16 and sick_leave_state[org.state, 16, sick_leave_date] is known then 16
  else if org.employee_count >= 15 and sick_leave_state[org.state, 15, sick_leave_date] is known then 15
  else if org.employee_count >= 11 and sick_leave_state[org.state, 11, sick_leave_date] is known then 11
  else if org.employee_count >= 10 and sick_leave_state[org.state, 10, sick_leave_date] is known then 10
  else if org.employee_count >= 6 and sick_leave_state[org.state, 6, sick_leave_date] is known then 6
  else if sick_leave_state[org.state, 1, sick_leave_date] is known then 1
  else 0

# The state's yearly amount (0 hours where no row applies).
let state_sick_hours =
  if state_sick_threshold > 0
  then sick_leave_state[org.state, state_sick_threshold, sick_leave_date]
  else 0 hours

# "Or N days, whichever is more" (California): N of the worker's own
# workdays, the longest regular shift standing for a workday.
let state_sick_days_hours =
  if org.state is known and sick_leave_state_days[org.state, sick_leave_date] is known
  then sick_leave_state_days[org.state, sick_leave_date] * schedule.longest_shift_h
  else 0 hours

# New York: an employer of 4 or fewer with net income of $1 million or less
# owes 40 hours of unpaid leave, not paid leave (Labor Law §196-b).
let ny_unpaid_only =
  org.state == "NY" and org.employee_count < ny_small_employer
  and org.net_income_last_year <= ny_small_employer_income

# The states of the cities of sick_leave_city: elsewhere no city ordinance
# applies, whatever org.city says. Add the state here with its first city.
let city_sick_leave_state = org.state in ["CA", "IL", "MN", "OR", "PA", "WA"]

# The row of sick_leave_city that applies, as for the state: 0 where the
# city has no ordinance (or a city of that name lies in another state); 1
# with the city unknown, so that the lookup names org.city as missing.
let city_sick_threshold =
  if org.city is unknown then 1
  else if sick_leave_city_state[org.city] is unknown then 0
  else if sick_leave_city_state[org.city] != org.state then 0
  else if org.employee_count >= 250 and sick_leave_city[org.city, 250, sick_leave_date] is known then 250
  else if org.employee_count >= 50 and sick_leave_city[org.city, 50, sick_leave_date] is known then 50
  else if org.employee_count >= 24 and sick_leave_city[org.city, 24, sick_leave_date] is known then 24
  else if org.employee_count >= 15 and sick_leave_city[org.city, 15, sick_leave_date] is known then 15
  else if org.employee_count >= 10 and sick_leave_city[org.city, 10, sick_leave_date] is known then 10
  else if org.employee_count >= 6 and sick_leave_city[org.city, 6, sick_leave_date] is known then 6
  else if org.employee_count >= 5 and sick_leave_city[org.city, 5, sick_leave_date] is known then 5
  else if sick_leave_city[org.city, 1, sick_leave_date] is known then 1
  else 0

# The state's law sets an accrual of 1 hour per 30 hours worked (Michigan's
# from 2025-02-21; its 2019 law accrued 1 per 35). The other laws accrue more
# slowly (1 per 35 to 1 per 87) and are checked by their yearly amount only.
let state_accrues_1_per_30 =
  (state_sick_hours > 0 hours
   and org.state in ["AK", "AZ", "CA", "CO", "CT", "MA", "MD", "MN", "MO", "NE", "NJ", "NM", "NY", "OR"])
  or (state_sick_hours > 0 hours and org.state == "MI" and sick_leave_date >= 2025-02-21)

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
    cite "The state's paid sick leave law, in the row of sick_leave_state for org.state, the employer's size and the reporting date (each row names its statute and the labor department's page); California's 'or 5 days, whichever is more' from sick_leave_state_days [CA-SB616, CO-INFO6B, NYS-PSL]"
    advice "Let every worker in the state earn and use at least the yearly paid sick leave its law sets for an employer of this size (or front-load it at the start of each year); in California, at least 5 of the worker's own workdays when that is more than 40 hours"
  }

  rule local_paid_sick_leave "The city's ordinance: the yearly paid sick leave due at the employer's size" {
    when city_sick_leave_state
    when city_sick_threshold > 0
    when sick_leave_city[org.city, city_sick_threshold, sick_leave_date] > 0 hours
    unless ny_unpaid_only
    require benefits.leave.paid_sick_hours_per_year >= sick_leave_city[org.city, city_sick_threshold, sick_leave_date]
    cite "The city's paid sick leave ordinance, in the row of sick_leave_city for org.city, the employer's size and the reporting date (each row names its ordinance and the city's labor standards page)"
    advice "Let every worker in the city earn and use at least the yearly paid sick leave its ordinance sets for an employer of this size, where it asks for more than the state"
  }

  rule federal_contractors "Federal contractors: 56 hours of paid sick leave a year" {
    effective 2017-01-01
    when org.federal_contractor
    require benefits.leave.paid_sick_hours_per_year >= eo13706_sick_hours
    cite "Executive Order 13706 (80 FR 54697, 2015-09-10), 29 CFR part 13: 1 hour per 30 hours on covered contracts, up to 56 hours (7 days) a year, for contracts from 2017-01-01 [EO13706]"
    advice "Let workers on federal contracts earn 1 hour of paid sick leave per 30 hours worked, up to at least 56 hours a year, with carry-over"
  }

  rule accrual_rate "Workers earn at least 1 hour of paid sick leave per 30 hours worked" {
    when org.federal_contractor or state_accrues_1_per_30
    unless ny_unpaid_only and not org.federal_contractor
    require benefits.leave.sick_accrual_hours_per_30 >= sick_accrual_per_30_hours
    cite "Accrual of 1 hour per 30 hours worked, in the laws of the states listed (the rows of sick_leave_state name them; Michigan from 2025-02-21, 1 per 35 before) and Executive Order 13706 [EO13706]; the other states' laws accrue more slowly (1 per 35 to 1 per 87) and are checked by their yearly amount only"
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
