# hours_per_year must stay a duration in hours; weeks_per_year a number.
param hours_per_year = 52
param weeks_per_year = 52
standard earnings "Earnings" {
  rule annual_pay "Annual pay" { require annual($20/hour) >= $40_000/year }
}
