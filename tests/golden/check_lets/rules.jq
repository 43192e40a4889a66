# Lets: no recursion (a cycle is an error that prints the cycle), one
# definition per name and level, no clash with a param at the top level or
# with a fact's first segment. A standard's let may shadow a top-level one.
facts {
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  schedule.advance_notice: days
}

param multiplier = 100%

let living_wage = pay.living_wage_hourly * multiplier
let floor = ceiling - $1/hour
let ceiling = floor + $1/hour
let selfish = selfish
let living_wage = pay.living_wage_hourly
let multiplier = 90%
let schedule = 14 days

standard earnings "Earnings" {
  let gap = living_wage - pay.lowest_hourly_wage
  let gap = $0/hour
  let living_wage = pay.living_wage_hourly * 110%     # fine: shadows the top-level let
  rule lowest_wage "The lowest wage is at least the living wage" {
    require pay.lowest_hourly_wage >= living_wage
    require pay.lowest_hourly_wage >= floor
    require gap <= $0/hour
    require selfish
  }
}
