# Goals at the edges of what the checker accepts: 0% and 100%, a number
# weight, a 'where' over a param, a let and a table. Nothing to report.
facts {
  pay.wage: money/hour "Lowest base hourly wage"
  org.fte: number "Full-time equivalents"
  org.state: text "State"
}

param floor = $15/hour
let well_paid = pay.wage >= floor * 2

table state_floor "State wage floor" {
  key state: text
  value: money/hour
  "CO" => $15.16/hour
}

standard earnings "Earnings" {
  rule floor "At least the floor" { require pay.wage >= floor }
}

tier quality_job "Quality job" { requires earnings }

goal anything "Any share" {
  share of employers reaching quality_job >= 0%
}
goal all_of_them "Every employer" {
  share of employers passing earnings weighted by org.fte >= 100%
  where well_paid or pay.wage >= state_floor[org.state]
  deadline 2030-01-01
  cite "Plan"
  advice "Fund better jobs"
}

test "both goals over one employer" {
  given { pay.wage = $40/hour  org.fte = 2.5 }
  expect goal anything met
  expect goal all_of_them met
}
