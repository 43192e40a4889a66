# A library file: only linted with --all.
facts {
  org.employee_count: count "Workers on payroll"
}
param min_staff = 1 "Fewest workers on payroll"
param spare = 2 "Declared here, read by nothing, set by main.jq"
standard lib "Library" {
  rule staffed "Staffed" {
    require org.employee_count >= min_staff
    advice "Hire"
  }
}
