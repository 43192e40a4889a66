facts { pay.lowest_hourly_wage: money/hour  employees: count }
