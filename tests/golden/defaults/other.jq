import "base.jq"
default ref.living_wage_hourly = $22/hour
