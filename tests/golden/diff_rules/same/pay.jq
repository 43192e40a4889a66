# Reformatted: every declaration as in old/, only the layout and comments differ.
facts {
  org.state: text "State"
  org.staff: count "Workers on payroll"
  pay.lowest: money/hour "Lowest hourly wage"
  pay.tips: bool "Tipped workers"
  benefits.leave_days: count "Paid leave days a year"
}
param living_wage = $20.00/hour "Living wage"   # unchanged
param leave_floor = 10 "Paid leave days a year, at least"
default benefits.leave_days = 0
table state_min "State minimum wage" {
  key state: text
  from: date
  value: money/hour
  "WA" from 2026-01-01 => $17.13/hour
  "CO" from 2025-01-01 => $14.81/hour
  "CO" from 2026-01-01 => $15.16/hour
}
let floor = max(living_wage,
                state_min[org.state])
standard earnings "Earnings" {
  let margin = $1.00/hour
  rule lowest "Lowest wage at least the floor" {
    require pay.lowest
      >= floor    # the threshold
    advice "Raise the lowest wage"
  }
  rule tips "No tip credit" {
    when (pay.tips)
    require pay.lowest >= (floor + margin)
  }
  rule old_rule "Dropped" {
    require pay.lowest > $1.00/hour
  }
}
standard leave "Leave" {
  rule paid "Paid leave" { require benefits.leave_days >= leave_floor }
}
tier good "Good job" {
  requires earnings, leave
}
goal most "Most employers reach good" {
  share of employers reaching good >= 50%
}
param legacy_floor = $9.00/hour "No longer used"
standard legacy "Legacy" {
  rule minimum "Minimum" { require pay.lowest >= legacy_floor }  # a comment
}
