# saved by a spreadsheet: the file starts with a byte-order mark
facts {
  pay.lowest_hourly_wage: money/hour "Lowest wage"
}
param floor = $15/hour "Wage floor"
standard pay "Pay" {
  rule floor "Floor" { require pay.lowest_hourly_wage >= floor }
}
test "meets the floor" {
  given { pay.lowest_hourly_wage = $16/hour }
  expect pay.floor pass
}
