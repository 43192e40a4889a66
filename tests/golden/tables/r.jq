facts {
  org.state: text
  org.city: text
  org.size: one of "small", "large"
  pay.lowest_hourly_wage: money/hour
  plan_year_start: date
  pay.premium_share: percent in 0%..100%
}

table state_min_wage "State minimum wage, by state and effective date" {
  key state: text
  from: date
  value: money/hour
  "CO" from 2025-01-01 => $14.81/hour   source "Colorado PAY CALC Order 2025"
  "CO" from 2026-01-01 => $15.16/hour   source "Colorado PAY CALC Order 2026"
  "WA" from 2026-01-01 => $17.13/hour   source "WA L&I, 2026 minimum wage"
}

table city_min_wage "Local minimum wage" {
  key state: text
  key city: text
  from: date
  value: money/hour
  "WA", "Seattle" from 2026-01-01 => $21.30/hour
  "CO", "Denver" from 2026-01-01 => $19.29/hour
}

table max_premium_share "Most a worker pays of the premium, by employer size" {
  key size: one of "small", "large"
  value: percent
  "small" => 30%
  "large" => 20%
}

let floor = max(state_min_wage[org.state], city_min_wage[org.state, org.city])

standard law "Minimum wage" {
  rule state_floor "At least the state minimum wage" {
    require pay.lowest_hourly_wage >= state_min_wage[org.state]
  }
  rule local_floor "At least the local minimum wage" {
    require pay.lowest_hourly_wage >= floor
  }
  rule at_plan_start "The state minimum in force when the plan year began" {
    require pay.lowest_hourly_wage >= state_min_wage[org.state, plan_year_start]
  }
  rule premium "Premium share" {
    require pay.premium_share <= max_premium_share[org.size]
  }
}
