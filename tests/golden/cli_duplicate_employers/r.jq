facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}

standard earnings "Earnings" {
  rule lowest_wage "At least $15/hour" {
    require pay.lowest_hourly_wage >= $15/hour
  }
}
