facts {
  pay.lowest: money/hour "Lowest hourly wage"
  org.staff: count "Workers on payroll"
  org.funded: bool "Funded by the grant"
  benefits.leave_days: count "Paid leave days a year"
}
param living_wage = $20.00/hour "Living wage"
standard earnings "Earnings" {
  rule lowest "Lowest wage at least the living wage" {
    require pay.lowest >= living_wage
  }
  rule dropped "A floor no longer checked" { require pay.lowest >= $16.00/hour }
}
standard leave "Leave" {
  rule paid "Paid leave" { require benefits.leave_days >= 10 }
}
tier good "Good job" { requires earnings, leave }
goal most "Most funded employers reach good" {
  share of employers reaching good >= 50%
  where org.funded
}
