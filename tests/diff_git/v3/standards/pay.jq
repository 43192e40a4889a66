import "base"
facts {
  pay.lowest: money/hour "Lowest hourly wage"
  benefits.leave_days: count "Paid leave days a year"
}
standard earnings "Earnings" {
  rule lowest "Lowest wage at least the living wage" {
    require pay.lowest >= living_wage
  }
}
standard leave "Leave" {
  rule paid "Ten days of paid leave" { require benefits.leave_days >= 10 }
}
tier good "Good job" { requires earnings, leave }
