# A goal counts employers reaching a tier or passing a standard (with a "did
# you mean", or a note when it names the other kind), weighted by a count or
# number fact with one value per employer, toward a target of at most 100%;
# its id is unique among goals and not reserved; its 'where' is a bool; it has
# a 'share of employers' line. Each error is independent of the others.
facts {
  pay.wage: money/hour "Lowest base hourly wage"
  org.employees: count "Workers on payroll"
  org.name: text "Trading name"
  collection job "Positions"
  job.headcount: count "Workers in the position"
}

standard earnings "Earnings" {
  rule floor "At least $15/hour" { require pay.wage >= $15/hour }
}

tier quality_job "Quality job" { requires earnings }

goal misspelt_tier "A tier misspelt" {
  share of employers reaching quality_jb >= 75%
}
goal tier_as_standard "A tier named as a standard" {
  share of employers passing quality_job >= 75%
}
goal standard_as_tier "A standard named as a tier" {
  share of employers reaching earnings >= 75%
}
goal no_standard "Nothing like it" {
  share of employers passing housing >= 75%
}
goal misspelt_weight "A weight misspelt" {
  share of employers reaching quality_job weighted by org.employes >= 75%
}
goal text_weight "A text weight" {
  share of employers reaching quality_job weighted by org.name >= 75%
}
goal money_weight "A money weight" {
  share of employers reaching quality_job weighted by pay.wage >= 75%
}
goal member_weight "A weight per position" {
  share of employers reaching quality_job weighted by job.headcount >= 75%
}
goal collection_weight "A collection as weight" {
  share of employers reaching quality_job weighted by job >= 75%
}
goal above "Above 100%" {
  share of employers reaching quality_job >= 150%
}
goal never "Never met" {
  share of employers reaching quality_job > 100%
}
goal no_share "No share line" {
  where org.employees > 10
  deadline 2027-12-31
}
goal misspelt_tier "Declared twice" {
  share of employers passing earnings >= 50%
  where pay.wage
}
goal today "A built-in name" {
  share of employers passing earnings >= 50%
  where org.employees + 1
}
