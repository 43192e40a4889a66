facts {
  schedule.advance_notice: days
  schedule.min_shift: hours
  leave.parental: months
}
standard schedule "Schedules" {
  rule notice "Two weeks' notice" { require schedule.advance_notice >= 14 days }
  rule shift "Four-hour shifts" { require schedule.min_shift >= 4 hours }
  rule parental "Six months' leave" { require leave.parental >= 6 months }
}
