# stdlib/vocabulary/voice.jq — voice and representation (RFA Voice and
# Representation; NIST Empowerment & Representation).

facts {
  voice.cba_coverage_pct: percent in 0%..100% "Share of workers covered by a collective bargaining agreement"
  voice.union_membership_pct: percent in 0%..100% "Share of workers who are union members"
  voice.union_rights_notice: bool "true if workers are told in writing of their right to organize"
  voice.union_neutrality_policy: bool "true if the employer has committed in writing to stay neutral when workers organize"
  voice.employee_owned: bool "true if workers own part of the company through an ESOP, a cooperative or stock grants"
  voice.esop_ownership_pct: percent in 0%..100% "Share of the company owned by its workers (ESOP, cooperative, stock grants); 0% if none"
  voice.worker_board_seats: count "Seats on the board of directors (or governing body) held by elected frontline workers (0 if none)"
  voice.regular_listening_process: bool "true if there is a regular two-way channel (town halls, team huddles, suggestion system) between workers and leaders"
  voice.input_feedback_loop: bool "true if workers are told how their suggestions were used or why not"
  voice.org_performance_shared: bool "true if leaders share the organization's financial and operating results with workers at least quarterly (open-book management)"
  voice.complaint_process_antiretaliation: bool "true if a written complaint and investigation process protects those who complain from retaliation"
  voice.stay_interviews: bool "true if managers hold stay interviews with current workers about why they stay and what would make them leave"
  voice.ergs_supported: bool "true if the employer supports employee resource groups with time or money"
  voice.erg_participation_pct: percent in 0%..100% "Share of workers who take part in an employee resource group"
  voice.engagement_survey_interval_months: months "Time between worker engagement surveys, e.g. 12 months"
}
