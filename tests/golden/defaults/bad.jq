import "base.jq"
default ref.living_wage_hourley = $20/hour
default job = $1/hour
default job.hourly_wage = $1/hour
default pay.lowest_hourly_wage = 15
default share_full_time = 0.6
default org.sector = "Retail"
default share_full_time = 120%
default pay.lowest_hourly_wage = $15/hour
default pay.lowest_hourly_wage = $16/hour
