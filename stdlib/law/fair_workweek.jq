# stdlib/law/fair_workweek.jq — fair workweek (predictive scheduling) laws
# (`import "std/law/fair_workweek"`).
#
# Five city and state laws that require large retail, food service and
# hospitality employers (Chicago: seven industries) to post schedules ahead
# of time and to leave a minimum rest between a closing and an opening
# shift. One standard; two or three rules per law. Who is covered is a
# `let` of the standard (seattle_covered, oregon_covered, …) built from the
# org.* facts, so an employer outside a law's scope gets not_applicable
# and one whose scope facts are missing gets untested.
#
# The rest rules follow the laws' actual terms: a shorter rest is not
# forbidden outright, it must be paid a premium (and the worker may
# decline it). So a rule passes when the schedule leaves the minimum rest OR
# the employer pays the law's premium for the hours inside it.
#
# Not encoded: predictability pay for changes after posting, access to
# hours, the right to decline, posting and record-keeping duties, and the
# per-worker scope details (Seattle and Chicago cover a worker by where he
# or she works; Chicago covers workers at or below an hourly or a yearly
# pay ceiling — counted here over the positions listed, job.*, or, without
# them, through the lowest-paid worker, the one a law protects first).
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §0 "Fair
# workweek / predictive scheduling", §6; "secondary" marks a page that is
# not the government's own):
#   SEA-OLS, THINKHR   Seattle Secure Scheduling Ordinance, SMC 14.22, in force
#                      2017-07-01: retail and food service 500+ employees
#                      worldwide; full-service restaurants 500+ and 40+
#                      locations; 14 days; 10 hours' rest or 1.5x
#                      SEA-OLS: Seattle Office of Labor Standards, Secure
#                      Scheduling, https://www.seattle.gov/laborstandards/ordinances/secure-scheduling
#                      THINKHR: thinkhr.com (2016); no openable page found,
#                      and every figure it backs is on the SEA-OLS page
#   OR-BOLI, OPTIMUM   Oregon SB 828 (2017), ORS 653.412 to 653.485, in force
#                      2018-07-01: retail, hospitality, food service 500+
#                      worldwide; 7 days, 14 days from 2020-07-01; 10 hours or 1.5x
#                      OR-BOLI: Oregon Bureau of Labor and Industries; its
#                      predictive scheduling page was not found, so the
#                      statute: ORS chapter 653 (Oregon Legislature),
#                      https://www.oregonlegislature.gov/bills_laws/ors/ors653.html
#                      OPTIMUM: Optimum HRIS, Oregon's New Predictive
#                      Scheduling Law (secondary),
#                      https://optimumhris.com/articles/oregons-new-predictive-scheduling-law/
#   NYC-311, BLR-NY    New York City Fair Workweek Law, NYC Admin. Code
#                      §20-1201 et seq., in force 2017-11-26: fast food
#                      (chains of 30+ establishments) 14 days, 11 hours'
#                      rest or written consent and $100; retail (20+
#                      employees) 72 hours' notice, no on-call shifts
#                      NYC-311: NYC 311, Fair Workweek Law (DCWP),
#                      https://portal.311.nyc.gov/article/?kanumber=KA-02719;
#                      DCWP, Fast Food Workers,
#                      https://www.nyc.gov/site/dca/workers/workersrights/fastfood-retail-workers.page
#                      BLR-NY: BLR, Hours of Work in New York (secondary),
#                      https://www.blr.com/HR-Employment/Compensation/Hours-of-Work-in-New-York
#   CHI-BACP, DDIFO-CHI Chicago Fair Workweek Ordinance, MCC 6-110, in force
#                      2020-07-01: building services, health care, hotels,
#                      manufacturing, restaurants, retail, warehouse
#                      services; 100+ employees (nonprofits 250+; restaurants
#                      250+ and 30+ locations), at least 50 of them covered;
#                      workers earning at most $32.60/hour (hourly) or
#                      $62,561.90/year (salaried) from 2025-07-01 (indexed
#                      each July 1; originally $26/$50,000) — the dated
#                      tables and their sources are in fair_workweek_scope.jq;
#                      10 days, 14 days from 2022-07-01; 10 hours or 1.25x
#                      CHI-BACP: City of Chicago BACP, Fair Workweek,
#                      https://www.chicago.gov/city/en/depts/bacp/supp_info/fairworkweek.html
#                      DDIFO-CHI: DDIFO, Chicago Council Passes Fair
#                      Workweek Law (2019, secondary),
#                      https://ddifo.org/chicago-council-passes-fair-workweek-law/
#   PHL-FWW, ELINFO-PHL Philadelphia Fair Workweek Employment Standards
#                      Ordinance, Phila. Code ch. 9-4600, in force
#                      2020-04-01: retail, hospitality, food service with
#                      250+ employees and 30+ locations worldwide; 10 days,
#                      14 days from 2021-01-01 (phila.gov);
#                      9 hours' rest or consent and $40
#                      PHL-FWW: City of Philadelphia, Fair Workweek
#                      resources, https://www.phila.gov/documents/fair-workweek-resources/
#                      ELINFO-PHL: Employment Law Information Network,
#                      Philadelphia's "Fair Workweek" Ordinance (2018,
#                      secondary), https://www.elinfonet.com/philadelphias-fair-workweek-ordinance-will-impose-scheduling-and-hiring-restrictions-on-large-retail-hospitality-and-food-service-establishments/

