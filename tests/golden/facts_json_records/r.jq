facts {
  n: number in 0..100
  wage: money/hour
  base: money
  base.bonus: money
  collection job
  job.wage: money/hour
}
standard s "S" { rule r "R" { require n > 0 } }
standard t "T" {
  rule base { require base > $0 }
  rule bonus { require base.bonus > $0 }
}
