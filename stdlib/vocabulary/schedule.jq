# stdlib/vocabulary/schedule.jq — scheduling practices (RFA Schedules:
# "stable, predictable and fair"; NIST Job Security & Working Conditions:
# "adequate and predictable" hours) and the terms of the fair workweek laws
# (Seattle, Oregon, New York City, Chicago, Philadelphia).

facts {
  schedule.advance_notice_days: days "How far ahead hourly workers receive their work schedule, e.g. 14 days"
  schedule.good_faith_estimate_at_hire: bool "true if new hires get a written estimate of their hours and shifts"
  schedule.employee_input: bool "true if workers can state availability and shift preferences that the scheduler takes into account"
  schedule.predictability_pay_added_hours_h: hours "Extra pay, in hours of regular pay, for each shift added or changed after the schedule is posted, e.g. 1 hour (0 hours if none)"
  schedule.reduced_hours_pay_fraction: percent in 0%.. "Share of regular pay paid for hours cut or cancelled after the schedule is posted, e.g. 50% (0% if none)"
  schedule.longest_shift_h: hours "Longest shift a worker is regularly scheduled for (one workday), e.g. 10 hours; California counts paid sick leave in days of the worker's own shift"
  schedule.min_rest_between_shifts_h: hours "Shortest rest between the end of one shift and the start of the next that the schedule allows"
  schedule.clopening_premium_multiplier: number in 0.. "Pay multiplier for hours worked with less than the minimum rest between shifts, e.g. 1.5 (1 if no premium)"
  schedule.clopening_premium_flat: money "Flat premium paid for each close-then-open shift pair, e.g. $100 (NYC fast food) ($0 if none)"
  schedule.uses_on_call_shifts: bool "true if workers are ever scheduled on call (must be available but may not be called in)"
  schedule.on_call_unused_pay_fraction: percent in 0%.. "Share of regular pay paid for on-call hours when the worker is not called in, e.g. 50% (0% if none)"
  schedule.access_to_hours_policy: bool "true if extra hours are offered to current part-time workers before new workers are hired"
  schedule.right_to_decline_added_hours: bool "true if workers may decline hours added after the schedule is posted without penalty"
  schedule.min_guaranteed_hours_pt_weekly: hours "Fewest hours a week guaranteed to a part-time worker in writing, e.g. 20 hours (0 hours if none)"
  schedule.hours_deviation_pct: percent in 0%.. "Average gap between scheduled and actually worked hours over the last 3 months, as a share of scheduled hours"
  schedule.full_time_share_pct: percent in 0%..100% "Share of workers who are full-time (30 or more hours a week), from payroll"
  schedule.share_over_41h_pct: percent in 0%..100% "Share of workers who usually work more than 41 hours a week, from timekeeping"
  schedule.flexible_schedule_pct: percent in 0%..100% "Share of workers who may choose flexible hours or work remotely at least part of the time"
  schedule.mandatory_overtime: bool "true if workers can be required to work overtime"
}
