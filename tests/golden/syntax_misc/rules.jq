facts {
  n: number
  t: text
  collection job
  job.h: count
}
param neg_text = -"x" "a text cannot be negative"
standard s "Misc" {
  rule share_weight { require all j in job weighted by j.h: j.h > 1 }
}
tier t1 "Zero of" { requires 0 of s }
test "bad status" {
  given { n = 1 }
  expect s passes
}
