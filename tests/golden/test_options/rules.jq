# Options shared with check: --param and --as-of change what the tests see;
# -I finds imports; --color colours the failures and the diagnostics.
import "vocab.jq"   # found only with -I lib

param floor = $15/hour "The wage floor"

standard earnings "Earnings" {
  rule lowest_wage "At least the floor" {
    require pay.lowest_hourly_wage >= floor
  }
  rule new_floor "At least $18/hour from 2027" {
    effective 2027-01-01
    require pay.lowest_hourly_wage >= $18/hour
  }
}

test "$16/hour meets the floor, the 2027 floor is not in force" {
  given { pay.lowest_hourly_wage = $16/hour }
  expect earnings.lowest_wage pass
  expect earnings.new_floor not_applicable
}
