# stdlib/vocabulary/culture.jq — environment and culture (RFA Environment and
# Culture; NIST Organizational Culture), and the turnover figures that show
# it.

facts {
  culture.voluntary_turnover_pct: percent in 0%.. "Workers who quit in the last 12 months, as a share of average headcount"
  culture.turnover_90day_pct: percent in 0%..100% "Share of new hires of the last 12 months who left within 90 days"
  culture.absenteeism_pct: percent in 0%..100% "Unplanned absence hours as a share of scheduled hours in the last 12 months"
  culture.grievances_per_100: number "Formal grievances and complaints filed in the last 12 months per 100 workers"
  culture.values_documented: bool "true if the organization's values are written down and shared with every worker"
  culture.leaders_evaluated_on_values: bool "true if leaders' performance reviews rate how they live those values"
  culture.leader_leave_in_evaluations: bool "true if leaders are evaluated on taking their own leave and supporting their teams' use of leave and benefits"
  culture.climate_assessment_date: date "Date of the last assessment of workplace climate (health, safety, security, accessibility, respect)"
  culture.engagement_results_shared: bool "true if engagement and climate survey results are shared with the whole workforce"
  culture.recognition_program: bool "true if a recognition program rewards workers for skills, service or contributions"
  culture.skill_recognitions_per_year: count "Recognitions (awards, certificates, pay steps) given for new skills in the last 12 months"
}
