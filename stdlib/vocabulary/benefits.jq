# stdlib/vocabulary/benefits.jq — benefits (RFA principle 4; NIST Benefits
# driver). Every action of the NIST Job Quality Toolkit Benefits page has the
# facts it needs here; the letters in the section headings (A1…M4) are the
# rows of the research notes' action-by-action table (domain-jobquality.md §2).
#
# Sub-groups: health, mental, leave, retirement, savings, education, commute,
# care, tax, financial, family, uptake. A few facts sit directly under
# `benefits.` (needs assessment). Money a worker receives per year is
# money/year; "max" facts are the most the employer pays per worker ($0/year
# if none). Leave that a law counts in hours is `hours`; in days or weeks,
# `days`.

facts {
  # ---- A: needs assessment and worker input --------------------------------
  benefits.needs_assessment_date: date "Date of the last survey or assessment of what benefits the whole workforce needs"
  benefits.worker_input_in_design: bool "true if workers (survey, committee or vote) helped choose benefits when trade-offs had to be made"
  benefits.adjusted_after_assessment: bool "true if benefits or policies were changed in response to the last needs assessment"

  # ---- B: health -------------------------------------------------------------
  benefits.health.offered: bool "true if the employer offers a group health plan to any of its workers"
  benefits.health.offered_to_part_time: bool "true if part-time workers (under 30 hours a week) may enrol in the health plan"
  benefits.health.full_time_offer_pct: percent in 0%..100% "Share of full-time workers (30+ hours a week) offered the health plan, from the ACA 1095-C forms"
  benefits.health.dependents_offered: bool "true if workers may add their children under 26 to the health plan"
  benefits.health.waiting_period_days: days "Time a new worker waits before health coverage starts, e.g. 30 days (0 days if coverage starts on hire)"
  benefits.health.plan_year_start_date: date "First day of the current health plan year, from the plan documents, e.g. 2026-01-01"
  benefits.health.aca_compliant_mec: bool "true if the plan is minimum essential coverage with the ACA consumer protections (no annual or lifetime limits, preventive care covered)"
  benefits.health.employee_premium_single_monthly: money/month "What a worker pays each month for employee-only coverage in the cheapest plan that meets minimum value"
  benefits.health.employee_premium_family_monthly: money/month "What a worker pays each month for family coverage in that same plan"
  benefits.health.actuarial_value_pct: percent in 0%..100% "Actuarial value of that plan from the insurer's summary, e.g. 60% for a bronze-level plan"
  benefits.health.employer_share_single_pct: percent in 0%..100% "Share of the employee-only premium the employer pays"
  benefits.health.employer_share_family_pct: percent in 0%..100% "Share of the family-coverage premium the employer pays"
  benefits.health.deductible_single: money "Yearly deductible for employee-only coverage in the cheapest plan, from the summary of benefits, e.g. $1_500"
  benefits.health.out_of_pocket_max_single: money "Yearly out-of-pocket maximum for employee-only coverage in the cheapest plan, from the summary of benefits"
  benefits.health.plan_options_count: count "Number of medical plans a worker can choose from"
  benefits.health.plan_design_matches_needs: bool "true if plan categories, provider networks, drug formularies and cost sharing were chosen from the workforce's demonstrated needs"
  benefits.health.dental: bool "true if dental coverage is offered"
  benefits.health.vision: bool "true if vision coverage is offered"
  benefits.health.wellness_program: bool "true if the employer runs or pays for a wellness program open to all workers"
  benefits.health.eap_offered: bool "true if an employee assistance program (free confidential counselling and referrals) is open to all workers"
  benefits.health.eligible_pct: percent in 0%..100% "Share of all workers eligible for the health plan today"
  benefits.health.takeup_pct: percent in 0%..100% "Share of eligible workers enrolled in the health plan"

  # ---- C: mental health --------------------------------------------------------
  benefits.mental.behavioral_health_measured: bool "true if the employer measures workers' behavioral health (anonymous survey or screening) at least once a year"
  benefits.mental.expanded_coverage: bool "true if the plan covers mental health beyond the legal minimum (more visits, lower copays, extra services)"
  benefits.mental.oon_cost_sharing_reduced: bool "true if cost sharing for out-of-network mental health care is waived or reduced"
  benefits.mental.visits_covered_yearly: count "Therapy or counselling visits covered per year at no or low cost (plan and EAP together)"
  benefits.mental.network_providers_per_1000_members: number in 0.. "In-network mental health providers per 1,000 plan members, from the insurer or plan administrator"
  benefits.mental.network_providers_change_pct: percent in -100%.. "Change in the number of in-network mental health providers over the last plan year, e.g. 12% (negative if fewer)"

  # ---- D: paid time off ------------------------------------------------------
  benefits.leave.paid_sick_hours_per_year: hours "Paid sick leave a full-time worker can earn and use in a year, e.g. 48 hours"
  benefits.leave.sick_accrual_hours_per_30: number in 0..30 "Hours of paid sick leave earned per 30 hours worked, e.g. 1 (enter 1.34 for 1 hour per 22.4); front-loaded plans: hours granted / hours worked x 30"
  benefits.leave.sick_covers_family_care: bool "true if paid sick leave may be used to care for a sick family member or a child whose school or care closed"
  benefits.leave.sick_for_part_time: bool "true if part-time workers earn paid sick leave too"
  benefits.leave.paid_medical_leave_weeks: days "Paid leave for a worker's own serious illness beyond sick leave, employer-paid or through a state program, e.g. 12 weeks"
  benefits.leave.paid_family_leave_weeks: days "Paid family leave available to a worker per year, employer-paid or through a state program, e.g. 12 weeks"
  benefits.leave.pfl_wage_replacement_pct: percent in 0%..100% "Share of usual pay a worker receives during paid family leave (employer and state program together)"
  benefits.leave.vacation_days_after_1y: days "Paid vacation days a full-time worker has after one year of service"
  benefits.leave.vacation_days_after_5y: days "Paid vacation days a full-time worker has after five years of service"
  benefits.leave.paid_holidays_yearly: days "Paid holidays per year for a full-time worker, e.g. 8 days"
  benefits.leave.volunteer_hours_yearly: hours "Time off a worker may take each year for community service, e.g. 8 hours (0 hours if none)"
  benefits.leave.volunteer_paid: bool "true if that community-service time off is paid"
  benefits.leave.emergency_care_leave_days: days "Leave a worker may take each year when child care or elder care falls through, e.g. 3 days (count sick leave only if it may be used this way)"
  benefits.leave.emergency_care_leave_paid: bool "true if emergency child care or elder care leave is paid"
  benefits.leave.bereavement_days: days "Bereavement leave for the death of a close family member, e.g. 5 days"
  benefits.leave.bereavement_paid: bool "true if bereavement leave is paid"

  # ---- E: retirement ---------------------------------------------------------
  benefits.retirement.plan_offered: bool "true if the employer offers any retirement plan (401(k), 403(b), 457, SIMPLE IRA, state auto-IRA, pension)"
  benefits.retirement.plan_type: one of "none", "401k", "403b", "457", "simple_ira", "state_auto_ira", "pension"
    "Main retirement plan offered to most workers; none if there is no plan"
  benefits.retirement.plan_established_date: date "Date the main retirement plan was established, from the plan document (SECURE 2.0 auto-enrollment applies to plans established after 2022-12-29)"
  benefits.retirement.part_time_eligible: bool "true if part-time workers may join the plan (at least after two years of 500+ hours, as SECURE 2.0 requires)"
  benefits.retirement.employer_match_pct: percent in 0%..100% "Most the employer adds, as a share of pay, for a worker who saves enough to get the full match (0% if none)"
  benefits.retirement.employer_nonelective_pct: percent in 0%..100% "Share of pay the employer contributes whether or not the worker saves (0% if none)"
  benefits.retirement.match_formula: text "The match as the plan document states it, e.g. 100% of the first 3% of pay, 50% of the next 2%"
  benefits.retirement.vesting_months: months "Service after which employer contributions fully belong to the worker, e.g. 36 months (0 months for immediate vesting)"
  benefits.retirement.auto_enroll: bool "true if new workers are enrolled automatically unless they opt out"
  benefits.retirement.auto_enroll_default_pct: percent in 0%..100% "Contribution rate new workers are enrolled at unless they opt out"
  benefits.retirement.auto_escalation_step_pct: percent in 0%..100% "Yearly automatic increase of the default contribution rate, e.g. 1% (0% if none)"
  benefits.retirement.auto_escalation_cap_pct: percent in 0%..100% "Rate at which automatic increases stop, e.g. 10%"
  benefits.retirement.qdia: bool "true if contributions of workers who make no choice go to a qualified default investment alternative (e.g. a target-date fund)"
  benefits.retirement.max_expense_ratio_pct: percent in 0%..100% "Highest yearly expense ratio among the plan's core investment options, from the fee disclosure, e.g. 0.45%"
  benefits.retirement.portability_support: bool "true if the plan helps workers who change jobs keep savings in low-fee vehicles (auto-portability, rollover help)"
  benefits.retirement.eligible_pct: percent in 0%..100% "Share of all workers eligible to contribute to the retirement plan today"
  benefits.retirement.participation_pct: percent in 0%..100% "Share of eligible workers contributing to the retirement plan"

  # ---- F: liquid savings -------------------------------------------------------
  benefits.savings.emergency_savings_program: bool "true if workers can save for emergencies through payroll (short-term savings account or pension-linked emergency savings)"
  benefits.savings.hardship_fund: bool "true if the employer runs or funds a hardship fund that gives grants or loans to workers in a crisis"
  benefits.savings.seed_deposit_amount: money "Amount the employer deposits to open each worker's emergency savings account ($0 if none)"
  benefits.savings.split_direct_deposit: bool "true if workers may split their paycheck between accounts to save automatically"
  benefits.savings.savings_match_pct: percent in 0%..100% "Employer match on emergency savings contributions, as a share of the worker's contribution (0% if none)"

  # ---- G: misclassification (security.misclassified_workers_count etc. in security.jq)

  # ---- H: learning and skill building ----------------------------------------
  benefits.education.tuition_assistance_max_yearly: money/year "Most the employer pays per worker per year for tuition or student loans ($0/year if none)"
  benefits.education.tuition_prepaid: bool "true if tuition is paid up front rather than reimbursed after the course"
  benefits.education.tuition_criteria_published: bool "true if written criteria say who gets tuition assistance, for what, and how much"
  benefits.education.student_loan_repayment_yearly: money/year "Most the employer pays per worker per year toward student loans ($0/year if none)"
  benefits.education.student_loan_criteria_published: bool "true if written criteria say who gets student-loan repayment help, and how much"
  benefits.education.paid_learning_time_hours_yearly: hours "Paid time off for classes or study per worker per year, e.g. 16 hours (0 hours if none)"
  benefits.education.learning_time_criteria_published: bool "true if written criteria say who gets paid time off for learning, for what, and how much"

  # ---- I: commuting ----------------------------------------------------------
  benefits.commute.transit_subsidy_monthly: money/month "Most the employer pays per worker per month toward transit passes or vanpools ($0/month if none)"
  benefits.commute.free_transit_pass: bool "true if workers get a transit pass at no cost to them"
  benefits.commute.pretax_transit: bool "true if workers may pay for transit or vanpools from pre-tax pay (IRC section 132(f))"
  benefits.commute.transit_info_provided: bool "true if workers get information on every public-transit option to the worksite"

  # ---- J: child care and elder care --------------------------------------------
  benefits.care.childcare_subsidy_yearly: money/year "Most the employer pays per worker per year toward child care ($0/year if none)"
  benefits.care.eldercare_subsidy_yearly: money/year "Most the employer pays per worker per year toward elder care ($0/year if none)"
  benefits.care.referral_info_provided: bool "true if workers get information on local child care and elder care options (referral service, list, navigator)"
  benefits.care.onsite_or_nearby_childcare: bool "true if the employer runs or reserves child care places at or near the worksite"
  benefits.care.parent_peer_network: bool "true if the employer supports a peer support network for working parents of children under 18"

  # ---- K: tax-advantaged benefits ----------------------------------------------
  benefits.tax.section125_plan: bool "true if workers may pay premiums and other costs from pre-tax pay through a section 125 cafeteria plan"
  benefits.tax.pretax_options: list of text "Pre-tax deductions offered, each one of: premiums, health_fsa, hsa, dependent_care_fsa, transit, parking, adoption; e.g. [\"premiums\", \"hsa\"]"
  benefits.tax.health_fsa: bool "true if a health flexible spending account is offered"
  benefits.tax.hsa_offered: bool "true if a health savings account is offered with a high-deductible plan"
  benefits.tax.dcap_limit: money/year "Most a worker may set aside pre-tax per year in the dependent care FSA ($5,000 by law, $7,500 from 2026; $0/year if none)"

  # ---- L: financial wellness and family support ----------------------------------
  benefits.financial.ownership_goal_published: bool "true if the employer has set an employee-ownership goal and tracks progress publicly"
  benefits.financial.wellness_assessment_date: date "Date of the last assessment of workers' financial wellness (survey of savings, debt and vulnerability)"
  benefits.financial.coaching_offered: bool "true if workers get free financial coaching or counselling, in person or remotely"
  benefits.family.fertility_or_adoption_support: bool "true if the employer helps pay for family planning, fertility treatment or adoption"
  benefits.family.fertility_or_adoption_max_yearly: money/year "Most the employer pays per worker per year toward family planning, fertility or adoption costs ($0/year if none)"

  # ---- M: uptake and use ---------------------------------------------------------
  benefits.uptake.reviewed_by_demographics: bool "true if enrolment in benefit programs was reviewed by demographic group (gender, race, age, pay level) in the last 12 months"
  benefits.uptake.demographic_gap_pct: percent in 0%..100% "Largest gap in benefit take-up between demographic groups, in percentage points, e.g. 8% for 62% vs 54%"
  benefits.uptake.barrier_review_date: date "Date of the last review of what keeps workers from using their benefits"
  benefits.uptake.worker_languages_count: count "Languages that at least 5 workers speak as their first language, English included"
  benefits.uptake.materials_languages_count: count "Languages in which benefit enrolment materials are available, English included"
  benefits.uptake.leaders_promote_use: bool "true if senior leaders tell workers, at least once a year, to use their leave and benefits"
  benefits.uptake.sick_leave_used_pct_of_accrued: percent in 0%..100% "Sick leave used last year as a share of sick leave earned, all workers together"
  benefits.uptake.no_attendance_points_for_sick: bool "true if using sick leave never counts against a worker (no attendance points, no discipline)"
  benefits.uptake.navigator_available: bool "true if workers can get one-on-one help to understand and use their benefits (HR navigator, hotline, benefits counsellor)"
}
