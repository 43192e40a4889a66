# stdlib/vocabulary/pay.jq — wages, bonuses, profit sharing and pay practices
# (RFA Earnings; NIST Pay). Hourly figures are base pay before tips, bonuses
# and overtime; salaried pay is converted at 2080 hours a year (MIT living
# wage convention).

facts {
  pay.lowest_hourly_wage: money/hour "Lowest base hourly wage paid to any worker, before tips, bonuses and overtime; salaried pay divided by 2080 hours"
  pay.lowest_hourly_earnings: money/hour "Lowest hourly earnings of any worker over the last 12 months counting base pay plus the bonuses and profit sharing paid to that worker (not tips or overtime premiums): yearly total divided by hours paid; leave out if not computed"
  pay.median_hourly_wage: money/hour "Median base hourly wage across all workers, from payroll (salaried pay divided by 2080 hours)"
  pay.share_below_living_wage_pct: percent in 0%..100% "Share of workers whose base hourly wage is below ref.living_wage_hourly, from payroll"
  pay.share_above_fpl_family4_pct: percent in 0%..100% "Share of workers whose yearly take-home pay is above the federal poverty line for a family of 4"
  pay.median_wage_industry_percentile: percent in 0%..100% "Where the employer's median wage falls among employers of its industry and area, e.g. 60% for the 60th percentile (BLS OEWS or a salary survey)"
  pay.general_raise_last_12m_pct: percent in 0%.. "Across-the-board or cost-of-living raise given to all hourly workers in the last 12 months (0% if none)"
  pay.profit_sharing: bool "true if workers below management share in profits through a written plan"
  pay.bonuses_paid: bool "true if any worker below management received a bonus in the last 12 months"
  pay.bonus_criteria_published: bool "true if the criteria for bonuses are written down and shared with every eligible worker"
  pay.group_bonus: bool "true if part of workers' pay is tied to team or company performance (gain sharing, team bonus)"
  pay.performance_raises_objective: bool "true if raises follow written, objective performance criteria that workers can see"
  pay.published_by_demographics: bool "true if the employer publishes its pay levels broken down by gender and race or ethnicity"
  pay.equity_results_published: bool "true if the results of the latest pay-equity analysis were shared with workers or the public"
  pay.comp_practices_equity_review: bool "true if bonus, premium, overtime and scheduling practices were reviewed for equity by demographic group in the last 12 months"
  pay.wage_violations_3y: count "Wage-and-hour violations found against the employer by the U.S. DOL or a state or city agency in the last 3 years (0 if none)"
}