import "../vocabulary.jq"
import "fair_workweek_scope.jq"

# ---- Seattle ----
param seattle_notice = 14 days "Seattle SSO: schedules posted this far ahead (SMC 14.22)"
param seattle_rest = 10 hours "Seattle SSO: rest between shifts the worker may insist on (SMC 14.22)"
param seattle_clopening_multiplier = 1.5 "Seattle SSO: pay multiplier for hours inside the minimum rest"
# ---- Oregon ----
param oregon_notice = 14 days "Oregon SB 828: schedules posted this far ahead from 2020-07-01"
param oregon_notice_before_2020_07_01 = 7 days "Oregon SB 828: schedules posted this far ahead from 2018-07-01 to 2020-06-30"
param oregon_rest = 10 hours "Oregon SB 828: rest between shifts the worker may insist on"
param oregon_clopening_multiplier = 1.5 "Oregon SB 828: pay multiplier for hours inside the minimum rest"
# ---- New York City ----
param nyc_fast_food_notice = 14 days "NYC Fair Workweek: fast food schedules posted this far ahead"
param nyc_fast_food_rest = 11 hours "NYC Fair Workweek: fast food rest between a closing and an opening shift"
param nyc_clopening_premium = $100 "NYC Fair Workweek: premium for each clopening the worker consents to in writing"
param nyc_retail_notice = 3 days "NYC Fair Workweek: retail schedules posted 72 hours ahead"
# ---- Chicago ----
param chicago_notice = 14 days "Chicago FWO: schedules posted this far ahead from 2022-07-01"
param chicago_notice_before_2022_07_01 = 10 days "Chicago FWO: schedules posted this far ahead from 2020-07-01 to 2022-06-30"
param chicago_rest = 10 hours "Chicago FWO: rest between shifts the worker may decline to work inside"
param chicago_clopening_multiplier = 1.25 "Chicago FWO: pay multiplier for hours inside the minimum rest"
# ---- Philadelphia ----
param philadelphia_notice = 14 days "Philadelphia FWO: schedules posted this far ahead from 2021-01-01"
param philadelphia_notice_before_2021_01_01 = 10 days "Philadelphia FWO: schedules posted this far ahead from 2020-04-01 to 2020-12-31"
param philadelphia_rest = 9 hours "Philadelphia FWO: rest between shifts the worker may decline to work inside"
param philadelphia_clopening_premium = $40 "Philadelphia FWO: premium for each shift worked inside the minimum rest"

