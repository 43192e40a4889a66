# Goal tests that fail, each for a reason of its own: the failure shows the
# goal's target, population (left out, unknown weights), amounts and share
# with its bounds; a rule's or standard's failure names its employer; a named
# given that does not load fails its test, and nothing else of it is compared.
import "rules.jq"

test "a weighted goal expected not met" {
  given "A" { org.funded = true   pay.wage = $16/hour  org.employees = 60  benefits.health = true }
  given "B" { org.funded = true   pay.wage = $16/hour  org.employees = 20 }
  given "C" { org.funded = true   pay.wage = $12/hour  org.employees = 20 }
  given "D" {                     pay.wage = $16/hour  org.employees = 10 }
  expect goal quality_jobs not_met
}

test "an unknown weight expected to decide" {
  given "A" { org.funded = true  pay.wage = $16/hour  org.employees = 40 }
  given "B" { org.funded = true  pay.wage = $12/hour }
  given "C" { org.funded = true  org.employees = 10 }
  expect goal quality_jobs met
}

test "an empty population expected met" {
  given "A" { org.funded = false  pay.wage = $16/hour  org.employees = 10 }
  expect goal quality_jobs met
}

test "a named employer's rule and standard" {
  given "Good" { pay.wage = $16/hour }
  given "Low" { pay.wage = $12/hour }
  expect "Low" earnings.floor pass
  expect "Low" earnings pass
  expect "Good" earnings pass
  expect goal half_pass_or_more undecided
}

test "a named given that does not load" {
  given "Good" { pay.wage = $16/hour }
  given "Broken" { pay.wage = 12 }
  expect "Good" earnings fail
  expect goal half_pass met
}
