# stdlib/vocabulary/hiring.jq — recruitment, hiring and onboarding (NIST
# Recruitment & Hiring; pay transparency laws).

facts {
  hiring.pay_range_in_postings: bool "true if job postings state the pay range"
  hiring.benefits_in_postings: bool "true if job postings describe the benefits (health plan, paid leave, child care)"
  hiring.uses_salary_history: bool "true if applicants are asked about, or pay is set from, their pay history"
  hiring.bachelor_required_share_pct: percent in 0%..100% "Share of job postings in the last 12 months that require a four-year degree"
  hiring.degree_requirements_reviewed: bool "true if degree and credential requirements were reviewed in the last 2 years and kept only where the job needs them"
  hiring.structured_interviews: bool "true if candidates are interviewed with the same skills-based questions and a scoring guide"
  hiring.diverse_slate_policy: bool "true if policy requires a diverse pool of candidates before a hiring decision"
  hiring.blind_screening: bool "true if names and other identifying details are hidden when resumes are screened"
  hiring.workforce_partner_recruiting: bool "true if the employer recruits through the public workforce system, community organizations or training programs"
  hiring.internships_offered: bool "true if the employer offers internships, job shadowing or pre-apprenticeships"
  hiring.late_career_onramp: bool "true if the employer has a program to hire workers returning from a career break or starting a second career"
  hiring.onboarding_checklist: bool "true if new hires follow a written onboarding checklist with deadlines and a named buddy or supervisor"
}
