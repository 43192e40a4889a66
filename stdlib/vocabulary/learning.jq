# stdlib/vocabulary/learning.jq — learning and development (RFA Learning and
# Development; NIST Skills & Career Advancement). Education benefits
# (tuition, student loans, paid learning time) are in benefits.education.*.

facts {
  learning.career_paths_published: bool "true if written career paths, with the pay of each step, are available to workers"
  learning.credential_training_offered: bool "true if the employer pays for training that leads to an industry-recognized credential"
  learning.registered_apprenticeship: bool "true if the employer sponsors or takes part in a registered apprenticeship program"
  learning.apprentice_share_pct: percent in 0%..100% "Share of workers who are apprentices in a registered program"
  learning.paid_internships: bool "true if the employer offers paid internships or school-to-work placements"
  learning.cross_training: bool "true if workers are trained to do other jobs in their team"
  learning.training_hours_per_worker_yearly: hours "Average paid training time per worker in the last 12 months, e.g. 24 hours"
  learning.training_spend_per_worker_yearly: money/year "Training spending in the last 12 months divided by the number of workers"
  learning.development_plans: bool "true if every worker has a written individual development plan agreed with a manager"
  learning.reviews_per_year: count "Performance and career conversations each worker has with a manager per year, e.g. 2"
  learning.internal_fill_rate_pct: percent in 0%..100% "Share of supervisory and higher openings in the last 12 months filled by current workers"
  learning.promotion_rate_pct: percent in 0%..100% "Share of workers promoted (to a higher-paid position) in the last 12 months"
}
