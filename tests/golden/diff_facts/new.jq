facts {
  pay.lowest: money/hour "Lowest hourly wage"
  org.staff: count "Workers on payroll"
  org.funded: bool "Funded by the grant"
  benefits.leave_days: count in 0..365 "Paid leave days a year"
  benefits.health: bool "Health insurance offered"
}
param living_wage = $22.50/hour "Living wage"
standard earnings "Earnings" {
  rule lowest "Lowest wage at least the living wage" {
    require pay.lowest >= living_wage
  }
  rule health "Health insurance" { require benefits.health }
}
standard leave "Leave" {
  rule paid "Paid leave" { require benefits.leave_days >= 10 }
}
tier good "Good job" { requires earnings, leave }
tier fair "Fair job" { requires leave }
goal most "Most funded employers reach good" {
  share of employers reaching good >= 50%
  where org.funded
}
