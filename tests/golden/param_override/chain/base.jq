facts { pay.lowest_hourly_wage: money/hour }
param floor = $15/hour "The wage floor"
standard wage "Wage" { rule floor "Floor" { require pay.lowest_hourly_wage >= floor } }
