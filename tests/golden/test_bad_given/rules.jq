# A given whose facts do not load (a value of the wrong type) fails its test,
# with the diagnostics on stderr, located in the rule file; the other tests
# still run. A warning (an undeclared fact) does not fail the test.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  org.employee_count: count "Employees"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}

test "a wage given as a count" {
  given {
    pay.lowest_hourly_wage = 15
    org.employee_count = 10
  }
  expect earnings.lowest_wage pass
}

test "an undeclared fact only warns" {
  given {
    pay.lowest_hourly_wage = $16/hour
    pay.lowest_hourly_wgae = $16/hour
  }
  expect earnings.lowest_wage pass
}
