# `expect` in a test names a standard or a qualified rule that must exist;
# check loads tests (without running them), so a wrong target is a rule-file error.
facts {
  pay.lowest_hourly_wage: money/hour
}

standard earnings "Earnings" {
  rule lowest_wage "The lowest wage is at least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}

test "a low wage fails" {
  given { pay.lowest_hourly_wage = $12/hour }
  expect earnings.lowest_wage fail
  expect earnings.lowest_wages fail
  expect earning fail
  expect scheduling.notice pass
}
