# A rule whose nested quantifiers run away (20^3 elements here, 10^10 with five
# levels over 100 jobs) is stopped by the step budget for that employer only.
facts {
  ready: bool
  collection job
  job.wage: money/hour
}
standard pay "Pay" {
  rule floor "Floor" { require all j in job: j.wage >= $15/hour }
  rule spread "Spread" {
    require ready and all a in job: all b in job: all c in job:
      a.wage + b.wage + c.wage >= $45/hour
  }
  rule after "After" { require ready }
  rule old "Old" { expires 2020-01-01 require ready }
}
standard more "More" {
  rule later "Later" { require any j in job: j.wage >= $30/hour }
}
test "small" {
  given {
    ready = true
    job "A" { wage = $16/hour }
    job "B" { wage = $17/hour }
  }
  expect pay pass
}
