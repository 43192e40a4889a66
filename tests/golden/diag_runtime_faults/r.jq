facts {
  wage: money/hour
  weekly: money/week
  places: number
  hired: date
  tenure: days
  service: months
  collection job
  job.w: money/hour
}
param hours_per_year = 2080 hours "Hours worked in a year"
param weeks_per_year = 52 "Weeks in a year"
standard rt "Runtime faults" {
  rule ovf "overflow in annual()" { require annual(wage) > $1/year }
  rule divz "division by zero in hourly()" { require hourly(weekly) > $1/hour }
  rule rnd "round() with negative places" { require round(wage, places) > $1/hour }
  rule frac "a date plus a fraction of a day" { require hired + tenure < 2030-01-01 }
  rule fracm "a date plus a fraction of a month" { require hired + service < 2030-01-01 }
  rule far "a date out of range" { require hired + 9000 years > 2030-01-01 }
}
