# Every expectation holds: nothing is printed but the count (or `ok "NAME"` with -v).
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  org.employee_count: count "Employees"
  benefits.health_offered: bool "A health plan is offered"
}

param living_wage = $20/hour "Local living wage"

standard earnings "Earnings" {
  rule lowest_wage "The lowest wage is at least the living wage" {
    require pay.lowest_hourly_wage >= living_wage
  }
}

standard benefits "Benefits" {
  rule health "Large employers offer health insurance" {
    when org.employee_count >= 50
    require benefits.health_offered
  }
}

test "a living wage passes" {
  given { pay.lowest_hourly_wage = $21/hour }
  expect earnings.lowest_wage pass
  expect earnings pass
  expect benefits.health untested
}

test "a small employer is not judged on health" {
  given {
    org.employee_count = 12
    benefits.health_offered = false
  }
  expect benefits.health not_applicable
  expect benefits not_applicable
  expect earnings untested
}
