# In a subfolder: `jqlc test standards` finds it; it imports local.jq.
import "../local.jq"

test "local: no sick leave reported leaves the rule untested" {
  given { benefits.health_offered = true }
  expect sick_leave.min_hours untested
  expect benefits pass
}
