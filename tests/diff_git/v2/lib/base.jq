# Shared by the standards: the county's living wage.
param living_wage = $22.50/hour "Living wage"
