facts {
  n: number
  collection job
  job.wage: money/hour
}
standard s "S" { rule r "R" { require n > 0 } }
