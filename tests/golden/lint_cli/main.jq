import "lib.jq"
# Setting a library's params is not declaring them: never JQL-L002 here.
param min_staff = 2
param spare = 3
standard main "Main" {
  rule large "Large" {
    require org.employee_count > 10
    cite "Example policy, section 1"
    advice "Hire"
  }
}
