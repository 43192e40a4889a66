facts {
  employees: count "Workers on payroll"
  women: count "Women on payroll"
  size: number "Full-time equivalents"
  sector: one of "care", "retail"
  wage: money/hour "Lowest hourly wage"
  union: bool "A union represents the workers"
  survey: bool "A worker survey was run"
}

standard earnings "Earnings" {
  rule floor "Lowest wage at least $18/hour" { require wage >= $18/hour }
}

standard voice "Voice" {
  rule union "Workers have a union" { require union == true }
  rule survey "A worker survey" { require survey == true  level recommended }
}

tier good "Good job" { requires earnings }
tier quality "Quality job" { requires earnings, voice }
