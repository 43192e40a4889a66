# the county's living wage replaces the library's default for every employer
import "base.jq"
default ref.living_wage_hourly = $23.50/hour "MIT living wage, Denver County, 2025"
default share_full_time = 60%