standard law_fair_workweek "Fair workweek: Seattle, Oregon, New York City, Chicago and Philadelphia" {
  version "2026.1"
  source "City and state fair workweek laws, as summarised in the jqlc research notes (domain-jobquality.md §0, fair workweek table)"
  effective 2017-07-01   # the oldest of the five (Seattle)

  # Who each law covers: the lets of std/law/fair_workweek_scope
  # (seattle_covered, …), shared with the Schedules principle.

  rule seattle_notice "Seattle: schedules are posted 14 days ahead" {
    effective 2017-07-01
    when seattle_covered
    require schedule.advance_notice_days >= seattle_notice
    cite "Seattle Secure Scheduling Ordinance, SMC ch. 14.22: work schedule provided at least 14 days before the first shift [SEA-OLS]"
    advice "Post every Seattle worker's schedule at least 14 days before its first shift, and pay predictability pay for changes after posting"
  }

  rule seattle_rest "Seattle: 10 hours' rest between shifts, or time and a half" {
    effective 2017-07-01
    when seattle_covered
    require schedule.min_rest_between_shifts_h >= seattle_rest
      or schedule.clopening_premium_multiplier >= seattle_clopening_multiplier
    cite "Seattle Secure Scheduling Ordinance, SMC ch. 14.22: right to decline shifts less than 10 hours apart; 1.5 times pay for hours worked inside the 10 hours [SEA-OLS, THINKHR]"
    advice "Leave at least 10 hours between a closing and the next opening shift, or pay time and a half for the hours inside the 10 and let workers decline them"
  }

  rule oregon_notice "Oregon: schedules are posted 14 days ahead (7 days before July 2020)" {
    effective 2018-07-01
    when oregon_covered
    require schedule.advance_notice_days >= (if fww_date >= 2020-07-01 then oregon_notice else oregon_notice_before_2020_07_01)
    cite "Oregon SB 828, ORS 653.412 to 653.485: written work schedule 7 days in advance, 14 days from 2020-07-01 [OR-BOLI, OPTIMUM]"
    advice "Post every Oregon worker's schedule at least 14 days before its first shift, and pay one hour of predictability pay for changes after posting"
  }

  rule oregon_rest "Oregon: 10 hours' rest between shifts, or time and a half" {
    effective 2018-07-01
    when oregon_covered
    require schedule.min_rest_between_shifts_h >= oregon_rest
      or schedule.clopening_premium_multiplier >= oregon_clopening_multiplier
    cite "Oregon SB 828, ORS 653.412 to 653.485: right to decline shifts less than 10 hours after the last; 1.5 times pay for hours worked inside the 10 hours [OR-BOLI, OPTIMUM]"
    advice "Leave at least 10 hours between shifts, or pay time and a half for the hours inside the 10 and let workers decline them"
  }

  rule nyc_fast_food_notice "New York City fast food: schedules are posted 14 days ahead" {
    effective 2017-11-26
    when nyc_fast_food_covered
    require schedule.advance_notice_days >= nyc_fast_food_notice
    cite "New York City Fair Workweek Law, NYC Admin. Code §20-1201 et seq.: fast food schedules 14 days in advance (Local Law 107 of 2017) [NYC-311, BLR-NY]"
    advice "Post every fast food worker's schedule at least 14 days ahead and pay the schedule-change premium for later changes"
  }

  rule nyc_fast_food_rest "New York City fast food: 11 hours between a closing and an opening shift, or $100" {
    effective 2017-11-26
    when nyc_fast_food_covered
    require schedule.min_rest_between_shifts_h >= nyc_fast_food_rest
      or schedule.clopening_premium_flat >= nyc_clopening_premium
    cite "New York City Fair Workweek Law, NYC Admin. Code §20-1201 et seq.: no clopening shifts less than 11 hours apart without written consent and a $100 premium (Local Law 100 of 2017) [NYC-311, BLR-NY]"
    advice "Leave at least 11 hours between a closing and the next opening shift; where a worker consents in writing, pay $100 for each clopening"
  }

  rule nyc_retail_notice "New York City retail: schedules are posted 72 hours ahead" {
    effective 2017-11-26
    when nyc_retail_covered
    require schedule.advance_notice_days >= nyc_retail_notice
    cite "New York City Fair Workweek Law, NYC Admin. Code §20-1201 et seq.: retail schedules at least 72 hours in advance (Local Law 99 of 2017) [NYC-311]"
    advice "Give every retail worker the schedule at least 72 hours before its first shift"
  }

  rule nyc_retail_on_call "New York City retail: no on-call shifts" {
    effective 2017-11-26
    when nyc_retail_covered
    require not schedule.uses_on_call_shifts
    cite "New York City Fair Workweek Law, NYC Admin. Code §20-1201 et seq.: retail employers may not schedule on-call shifts or cancel shifts within 72 hours (Local Law 99 of 2017) [NYC-311]"
    advice "Stop scheduling on-call shifts; schedule the hours or leave them open for volunteers"
  }

  rule chicago_notice "Chicago: schedules are posted 14 days ahead (10 days before July 2022)" {
    effective 2020-07-01
    when chicago_covered
    require schedule.advance_notice_days >= (if fww_date >= 2022-07-01 then chicago_notice else chicago_notice_before_2022_07_01)
    cite "Chicago Fair Workweek Ordinance, MCC ch. 6-110: schedules 10 days in advance, 14 days from 2022-07-01 [CHI-BACP, DDIFO-CHI]"
    advice "Post every covered Chicago worker's schedule at least 14 days before its first shift, and pay predictability pay for later changes"
  }

  rule chicago_rest "Chicago: 10 hours' rest between shifts, or 1.25 times pay" {
    effective 2020-07-01
    when chicago_covered
    require schedule.min_rest_between_shifts_h >= chicago_rest
      or schedule.clopening_premium_multiplier >= chicago_clopening_multiplier
    cite "Chicago Fair Workweek Ordinance, MCC ch. 6-110: right to decline hours less than 10 hours after the last shift; 1.25 times pay for hours worked inside the 10 hours [CHI-BACP]"
    advice "Leave at least 10 hours between shifts, or pay 1.25 times the regular rate for the hours inside the 10 and let workers decline them"
  }

  rule philadelphia_notice "Philadelphia: schedules are posted 14 days ahead (10 days before 2021)" {
    effective 2020-04-01
    when philadelphia_covered
    require schedule.advance_notice_days >= (if fww_date >= 2021-01-01 then philadelphia_notice else philadelphia_notice_before_2021_01_01)
    cite "Philadelphia Fair Workweek Employment Standards Ordinance, Phila. Code ch. 9-4600: schedules 10 days in advance from 2020-04-01 (City of Philadelphia, Fair Workweek during the COVID-19 pandemic, 2020-04-21, https://www.phila.gov/2020-04-21-fair-workweek-during-the-covid-19-pandemic/), 14 days from 2021-01-01 (City of Philadelphia, Fair Workweek resources, https://www.phila.gov/documents/fair-workweek-resources/) [PHL-FWW]"
    advice "Post every Philadelphia worker's schedule at least 14 days before its first shift, and pay predictability pay for later changes"
  }

  rule philadelphia_rest "Philadelphia: 9 hours' rest between shifts, or $40" {
    effective 2020-04-01
    when philadelphia_covered
    require schedule.min_rest_between_shifts_h >= philadelphia_rest
      or schedule.clopening_premium_flat >= philadelphia_clopening_premium
    cite "Philadelphia Fair Workweek Employment Standards Ordinance, Phila. Code ch. 9-4600: right to decline shifts less than 9 hours apart; $40 for each shift worked inside the 9 hours [PHL-FWW, ELINFO-PHL]"
    advice "Leave at least 9 hours between shifts, or pay $40 for each shift a consenting worker works inside the 9 hours"
  }

  rule good_faith_estimate "New hires get a written good-faith estimate of their hours" {
    effective 2017-07-01
    when seattle_covered or oregon_covered or nyc_fast_food_covered or philadelphia_covered
    require schedule.good_faith_estimate_at_hire
    cite "Good-faith estimate of hours at hire: Seattle SMC ch. 14.22 [SEA-OLS], Oregon ORS 653.412 to 653.485 [OR-BOLI], NYC Admin. Code §20-1201 et seq. [NYC-311], Philadelphia Phila. Code ch. 9-4600 [PHL-FWW]"
    advice "Give every new hire a written estimate of the hours and shifts he or she can expect, and update it when it changes"
  }
}

