# Standards and rules: unique ids (reported at the later one, with a note
# at the first), at least one rule per standard and one require per rule,
# effective strictly before expires (spec 3, 11.15, 11.21).
facts {
  employees: count "Workers on payroll"
  pay.profit_sharing: bool
}

standard earnings "Earnings" {
  rule profit_sharing "Profits are shared" {
    require pay.profit_sharing
  }
  rule profit_sharing "Profits are shared, again" {
    require pay.profit_sharing
  }
  rule large_only "Only large employers" {
    when employees >= 100
  }
  rule window "Same day" {
    effective 2026-05-01
    expires 2026-05-01
    require true
  }
}

standard earnings "Earnings, again" {
  effective 2027-01-01
  expires 2026-01-01
  rule other "Other" { require employees > 0 }
}

standard empty "Nothing yet" {
  version "0.1"
}
