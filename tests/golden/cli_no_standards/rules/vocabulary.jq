# Only facts: a vocabulary, no standard.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
}
