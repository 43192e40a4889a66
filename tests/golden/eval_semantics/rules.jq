facts {
  a: bool
  b: bool
  hired: date
  notice: days
  rate: money/month
  salary: money/year
  langs: list of text
  n: number
  big: number
  collection job
  job.w: money/hour
}
param weekly_hours = 40 hours "Hours in a full-time week"
standard s "Semantics" {
  rule imp1 "unknown implies true" { require b implies true }
  rule imp2 "unknown implies false" { require b implies false }
  rule short "false and error" { require a and n / 0 > 1 }
  rule fault "division by zero" { require n / 0 > 1 }
  rule ovf "overflow" { require big * big > 0 }
  rule since "date - date" { require today - hired >= 365 days }
  rule monthyear "month vs year" { require rate * 12 >= salary / 1 or rate >= salary }
  rule pay "rate times duration" { require $20/hour * weekly_hours == $800 }
  rule inlist "in list fact" { require "es" in langs }
  rule notice2 "weeks literal" { require notice >= 2 weeks }
  rule eff "future" { effective 2027-01-01 require true }
  rule exp "expired" { expires 2026-01-01 require true }
  rule minmax "max of empty" { require (max j in job: j.w) > $1/hour }
  rule rnd "round" { require round(n / 3, 2) == 0.33 }
}
