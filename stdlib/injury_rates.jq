# stdlib/injury_rates.jq — the injury-rate benchmark (`import "std/injury_rates"`),
# shared by std/rfa/safety (Safety and Security: `safety_security.injury_rate`)
# and std/nist/security (Job Security & Working Conditions:
# `nist_security.injury_rate`), so that the figures live in one place. A table,
# a param and a let: no standard.
#
# The benchmark, `trir_benchmark`, is the agency's ref.industry_trir when the
# fact file gives it; else the BLS rate of the employer's sector (org.sector,
# table safety_sector_trir); else the rate of all private industry
# (safety_private_industry_trir). An agency that holds a closer figure (the
# employer's own NAICS industry, a state's survey, a public-sector rate)
# supplies it as ref.industry_trir.
#
# Source [BLS-SOII24]: U.S. Bureau of Labor Statistics, Survey of Occupational
# Injuries and Illnesses (SOII), 2024, total recordable cases (TRC) per 100
# full-time workers, private industry:
#   * by sector: BLS chart "Number and rate of nonfatal work injuries and
#     illnesses in private industries, 2024",
#     https://www.bls.gov/charts/injuries-and-illnesses/number-and-rate-of-nonfatal-work-injuries-and-illnesses-by-industry.htm
#   * all private industry, 2.3 (2.4 in 2023): the BLS news release
#     "Employer-reported workplace injuries and illnesses — 2024",
#     https://www.bls.gov/news.release/osh.nr0.htm (the URL always shows the
#     latest year); the 2024 figure checked in secondary reports of that
#     release, e.g. https://www.carriermanagement.com/news/2026/02/03/284099.htm
#     (secondary).
# The figures are private industry only: the SOII publishes rates of its own
# for state and local government, which this table does not hold (their 2024
# figures could not be checked).

import "vocabulary.jq"

param safety_private_industry_trir = 2.3 "BLS 2024 total recordable case rate for all private industry, per 100 full-time workers (BLS, Employer-reported workplace injuries and illnesses, 2024); used when the agency gives no ref.industry_trir and the sector has no row in safety_sector_trir"

# BLS SOII 2024: total recordable case rate per 100 full-time workers by
# private industry sector, mapped to the vocabulary's sectors. Public
# administration has no private-industry figure and "other" no single
# sector: both fall back to the all-industry rate.
table safety_sector_trir "BLS 2024 total recordable case rate by private industry sector, per 100 full-time workers" {
  key sector: text
  value: number
  "childcare"             => 3.4  source "BLS SOII 2024, health care and social assistance (NAICS 62; child day care is 6244)"
  "health_care"           => 3.4  source "BLS SOII 2024, health care and social assistance"
  "social_assistance"     => 3.4  source "BLS SOII 2024, health care and social assistance"
  "education"             => 1.7  source "BLS SOII 2024, educational services (private)"
  "warehousing"           => 4.4  source "BLS SOII 2024, transportation and warehousing"
  "transportation"        => 4.4  source "BLS SOII 2024, transportation and warehousing"
  "retail"                => 3.0  source "BLS SOII 2024, retail trade"
  "food_service"          => 2.6  source "BLS SOII 2024, accommodation and food services"
  "hospitality"           => 2.6  source "BLS SOII 2024, accommodation and food services"
  "manufacturing"         => 2.7  source "BLS SOII 2024, manufacturing"
  "construction"          => 2.2  source "BLS SOII 2024, construction"
  "agriculture"           => 3.9  source "BLS SOII 2024, agriculture, forestry, fishing and hunting"
  "utilities"             => 1.9  source "BLS SOII 2024, utilities"
  "building_services"     => 1.8  source "BLS SOII 2024, administrative and support and waste management and remediation services"
  "professional_services" => 0.7  source "BLS SOII 2024, professional, scientific and technical services"
}

# The industry's injury rate if the agency supplied it, else the sector's BLS
# 2024 rate, else the BLS 2024 private-industry average.
let trir_benchmark = if ref.industry_trir is known then ref.industry_trir
  else if safety_sector_trir[org.sector] is known then safety_sector_trir[org.sector]
  else safety_private_industry_trir
