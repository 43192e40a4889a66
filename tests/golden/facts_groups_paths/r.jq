facts {
  org.employee_count: count
  pay.lowest_hourly_wage: money/hour
  pay.bonus.eligible: bool
  pay.bonus.amount: money
  benefits.count: count "a keyword as a member"
  benefits.health.offered: bool
}
standard s "Paths" {
  rule wage "Wage" { require pay.lowest_hourly_wage >= $15/hour }
  rule bonus "Bonus" { require pay.bonus.eligible and pay.bonus.amount >= $100 }
  rule size "Size" { require org.employee_count > 10 }
  rule benefits "Benefits" { require benefits.count >= 2 and benefits.health.offered }
}
