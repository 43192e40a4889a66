facts {
  share_union: percent in 0%..100% "Share of workers covered by a union contract"
  raise: percent in 0%.. "Raise in the last 12 months"
  turnover: number in ..10
  net_income: money in .. "May be negative"
  wage: money/hour
  notice: days in 1 day..2 weeks
  founded: date in 1800-01-01..
  employees: count in 1..
  collection job
  job.hours: hours in 0 hours..80 hours
}
standard s "Ranges" { rule r "Union" { require share_union >= 10% } }
