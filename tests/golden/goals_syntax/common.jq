# What the goal files below share: a vocabulary, a standard and a tier.
facts {
  pay.wage: money/hour "Lowest base hourly wage"
  org.employees: count "Workers on payroll"
}

standard earnings "Earnings" {
  rule floor "At least $15/hour" { require pay.wage >= $15/hour }
}

tier quality_job "Quality job" { requires earnings }
