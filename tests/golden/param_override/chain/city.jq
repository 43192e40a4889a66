import "county.jq"
param floor = $20/hour "The city's floor"
param hours_per_year = 2000 hours
