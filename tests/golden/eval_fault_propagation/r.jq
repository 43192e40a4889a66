# Faults (division by zero) and unknowns inside quantifiers, aggregates, function
# arguments and 'in' lists: an error wins over unknown; a deciding element wins
# over both (spec 11.1).
facts {
  n: number
  zero: number
  u: number
  big: number
  t: text
  langs: list of text
  wage: money/hour
  tenure: days
  collection job
  job.d: number
  job.big: number
  job.w: number
}
standard agg "Aggregates" {
  rule all_err "all: an error and no false element" { require all j in job: 1 / j.d > 0 }
  rule any_wins "any: a true element wins over an error" { require any j in job: 1 / j.d > 0 }
  rule count_err "count" { require (count j in job: 1 / j.d > 0) > 0 }
  rule share_err "share" { require (share j in job: 1 / j.d > 0) > 50% }
  rule weight_err "share weighted by a faulting weight" {
    require (share j in job weighted by 1 / j.d: true) > 50%
  }
  rule weight_ovf "share whose total weight overflows" {
    require (share j in job weighted by j.big: true) > 50%
  }
  rule weight_zero "share whose total weight is 0" {
    require (share j in job weighted by j.w - j.w: true) > 50%
  }
  rule sum_err "sum" { require (sum j in job: 1 / j.d) > 0 }
  rule sum_ovf "sum that overflows" { require (sum j in job: j.big) > 0 }
  rule max_err "max" { require (max j in job: 1 / j.d) > 0 }
}
standard fns "Functions and lists" {
  rule minmax_err "max() of a fault" { require max(1 / zero, 2) > 1 }
  rule minmax_unknown "min() of an unknown" { require min(u, 2) > 1 }
  rule call_err "abs() of a fault" { require abs(1 / zero) > 0 }
  rule call_unknown "abs() of an unknown" { require abs(u) > 0 }
  rule in_err "'in' a list with a fault" { require n in [2, 1 / zero] }
  rule in_unknown "'in' a list with an unknown" { require n in [u, 3] }
  rule in_list_unknown "unknown text 'in' a list of text" { require t in langs }
  rule known_err "'is known' of a fault" { require (1 / zero) is known }
  rule hourly_hourly "hourly() of an hourly rate" { require hourly(wage) == $20/hour }
  rule round_days "round() of a duration" { require round(tenure, 0) == 2 days }
}
