# The givens of a test: at least one; with several, each named, names unique,
# and each rule's or standard's expectation names the given it is about (with
# a note that shows how); a name that is no given of the test, or a goal that
# is not declared, is an error with the closest one as a hint.
facts {
  pay.wage: money/hour "Lowest base hourly wage"
}

standard earnings "Earnings" {
  rule floor "At least $15/hour" { require pay.wage >= $15/hour }
}

tier quality_job "Quality job" { requires earnings }

goal quality_jobs "Three in four employers are quality jobs" {
  share of employers reaching quality_job >= 75%
}

test "no given" {
  expect earnings pass
}

test "an unnamed given among named ones" {
  given "Acme" { pay.wage = $16/hour }
  given { pay.wage = $12/hour }
  expect "Acme" earnings pass
}

test "a name given twice" {
  given "Acme" { pay.wage = $16/hour }
  given "Acme" { pay.wage = $12/hour }
  expect goal quality_jobs undecided
}

test "expectations without and with a wrong employer" {
  given "Acme" { pay.wage = $16/hour }
  given "Beta" { pay.wage = $12/hour }
  expect earnings.floor pass
  expect "Acne" earnings pass
  expect "Gamma" earnings pass
  expect goal quality_job met
}

test "a named expectation with one unnamed given" {
  given { pay.wage = $16/hour }
  expect "Acme" earnings pass
}
