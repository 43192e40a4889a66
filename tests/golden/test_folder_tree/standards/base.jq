facts {
  n: number "A number"
}
standard base "Base" {
  rule positive { require n > 0 }
}
test "positive passes" {
  given { n = 1 }
  expect base.positive pass
}
