# Params: declared once across all files; a built-in one (hours_per_year,
# weeks_per_year) may be redeclared once, keeping its type family (spec 11.3,
# 11.14); a param may not take a fact's first segment (spec 5).
facts {
  pay.lowest_hourly_wage: money/hour
  collection job "A position"
  job.hourly_wage: money/hour
}

param hours_per_year = 2000 hours "Full-time hours at this agency"
param hours_per_year = 1950 hours
param weeks_per_year = 50 hours
param multiplier = 100% "Share of the living wage"
param multiplier = 90%
param pay = $20/hour
param job = 3

standard earnings "Earnings" {
  rule lowest_wage "The lowest wage is at least the floor" {
    require annual(pay.lowest_hourly_wage) >= $40_000/year * multiplier
  }
}
