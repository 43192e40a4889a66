# Failing expectations: each is printed with the status reached, the rule's
# reason and its missing facts; a standard's expectation lists the required
# rules that gave the standard its status.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  pay.living_wage_hourly: money/hour "Local living wage"
  collection job "Positions"
  job.hourly_wage: money/hour "Base hourly wage"
}

standard earnings "Earnings" {
  rule lowest_wage "The lowest wage is at least the living wage" {
    require pay.lowest_hourly_wage >= pay.living_wage_hourly
  }
  rule every_job "Every job pays the living wage" {
    require all j in job: j.hourly_wage >= pay.living_wage_hourly
  }
  rule federal "Above the federal minimum" {
    level recommended
    require pay.lowest_hourly_wage > $7.25/hour
  }
}

test "one low-paid job fails the living wage" {
  given {
    pay.living_wage_hourly = $24.10/hour
    pay.lowest_hourly_wage = $17.50/hour
    job "Lead Teacher" { hourly_wage = $25/hour }
    job "Assistant"    { hourly_wage = $17.50/hour }
  }
  expect earnings.every_job pass
  expect earnings.lowest_wage fail
  expect earnings pass
}

test "missing facts leave rules untested" {
  given {
    job "Cook" { hourly_wage = $19/hour }
  }
  expect earnings.lowest_wage fail
  expect earnings fail
  expect earnings.federal untested
}

test "this one passes" {
  given { pay.lowest_hourly_wage = $9/hour }
  expect earnings.federal pass
}
