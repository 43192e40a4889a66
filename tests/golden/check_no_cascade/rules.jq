# Errors caused only by an earlier error are suppressed (spec 11.21): each
# mistake is reported once per use, with no follow-on type errors.
facts {
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  employees: count
  collection job "A position"
  job.hourly_wage: money/hour
}

let broken = pay.living_wage_hourly + 5 days     # one error here ...
let gap = broken - pay.lowest_hourly_wage        # ... none here

standard earnings "Earnings" {
  rule three_uses "One unknown fact, three comparisons" {
    require pay.lowest_houly_wage >= pay.living_wage_hourly
      and pay.lowest_houly_wage * 40 hours > $600
      and not (pay.lowest_houly_wage < $15/hour)
  }
  rule derived "Uses of a broken let and a broken call" {
    require gap <= $0/hour and broken > $20/hour
    require anual(pay.lowest_hourly_wage) + $1 > $30_000 * employees
    require all j in jobs: j.hourly_wage >= broken and j.no_such_member > 0
  }
}
