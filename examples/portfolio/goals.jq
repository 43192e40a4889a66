# The county's goals for the employers it funds (docs/language.md, "Goals"), judged
# over the whole portfolio: met when even the low bound reaches the target, not met
# when even the high bound does not, otherwise undecided until the missing facts come.
import "standards.jq"

goal quality_jobs "Three in four funded jobs are quality jobs" {
  share of employers reaching quality_job weighted by org.employee_count >= 75%
  deadline 2027-12-31
  cite "County economic development plan 2025, goal 2 (illustrative)"
  advice "Health coverage and paid sick leave hold most employers back: start with benefits"
}

goal living_wage "Two in three funded employers pay a living wage" {
  share of employers passing wages >= 66%
  deadline 2027-12-31
}

goal women "Half of the jobs held by women are good jobs" {
  share of employers reaching good_job weighted by workforce.women >= 50%
  deadline 2028-12-31
}

goal rural "Half of the rural employers offer good jobs" {
  share of employers reaching good_job >= 50%
  where org.region == "rural"
  deadline 2028-12-31
}

test "rural: two of three rural employers are good jobs, the metro one is left out" {
  given "Farm" {
    org.region = "rural"
    ref.living_wage_hourly = $20.40/hour
    pay.lowest_hourly_wage = $21.00/hour
    schedule.advance_notice_days = 14 days
  }
  given "Mill" {
    org.region = "rural"
    ref.living_wage_hourly = $20.40/hour
    pay.lowest_hourly_wage = $22.00/hour
    schedule.advance_notice_days = 21 days
  }
  given "Diner" {
    org.region = "rural"
    ref.living_wage_hourly = $20.40/hour
    pay.lowest_hourly_wage = $16.00/hour
    schedule.advance_notice_days = 14 days
  }
  given "Downtown" {
    org.region = "metro"
    ref.living_wage_hourly = $24.50/hour
    pay.lowest_hourly_wage = $15.00/hour
  }
  expect goal rural met
  expect goal living_wage not_met
  expect "Diner" wages fail
}
