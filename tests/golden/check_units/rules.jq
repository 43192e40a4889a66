# Unit and type mistakes of spec section 2: every one is a load-time error
# at the operator, naming both operand types.
facts {
  industry: text
  pay.lowest_hourly_wage: money/hour
  pay.weekly_pay: money/week
  pay.monthly_pay: money/month
  pay.bonus: money
  schedule.advance_notice: days
  schedule.weekly_hours: hours
  hired_on: date
}

standard units "Units and types" {
  rule notice "Schedules are posted 40 hours ahead" {
    # 5 days vs 40 hours: durations of different groups never compare
    require 5 days >= 40 hours
    require schedule.advance_notice >= 40 hours
    require 6 months > 180 days
    require schedule.weekly_hours < 1 month
  }
  rule rates "Pay rates" {
    require pay.lowest_hourly_wage * 40 >= pay.weekly_pay
    require pay.monthly_pay >= $60_000/year           # fine: month and year convert
    require pay.monthly_pay + pay.weekly_pay > $0/month
  }
  rule texts "Text compares only with == and !=" {
    require industry == 5
    require industry < "retail"
    require -industry == "x"
  }
  rule arithmetic "Arithmetic" {
    require pay.bonus + schedule.advance_notice > $0
    require schedule.weekly_hours - schedule.advance_notice > 0 hours
    require hired_on + schedule.weekly_hours > 2026-01-01
    require pay.lowest_hourly_wage * schedule.advance_notice > $100
  }
}
