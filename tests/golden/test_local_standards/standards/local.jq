# A county's own standard on top of the library.
import "std/default"

facts {
  local.sick_hours: hours "Paid sick leave hours a year"
}

standard sick_leave "Paid sick leave" {
  rule min_hours "At least 40 hours a year" {
    require local.sick_hours >= 40 hours
  }
  rule generous "At least 80 hours a year" {
    level recommended
    require local.sick_hours >= 80 hours
  }
}

test "local: 24 hours of sick leave is too little" {
  given { local.sick_hours = 24 hours }
  expect sick_leave.min_hours fail
  expect sick_leave fail
}

test "local: 48 hours is enough" {
  given { local.sick_hours = 48 hours }
  expect sick_leave.min_hours pass
}

test "local: the library's wage floor still holds" {
  given { pay.lowest_hourly_wage = $14/hour }
  expect earnings.lowest_wage fail
}
