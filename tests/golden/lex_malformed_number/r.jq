facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
facts { schedule.notice: days }
let notice_floor = 14days
let big = 1__000
let half = 5.
