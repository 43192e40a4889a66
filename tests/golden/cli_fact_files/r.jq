facts { pay.lowest_hourly_wage: money/hour }
standard s "S" { rule wage "Wage" { require pay.lowest_hourly_wage >= $15/hour } }
