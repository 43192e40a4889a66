facts {
  benefits.health_offered: bool "A health plan is offered"
}

standard benefits "Benefits" {
  rule health "Health insurance is offered" {
    require benefits.health_offered
  }
}

test "library: health plan offered" {
  given { benefits.health_offered = true }
  expect benefits.health pass
}

test "library: no health plan" {
  given { benefits.health_offered = false }
  expect benefits.health fail
}
