# stdlib/rfa/earnings.jq
import "../vocabulary.jq"

param living_wage_multiplier = 100% "Share of the local living wage a job must pay"

standard earnings "Earnings: living wage through base pay, bonuses and profit sharing" {
  version "2024.1"
  source "Results for America Job Quality Framework, principle 1"

  let living_wage = pay.living_wage_hourly * living_wage_multiplier

  rule lowest_wage "The lowest base wage is at least the local living wage" {
    require pay.lowest_hourly_wage >= living_wage
    cite "RFA principle 1: living wage provided through base pay"
    advice "Raise the lowest base wage to the living wage for the area"
  }

  rule every_job "Every job pays at least the local living wage" {
    require all j in job: j.hourly_wage >= living_wage
  }

  rule profit_sharing "Large employers share profits" {
    level recommended
    when employees >= 100
    require pay.profit_sharing or pay.esop
  }
}

test "one low-paid job fails the living wage" {
  given {
    pay.living_wage_hourly = $24.10/hour
    pay.lowest_hourly_wage = $17.50/hour
    job "Lead Teacher" { hourly_wage = $25/hour }
    job "Assistant"    { hourly_wage = $17.50/hour }
  }
  expect earnings.every_job fail
  expect earnings.lowest_wage fail
  expect earnings.profit_sharing untested
}
