# stdlib/vocabulary/deia.jq — diversity, equity, inclusion and accessibility
# (NIST DEIA driver; RFA Earnings metrics on pay gaps).

facts {
  deia.pay_equity_audit_date: date "Date of the last pay-equity analysis by gender, race and ethnicity"
  deia.pay_gap_gender_pct: percent in -100%..100% "Unexplained pay gap between men and women from the last pay-equity analysis, e.g. 3% (after job, tenure and location)"
  deia.pay_gap_race_pct: percent in -100%..100% "Unexplained pay gap between white workers and workers of color from the last pay-equity analysis, e.g. 4%"
  deia.low_wage_share_gap_pct: percent in -100%..100% "Gap, in percentage points, between the share of workers of color and of white workers in the lowest-paid quarter of jobs"
  deia.pay_setting_communicated: bool "true if the way pay is set (ranges, steps, criteria) is written down and shared with every worker"
  deia.workforce_data_disaggregated: bool "true if hiring, pay, promotion and turnover data are tracked by race, ethnicity, gender and disability"
  deia.senior_leader_accountable: bool "true if a senior leader who reports to the head of the organization is accountable for DEIA goals"
  deia.diversity_council: bool "true if a diversity council that includes senior leaders meets regularly"
  deia.coalition_member: bool "true if the employer belongs to a business coalition working on diversity, equity and inclusion"
  deia.accommodation_process: bool "true if a written process lets workers request disability and religious accommodations, with a response deadline"
}