# ---- tests (jqlc test stdlib/law/fair_workweek.jq; ignored by `check`) ----

test "a Seattle restaurant chain with 14 days and 10 hours passes" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "food_service"
      naics = "722511"
      employee_count = 1_200
      locations_count = 45
    }
    schedule {
      advance_notice_days = 2 weeks
      min_rest_between_shifts_h = 10 hours
      good_faith_estimate_at_hire = true
    }
  }
  expect law_fair_workweek.seattle_notice pass
  expect law_fair_workweek.seattle_rest pass
  expect law_fair_workweek.good_faith_estimate pass
  expect law_fair_workweek.oregon_notice not_applicable
  expect law_fair_workweek.nyc_fast_food_notice not_applicable
  expect law_fair_workweek.nyc_retail_on_call not_applicable
  expect law_fair_workweek.chicago_notice not_applicable
  expect law_fair_workweek.philadelphia_rest not_applicable
  expect law_fair_workweek pass
}

test "Seattle: 7 days' notice and 8-hour clopenings without premium fail" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "retail"
      naics = "452210"
      employee_count = 800
      locations_count = 12
    }
    schedule {
      advance_notice_days = 7 days
      min_rest_between_shifts_h = 8 hours
      clopening_premium_multiplier = 1
      good_faith_estimate_at_hire = false
    }
  }
  expect law_fair_workweek.seattle_notice fail
  expect law_fair_workweek.seattle_rest fail
  expect law_fair_workweek.good_faith_estimate fail
  expect law_fair_workweek fail
}

