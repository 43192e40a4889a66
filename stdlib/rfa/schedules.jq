# stdlib/rfa/schedules.jq — Results for America principle 2, Schedules.
#
#   "Schedules: Stable, predictable and fair"  (RFA Job Quality Playbook,
#    Strategy, recommended actions: "There are eight key principles to
#    consider in establishing job standards")
#
# RFA defines a good schedule as: a good-faith estimate of hours at hire,
# employee input, predictable hours, advance notice, pay for on-call shifts,
# and close/open shifts less than 10 hours apart avoided or paid extra
# (research notes, domain-jobquality.md §1A, key RFA-P-SCHED). The numbers
# (14 days, 10 hours, 50%) come from the fair workweek laws of Seattle,
# Oregon, New York City, Chicago and Philadelphia.
#
# Levels: only those laws make the practices a floor, and only for the
# employers they cover (large retail, food service and hospitality chains;
# Chicago: seven industries). So the one required rule is
# `advance_notice_law`: 14 days' notice of the employers a 14-day law covers
# on the date the facts describe (`fair_workweek_14_days`, from
# std/law/fair_workweek_scope). Every other rule — 14 days' notice elsewhere
# included — is `level recommended`, and the standard is scored with
# `requires rfa_recommended_share of recommended` (std/scoring): that share
# of the practices that apply (rounded up) must hold, half by default. The
# share is a policy choice (the same as for the other scored principles), not
# a figure of RFA, and an agency may set its own. The laws' other terms
# (rest premiums, good-faith estimates) for covered employers are checked by
# std/law/fair_workweek.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions (seed)
#   RFA-P-SCHED RFA Job Quality Playbook, Job quality principles > Schedules
#   RFA-M-SCHED RFA Job Quality Playbook, Metrics > Schedules
#   SEA-OLS     Seattle Secure Scheduling Ordinance, SMC 14.22 (2017)
#   OR-BOLI     Oregon predictive scheduling law, SB 828 (14 days since 2020-07-01)
#   CHI-BACP    Chicago Fair Workweek Ordinance (14 days since 2022-07-01)
#   PHL-FWW     Philadelphia Fair Workweek Ordinance (2020)
#   NYC-311     New York City Fair Workweek law (2017)
#   DWT-NYC     Davis Wright Tremaine on the NYC law: a 20% deviation in 3 of
#               6 weeks counts as a change to the good-faith estimate

import "../vocabulary.jq"
import "../scoring.jq"
import "../law/fair_workweek_scope.jq"

param schedules_min_notice = 14 days "Advance notice of work schedules; 14 days in the Seattle, Oregon, NYC fast food, Chicago and Philadelphia fair workweek laws"
param schedules_min_rest = 10 hours "Shortest rest between shifts without a premium; 10 hours in RFA's definition and in Seattle, Oregon and Chicago (NYC 11, Philadelphia 9)"
param schedules_on_call_pay = 50% "Share of regular pay owed for on-call hours when the worker is not called in; 50% in Seattle"
param schedules_change_pay = 1 hour "Predictability pay for a shift added or changed after posting, in hours of regular pay; 1 hour in Seattle and Oregon"
param schedules_cut_pay = 50% "Share of regular pay owed for hours cut after posting; 50% in Seattle and Oregon"
param schedules_min_pt_hours = 20 hours "Weekly hours guaranteed in writing to part-time workers (illustrative; RFA lists the metric without a threshold)"
param schedules_max_deviation = 20% "Largest average gap between scheduled and worked hours; the NYC law treats a 20% deviation as a change to the estimate (DWT-NYC)"

