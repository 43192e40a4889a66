# A goal's expectation takes a goal's status (met, not_met, undecided), a rule's
# or standard's takes a rule's: each mix-up is an error with a note.
import "common.jq"

goal a "Half pass" {
  share of employers passing earnings >= 50%
}

test "statuses mixed up" {
  given { pay.wage = $16/hour }
  expect goal a pass
  expect earnings met
  expect goal a reached
}
