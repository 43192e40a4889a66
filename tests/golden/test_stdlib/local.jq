# A local standard on top of the built-in library: `jqlc test local.jq` runs
# the tests of local.jq and of every file it imports, the library's included.
import "std/default"

# its own fact, so this case does not depend on the library's vocabulary
facts {
  local.sick_hours: hours "Paid sick leave hours a year"
}

standard local "Local" {
  rule sick_leave "At least 40 hours of paid sick leave" {
    require local.sick_hours >= 40 hours
  }
}

test "local: 24 hours of sick leave is too little" {
  given { local.sick_hours = 24 hours }
  expect local.sick_leave fail
  expect local fail
}
