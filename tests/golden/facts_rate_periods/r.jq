facts {
  pay.annual_bonus: money/year
  pay.monthly_stipend: money/month
  pay.weekly_wage: money/week
  pay.lowest_hourly_wage: money/hour
}
standard pay "Pay" {
  rule bonus "Bonus" { require pay.annual_bonus >= $1_200/year }
  rule stipend "Stipend" { require pay.monthly_stipend >= $100/month }
  rule weekly "Weekly" { require pay.weekly_wage >= $600/week }
  rule per_hour "Hourly" { require pay.lowest_hourly_wage >= $15/hour }
}
