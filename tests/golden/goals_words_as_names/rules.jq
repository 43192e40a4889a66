# employers, reaching, passing, where and deadline are keywords only inside a
# goal's body: elsewhere they name facts, standards, rules, tiers and lets, and
# inside it they still name a tier, a standard or a weight. A fact named like
# one is read in a goal's 'where' through a top-level let.
facts {
  where: bool "A fact named where"
  deadline.date: date "A group named deadline"
  employers: count "A fact named employers"
  reaching: bool "A fact named reaching"
  passing: bool "A fact named passing"
}

standard where "A standard named where" {
  rule deadline "A rule named deadline" { require where and deadline.date > 2020-01-01 }
  rule employers "A rule named employers" { require employers > 0 and reaching and passing }
}

tier passing "A tier named passing" { requires where }

let reaching_too = reaching

goal g "A goal about them" {
  share of employers reaching passing weighted by employers >= 50%
  where reaching_too
  deadline 2030-01-01
}

goal h "Another" {
  share of employers passing where > 0%
}

test "the words as names" {
  given { where = true  deadline.date = 2025-01-01  employers = 3  reaching = true  passing = true }
  expect where.deadline pass
  expect where.employers pass
  expect goal g met
  expect goal h met
}