test "Seattle: a full-service chain of 20 locations is not covered" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "food_service"
      naics = "722511"
      employee_count = 600
      locations_count = 20
    }
    schedule { advance_notice_days = 3 days  min_rest_between_shifts_h = 8 hours }
  }
  expect law_fair_workweek.seattle_notice not_applicable
  expect law_fair_workweek.seattle_rest not_applicable
  expect law_fair_workweek not_applicable
}

test "Seattle: a short rest paid at time and a half passes" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "retail"
      naics = "452210"
      employee_count = 800
    }
    schedule { min_rest_between_shifts_h = 8 hours  clopening_premium_multiplier = 1.5 }
  }
  expect law_fair_workweek.seattle_rest pass
  expect law_fair_workweek.seattle_notice untested
}

test "Seattle: unknown headcount leaves the law untested" {
  given {
    org { state = "WA"  city = "Seattle"  sector = "retail" }
    schedule { advance_notice_days = 14 days  min_rest_between_shifts_h = 10 hours }
  }
  expect law_fair_workweek.seattle_notice untested
  expect law_fair_workweek.seattle_rest untested
  expect law_fair_workweek untested
}

test "Oregon: a 14-day, 10-hour retailer passes" {
  given {
    org { state = "OR"  city = "Portland"  sector = "retail"  employee_count = 5_000 }
    schedule {
      advance_notice_days = 14 days
      min_rest_between_shifts_h = 11 hours
      good_faith_estimate_at_hire = true
    }
  }
  expect law_fair_workweek.oregon_notice pass
  expect law_fair_workweek.oregon_rest pass
  expect law_fair_workweek pass
}

test "Oregon: 7 days' notice (the pre-2020 rule) fails today; a short unpaid rest fails" {
  given {
    org { state = "OR"  city = "Salem"  sector = "hospitality"  employee_count = 900 }
    schedule {
      advance_notice_days = 7 days
      min_rest_between_shifts_h = 9 hours
      clopening_premium_multiplier = 1.25
    }
  }
  expect law_fair_workweek.oregon_notice fail
  expect law_fair_workweek.oregon_rest fail
}

test "Oregon: a 300-worker restaurant group is not covered" {
  given {
    org { state = "OR"  sector = "food_service"  employee_count = 300 }
  }
  expect law_fair_workweek.oregon_notice not_applicable
  expect law_fair_workweek.oregon_rest not_applicable
}

test "NYC fast food: 14 days and 11 hours pass" {
  given {
    org {
      state = "NY"
      city = "Brooklyn"
      sector = "food_service"
      naics = "722513"
      employee_count = 40
      locations_count = 2_000
    }
    schedule {
      advance_notice_days = 14 days
      min_rest_between_shifts_h = 11 hours
      good_faith_estimate_at_hire = true
    }
  }
  expect law_fair_workweek.nyc_fast_food_notice pass
  expect law_fair_workweek.nyc_fast_food_rest pass
  expect law_fair_workweek.nyc_retail_notice not_applicable
  expect law_fair_workweek pass
}

test "NYC fast food: 10 days and a 10-hour clopening without $100 fail" {
  given {
    org {
      state = "NY"
      city = "New York"
      sector = "food_service"
      naics = "722513"
      locations_count = 300
    }
    schedule {
      advance_notice_days = 10 days
      min_rest_between_shifts_h = 10 hours
      clopening_premium_flat = $0
    }
  }
  expect law_fair_workweek.nyc_fast_food_notice fail
  expect law_fair_workweek.nyc_fast_food_rest fail
}

test "NYC fast food: a clopening paid $100 passes" {
  given {
    org {
      state = "NY"
      city = "Queens"
      sector = "food_service"
      naics = "722513"
      locations_count = 300
    }
    schedule { min_rest_between_shifts_h = 8 hours  clopening_premium_flat = $100 }
  }
  expect law_fair_workweek.nyc_fast_food_rest pass
}

test "NYC retail: 72 hours and no on-call pass" {
  given {
    org { state = "NY"  city = "Manhattan"  sector = "retail"  employee_count = 25 }
    schedule { advance_notice_days = 3 days  uses_on_call_shifts = false }
  }
  expect law_fair_workweek.nyc_retail_notice pass
  expect law_fair_workweek.nyc_retail_on_call pass
  expect law_fair_workweek.nyc_fast_food_notice not_applicable
  expect law_fair_workweek.good_faith_estimate not_applicable
}

