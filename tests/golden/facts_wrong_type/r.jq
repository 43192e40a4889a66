facts {
  employees: count
  share_full_time: percent
  founded: date
  industry: text
  union: bool
  pay.lowest_hourly_wage: money/hour
  pay.signing_bonus: money
  pay.annual_bonus: money/year
  schedule.advance_notice: days
  schedule.min_shift: hours
  leave.parental: months
  benefits.languages: list of text
}
standard s "S" {
  rule wage "Wage" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}
