standard wage "Wage floor" { rule floor "Floor" { require pay.lowest_hourly_wage >= $15/hour } }
