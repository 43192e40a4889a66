# Built-in functions (spec 5, 11.3, 11.8, 11.17): unknown names with a
# suggestion, wrong numbers of arguments, wrong argument types.
facts {
  employees: count "Workers on payroll"
  industry: text
  pay.lowest_hourly_wage: money/hour
  pay.weekly_pay: money/week
  pay.bonus: money
  schedule.advance_notice: days
  schedule.weekly_hours: hours
}

standard builtins "Built-in functions" {
  rule unknown_function "Unknown function" {
    require anual(pay.lowest_hourly_wage) > $30_000/year
    require average(employees, 2) > 1
  }
  rule arity "Numbers of arguments" {
    require annual(pay.lowest_hourly_wage, 2080) > $30_000/year
    require hourly(pay.weekly_pay, pay.bonus, 1) > $15/hour
    require min(employees) > 1
    require round(pay.bonus) > $0
    require contains(industry) or length(industry, "x") > 0
  }
  rule argument_types "Argument types" {
    require annual(pay.bonus) > $30_000/year
    require hourly(employees) > $15/hour
    require abs(industry) > 1
    require round(industry, 1) > 1
    require round(pay.bonus, "cents") > $0
    require round(pay.bonus, 1.5) > $0
    require round(pay.bonus, -1) > $0
    require length(employees) > 1
    require contains(industry, 5) and contains(true, industry)
    require max(true, false)
    require min(pay.lowest_hourly_wage, pay.weekly_pay) > $15/hour
    require max(schedule.advance_notice, schedule.weekly_hours) > 1 days
    require min(employees, pay.bonus) > 0
    require starts_with(industry, 62) or starts_with(employees, "6")
    require starts_with(industry, ["62", 44, true])
  }
  rule fine "Correct calls" {
    require hourly(annual(pay.lowest_hourly_wage)) == pay.lowest_hourly_wage
    require round(abs(pay.bonus), 0) >= $0 and min(employees, 5, 10%) >= 0
    require length(industry) > 0 and contains(industry, "care")
    require starts_with(industry, "child") and starts_with(industry, ["62", "child"])
  }
}
