facts {
  pay.lowest_hourly_wage: money/hour
  employees: count
}
standard wage "Wage" {
  rule floor "Floor" { require pay.lowest_hourly_wage >= $15/hour }
  rule nice "Nice to have" {
    level recommended
    require pay.lowest_hourly_wage >= $25/hour
  }
}
standard size "Size" {
  rule small "Small employers only" {
    when employees is known
    require employees < 1000
  }
}
