import "pay.jq"

test "a second file of ./standards" {
  given { pay.lowest_hourly_wage = $14/hour }
  expect earnings fail
}
