# The example of spec section 10: an undeclared fact, with a suggestion.
facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage"
  pay.living_wage_hourly: money/hour "MIT living wage for the area"
  employees: count "Workers on payroll"
}
param living_wage_multiplier = 100% "Share of the local living wage"
let living_wage = pay.living_wage_hourly * living_wage_multiplier

standard earnings "Earnings" {
rule lowest_wage "The lowest base wage is at least the living wage" {
  require pay.lowest_houly_wage >= living_wage
}
rule names "Names that do not resolve" {
  require pay.lowest_hourly_wage >= living_wag
  require pay.lowest_hourly_wage >= $20/hour * living_wage_multipler
  require employes >= 10
  require staff.size >= 10
  require pay.lowest_hourly_wage > lowest_hourly_wage
}
}
