facts {
  pay.wage: money/hour
  org.size: count
}
let doubled = pay.wage * 2
standard earnings "Earnings" {
  rule floor "At least $15" {
    require pay.wage >= $15/hour
  }
  rule doubled_floor "Twice the wage over $30" {
    require doubled >= $30/hour
  }
}
tier quality_job "Quality job" {
  requires earnings
}
goal most "Most employers" {
  share of employers reaching quality_job >= 75%
}