standard schedules "Schedules: stable, predictable and fair" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 2 (Schedules); Job quality principles, Schedules"
  requires rfa_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  rule advance_notice_law "Where a 14-day fair workweek law applies, schedules are posted at least 14 days ahead" {
    when fair_workweek_14_days
    require schedule.advance_notice_days >= schedules_min_notice
    cite "Fair workweek laws requiring 14 days' notice of the employers they cover: Seattle SSO [SEA-OLS], Oregon SB 828 from 2020-07-01 [OR-BOLI], NYC fast food [NYC-311], Chicago FWO from 2022-07-01 [CHI-BACP], Philadelphia FWO from 2021-01-01 [PHL-FWW]"
    advice "Post each covered worker's schedule at least 14 days before its first shift, as the local fair workweek law requires"
  }

  rule advance_notice "Work schedules are posted at least 14 days ahead" {
    level recommended
    unless fair_workweek_14_days
    require schedule.advance_notice_days >= schedules_min_notice
    cite "RFA Job quality principles, Schedules (advance notice) [RFA-P-SCHED]; 14 days: Seattle SSO [SEA-OLS], Oregon SB 828 [OR-BOLI], Chicago FWO [CHI-BACP], Philadelphia FWO [PHL-FWW]"
    advice "Post each work schedule at least 14 days before its first shift, and keep later changes to a minimum"
  }

  rule good_faith_estimate "New hires get a written good-faith estimate of their hours" {
    level recommended
    require schedule.good_faith_estimate_at_hire
    cite "RFA Job quality principles, Schedules (good-faith estimate at hire) [RFA-P-SCHED]; required by Seattle SSO [SEA-OLS], Oregon SB 828 [OR-BOLI], NYC Fair Workweek [NYC-311] and Philadelphia FWO [PHL-FWW]"
    advice "Give every new hire a written estimate of the hours, days and shifts they can expect to work"
  }

  rule employee_input "Workers can state their availability and shift preferences" {
    level recommended
    require schedule.employee_input
    cite "RFA Job quality principles, Schedules (employee input) [RFA-P-SCHED]"
    advice "Collect each worker's availability and shift preferences and take them into account when building the schedule"
  }

  # Passes when every rest period is long enough, or when the short ones
  # are paid extra (a multiplier above 1 or a flat premium).
  rule rest_between_shifts "Shifts are at least 10 hours apart, or close-open shifts are paid extra" {
    level recommended
    require schedule.min_rest_between_shifts_h >= schedules_min_rest
      or schedule.clopening_premium_multiplier > 1
      or schedule.clopening_premium_flat > $0
    cite "RFA Job quality principles, Schedules (avoid or pay extra for close/open shifts less than 10 hours apart) [RFA-P-SCHED]; 10 hours at 1.5x pay in Seattle [SEA-OLS] and Oregon [OR-BOLI]"
    advice "Leave at least 10 hours between the end of one shift and the start of the next, or pay time and a half for the hours inside that rest period"
  }

  rule on_call_pay "On-call hours are paid even when the worker is not called in" {
    level recommended
    when schedule.uses_on_call_shifts
    require schedule.on_call_unused_pay_fraction >= schedules_on_call_pay
    cite "RFA Job quality principles, Schedules (pay for on-call) [RFA-P-SCHED]; half pay for unused on-call hours in Seattle [SEA-OLS]; on-call shifts banned in NYC retail [NYC-311]"
    advice "Stop scheduling on-call shifts, or pay at least half the regular rate for on-call hours when the worker is not called in"
  }

  rule predictability_pay "Late schedule changes earn predictability pay" {
    level recommended
    require schedule.predictability_pay_added_hours_h >= schedules_change_pay
      and schedule.reduced_hours_pay_fraction >= schedules_cut_pay
    cite "RFA Job quality principles, Schedules (predictable hours) [RFA-P-SCHED]; 1 extra hour for changes and half pay for hours cut: Seattle SSO [SEA-OLS], Oregon SB 828 [OR-BOLI]"
    advice "Pay one extra hour for each shift added or changed after the schedule is posted, and half the regular rate for hours cut"
  }

  rule part_time_hours "Part-time workers are guaranteed a minimum of weekly hours" {
    level recommended
    when security.part_time_share_pct > 0%
    require schedule.min_guaranteed_hours_pt_weekly >= schedules_min_pt_hours
    cite "RFA Metrics, Schedules (minimum guaranteed hours for part-time workers) [RFA-M-SCHED]; 20 hours a week is illustrative"
    advice "Guarantee part-time workers a minimum number of hours each week in writing, and offer extra hours to them before hiring"
  }

  rule hours_as_scheduled "Hours worked stay close to hours scheduled" {
    level recommended
    require schedule.hours_deviation_pct <= schedules_max_deviation
    cite "RFA Metrics, Schedules (actual vs planned hours) [RFA-M-SCHED]; 20% deviation threshold of the NYC Fair Workweek law [DWT-NYC]"
    advice "Staff to the posted schedule: cut fewer shifts at short notice and track the gap between scheduled and worked hours each month"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/schedules.jq`; ignored by `check`) ----

test "a fair workweek employer passes every schedule rule" {
  given {
    org.state = "CO"
    security.part_time_share_pct = 40%
    schedule {
      advance_notice_days = 2 weeks
      good_faith_estimate_at_hire = true
      employee_input = true
      min_rest_between_shifts_h = 10 hours
      uses_on_call_shifts = true
      on_call_unused_pay_fraction = 50%
      predictability_pay_added_hours_h = 1 hour
      reduced_hours_pay_fraction = 50%
      min_guaranteed_hours_pt_weekly = 20 hours
      hours_deviation_pct = 8%
    }
  }
  expect schedules.advance_notice_law not_applicable
  expect schedules.advance_notice pass
  expect schedules.good_faith_estimate pass
  expect schedules.employee_input pass
  expect schedules.rest_between_shifts pass
  expect schedules.on_call_pay pass
  expect schedules.predictability_pay pass
  expect schedules.part_time_hours pass
  expect schedules.hours_as_scheduled pass
  expect schedules pass
}

test "short notice, clopenings without premium and unpaid on-call fail" {
  given {
    org.state = "CO"
    security.part_time_share_pct = 70%
    schedule {
      advance_notice_days = 7 days
      good_faith_estimate_at_hire = false
      employee_input = false
      min_rest_between_shifts_h = 8 hours
      clopening_premium_multiplier = 1
      clopening_premium_flat = $0
      uses_on_call_shifts = true
      on_call_unused_pay_fraction = 0%
      predictability_pay_added_hours_h = 0 hours
      reduced_hours_pay_fraction = 0%
      min_guaranteed_hours_pt_weekly = 0 hours
      hours_deviation_pct = 25%
    }
  }
  expect schedules.advance_notice fail
  expect schedules.good_faith_estimate fail
  expect schedules.employee_input fail
  expect schedules.rest_between_shifts fail
  expect schedules.on_call_pay fail
  expect schedules.predictability_pay fail
  expect schedules.part_time_hours fail
  expect schedules.hours_as_scheduled fail
  expect schedules fail
}

test "a clopening premium makes short rest acceptable; no on-call and no part-timers are not applicable" {
  given {
    org.state = "CO"
    security.part_time_share_pct = 0%
    schedule {
      advance_notice_days = 21 days
      good_faith_estimate_at_hire = true
      employee_input = true
      min_rest_between_shifts_h = 8 hours
      clopening_premium_multiplier = 1.5
      uses_on_call_shifts = false
    }
  }
  # 4 of the 4 practices known pass; 2 unknown: at least 3 of 6 are met
  expect schedules.rest_between_shifts pass
  expect schedules.on_call_pay not_applicable
  expect schedules.part_time_hours not_applicable
  expect schedules.predictability_pay untested
  expect schedules.hours_as_scheduled untested
  expect schedules pass
}

test "missing schedule facts leave the standard untested" {
  given {
    org.state = "TX"
    schedule.advance_notice_days = 14 days
    schedule.min_rest_between_shifts_h = 9 hours
  }
  expect schedules.advance_notice pass
  expect schedules.good_faith_estimate untested
  expect schedules.employee_input untested
  expect schedules.rest_between_shifts untested
  expect schedules.on_call_pay untested
  expect schedules.predictability_pay untested
  expect schedules.part_time_hours untested
  expect schedules.hours_as_scheduled untested
  expect schedules untested
}

test "without a notice period the notice rule is untested" {
  given {
    schedule.good_faith_estimate_at_hire = true
  }
  expect schedules.advance_notice untested
  expect schedules.good_faith_estimate pass
  expect schedules untested
}

test "outside a fair workweek law, 7 days' notice is one practice among eight" {
  given {
    org { state = "CO"  city = "Denver"  sector = "childcare"  employee_count = 22 }
    security.part_time_share_pct = 20%
    schedule {
      advance_notice_days = 7 days
      good_faith_estimate_at_hire = true
      employee_input = true
      min_rest_between_shifts_h = 12 hours
      uses_on_call_shifts = false
      min_guaranteed_hours_pt_weekly = 20 hours
      hours_deviation_pct = 5%
    }
  }
  expect schedules.advance_notice_law not_applicable
  expect schedules.advance_notice fail
  expect schedules pass
}

test "a Seattle chain with 7 days' notice fails the law's floor" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "food_service"
      naics = "722513"
      employee_count = 900
      locations_count = 60
    }
    security.part_time_share_pct = 20%
    schedule {
      advance_notice_days = 7 days
      good_faith_estimate_at_hire = true
      employee_input = true
      min_rest_between_shifts_h = 12 hours
      uses_on_call_shifts = false
      min_guaranteed_hours_pt_weekly = 20 hours
      hours_deviation_pct = 5%
    }
  }
  expect schedules.advance_notice_law fail
  expect schedules.advance_notice not_applicable
  expect schedules fail
}

test "Philadelphia: the 14-day floor is not required on 2020-12-31, required from 2021-01-01" {
  given "2020-12-31" {
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
  given "2021-01-01" {
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
  expect "2020-12-31" schedules.advance_notice_law not_applicable
  expect "2020-12-31" schedules.advance_notice fail
  expect "2021-01-01" schedules.advance_notice_law fail
  expect "2021-01-01" schedules fail
}

test "a Seattle chain that posts 14 days ahead meets the law's floor" {
  given {
    org {
      state = "WA"
      city = "Seattle"
      sector = "retail"
      naics = "452210"
      employee_count = 900
      locations_count = 12
    }
    schedule.advance_notice_days = 14 days
  }
  expect schedules.advance_notice_law pass
  expect schedules.advance_notice not_applicable
}
