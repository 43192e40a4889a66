# The 30 benchmark rules R01-R30 of docs/performance.md, over the employer records of
# tests/bench/gen.py read from JSON Lines as they are: nested groups (`pay`, `schedule`,
# ...) are fact groups, `jobs` is a collection. `make bench` times them and `make smoke`
# checks their per-rule totals against tests/bench/oracle.py, which implements the same
# rules in plain Python. They are the rules of the portfolio yardstick that
# docs/performance.md compares with, unchanged but for `name` being declared.
# Run with --name-key id: `id` names each employer; `name` is absent from some records,
# so it is an ordinary text fact here (declared, so it draws no unknown-fact warning).
facts {
  id: text
  name: text
  industry: one of "retail", "hospitality", "healthcare", "manufacturing", "logistics", "construction", "technology", "finance"
  region: text
  employees: count
  founded_year: number
  unionized: bool
  pay.lowest_hourly_wage: money/hour
  pay.living_wage_hourly: money/hour
  pay.median_hourly_wage: money/hour
  pay.pay_transparency: bool
  pay.overtime_compliant: bool
  pay.wage_theft_violations: count
  pay.gender_pay_gap_pct: percent
  schedule.advance_notice_days: days
  schedule.predictability_pay: bool
  schedule.split_shifts: bool
  schedule.on_call_scheduling: bool
  schedule.min_hours_guarantee: hours
  benefits.paid_sick_days: days
  benefits.paid_vacation_days: days
  benefits.paid_family_leave_weeks: weeks
  benefits.health_insurance: bool
  benefits.employer_health_premium_share: percent
  benefits.health_waiting_period_days: days
  benefits.retirement_plan: bool
  benefits.retirement_match_pct: percent
  benefits.auto_enrollment: bool
  benefits.dental_vision: bool
  safety.trir: number
  safety.fatalities: count
  safety.osha_violations: count
  safety.misclassified_workers: count
  safety.heat_illness_plan: bool
  voice.worker_input_mechanism: bool
  voice.grievance_procedure: bool
  voice.anti_retaliation_policy: bool
  voice.engagement_survey_response_pct: percent
  learning.tuition_assistance: bool
  learning.training_hours_per_year: hours
  learning.internal_promotion_rate_pct: percent
  learning.apprenticeship_program: bool
  collection jobs "A position"
  jobs.title: text
  jobs.hourly_wage: money/hour
  jobs.headcount: count
  jobs.scheduled_hours_per_week: hours
  jobs.benefits_eligible: bool
}

let trir_benchmark =
  if industry == "retail" then 3.3
  else if industry == "hospitality" then 3.0
  else if industry == "healthcare" then 4.0
  else if industry == "manufacturing" then 3.2
  else if industry == "logistics" then 4.5
  else if industry == "construction" then 2.5
  else if industry == "technology" then 0.6
  else 0.4

standard bench "Benchmark rules R01-R30" {
  rule r01 "living_wage_floor" { require pay.lowest_hourly_wage >= pay.living_wage_hourly }
  rule r02 "annual_floor" { require annual(pay.lowest_hourly_wage) >= $40_000/year }
  rule r03 "pay_transparency" { require pay.pay_transparency }
  rule r04 "no_wage_theft" { require pay.wage_theft_violations == 0 and pay.overtime_compliant }
  rule r05 "pay_compression" { require pay.median_hourly_wage / pay.lowest_hourly_wage <= 2.5 }
  rule r06 "gender_pay_gap" {
    when employees >= 100
    require pay.gender_pay_gap_pct <= 5%
  }
  rule r07 "advance_notice" { require schedule.advance_notice_days >= 14 days or schedule.predictability_pay }
  rule r08 "no_on_call" { require not schedule.on_call_scheduling }
  rule r09 "stable_hours" {
    when industry in ["retail", "hospitality"]
    require schedule.min_hours_guarantee >= 20 hours and not schedule.split_shifts
  }
  rule r10 "sick_days" { require benefits.paid_sick_days >= 5 days }
  rule r11 "pto_total" { require benefits.paid_sick_days + benefits.paid_vacation_days >= 15 days }
  rule r12 "family_leave" {
    when employees >= 50
    require benefits.paid_family_leave_weeks >= 12 weeks
  }
  rule r13 "health_coverage" { require benefits.health_insurance and benefits.employer_health_premium_share >= 50% }
  rule r14 "health_waiting" {
    when benefits.health_insurance
    require benefits.health_waiting_period_days <= 90 days
  }
  rule r15 "dental_vision" { require benefits.health_insurance implies benefits.dental_vision }
  rule r16 "retirement" {
    require benefits.retirement_plan and (benefits.retirement_match_pct >= 3% or benefits.auto_enrollment)
  }
  rule r17 "injury_rate" { require safety.trir <= trir_benchmark }
  rule r18 "safety_record" { require safety.fatalities == 0 and safety.osha_violations <= 2 }
  rule r19 "baseline_good_job" {
    when employees >= 50
    require pay.lowest_hourly_wage >= pay.living_wage_hourly and benefits.health_insurance
        and benefits.retirement_plan and benefits.paid_sick_days >= 5 days
  }
  rule r20 "classification" { require safety.misclassified_workers == 0 }
  rule r21 "heat_plan" {
    when industry in ["construction", "logistics", "manufacturing"]
    require safety.heat_illness_plan
  }
  rule r22 "worker_voice" { require voice.worker_input_mechanism or unionized }
  rule r23 "grievance" { require voice.grievance_procedure and voice.anti_retaliation_policy }
  rule r24 "learning" {
    require learning.tuition_assistance or learning.training_hours_per_year >= 20 hours
        or learning.apprenticeship_program
  }
  rule r25 "promotion" {
    when employees >= 50
    require learning.internal_promotion_rate_pct >= 25%
  }
  rule r26 "jobs_living_wage" { require all j in jobs: j.hourly_wage >= pay.living_wage_hourly }
  rule r27 "benefits_eligible_share" {
    require (sum j in jobs: if j.benefits_eligible then j.headcount else 0) >= 80% * (sum j in jobs: j.headcount)
  }
  rule r28 "has_full_time" { require any j in jobs: j.scheduled_hours_per_week >= 35 hours }
  rule r29 "headcount_consistent" { require (sum j in jobs: j.headcount) <= employees }
  rule r30 "avg_wage" {
    require (sum j in jobs: j.hourly_wage * j.headcount) / (sum j in jobs: j.headcount) >= pay.living_wage_hourly * 1.2
  }
}
