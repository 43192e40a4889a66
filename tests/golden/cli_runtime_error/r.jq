facts {
  pay.total_payroll: money
  employees: count
  pay.lowest_hourly_wage: money/hour
}
standard pay "Pay" {
  rule average "Average pay" {
    require pay.total_payroll / employees >= $30_000
  }
  rule floor "Floor" { require pay.lowest_hourly_wage >= $15/hour }
  rule guarded "Guarded division" {
    require employees == 0 or pay.total_payroll / employees >= $1
  }
}
standard extra "Extra" {
  rule ratio "Recommended ratio" {
    level recommended
    require employees / (employees - employees) > 1
  }
}
