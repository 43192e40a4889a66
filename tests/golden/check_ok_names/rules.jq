# A valid program that exercises name resolution (spec 5, 11.7, 11.14):
# quantifier variables, then the standard's lets, then top-level lets, then
# params, then facts; built-in params redeclared once; annual()/hourly().
facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  pay.living_wage_hourly: money/hour "Local living wage"
  pay.annual_salary_floor: money/year "Salary floor for full-time work"
  pay.weekly_floor: money/week "Weekly pay floor"
  collection job "A position"
  job.hourly_wage: money/hour
  job.headcount: count
}

param hours_per_year = 2000 hours "Full-time hours in a year at this agency"
param weeks_per_year = 50
param multiplier = 110% "Share of the living wage a job must pay"

let living_wage = pay.living_wage_hourly * multiplier     # the param, wherever it is used
let threshold = 10
let lowest_job_wage = min j in job: j.hourly_wage         # j is bound in this let only

standard wages "Wages" {
  let threshold = 20                                      # shadows the top-level let
  rule floor "The lowest wage is at least the living wage" {
    require pay.lowest_hourly_wage >= living_wage
  }
  rule annual_floor "A year at the lowest wage reaches the salary floor" {
    require annual(pay.lowest_hourly_wage) >= pay.annual_salary_floor
  }
  rule weekly_floor "A year at the weekly floor reaches the salary floor" {
    require annual(pay.weekly_floor) >= pay.annual_salary_floor
  }
  rule hourly_floor "The salary floor per hour is within the lowest wage" {
    require hourly(pay.annual_salary_floor) <= pay.lowest_hourly_wage
  }
  rule size "Large enough (the standard's threshold)" {
    require employees >= threshold
  }
  rule big_jobs "Some job has more workers than the threshold" {
    require (count j in job: j.headcount > threshold) >= 1
  }
  rule every_job "Every job pays the living wage" {
    require all position in job: position.hourly_wage >= living_wage
  }
}

standard scoping "Scoping" {
  let multiplier = 50%                                    # shadows the param here only
  rule small "Small (the top-level threshold)" {
    require employees < threshold
  }
  rule big_jobs "Exactly two jobs have more workers than the threshold" {
    require (count j in job: j.headcount > threshold) == 2
  }
  rule half_wage "Half the lowest wage reaches the living wage" {
    require pay.lowest_hourly_wage * multiplier >= living_wage
  }
  rule above_lowest_job "The lowest wage is above the lowest job's wage" {
    require pay.lowest_hourly_wage > lowest_job_wage
  }
  rule siblings "Sibling quantifiers reuse j" {
    require (all j in job: j.hourly_wage >= lowest_job_wage) and (any j in job: j.headcount > 10)
  }
}
