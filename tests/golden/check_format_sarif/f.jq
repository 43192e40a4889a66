facts {
  pay.wage: money/hour "Lowest wage"
  org.employees: count "Employees"
  org.program: text "Program"
  benefits.health: bool "Health"
}

standard earnings "Earnings" {
  rule floor "At least $15/hour" {
    require pay.wage >= $15/hour
  }
}
standard benefits "Benefits" {
  rule health "Health" { require benefits.health }
}

tier quality_job "Quality job" {
  requires earnings, benefits
}

goal quality_jobs "Three in four" {
  share of employers reaching quality_job weighted by org.employees >= 75%
  where org.program == "grant"
}

test "three employers" {
  given "Acme" { pay.wage = $16/hour org.employees = 10 org.program = "grant" benefits.health = true }
  given "Beta" { pay.wage = $16/hour org.employees = 30 org.program = "grant" }
  given "Gamma" { pay.wage = $12/hour org.employees = 5 }
  given "Delta" { pay.wage = $12/hour org.program = "grant" }
  expect "Acme" earnings.floor fail
  expect goal quality_jobs met
}
test "bad" {
  given "A" { pay.wage = 5 }
  given "B" { pay.wage = $5/hour }
  expect goal quality_jobs met
}