test "NYC retail: 2 days' notice and on-call shifts fail" {
  given {
    org { state = "NY"  city = "Bronx"  sector = "retail"  employee_count = 60 }
    schedule { advance_notice_days = 2 days  uses_on_call_shifts = true }
  }
  expect law_fair_workweek.nyc_retail_notice fail
  expect law_fair_workweek.nyc_retail_on_call fail
}

test "NYC retail: a 12-worker shop is not covered" {
  given {
    org { state = "NY"  city = "Bronx"  sector = "retail"  employee_count = 12 }
  }
  expect law_fair_workweek.nyc_retail_notice not_applicable
  expect law_fair_workweek.nyc_retail_on_call not_applicable
}

test "NYC retail: on-call status unknown is untested" {
  given {
    org { state = "NY"  city = "Staten Island"  sector = "retail"  employee_count = 30 }
    schedule.advance_notice_days = 7 days
  }
  expect law_fair_workweek.nyc_retail_notice pass
  expect law_fair_workweek.nyc_retail_on_call untested
}

test "Chicago: a warehouse with 14 days and 10 hours passes" {
  given {
    org { state = "IL"  city = "Chicago"  sector = "warehousing"  employee_count = 410 }
    pay.lowest_hourly_wage = $21.00/hour
    schedule { advance_notice_days = 14 days  min_rest_between_shifts_h = 10 hours }
  }
  expect law_fair_workweek.chicago_notice pass
  expect law_fair_workweek.chicago_rest pass
  expect law_fair_workweek.good_faith_estimate not_applicable
  expect law_fair_workweek pass
}

test "Chicago: 10 days (the 2020 rule) fails today; 8-hour rest at 1.0x fails" {
  given {
    org {
      state = "IL"
      city = "Chicago"
      sector = "manufacturing"
      employee_count = 150
      entity_type = "for_profit"
    }
    pay.lowest_hourly_wage = $18.00/hour
    schedule {
      advance_notice_days = 10 days
      min_rest_between_shifts_h = 8 hours
      clopening_premium_multiplier = 1
    }
  }
  expect law_fair_workweek.chicago_notice fail
  expect law_fair_workweek.chicago_rest fail
}

test "Chicago: no worker below the pay ceiling means no coverage" {
  given {
    org { state = "IL"  city = "Chicago"  sector = "manufacturing"  employee_count = 150 }
    pay.lowest_hourly_wage = $35.00/hour
    schedule.advance_notice_days = 7 days
  }
  expect law_fair_workweek.chicago_notice not_applicable
}

test "Chicago: a 120-worker restaurant group is not covered" {
  given {
    org {
      state = "IL"
      city = "Chicago"
      sector = "food_service"
      employee_count = 120
      locations_count = 4
    }
    pay.lowest_hourly_wage = $16.20/hour
  }
  expect law_fair_workweek.chicago_notice not_applicable
  expect law_fair_workweek.chicago_rest not_applicable
}

test "Chicago: unknown lowest wage leaves coverage untested" {
  given {
    org { state = "IL"  city = "Chicago"  sector = "retail"  employee_count = 400 }
    schedule.advance_notice_days = 14 days
  }
  expect law_fair_workweek.chicago_notice untested
}

test "Philadelphia: 14 days and 9 hours pass" {
  given {
    org {
      state = "PA"
      city = "Philadelphia"
      sector = "hospitality"
      employee_count = 2_000
      locations_count = 90
    }
    schedule {
      advance_notice_days = 14 days
      min_rest_between_shifts_h = 9 hours
      good_faith_estimate_at_hire = true
    }
  }
  expect law_fair_workweek.philadelphia_notice pass
  expect law_fair_workweek.philadelphia_rest pass
  expect law_fair_workweek pass
}

test "Philadelphia: 7 days and an 8-hour rest at $25 fail" {
  given {
    org {
      state = "PA"
      city = "Philadelphia"
      sector = "retail"
      employee_count = 2_000
      locations_count = 90
    }
    schedule {
      advance_notice_days = 7 days
      min_rest_between_shifts_h = 8 hours
      clopening_premium_flat = $25
    }
  }
  expect law_fair_workweek.philadelphia_notice fail
  expect law_fair_workweek.philadelphia_rest fail
}

