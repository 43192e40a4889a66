facts {
  pay.wage: money/hour "Lowest wage"
  org.employees: count "Employees"
  org.name2: text "Name"
  collection job "Jobs"
  job.headcount: count "Headcount"
}
standard earnings "Earnings" {
  rule floor "Floor" { require pay.wage >= $15/hour }
}
tier quality_job "Quality job" { requires earnings }

goal a "A" {
  share of employers reaching quality_jb >= 75%
}
goal b "B" {
  share of employers passing quality_job >= 75%
}
goal c "C" {
  share of employers reaching earnings >= 75%
}
goal d "D" {
  share of employers reaching quality_job weighted by org.employes >= 75%
}
goal e "E" {
  share of employers reaching quality_job weighted by org.name2 >= 75%
}
goal f "F" {
  share of employers reaching quality_job weighted by job.headcount >= 75%
}
goal g "G" {
  share of employers reaching quality_job weighted by job >= 75%
}
goal h "H" {
  share of employers reaching quality_job >= 150%
}
goal i "I" {
  share of employers reaching quality_job > 100%
}
goal j "J" {
  where pay.wage
}
goal a "A again" {
  share of employers passing earnings >= 50%
  where pay.wage + $1/hour
}
goal today "reserved" {
  share of employers passing earnings >= 50%
}
test "t" {
  given "X" { pay.wage = $5/hour }
  given { pay.wage = $5/hour }
  given "X" { pay.wage = $5/hour }
  expect earnings pass
  expect "Y" earnings pass
  expect goal aa met
}
test "none" {
  expect earnings pass
}
