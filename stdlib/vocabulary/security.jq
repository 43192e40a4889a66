# stdlib/vocabulary/security.jq — job security and proper classification
# (RFA Safety and Security; NIST Job Security & Working Conditions and
# Benefits: "eliminate worker misclassification").

facts {
  security.misclassified_workers_count: count "Workers treated as independent contractors who should be employees (0 if a review found none)"
  security.classification_review_date: date "Date of the last review of whether independent contractors should be employees"
  security.contractor_share_pct: percent in 0%..100% "Independent contractors (paid on a 1099) as a share of everyone doing the employer's regular work"
  security.temp_contract_share_pct: percent in 0%..100% "Share of the workforce supplied by temp agencies or working on contract"
  security.part_time_share_pct: percent in 0%..100% "Share of workers who are part-time (under 30 hours a week), from payroll"
  security.just_cause_policy: bool "true if written policy lets workers be disciplined or dismissed only for just cause, with progressive discipline"
  security.layoff_prevention_plan: bool "true if a written plan sets steps to avoid layoffs (hiring freeze, reduced hours, work sharing) before any layoff"
  security.job_sharing: bool "true if workers may share a job or join a state work-sharing program instead of being laid off"
  security.layoffs_last_12m: count "Workers laid off (involuntary, not for cause) in the last 12 months (0 if none)"
  security.tenure_lt1y_pct: percent in 0%..100% "Share of workers with less than 1 year of service"
  security.tenure_1_5y_pct: percent in 0%..100% "Share of workers with 1 to 5 years of service"
  security.tenure_5_10y_pct: percent in 0%..100% "Share of workers with 5 to 10 years of service"
  security.tenure_10y_plus_pct: percent in 0%..100% "Share of workers with 10 or more years of service"
}
