facts {
  org.employee_count: count "Workers on payroll"
}
standard a "A" {
  rule r "R" {
    require org.employee_count > 0
    cite "Example policy, section 1"
  }
}
