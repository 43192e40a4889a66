# a let is evaluated once per employer; a runaway inside it is located in it
facts {
  ready: bool
  collection job
  job.wage: money/hour
}
let pairs = count a in job: any b in job: a.wage + b.wage > $100/hour
standard pairs "Pairs" {
  rule no_pair "No pair" { require pairs == 0 }
  rule few "Few pairs" { require pairs < 3 }
}
