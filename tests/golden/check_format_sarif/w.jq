facts {
  where: bool "a fact named where"
  deadline.date: date "a fact group named deadline"
  employers: count "Employers"
  reaching: bool "r"
  passing: bool "p"
}
standard where "W" {
  rule deadline "D" { require where and deadline.date > 2020-01-01 }
  rule employers "E" { require employers > 0 and reaching and passing }
}
tier passing "P" { requires where }
let reaching2 = employers
goal g "G" {
  share of employers passing where >= 50%
  deadline 2030-01-01
}
goal g2 "G2" {
  share of employers reaching passing weighted by employers >= 50%
}
test "names" {
  given { where = true  deadline.date = 2025-01-01  employers = 3 reaching = true passing = true }
  expect where.deadline pass
  expect where.employers pass
  expect goal g met
  expect goal g2 met
}
