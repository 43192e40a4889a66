param min_wage = $15/hour "Wage floor"
param min_share = 80% "Share of full-time workers"
param min_ratio = 0.5 "A plain number"
param min_notice = 2 weeks "Schedule notice"
param max_staff = 100 "A count-like number"
facts {
  pay.lowest_hourly_wage: money/hour
  share_full_time: percent
  schedule.advance_notice: days
  employees: count
  pay.weekly_hours: hours
}
standard s "Params" {
  rule wage "Wage" { require pay.lowest_hourly_wage >= min_wage }
  rule full_time "Full time" { require share_full_time >= min_share and share_full_time >= min_ratio }
  rule notice "Notice" { require schedule.advance_notice >= min_notice }
  rule staff "Staff" { require employees <= max_staff }
  rule yearly "Annual" { require annual(pay.lowest_hourly_wage) >= $30_000/year }
}
