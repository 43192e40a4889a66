facts {
  org.sector: one of "childcare", "retail"
  org.tags: list of text
  employees: count
  union_share: percent in 0%..100%
  pay.lowest_hourly_wage: money/hour
  pay.bonus: money
  pay.salary: money/year
  leave.family: weeks
  leave.notice: days
  leave.shift: minutes
  founded: date
  unionized: bool
  collection job "A position"
  job.hourly_wage: money/hour
  job.full_time: bool
}
standard s "Wages" {
  rule floor "Floor" { require pay.lowest_hourly_wage >= $15/hour }
  rule jobs "Every job" { require all j in job: j.hourly_wage >= $15/hour }
  rule leave "Leave" { require leave.family >= 12 weeks }
}
