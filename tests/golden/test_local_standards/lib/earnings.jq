facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}

param min_wage = $15/hour "The wage floor"

standard earnings "Earnings" {
  rule lowest_wage "At least the wage floor" {
    require pay.lowest_hourly_wage >= min_wage
  }
}

test "library: a wage below the floor fails" {
  given { pay.lowest_hourly_wage = $12/hour }
  expect earnings.lowest_wage fail
}

test "library: a wage at the floor passes" {
  given { pay.lowest_hourly_wage = $15/hour }
  expect earnings.lowest_wage pass
}

test "library: no wage reported is untested" {
  given { }
  expect earnings.lowest_wage untested
}
