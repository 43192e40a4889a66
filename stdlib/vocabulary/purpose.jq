# stdlib/vocabulary/purpose.jq — purpose and meaning (RFA Purpose and
# Meaning). Most of this principle is measured by worker surveys; see
# survey.work_meaningful_pct, survey.mission_meaningful_pct and
# survey.enjoy_daily_work_pct.

facts {
  purpose.mission_in_charter: bool "true if the organization's mission or social purpose is written into its charter, bylaws or benefit-corporation filing"
  purpose.mission_shared_with_workers: bool "true if every worker is shown how their job contributes to the mission (onboarding, team meetings)"
  purpose.iep_alignment_used: bool "true if individual employment plans match placements to the worker's strengths, interests and values (agency-side fact)"
  purpose.community_impact_reported: bool "true if the organization reports publicly on its impact on its community"
}
