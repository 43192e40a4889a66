# stdlib/vocabulary/org.jq — who the employer is: location, industry, size,
# age and legal form. These facts decide which laws and rules apply (scope),
# so most `when` lines of the library read them.
#
# The group is `org` because `employer` is a reserved word of JQL: a fact
# path cannot start with `employer.` (docs/language.md §11).

facts {
  org.state: text "Two-letter postal code of the state where the worksite is, e.g. CO"
  org.city: text "City of the worksite, as on the employer's business registration, e.g. Denver"
  org.county: text "County of the worksite, e.g. Denver County; the living wage is looked up per county"
  org.naics: text "Six-digit NAICS industry code of the worksite, from the employer's tax or unemployment-insurance filings, e.g. 624410 for child care"
  org.industry: text "Industry in words, the title of the NAICS code, e.g. Child Day Care Services"
  org.sector: one of "childcare", "health_care", "social_assistance", "education",
                     "warehousing", "transportation", "retail", "food_service",
                     "hospitality", "manufacturing", "construction", "agriculture",
                     "utilities", "building_services", "professional_services",
                     "public_administration", "other"
    "Broad industry of the worksite; pick the closest, or other (food_service: restaurants and bars; hospitality: hotels and lodging)"
  org.employee_count: count "Workers on payroll on the reporting date, all locations worldwide, full- and part-time"
  org.employee_count_in_state: count "Workers on payroll on the reporting date at worksites in org.state, full- and part-time"
  org.fte_count_prior_year: number in 0.. "Full-time-equivalent employees averaged over last calendar year, as counted for the ACA (full-time workers plus part-time hours / 120 per month), e.g. 48.5"
  org.locations_count: count "Establishments operated worldwide; for a franchise, count every location of the brand (fair workweek laws count the whole chain)"
  org.franchise: bool "true if the worksite is a franchise of a larger brand"
  org.established_date: date "Date the business was founded (first date on its state registration or EIN letter)"
  org.entity_type: one of "for_profit", "nonprofit", "government", "church", "cooperative"
    "Legal form of the employer (government: a state, county, city or public agency; church: a church or church-controlled organization)"
  org.federal_contractor: bool "true if the employer holds a federal contract or subcontract covered by Executive Order 13706 (federal paid sick leave): construction under the Davis-Bacon Act, services under the Service Contract Act, concessions, or services on federal property; false for supply contracts (making or furnishing materials, parts or equipment), which the order does not cover (DOL Final Rule, 81 FR 67598, 2016-09-30: https://regulations.justia.com/regulations/fedreg/2016/09/30/2016-22964.html)"
  org.net_income_last_year: money in .. "Employer's net income for the last tax year, from its tax return (New York sick leave counts it for employers of 4 or fewer)"
  org.reporting_date: date "Date the facts in this file describe (the payroll or survey date), e.g. 2026-03-01"
}
