facts {
  employees: count
  wage: money
  collection job
  job.headcount: count
}
standard s "S" { rule r "R" { require employees > 0 } }
