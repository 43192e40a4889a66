# A library file: only linted with --all.
facts {
  org.employee_count: count "Workers on payroll"
}
standard lib "Library" {
  rule staffed "Staffed" {
    require org.employee_count > 0
    advice "Hire"
  }
}
