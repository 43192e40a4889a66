facts {
  pay.lowest_hourly_wage: money/hour
  founded: date
}
standard current "In force 2026" {
  effective 2026-01-01
  expires 2027-01-01
  rule wage "Wage" { require pay.lowest_hourly_wage >= $15/hour }
}
standard phased "Phased rules" {
  rule new_floor "New floor from 2026-07-01" {
    effective 2026-07-01
    require pay.lowest_hourly_wage >= $20/hour
  }
  rule old_floor "Old floor until 2026-07-01" {
    expires 2026-07-01
    require pay.lowest_hourly_wage >= $10/hour
  }
  rule established "Founded a year before today" {
    require founded <= today - 1 year
  }
}
