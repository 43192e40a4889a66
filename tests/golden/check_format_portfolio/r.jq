facts {
  wage: money/hour "Lowest hourly wage"
  staff: count "Workers on payroll"
  funded: bool "Funded by the workforce grant"
  sector: one of "care", "retail"
}

standard pay "Pay" {
  rule floor "At least $15/hour" { require wage >= $15/hour }
}

tier good "Good job" { requires pay }

goal most "Most funded employers pay $15" {
  share of employers reaching good >= 50%
  where funded
  deadline 2027-12-31
  cite "Workforce plan, goal 1"
}

goal jobs "Three in four funded jobs pay $15" {
  share of employers passing pay weighted by staff >= 75%
  where funded
  advice "Raise the floor at the two largest employers first"
}

goal all_of_them "Every employer" {
  share of employers reaching good > 99%
}
