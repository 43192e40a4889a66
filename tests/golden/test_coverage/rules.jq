# --coverage: which statuses each rule reached across the tests; rules that
# no test drove to both pass and fail are listed.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  org.employee_count: count "Employees"
  benefits.health_offered: bool "A health plan is offered"
  pay.profit_sharing: bool "Profit sharing is offered"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
  rule profit_sharing "Large employers share profits" {
    level recommended
    when org.employee_count >= 100
    require pay.profit_sharing
  }
}

standard benefits "Benefits" {
  rule health "Health insurance is offered" {
    when org.employee_count >= 50
    require benefits.health_offered
  }
}

test "low wage" {
  given { pay.lowest_hourly_wage = $12/hour  org.employee_count = 10 }
  expect earnings.lowest_wage fail
  expect earnings.profit_sharing not_applicable
}

test "high wage, health offered" {
  given {
    pay.lowest_hourly_wage = $16/hour
    org.employee_count = 60
    benefits.health_offered = true
  }
  expect earnings.lowest_wage pass
  expect benefits.health pass
  expect earnings.profit_sharing not_applicable
}