test "Philadelphia: an unknown location count leaves coverage untested" {
  given {
    org { state = "PA"  city = "Philadelphia"  sector = "retail"  employee_count = 2_000 }
    schedule.advance_notice_days = 14 days
  }
  expect law_fair_workweek.philadelphia_notice untested
}

test "Philadelphia: a 12-location retailer is not covered" {
  given {
    org {
      state = "PA"
      city = "Philadelphia"
      sector = "retail"
      employee_count = 2_000
      locations_count = 12
    }
  }
  expect law_fair_workweek.philadelphia_notice not_applicable
  expect law_fair_workweek.philadelphia_rest not_applicable
}

test "a Denver child care center is outside every fair workweek law" {
  given {
    org { state = "CO"  city = "Denver"  sector = "childcare"  employee_count = 22 }
  }
  expect law_fair_workweek.seattle_notice not_applicable
  expect law_fair_workweek.chicago_rest not_applicable
  expect law_fair_workweek.good_faith_estimate not_applicable
  expect law_fair_workweek not_applicable
}

# ---- dated figures: the day before and the day a change takes effect ----

test "Chicago: $32.00 is above the ceiling on 2025-06-30 ($31.85)" {
  given {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-06-30
    }
    pay.lowest_hourly_wage = $32.00/hour
    schedule.advance_notice_days = 7 days
  }
  expect law_fair_workweek.chicago_notice not_applicable
}

test "Chicago: $32.00 is covered from 2025-07-01 ($32.60)" {
  given {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    pay.lowest_hourly_wage = $32.00/hour
    schedule.advance_notice_days = 7 days
  }
  expect law_fair_workweek.chicago_notice fail
}

test "Chicago: $27.00 an hour and $53,000 a year are above the ceilings on 2022-06-30 ($26.00, $50,000), covered from 2022-07-01 ($29.35, $56,381.85)" {
  given "hourly 2022-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2022-06-30
    }
    pay.lowest_hourly_wage = $27.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "hourly 2022-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2022-07-01
    }
    pay.lowest_hourly_wage = $27.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2022-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2022-06-30
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $53_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2022-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2022-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $53_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "hourly 2022-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "hourly 2022-07-01" law_fair_workweek.chicago_notice fail
  expect "salaried 2022-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "salaried 2022-07-01" law_fair_workweek.chicago_notice fail
}

test "Chicago: $30.00 an hour and $58,000 a year are above the ceilings on 2023-06-30 ($29.35, $56,381.85), covered from 2023-07-01 ($30.80, $59,161.50)" {
  given "hourly 2023-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2023-06-30
    }
    pay.lowest_hourly_wage = $30.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "hourly 2023-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2023-07-01
    }
    pay.lowest_hourly_wage = $30.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2023-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2023-06-30
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $58_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2023-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2023-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $58_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "hourly 2023-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "hourly 2023-07-01" law_fair_workweek.chicago_notice fail
  expect "salaried 2023-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "salaried 2023-07-01" law_fair_workweek.chicago_notice fail
}

test "Chicago: $31.00 an hour and $60,000 a year are above the ceilings on 2024-06-30 ($30.80, $59,161.50), covered from 2024-07-01 ($31.85, $61,149.35)" {
  given "hourly 2024-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2024-06-30
    }
    pay.lowest_hourly_wage = $31.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "hourly 2024-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2024-07-01
    }
    pay.lowest_hourly_wage = $31.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2024-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2024-06-30
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $60_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "salaried 2024-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2024-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $60_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "hourly 2024-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "hourly 2024-07-01" law_fair_workweek.chicago_notice fail
  expect "salaried 2024-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "salaried 2024-07-01" law_fair_workweek.chicago_notice fail
}

test "Chicago: a $62,000 salary is above the yearly ceiling on 2025-06-30 ($61,149.35), covered from 2025-07-01 ($62,561.90)" {
  given "2025-06-30" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-06-30
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $62_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "2025-07-01" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $62_000/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "2025-06-30" law_fair_workweek.chicago_notice not_applicable
  expect "2025-07-01" law_fair_workweek.chicago_notice fail
}

test "Chicago: a salary at the yearly ceiling ($62,561.90) is covered, one cent above it is not" {
  given "at" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $62_561.90/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "above" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  annual_salary = $62_561.91/year  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "at" law_fair_workweek.chicago_notice fail
  expect "above" law_fair_workweek.chicago_notice not_applicable
}

