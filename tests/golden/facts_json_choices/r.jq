facts {
  employees: count
  share_union: percent
  wage: money/hour
  notice: days
  note: text
  collection job "A position"
  job.hourly_wage: money/hour
}
standard s "S" {
  rule r "R" { require wage >= $15/hour }
  rule u "Union" { require share_union >= 90% }
}
