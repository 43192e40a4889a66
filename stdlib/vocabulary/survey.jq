# stdlib/vocabulary/survey.jq — results of an anonymous worker survey, as
# percentages of respondents who agree (agree or strongly agree). Enter the
# survey date and response count so a reader can judge the figures.

facts {
  survey.conducted_date: date "Date the latest worker survey closed"
  survey.respondents_count: count "Workers who answered the latest worker survey"
  survey.response_rate_pct: percent in 0%..100% "Respondents as a share of workers invited to the survey"
  survey.work_meaningful_pct: percent in 0%..100% "Share of surveyed workers who agree that their work is meaningful"
  survey.mission_meaningful_pct: percent in 0%..100% "Share of surveyed workers who agree that the organization's mission makes their job feel important"
  survey.enjoy_daily_work_pct: percent in 0%..100% "Share of surveyed workers who agree that they enjoy what they do each day"
  survey.can_use_skills_pct: percent in 0%..100% "Share of surveyed workers who agree that they can use their knowledge and skills at work"
  survey.transferable_skills_pct: percent in 0%..100% "Share of surveyed workers who agree that they are learning skills they could use in another job"
  survey.autonomy_pct: percent in 0%..100% "Share of surveyed workers who agree that they can decide the method, order or pace of their work"
  survey.influence_decisions_pct: percent in 0%..100% "Share of surveyed workers who agree that they can influence decisions that affect their work"
  survey.good_supervisor_relationship_pct: percent in 0%..100% "Share of surveyed workers who agree that they have a good relationship with their supervisor"
  survey.feel_respected_pct: percent in 0%..100% "Share of surveyed workers who agree that they are treated with respect at work"
  survey.feel_belonging_pct: percent in 0%..100% "Share of surveyed workers who agree that they belong and are valued at work"
  survey.feel_safe_pct: percent in 0%..100% "Share of surveyed workers who agree that they are physically and emotionally safe at work"
  survey.can_raise_concerns_pct: percent in 0%..100% "Share of surveyed workers who agree that they can raise a concern without fear of retaliation"
  survey.stable_schedule_pct: percent in 0%..100% "Share of surveyed workers who agree that their schedule is stable and predictable"
  survey.benefits_meet_needs_pct: percent in 0%..100% "Share of surveyed workers who agree that their benefits meet their needs"
  survey.discrimination_experienced_pct: percent in 0%..100% "Share of surveyed workers who say they experienced discrimination or harassment at work in the last 12 months"
  survey.eap_usage_pct: percent in 0%..100% "Share of surveyed workers who used the employee assistance program in the last 12 months"
  survey.ft_on_public_assistance_pct: percent in 0%..100% "Share of surveyed full-time workers who receive public assistance (SNAP, Medicaid, TANF, housing aid)"
  survey.multiple_jobholders_pct: percent in 0%..100% "Share of surveyed workers who hold more than one paid job"
}
