# An expectation naming an unknown rule or standard is a rule-file error:
# diagnostics on stderr, no test runs, exit 2.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}

test "fine" {
  given { pay.lowest_hourly_wage = $16/hour }
  expect earnings.lowest_wage pass
}

test "typos" {
  given { pay.lowest_hourly_wage = $12/hour }
  expect earnings.lowest_wages fail
  expect earning fail
}
