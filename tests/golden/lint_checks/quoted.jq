# How a message quotes an expression: one line, comments left out, long text cut.
facts {
  org.employee_count: count "Workers on payroll"
  org.name_on_file: text "Name as registered"
  org.workers_on_payroll_on_the_last_day_of_the_reporting_period_at_every_worksite_in_the_state: count "A long name"
}
standard s "S" {
  rule r "R" {
    when org.employee_count > 50 # a comment, then a line break
      and org.employee_count <= 10
    when org.name_on_file == "a # not a comment" and org.employee_count < 0
    when org.workers_on_payroll_on_the_last_day_of_the_reporting_period_at_every_worksite_in_the_state < 0
    when (org.employee_count == 1 or org.employee_count == 2) and org.employee_count < 0
    require org.employee_count > 0 and org.workers_on_payroll_on_the_last_day_of_the_reporting_period_at_every_worksite_in_the_state > 0
    cite "c"
    advice "a"
  }
}
