# ./standards is the default when no RULES are given: every *.jq file of it.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}

test "from ./standards" {
  given { pay.lowest_hourly_wage = $16/hour }
  expect earnings.lowest_wage pass
}
