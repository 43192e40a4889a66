# --filter runs only the tests whose name contains the text (case-sensitive).
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}

test "low wage fails" {
  given { pay.lowest_hourly_wage = $12/hour }
  expect earnings.lowest_wage fail
}

test "high wage passes" {
  given { pay.lowest_hourly_wage = $16/hour }
  expect earnings.lowest_wage pass
}

test "unknown wage is untested" {
  given { }
  expect earnings.lowest_wage untested
}
