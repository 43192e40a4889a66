# stdlib/vocabulary/safety.jq — a physically, mentally and emotionally safe
# workplace (RFA Safety and Security; NIST Job Security & Working
# Conditions). Injury rates follow OSHA: cases x 200,000 / hours worked.

facts {
  safety.trir: number in 0.. "OSHA total recordable incident rate for the last calendar year: cases x 200,000 / hours worked"
  safety.dart_rate: number in 0.. "OSHA days-away, restricted or transferred rate for the last calendar year: DART cases x 200,000 / hours worked"
  safety.fatalities_3y: count "Work-related deaths at the employer in the last 3 years, from the OSHA 300 logs (0 if none)"
  safety.osha_300_log_maintained: bool "true if the employer keeps the OSHA 300 injury and illness log"
  safety.osha_partially_exempt_industry: bool "true if the establishment's industry is on OSHA's list of partially exempt industries (29 CFR Part 1904, Subpart B, Non-Mandatory Appendix A, by 2007 NAICS code), so it keeps no routine OSHA 300 log unless OSHA or BLS asks in writing. The library already decides from org.naics when that code is in a listed group (then a false here changes nothing); report true when org.naics is unknown, or is of a later NAICS edition that the 2007 list misses (a restaurant coded 722511 was 722110 in 2007); leave out if unsure"
  safety.osha_serious_violations_3y: count "Serious, willful or repeat OSHA (or state-plan) violations cited in the last 3 years, from OSHA's establishment search (0 if none)"
  safety.written_safety_program: bool "true if a written safety and health program covers hazard prevention, training and reporting"
  safety.safety_committee: bool "true if a safety committee with frontline worker members meets at least quarterly"
  safety.root_cause_analysis: bool "true if every recordable injury and near miss is investigated for its root cause"
  safety.inspection_interval_months: months "Time between workplace safety inspections, e.g. 3 months"
  safety.harassment_policy: bool "true if a written anti-harassment and anti-discrimination policy is given to every worker"
  safety.harassment_training_months: months "Time between anti-harassment trainings for every worker, e.g. 12 months"
  safety.violence_prevention_policy: bool "true if a written workplace violence prevention plan is in place"
}
