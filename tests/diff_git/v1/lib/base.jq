# Shared by the standards: the county's living wage.
param living_wage = $20.00/hour "Living wage"
