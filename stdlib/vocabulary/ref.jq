# stdlib/vocabulary/ref.jq — reference values the agency supplies, not the
# employer: living wage, poverty lines, minimum wages and sector benchmarks
# for the worksite's place and year. Record the source of each with
# `source "…"` in the fact file.

facts {
  ref.living_wage_hourly: money/hour "MIT Living Wage Calculator hourly wage for 1 adult, 0 children, in the worksite's county (agency supplies it)"
  ref.living_wage_1adult_1child_hourly: money/hour "MIT Living Wage Calculator hourly wage for 1 working adult with 1 child, in the worksite's county (agency supplies it)"
  ref.living_wage_2adults_2children_hourly: money/hour "MIT Living Wage Calculator hourly wage per working adult for 2 working adults with 2 children, worksite county (agency supplies it)"
  ref.self_sufficiency_hourly: money/hour "Self-sufficiency standard for the county and family type the agency chose, as an hourly wage (agency supplies it)"
  ref.poverty_line_single_yearly: money/year "HHS federal poverty guideline for a household of 1 in the worksite's state, for the current year (the ACA federal-poverty-line safe harbor would use it; no rule of the library reads it yet: law/aca checks the rate-of-pay safe harbor)"
  ref.poverty_line_family4_yearly: money/year "HHS federal poverty guideline for a household of 4 in the worksite's state, for the current year"
  ref.state_minimum_wage_hourly: money/hour "State minimum wage in force on the reporting date, for non-tipped workers ($7.25/hour where the state has none)"
  ref.local_minimum_wage_hourly: money/hour "City or county minimum wage in force on the reporting date, for non-tipped workers (leave out where there is none)"
  ref.industry_median_hourly_wage: money/hour "Median hourly wage of the worksite's industry in its area, from BLS OEWS (agency supplies it)"
  ref.industry_trir: number in 0.. "BLS average total recordable case rate per 100 full-time workers for the worksite's industry, last published year, e.g. 2.7 for manufacturing in 2024 (leave it out to use the library's BLS 2024 rate of org.sector, std/injury_rates)"
  ref.industry_dart_rate: number in 0.. "BLS average days-away, restricted or transferred case rate per 100 full-time workers for the industry, last published year, e.g. 1.5"
}
