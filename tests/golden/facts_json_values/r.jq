facts {
  n: number
  tags: list of text
  part: percent
  wage: money/hour
  collection job
  job.wage: money/hour
}
standard s "S" { rule r "R" { require n > 0 } }
