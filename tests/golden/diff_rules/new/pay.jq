# The county's pay standard, after the change under review.
facts {
  org.state: text "State"
  org.staff: count "Workers on payroll"
  pay.lowest: money/hour "Lowest hourly wage"
  pay.tips: bool "Tipped workers"
  benefits.leave_days: count in 0..365 "Paid leave days a year"
  benefits.health: bool "Health insurance offered"
}
param living_wage = $22.50/hour "Living wage"
param leave_floor = 10 "Paid leave days a year, at least"
default benefits.leave_days = 0
table state_min "State minimum wage" {
  key state: text
  from: date
  value: money/hour
  "CO" from 2025-01-01 => $14.81/hour
  "CO" from 2026-01-01 => $15.50/hour
  "WA" from 2026-01-01 => $17.13/hour
  "WA" from 2027-01-01 => $17.50/hour
}
let floor = max(living_wage, state_min[org.state])
standard earnings "Earnings" {
  let margin = $1.50/hour
  rule lowest "Lowest wage at least the floor" {
    require pay.lowest >= floor
    advice "Raise the lowest wage to the floor"
  }
  rule tips "No tip credit" {
    when pay.tips and org.staff >= 5
    require pay.lowest >= floor + margin
  }
  rule health "Health insurance" {
    level recommended
    require benefits.health
  }
}
standard leave "Leave" {
  rule paid "Paid leave" {
    require benefits.leave_days >= leave_floor
    require benefits.leave_days >= 5
  }
}
tier good "Good job" { requires earnings }
tier great "Great job" { requires earnings, leave }
goal most "Most employers reach good" {
  share of employers reaching good >= 60%
}
