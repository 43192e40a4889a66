import "std/default"
param living_wage_multiplier = 1.1
param min_paid_sick_hours = 7 days
