# A valid program using the built-in params at their defaults
# (hours_per_year = 2080 hours, weeks_per_year = 52), annual()/hourly(),
# month<->year rates (spec 2, 11.3, 11.4) and date arithmetic with today.
facts {
  pay.hourly: money/hour
  pay.weekly: money/week
  pay.monthly: money/month
  pay.salary: money/year
  hired_on: date
}

standard conversions "Conversions" {
  rule same_year "An hourly and a weekly rate give the same year" {
    require annual(pay.hourly) == annual(pay.weekly)
  }
  rule back_to_hourly "hourly() inverts annual()" {
    require hourly(pay.weekly) == pay.hourly and hourly(annual(pay.hourly)) == pay.hourly
  }
  rule month_vs_year "A month rate compares with a year rate" {
    require pay.monthly > pay.salary
  }
  rule monthly_annual "A year of the monthly rate is within the salary" {
    require annual(pay.monthly) <= pay.salary
  }
  rule monthly_hourly "The monthly rate per hour" {
    require hourly(pay.monthly) >= $21/hour
  }
  rule sum_of_rates "Salary plus a month rate, per year" {
    require pay.salary + pay.monthly < $80_000/year
  }
  rule tenure "Hired at least a year ago" {
    require today - hired_on >= 365 days
  }
}
