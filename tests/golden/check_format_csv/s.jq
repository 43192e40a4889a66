facts {
  pay.wage: money/hour "Lowest wage"
}
standard earnings "Earnings" {
  rule floor "Floor" { require pay.wage >= $15/hour }
}
tier quality_job "Quality job" { requires earnings }
goal a "A" {
  share of employers reaching quality_job >= 75
}
goal b "B" {
  share of employers reaching quality_job <= 75%
}
goal c "C" {
  share of employers reaching quality_job >= 75%
  share of employers passing earnings >= 50%
  where pay.wage > $1/hour
  where pay.wage > $2/hour
  deadline 2027-01-01
  deadline 2028-01-01
  cite "a"
  cite "b"
  advice "a"
  advice "b"
}
goal d "D" {
  share of employers reaching quality_job >= $5
}
goal e "E" {
  share employers reaching quality_job >= 5%
}
goal f "F" {
  share of employers reachin quality_job >= 5%
}
goal g "G" {
  share of employers passing earnings == 5%
}
goal h "H" {
  share of employers passing earnings weighted by pay.wage < 5%
}
test "t" {
  given { pay.wage = $5/hour }
  expect goal a pass
  expect earnings met
}
