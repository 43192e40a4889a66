import "lib.jq"
standard main "Main" {
  rule large "Large" {
    require org.employee_count > 10
    cite "Example policy, section 1"
    advice "Hire"
  }
}
