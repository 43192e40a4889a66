facts { pay.lowest_hourly_wage: money/hour }
param floor = $20/hour