test "Chicago: $31.25 an hour is covered when paid hourly, not as a salary ($65,000 a year by 2080 hours)" {
  given "hourly" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { pay_basis = "hourly"  hourly_wage = $31.25/hour  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "salaried" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { pay_basis = "salaried"  hourly_wage = $31.25/hour  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "hourly" law_fair_workweek.chicago_notice fail
  expect "salaried" law_fair_workweek.chicago_notice not_applicable
}

test "Chicago: without the pay basis, a wage between the two ceilings decides coverage only when it can tip the count of 50" {
  given "under both" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Cashier" { hourly_wage = $20.00/hour  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "between, alone" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Store Supervisor" { hourly_wage = $31.25/hour  headcount = 60 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "50 sure, 10 between" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Cashier" { hourly_wage = $20.00/hour  headcount = 50 }
    job "Store Supervisor" { hourly_wage = $31.25/hour  headcount = 10 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "40 sure, 9 between" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Cashier" { hourly_wage = $20.00/hour  headcount = 40 }
    job "Store Supervisor" { hourly_wage = $31.25/hour  headcount = 9 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  given "40 sure, 10 between" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "retail"
      employee_count = 400
      entity_type = "for_profit"
      reporting_date = 2025-07-01
    }
    job "Cashier" { hourly_wage = $20.00/hour  headcount = 40 }
    job "Store Supervisor" { hourly_wage = $31.25/hour  headcount = 10 }
    job "Regional Manager" { pay_basis = "salaried"  annual_salary = $95_000/year  headcount = 340 }
    schedule.advance_notice_days = 7 days
  }
  expect "under both" law_fair_workweek.chicago_notice fail
  expect "between, alone" law_fair_workweek.chicago_notice untested
  expect "50 sure, 10 between" law_fair_workweek.chicago_notice fail
  expect "40 sure, 9 between" law_fair_workweek.chicago_notice not_applicable
  expect "40 sure, 10 between" law_fair_workweek.chicago_notice untested
}

test "Chicago: a nonprofit hospital of 249 is not covered, of 250 it is" {
  given "249" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "health_care"
      employee_count = 249
      entity_type = "nonprofit"
    }
    pay.lowest_hourly_wage = $18.00/hour
    schedule.advance_notice_days = 7 days
  }
  given "250" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "health_care"
      employee_count = 250
      entity_type = "nonprofit"
    }
    pay.lowest_hourly_wage = $18.00/hour
    schedule.advance_notice_days = 7 days
  }
  expect "249" law_fair_workweek.chicago_notice not_applicable
  expect "250" law_fair_workweek.chicago_notice fail
}

test "Chicago: 49 workers under the ceiling are too few, 50 are enough" {
  given "49" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "warehousing"
      employee_count = 200
      entity_type = "for_profit"
    }
    pay.lowest_hourly_wage = $19.00/hour
    job "Picker" { hourly_wage = $19.00/hour  headcount = 49 }
    job "Analyst" { hourly_wage = $40.00/hour  headcount = 151 }
    schedule.advance_notice_days = 7 days
  }
  given "50" {
    org {
      state = "IL"
      city = "Chicago"
      sector = "warehousing"
      employee_count = 200
      entity_type = "for_profit"
    }
    pay.lowest_hourly_wage = $19.00/hour
    job "Picker" { hourly_wage = $19.00/hour  headcount = 50 }
    job "Analyst" { hourly_wage = $40.00/hour  headcount = 150 }
    schedule.advance_notice_days = 7 days
  }
  expect "49" law_fair_workweek.chicago_notice not_applicable
  expect "50" law_fair_workweek.chicago_notice fail
}

test "Philadelphia: 10 days' notice is enough on 2020-12-31" {
  given {
    org {
      state = "PA"
      city = "Philadelphia"
      sector = "retail"
      employee_count = 2_000
      locations_count = 90
      reporting_date = 2020-12-31
    }
    schedule.advance_notice_days = 10 days
  }
  expect law_fair_workweek.philadelphia_notice pass
}

test "Philadelphia: 10 days' notice fails from 2021-01-01" {
  given {
    org {
      state = "PA"
      city = "Philadelphia"
      sector = "retail"
      employee_count = 2_000
      locations_count = 90
      reporting_date = 2021-01-01
    }
    schedule.advance_notice_days = 10 days
  }
  expect law_fair_workweek.philadelphia_notice fail
}
