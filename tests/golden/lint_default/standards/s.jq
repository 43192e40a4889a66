facts {
  org.employee_count: count "Workers on payroll"
}
standard s "S" {
  rule r "R" {
    require org.employee_count > 0
    advice "Hire"
  }
}
