facts { pay.lowest_hourly_wage: money/hour }
param floor = $15/hour
