# stdlib/nist/benefits.jq — NIST Job Quality Toolkit, driver "Benefits".
#
#   "Seek workers' input on needed and desired benefits, such as paid leave,
#    health insurance, and a retirement plan. Provide them and encourage
#    their use."  (NIST JQT Benefits page, created 2023-03-31)
#
# Encoded action by action: every bullet of the page's "Strategies and
# Actions" maps to at least one rule, and every rule's `cite` names the
# strategy heading and the bullet it comes from. The sections A–M below
# follow the strategies of the page in order (the same letters as the rows
# of the research notes' table, domain-jobquality.md §2, and the sections of
# stdlib/vocabulary/benefits.jq). docs/stdlib.md has the bullet → rule table.
# Strategy headings and bullets are quoted as the page prints them (its
# heading "Tailor services, benefits, and polices …" included); the bullet
# "Provide information on local childcare and eldercare options", which the
# page lists twice, is one rule (care_information).
#
# Levels: the toolkit presents its actions as "strategies and actions
# recommended in the Job Quality Toolkit" and calls its vision
# "aspirational" (NIST JQT, Drivers of Job Quality; Benefits page), so every
# rule here is `level recommended`. The standard is scored with `requires
# nist_recommended_share of recommended` (std/scoring, 50% by default): it
# passes when at least that share of the actions that apply to the employer
# are met (rounded up), fails when that can no longer happen. The share is a
# policy choice of this library, not a NIST figure; an agency sets its own
# in a file that imports the library (`param nist_recommended_share = 60%`)
# or for one run (`--param nist_recommended_share=60%`).
#
# Thresholds: the page sets no numbers. Every number here is a `param`; its
# description says where the figure comes from (source keys as in the
# research notes, domain-jobquality.md §6) or that it is illustrative.
#   WHA24        ACA minimum value: the plan pays at least 60% of costs
#   KFF25        KFF Employer Health Benefits Survey 2025: workers pay on average
#                16% of the single and 26% of the family premium
#                (https://www.kff.org/health-costs/2025-employer-health-benefits-survey/)
#   KFF24        KFF Employer Health Benefits Survey 2024: average single
#                deductible $1,787 (the 2025 figure is not in this file yet)
#   CA-SB616     California paid sick leave, 40 hours / 5 days a year (2024)
#   NYS-PSL      New York State paid sick leave, 40 hours (5–99 employees)
#   CO-INFO6B    Colorado FAMLI paid family and medical leave, up to 12 weeks
#   BLS-LEAVE22  BLS, private industry, Dec 2022: 11 vacation days after 1 year
#   CA-AB1949    California bereavement leave, 5 days (2023)
#   VANG24       Vanguard, How America Saves 2024: average employer match 4.6%
#   ERISA-S2     SECURE 2.0 section 101: auto-enrollment default 3%–10%,
#                +1% a year up to at least 10%, at most 15%, QDIA default
#   MERCER-127   IRC section 127: up to $5,250 a year of tuition or
#                student-loan help is tax-free
#   NIS-DCAP     dependent care FSA limit $5,000 a year,
#                $7,500 for years from 2026-01-01 (raised by the 2025 budget
#                reconciliation act; figure as given in the library's brief,
#                not re-checked against an IRS page here)
#   SEA-OLS      Seattle labor standards: notices in the languages of the workforce
#
# Dated rules (assessments "in the last N months") count back from
# org.reporting_date, the date the facts describe, or from the evaluation
# date (--as-of, default today) when no reporting date is given.

import "../vocabulary.jq"
import "../scoring.jq"

# ---- A: needs assessment ------------------------------------------------------
param nist_needs_assessment_max_age = 12 months "Longest time since the last workforce benefits needs assessment (illustrative yearly cadence; research §2 A1)"
param nist_max_uptake_gap = 10% "Largest gap in benefit take-up between demographic groups, in percentage points (illustrative; research §2 A2)"

# ---- B: health ----------------------------------------------------------------
param nist_min_actuarial_value = 60% "Lowest actuarial value of the cheapest plan: the ACA minimum value standard, plan pays at least 60% of costs (WHA24)"
param nist_min_employer_share_single = 84% "Lowest employer share of the employee-only premium (illustrative, a national average, so recommended only; KFF25: workers pay 16% on average, so employers 84%)"
param nist_min_employer_share_family = 74% "Lowest employer share of the family premium (illustrative, a national average, so recommended only; KFF25: workers pay 26% on average, so employers 74%)"
param nist_min_health_plan_options = 2 "Fewest medical plans a worker can choose from (illustrative; research §2 B3)"
param nist_max_deductible_single = $1_787 "Highest yearly employee-only deductible in the cheapest plan (illustrative ceiling: the KFF24 average single deductible)"

# ---- D: paid time off -----------------------------------------------------------
param nist_min_paid_sick_hours = 40 hours "Least paid sick leave a full-time worker can earn and use in a year: 40 hours as in California (CA-SB616) and New York, 5–99 employees (NYS-PSL); Colorado requires 48"
param nist_min_paid_medical_leave = 12 weeks "Least paid leave for a worker's own serious illness (illustrative; the length of Colorado FAMLI leave, CO-INFO6B)"
param nist_min_paid_family_leave = 12 weeks "Least paid family leave a year (illustrative; Colorado FAMLI provides up to 12 weeks, CO-INFO6B)"
param nist_min_vacation_days_1y = 11 days "Least paid vacation after one year of service: the private-industry average (BLS-LEAVE22)"
param nist_min_paid_holidays = 6 days "Fewest paid holidays a year (illustrative; research §2 D3)"
param nist_min_volunteer_hours = 8 hours "Least time off a year for community service (illustrative; research §2 D4)"
param nist_min_emergency_care_leave = 3 days "Least leave a year for emergencies in child care or elder care (illustrative; research §2 D5)"
param nist_min_bereavement_leave = 5 days "Least bereavement leave for the death of a close family member: the California floor (CA-AB1949)"

# ---- E: retirement ----------------------------------------------------------------
param nist_min_employer_match = 4% "Least employer retirement match, as a share of pay (illustrative; VANG24 average match value 4.6%)"
param nist_auto_enroll_min_default = 3% "Lowest automatic-enrollment default contribution rate (SECURE 2.0 section 101, ERISA-S2)"
param nist_auto_enroll_max_default = 10% "Highest first-year automatic-enrollment default contribution rate (SECURE 2.0 section 101, ERISA-S2)"
param nist_min_escalation_step = 1% "Least yearly automatic increase of the default rate (SECURE 2.0 section 101, ERISA-S2)"
param nist_min_escalation_cap = 10% "Rate up to which automatic increases must at least go (SECURE 2.0 section 101, ERISA-S2)"
param nist_max_escalation_cap = 15% "Highest rate automatic increases may reach (SECURE 2.0 section 101, ERISA-S2)"
param nist_max_expense_ratio = 0.5% "Highest yearly expense ratio among the plan's core investment options (illustrative; research §2 E4)"

# ---- G: classification --------------------------------------------------------------
param nist_classification_review_max_age = 12 months "Longest time since the last review of contractor classification, for employers that use contractors (illustrative)"

# ---- H: learning ------------------------------------------------------------------
param nist_tuition_tax_free_limit = $5_250/year "Tuition or student-loan help a worker may receive tax-free per year, IRC section 127 (MERCER-127); used as a target, which is a policy choice"
param nist_min_paid_learning_hours = 16 hours "Least paid time off for learning per worker per year (illustrative; research §2 H3)"

# ---- K: tax ----------------------------------------------------------------------
param nist_min_dcap_limit = $7_500/year "Least a worker may set aside pre-tax for dependent care: the legal limit for years from 2026-01-01 (NIS-DCAP)"
param nist_min_dcap_limit_before_2026 = $5_000/year "Least a worker may set aside pre-tax for dependent care: the legal limit for years before 2026 (NIS-DCAP)"

# ---- L, M: financial wellness, uptake ------------------------------------------------
param nist_financial_assessment_max_age = 24 months "Longest time since the last financial wellness assessment of the workforce (illustrative; research §2 L2)"
param nist_barrier_review_max_age = 12 months "Longest time since the last review of barriers to benefit use (illustrative)"

standard nist_benefits "NIST Job Quality Toolkit — Benefits: seek workers' input on benefits, provide them and encourage their use" {
  version "2026.1"
  source "NIST Job Quality Toolkit, Benefits driver (JQT Benefits page, created 2023-03-31), Strategies and Actions"
  requires nist_recommended_share of recommended   # a policy choice, 50% by default (std/scoring)

  # The date the facts describe; dated rules count back from it.
  let as_of = if org.reporting_date is known then org.reporting_date else today

  # ---- A. Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments.

  rule needs_assessed "The benefit needs of the whole workforce were assessed recently" {
    level recommended
    require benefits.needs_assessment_date >= as_of - nist_needs_assessment_max_age
    cite "NIST JQT Benefits — Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments: Regularly assess the needs of the entire workforce and match services, benefits, and policies to those needs"
    advice "Survey the whole workforce (every shift, site and language) about the benefits it needs, at least once a year"
  }

  rule workers_engaged "Workers take part in benefit choices" {
    level recommended
    require benefits.worker_input_in_design
    cite "NIST JQT Benefits — Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments: If choices in benefits must be made to make them affordable for the organization and workers, engage the workforce in the decision process"
    advice "When benefits must be traded off against cost, let workers weigh in through a survey, a benefits committee or a vote before deciding"
  }

  rule adjusted_after_assessment "The last needs assessment led to changes" {
    level recommended
    when benefits.needs_assessment_date is known
    require benefits.adjusted_after_assessment
    cite "NIST JQT Benefits — Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments: Use regular needs assessment results to improve/adjust services, benefits, and policies"
    advice "Act on the needs assessment: change at least one benefit or policy it showed to fall short, and tell workers what changed"
  }

  rule uptake_reviewed "Benefit take-up is reviewed by demographic group" {
    level recommended
    require benefits.uptake.reviewed_by_demographics
    cite "NIST JQT Benefits — Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments: Review adoption of benefit programs by demographics groups"
    advice "Once a year, break down enrolment in each benefit by gender, race, age and pay level and look for groups that are left out"
  }

  rule uptake_gap "Take-up gaps between demographic groups are small" {
    level recommended
    when benefits.uptake.reviewed_by_demographics
    require benefits.uptake.demographic_gap_pct <= nist_max_uptake_gap
    cite "NIST JQT Benefits — Tailor services, benefits, and polices to the diverse needs of your workforce groups and segments: Review adoption of benefit programs by demographics groups (gap threshold illustrative)"
    advice "Find out why the group with the lowest take-up enrols less (cost, language, schedule, awareness) and remove that obstacle"
  }

  # ---- B. Offer health benefit options.

  rule health_offered "A health plan is offered" {
    level recommended
    require benefits.health.offered
    cite "NIST JQT Benefits — Offer health benefit options: Offer health benefit options that include consumer protections"
    advice "Offer a group health plan (or a health reimbursement arrangement) to the workforce"
  }

  rule consumer_protections "The health plan carries the ACA consumer protections" {
    level recommended
    when benefits.health.offered
    require benefits.health.aca_compliant_mec
    cite "NIST JQT Benefits — Offer health benefit options: Offer health benefit options that include consumer protections"
    advice "Offer a plan that is minimum essential coverage with no annual or lifetime limits and free preventive care; replace limited-benefit or indemnity-only plans"
  }

  rule minimum_value "The cheapest health plan provides minimum value" {
    level recommended
    when benefits.health.offered
    require benefits.health.actuarial_value_pct >= nist_min_actuarial_value
    cite "NIST JQT Benefits — Offer health benefit options: Offer health benefit options that include consumer protections (ACA minimum value, 60%, WHA24)"
    advice "Make sure the cheapest plan pays at least 60% of covered costs (bronze level or better); ask the insurer for its minimum value statement"
  }

  rule employer_contribution "The employer pays most of the employee-only premium" {
    level recommended
    when benefits.health.offered
    require benefits.health.employer_share_single_pct >= nist_min_employer_share_single
    cite "NIST JQT Benefits — Offer health benefit options: Provide employer contributions toward health benefit coverage (threshold illustrative, from KFF25 averages)"
    advice "Raise the employer contribution toward employee-only coverage to at least the national average share"
  }

  rule employer_contribution_family "The employer pays most of the family premium" {
    level recommended
    when benefits.health.offered
    require benefits.health.employer_share_family_pct >= nist_min_employer_share_family
    cite "NIST JQT Benefits — Offer health benefit options: Provide employer contributions toward health benefit coverage (threshold illustrative, from KFF25 averages)"
    advice "Contribute toward family coverage too, so that workers can afford to cover their children"
  }

  rule plan_fits_needs "Plan design follows the workforce's demonstrated needs" {
    level recommended
    when benefits.health.offered
    require benefits.health.plan_design_matches_needs
    cite "NIST JQT Benefits — Offer health benefit options: Offer categories of benefits, provider networks, drug formularies, and cost-sharing options that meet the demonstrated needs of the overall workforce"
    advice "Use claims data and the needs assessment to choose benefit categories, networks, formularies and cost sharing; check the network covers where workers live"
  }

  rule plan_choice "Workers can choose between health plans" {
    level recommended
    when benefits.health.offered
    require benefits.health.plan_options_count >= nist_min_health_plan_options
    cite "NIST JQT Benefits — Offer health benefit options: Offer categories of benefits, provider networks, drug formularies, and cost-sharing options that meet the demonstrated needs of the overall workforce (number of options illustrative)"
    advice "Offer a second plan, e.g. one with a low deductible next to a high-deductible plan, so workers can pick the cost sharing that suits them"
  }

  rule affordable_deductible "The deductible of the cheapest plan is no higher than average" {
    level recommended
    when benefits.health.offered
    require benefits.health.deductible_single <= nist_max_deductible_single
    cite "NIST JQT Benefits — Offer health benefit options: Offer … cost-sharing options that meet the demonstrated needs of the overall workforce (ceiling illustrative: KFF24 average single deductible)"
    advice "Lower the deductible of the cheapest plan, or fund a health reimbursement arrangement that covers part of it"
  }

  rule wellness_program "A wellness program is offered" {
    level recommended
    require benefits.health.wellness_program
    cite "NIST JQT Benefits — Offer health benefit options: Consider offering additional health benefit programs such as wellness programs … based on workforce needs"
    advice "Consider a wellness program open to every worker (screenings, activity, nutrition), chosen from what the needs assessment shows"
  }

  rule eap_offered "An employee assistance program is offered" {
    level recommended
    require benefits.health.eap_offered
    cite "NIST JQT Benefits — Offer health benefit options: Consider offering additional health benefit programs such as … employee assistance programs … based on workforce needs"
    advice "Consider an employee assistance program with free, confidential counselling and referrals for every worker and their family"
  }

  rule health_fsa "A health flexible spending account is offered" {
    level recommended
    require benefits.tax.health_fsa
    cite "NIST JQT Benefits — Offer health benefit options: Consider offering additional health benefit programs such as … flexible spending accounts based on workforce needs"
    advice "Consider a health flexible spending account so workers can pay out-of-pocket costs from pre-tax pay"
  }

  # ---- C. Offer mental health benefits.

  rule behavioral_health_measured "Workers' behavioral health is measured" {
    level recommended
    require benefits.mental.behavioral_health_measured
    cite "NIST JQT Benefits — Offer mental health benefits: Measure workers' behavioral health"
    advice "Measure workers' behavioral health at least once a year through an anonymous survey or a voluntary screening"
  }

  rule expanded_mental_health "Mental health coverage goes beyond the minimum" {
    level recommended
    when benefits.health.offered
    require benefits.mental.expanded_coverage or benefits.mental.oon_cost_sharing_reduced
    cite "NIST JQT Benefits — Offer mental health benefits: Offer expanded mental health benefits, such as increased coverage or waived and reduced cost sharing for out-of-network mental health services"
    advice "Expand mental health coverage: cover more visits, lower copays, or waive or reduce cost sharing for out-of-network mental health care"
  }

  rule mental_health_network "The number of in-network mental health providers is growing" {
    level recommended
    when benefits.health.offered
    require benefits.mental.network_providers_change_pct > 0%
    cite "NIST JQT Benefits — Offer mental health benefits: Increase the number of mental health providers in provided plan networks"
    advice "Ask the insurer or administrator to add mental health providers to the network, or choose a plan with a broader network"
  }

  # ---- D. Offer paid time off in support of work-life balance and wellness.

  rule paid_sick_leave "Workers earn paid sick leave" {
    level recommended
    require benefits.leave.paid_sick_hours_per_year >= nist_min_paid_sick_hours
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer paid sick/medical leave (hours as in CA-SB616, NYS-PSL)"
    advice "Let every worker earn at least one hour of paid sick leave per 30 hours worked, up to at least the yearly hours required here"
  }

  rule paid_medical_leave "Workers have paid leave for their own serious illness" {
    level recommended
    require benefits.leave.paid_medical_leave_weeks >= nist_min_paid_medical_leave
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer paid sick/medical leave (length illustrative, from Colorado FAMLI, CO-INFO6B)"
    advice "Offer paid medical leave for a serious illness beyond sick leave, through an employer plan, disability insurance or the state program"
  }

  rule paid_family_leave "Workers have paid family leave" {
    level recommended
    require benefits.leave.paid_family_leave_weeks >= nist_min_paid_family_leave
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer paid family leave (length illustrative, from Colorado FAMLI, CO-INFO6B)"
    advice "Offer paid family leave to bond with a new child or care for a family member, topping up a state program where there is one"
  }

  rule paid_vacation "Workers have paid vacation" {
    level recommended
    require benefits.leave.vacation_days_after_1y >= nist_min_vacation_days_1y
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer paid vacation and holidays (days: BLS-LEAVE22 private-industry average after 1 year)"
    advice "Give every worker at least the national average of paid vacation after one year of service"
  }

  rule paid_holidays "Workers have paid holidays" {
    level recommended
    require benefits.leave.paid_holidays_yearly >= nist_min_paid_holidays
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer paid vacation and holidays (number illustrative)"
    advice "Pay workers for the public holidays, or pay a premium to those who must work them"
  }

  rule community_service_time "Workers have time off for community service" {
    level recommended
    require benefits.leave.volunteer_hours_yearly >= nist_min_volunteer_hours
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer a percentage of paid or nonpaid time off for community service (hours illustrative)"
    advice "Set aside time off each year, paid or unpaid, that workers may use for community service"
  }

  rule emergency_care_leave "Workers have leave when child care or elder care falls through" {
    level recommended
    require benefits.leave.emergency_care_leave_days >= nist_min_emergency_care_leave
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer emergency childcare and eldercare leave (days illustrative)"
    advice "Offer emergency care leave, or let sick leave be used when a child's school or care closes or an elder's care falls through"
  }

  rule bereavement_leave "Workers have bereavement leave" {
    level recommended
    require benefits.leave.bereavement_days >= nist_min_bereavement_leave
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer bereavement leave (days: California floor, CA-AB1949)"
    advice "Offer at least five days of bereavement leave for the death of a close family member"
  }

  rule bereavement_paid "Bereavement leave is paid" {
    level recommended
    when benefits.leave.bereavement_days > 0 days
    require benefits.leave.bereavement_paid
    cite "NIST JQT Benefits — Offer paid time off in support of work-life balance and wellness: Offer bereavement leave"
    advice "Pay bereavement leave, so that grieving workers do not lose income"
  }

  # ---- E. Offer retirement savings programs.

  rule retirement_plan "A retirement plan is offered" {
    level recommended
    require benefits.retirement.plan_offered
    cite "NIST JQT Benefits — Offer retirement savings programs: Offer 401(k) or similar programs"
    advice "Offer a 401(k), 403(b), SIMPLE IRA or similar plan, or join the state auto-IRA program where there is one"
  }

  rule employer_match "The employer matches workers' contributions" {
    level recommended
    when benefits.retirement.plan_offered
    require benefits.retirement.employer_match_pct >= nist_min_employer_match
    cite "NIST JQT Benefits — Offer retirement savings programs: Provide an employer match related to employee contributions (rate illustrative, VANG24 average 4.6%)"
    advice "Match workers' retirement contributions, e.g. 100% of the first 3% of pay and 50% of the next 2%"
  }

  rule auto_enrollment "New workers are enrolled automatically at a sound default rate" {
    level recommended
    when benefits.retirement.plan_offered
    require benefits.retirement.auto_enroll
    require benefits.retirement.auto_enroll_default_pct >= nist_auto_enroll_min_default
    require benefits.retirement.auto_enroll_default_pct <= nist_auto_enroll_max_default
    cite "NIST JQT Benefits — Offer retirement savings programs: Design plans to include automatic enrollment (default 3%–10% as in SECURE 2.0 section 101, ERISA-S2)"
    advice "Enroll new workers automatically, with the right to opt out, at a default contribution between 3% and 10% of pay"
  }

  rule auto_escalation "Default contributions rise automatically" {
    level recommended
    when benefits.retirement.plan_offered
    when benefits.retirement.auto_enroll
    require benefits.retirement.auto_escalation_step_pct >= nist_min_escalation_step
    require benefits.retirement.auto_escalation_cap_pct >= nist_min_escalation_cap
    require benefits.retirement.auto_escalation_cap_pct <= nist_max_escalation_cap
    cite "NIST JQT Benefits — Offer retirement savings programs: Design plans to include … automatic escalation (1% a year up to 10%–15%, as in SECURE 2.0 section 101, ERISA-S2)"
    advice "Raise the default contribution by at least 1 point a year until it reaches at least 10% (and at most 15%) of pay"
  }

  rule default_investment "Defaulted savings go to a qualified default investment" {
    level recommended
    when benefits.retirement.plan_offered
    require benefits.retirement.qdia
    cite "NIST JQT Benefits — Offer retirement savings programs: Design plans to include … qualified default investment alternatives"
    advice "Invest the savings of workers who make no choice in a qualified default investment alternative such as a target-date fund"
  }

  rule low_fee_options "The plan's investment options have low fees" {
    level recommended
    when benefits.retirement.plan_offered
    require benefits.retirement.max_expense_ratio_pct <= nist_max_expense_ratio
    cite "NIST JQT Benefits — Offer retirement savings programs: Provide low-fee investment options (expense-ratio ceiling illustrative)"
    advice "Replace high-fee funds in the core line-up with low-cost index funds; review fees with the plan's fee disclosure every year"
  }

  rule portability "Workers who change jobs can keep their savings in low-fee vehicles" {
    level recommended
    when benefits.retirement.plan_offered
    require benefits.retirement.portability_support
    cite "NIST JQT Benefits — Offer retirement savings programs: Provide low-fee investment options and provide low-fee portability vehicles for workers who change jobs"
    advice "Join an auto-portability network or give departing workers rollover help into a low-fee account"
  }

  # ---- F. Offer liquid savings programs.

  rule emergency_savings "Workers can save for emergencies through payroll" {
    level recommended
    require benefits.savings.emergency_savings_program
    cite "NIST JQT Benefits — Offer liquid savings programs: Offer short- and long-term savings plans to help workers weather financial shocks"
    advice "Offer a payroll-deducted emergency savings account (or a pension-linked emergency savings account) next to the retirement plan"
  }

  rule hardship_fund "A hardship fund helps workers in a crisis" {
    level recommended
    require benefits.savings.hardship_fund
    cite "NIST JQT Benefits — Offer liquid savings programs: Consider including employee hardship funds"
    advice "Consider a hardship fund that gives grants or no-interest loans to workers facing a sudden expense"
  }

  rule savings_incentives "Saving is made easy or rewarded" {
    level recommended
    require benefits.savings.seed_deposit_amount > $0 or benefits.savings.split_direct_deposit or benefits.savings.savings_match_pct > 0%
    cite "NIST JQT Benefits — Offer liquid savings programs: Consider including … seeded accounts, split direct deposit, and employer matches and monetary incentives"
    advice "Consider seeding each worker's savings account, offering split direct deposit, or matching emergency savings"
  }

  # ---- G. Eliminate worker misclassification.

  rule no_misclassification "No worker is misclassified as an independent contractor" {
    level recommended
    require security.misclassified_workers_count == 0
    cite "NIST JQT Benefits — Eliminate worker misclassification: Review and properly classify workers as employees rather than independent contractors"
    advice "Put every misclassified contractor on payroll as an employee, with the benefits employees get"
  }

  rule classification_reviewed "Contractor classification was reviewed recently" {
    level recommended
    when security.contractor_share_pct > 0%
    require security.classification_review_date >= as_of - nist_classification_review_max_age
    cite "NIST JQT Benefits — Eliminate worker misclassification: Review and properly classify workers as employees rather than independent contractors (cadence illustrative)"
    advice "Review every independent-contractor relationship against the DOL economic-reality test at least once a year"
  }

  # ---- H. Financially support learning and skill building.

  rule tuition_assistance "Tuition assistance is offered" {
    level recommended
    require benefits.education.tuition_assistance_max_yearly > $0/year
    cite "NIST JQT Benefits — Financially support learning and skill building: Provide tuition assistance with clear criteria for provision"
    advice "Offer tuition assistance, paid up front where possible, for courses that build workers' skills"
  }

  rule tuition_criteria "Tuition assistance has clear, written criteria" {
    level recommended
    when benefits.education.tuition_assistance_max_yearly > $0/year
    require benefits.education.tuition_criteria_published
    cite "NIST JQT Benefits — Financially support learning and skill building: Provide tuition assistance with clear criteria for provision"
    advice "Publish who qualifies for tuition assistance, for which courses, and how much"
  }

  rule tuition_amount "Tuition assistance reaches the tax-free limit" {
    level recommended
    when benefits.education.tuition_assistance_max_yearly > $0/year
    require benefits.education.tuition_assistance_max_yearly >= nist_tuition_tax_free_limit
    cite "NIST JQT Benefits — Financially support learning and skill building: Provide tuition assistance with clear criteria for provision (target: IRC section 127 tax-free limit, MERCER-127)"
    advice "Raise the yearly tuition benefit to the amount a worker can receive tax-free"
  }

  rule student_loan_repayment "Student-loan repayment is supported" {
    level recommended
    require benefits.education.student_loan_repayment_yearly > $0/year
    cite "NIST JQT Benefits — Financially support learning and skill building: Support student-loan repayment with clear criteria for provision"
    advice "Contribute toward workers' student-loan payments; up to the section 127 limit it is tax-free to them"
  }

  rule student_loan_criteria "Student-loan repayment has clear, written criteria" {
    level recommended
    when benefits.education.student_loan_repayment_yearly > $0/year
    require benefits.education.student_loan_criteria_published
    cite "NIST JQT Benefits — Financially support learning and skill building: Support student-loan repayment with clear criteria for provision"
    advice "Publish who qualifies for student-loan repayment help and how much"
  }

  rule paid_learning_time "Workers have paid time off for learning" {
    level recommended
    require benefits.education.paid_learning_time_hours_yearly >= nist_min_paid_learning_hours
    cite "NIST JQT Benefits — Financially support learning and skill building: Offer paid time off for learning with clear criteria for provision (hours illustrative)"
    advice "Give each worker paid time off each year for classes, study or exams"
  }

  rule learning_time_criteria "Paid learning time has clear, written criteria" {
    level recommended
    when benefits.education.paid_learning_time_hours_yearly > 0 hours
    require benefits.education.learning_time_criteria_published
    cite "NIST JQT Benefits — Financially support learning and skill building: Offer paid time off for learning with clear criteria for provision"
    advice "Publish who may take paid learning time, for what kind of learning, and how much"
  }

  # ---- I. Reduce the cost and burden of commuting.

  rule transit_subsidy "Transit passes are free or subsidized" {
    level recommended
    require benefits.commute.free_transit_pass or benefits.commute.transit_subsidy_monthly > $0/month
    cite "NIST JQT Benefits — Reduce the cost and burden of commuting: Offer free or subsidized transit passes"
    advice "Pay for or subsidize transit passes or vanpools; pre-tax transit (IRC 132(f)) lowers the cost further"
  }

  rule transit_information "Workers get information on public-transit options" {
    level recommended
    require benefits.commute.transit_info_provided
    cite "NIST JQT Benefits — Reduce the cost and burden of commuting: Offer … information on all public-transit options"
    advice "Give every new hire, and post at the worksite, the transit routes, schedules and fares that reach it"
  }

  # ---- J. Offer childcare and eldercare benefits.

  rule childcare_subsidy "Child care is subsidized" {
    level recommended
    require benefits.care.childcare_subsidy_yearly > $0/year
    cite "NIST JQT Benefits — Offer childcare and eldercare benefits: Provide childcare and eldercare subsidies"
    advice "Pay part of workers' child care costs, directly or through reserved places at a provider"
  }

  rule eldercare_subsidy "Elder care is subsidized" {
    level recommended
    require benefits.care.eldercare_subsidy_yearly > $0/year
    cite "NIST JQT Benefits — Offer childcare and eldercare benefits: Provide childcare and eldercare subsidies"
    advice "Pay part of workers' elder care costs (adult day care, respite care, in-home help)"
  }

  rule care_information "Workers get information on local child care and elder care" {
    level recommended
    require benefits.care.referral_info_provided
    cite "NIST JQT Benefits — Offer childcare and eldercare benefits: Provide information on local childcare and eldercare options (this bullet appears twice on the page; one rule covers both)"
    advice "Provide a referral service or an up-to-date list of local child care and elder care providers, with costs and openings"
  }

  rule onsite_childcare "Child care places exist at or near the worksite" {
    level recommended
    require benefits.care.onsite_or_nearby_childcare
    cite "NIST JQT Benefits — Offer childcare and eldercare benefits: Consider creating on-site or nearby childcare spaces"
    advice "Consider an on-site child care center, or reserve places at a provider near the worksite"
  }

  rule parent_peer_network "Working parents have a peer support network" {
    level recommended
    require benefits.care.parent_peer_network
    cite "NIST JQT Benefits — Offer childcare and eldercare benefits: Create peer-to-peer support networks for working parents of children under the age of 18"
    advice "Start a working-parents group with paid meeting time and a sponsor in leadership"
  }

  # ---- K. Offer tax benefits.

  rule pretax_deductions "Workers can pay for benefits from pre-tax pay" {
    level recommended
    require benefits.tax.section125_plan or length(benefits.tax.pretax_options) > 0
    cite "NIST JQT Benefits — Offer tax benefits: Offer pre-tax deduction benefits"
    advice "Set up a section 125 cafeteria plan so premiums and other costs come out of pre-tax pay"
  }

  rule dependent_care_fsa "A dependent care FSA is offered" {
    level recommended
    require benefits.tax.dcap_limit >= (if as_of >= 2026-01-01 then nist_min_dcap_limit else nist_min_dcap_limit_before_2026)
    cite "NIST JQT Benefits — Offer tax benefits: Offer pre-tax deduction benefits (dependent care FSA; legal limit, NIS-DCAP)"
    advice "Offer a dependent care FSA up to the legal limit ($7,500 a year from 2026) so workers pay for child care from pre-tax pay"
  }

  # ---- L. Promote worker financial wellness.

  rule ownership_or_profit_sharing "Workers share in ownership or profits" {
    level recommended
    require voice.employee_owned or pay.profit_sharing
    cite "NIST JQT Benefits — Promote worker financial wellness: Explore offering employee stock ownership plans (ESOPs), stock options, and profit sharing"
    advice "Explore an ESOP, stock options or a written profit-sharing plan that covers workers below management"
  }

  rule ownership_goal "Employee-owners set and publicly track an ownership goal" {
    level recommended
    when voice.employee_owned
    require benefits.financial.ownership_goal_published
    cite "NIST JQT Benefits — Promote worker financial wellness: Set employee ownership goals and track publicly"
    advice "Set a goal for the share of the company workers own and report progress publicly each year"
  }

  rule financial_wellness_assessed "The workforce's financial wellness was assessed" {
    level recommended
    require benefits.financial.wellness_assessment_date >= as_of - nist_financial_assessment_max_age
    cite "NIST JQT Benefits — Promote worker financial wellness: Conduct a financial wellness assessment of the workforce to understand workers' financial vulnerability and to identify opportunities to improve their resilience over the long term (cadence illustrative)"
    advice "Survey workers anonymously about savings, debt and financial stress, and use the results to choose financial benefits"
  }

  rule financial_coaching "Financial coaching is offered" {
    level recommended
    require benefits.financial.coaching_offered
    cite "NIST JQT Benefits — Promote worker financial wellness: Offer financial coaching or counseling in person or remotely"
    advice "Offer free financial coaching or counselling, in person or remotely, through a nonprofit, a credit union or the EAP"
  }

  rule family_building_support "Family planning, fertility or adoption costs are supported" {
    level recommended
    require benefits.family.fertility_or_adoption_support
    cite "NIST JQT Benefits — Promote worker financial wellness: Offer family planning, fertility, or adoption cost support"
    advice "Help pay for family planning, fertility treatment or adoption, through the health plan or a separate benefit"
  }

  # ---- M. Encourage benefit uptake and use.

  rule barriers_reviewed "Barriers to benefit use were reviewed recently" {
    level recommended
    require benefits.uptake.barrier_review_date >= as_of - nist_barrier_review_max_age
    cite "NIST JQT Benefits — Encourage benefit uptake and use: Systemically, identify and remove barriers to benefit use (cadence illustrative)"
    advice "Once a year, ask workers and managers what keeps people from using their benefits, and remove the obstacles found"
  }

  rule materials_in_workers_languages "Benefit materials are in every language the workforce speaks" {
    level recommended
    require benefits.uptake.materials_languages_count >= benefits.uptake.worker_languages_count
    cite "NIST JQT Benefits — Encourage benefit uptake and use: … including by focusing on culturally relevant communication to workers (languages spoken by 5+ workers, after the Seattle notice rule, SEA-OLS)"
    advice "Translate enrolment materials into every language that at least 5 workers speak, and explain benefits in meetings workers attend"
  }

  rule leaders_validate_use "Leaders tell workers to use their benefits" {
    level recommended
    require benefits.uptake.leaders_promote_use
    cite "NIST JQT Benefits — Encourage benefit uptake and use: Build a positive culture around workers' use of benefits, with leaders validating benefits' importance"
    advice "Have senior leaders say, at least once a year and by example, that workers should take their leave and use their benefits"
  }

  rule no_penalty_for_sick_leave "Using sick leave never counts against a worker" {
    level recommended
    require benefits.uptake.no_attendance_points_for_sick
    cite "NIST JQT Benefits — Encourage benefit uptake and use: Actively discourage presentism and workplace cultural norms that impede benefit uptake"
    advice "Remove attendance points and discipline for protected sick leave, and tell workers to stay home when sick"
  }

  rule benefits_navigation "Workers get help navigating their benefits" {
    level recommended
    require benefits.uptake.navigator_available
    cite "NIST JQT Benefits — Encourage benefit uptake and use: Offer navigation support for accessing benefits"
    advice "Offer one-on-one help to understand and use benefits: an HR navigator, a hotline or a benefits counsellor"
  }
}

# ---- tests (run with `jqlc test stdlib/nist`; ignored by `check`) ------------------
# Figures are illustrative. Every test sets org.reporting_date so that the
# dated rules do not depend on the day the tests run.

test "an employer that carries out every action passes every rule" {
  given {
    org.reporting_date = 2026-03-01
    benefits {
      needs_assessment_date = 2025-10-15
      worker_input_in_design = true
      adjusted_after_assessment = true
      health {
        offered = true
        aca_compliant_mec = true
        actuarial_value_pct = 70%
        employer_share_single_pct = 85%
        employer_share_family_pct = 75%
        plan_design_matches_needs = true
        plan_options_count = 2
        deductible_single = $1_500
        wellness_program = true
        eap_offered = true
      }
      mental {
        behavioral_health_measured = true
        expanded_coverage = true
        oon_cost_sharing_reduced = false
        network_providers_change_pct = 12%
      }
      leave {
        paid_sick_hours_per_year = 56 hours
        paid_medical_leave_weeks = 12 weeks
        paid_family_leave_weeks = 12 weeks
        vacation_days_after_1y = 15 days
        paid_holidays_yearly = 8 days
        volunteer_hours_yearly = 16 hours
        emergency_care_leave_days = 5 days
        bereavement_days = 5 days
        bereavement_paid = true
      }
      retirement {
        plan_offered = true
        plan_type = "401k"
        employer_match_pct = 5%
        auto_enroll = true
        auto_enroll_default_pct = 4%
        auto_escalation_step_pct = 1%
        auto_escalation_cap_pct = 10%
        qdia = true
        max_expense_ratio_pct = 0.35%
        portability_support = true
      }
      savings {
        emergency_savings_program = true
        hardship_fund = true
        seed_deposit_amount = $100
        split_direct_deposit = true
        savings_match_pct = 50%
      }
      education {
        tuition_assistance_max_yearly = $5_250/year
        tuition_criteria_published = true
        student_loan_repayment_yearly = $1_200/year
        student_loan_criteria_published = true
        paid_learning_time_hours_yearly = 24 hours
        learning_time_criteria_published = true
      }
      commute {
        free_transit_pass = false
        transit_subsidy_monthly = $100/month
        transit_info_provided = true
      }
      care {
        childcare_subsidy_yearly = $2_000/year
        eldercare_subsidy_yearly = $1_000/year
        referral_info_provided = true
        onsite_or_nearby_childcare = true
        parent_peer_network = true
      }
      tax {
        section125_plan = true
        pretax_options = ["premiums", "health_fsa", "dependent_care_fsa", "transit"]
        health_fsa = true
        dcap_limit = $7_500/year
      }
      financial {
        ownership_goal_published = true
        wellness_assessment_date = 2025-05-01
        coaching_offered = true
      }
      family.fertility_or_adoption_support = true
      uptake {
        reviewed_by_demographics = true
        demographic_gap_pct = 6%
        barrier_review_date = 2025-11-01
        worker_languages_count = 3
        materials_languages_count = 3
        leaders_promote_use = true
        no_attendance_points_for_sick = true
        navigator_available = true
      }
    }
    security {
      misclassified_workers_count = 0
      contractor_share_pct = 2%
      classification_review_date = 2025-09-01
    }
    voice.employee_owned = true
    pay.profit_sharing = true
  }
  expect nist_benefits.needs_assessed pass
  expect nist_benefits.workers_engaged pass
  expect nist_benefits.adjusted_after_assessment pass
  expect nist_benefits.uptake_reviewed pass
  expect nist_benefits.uptake_gap pass
  expect nist_benefits.health_offered pass
  expect nist_benefits.consumer_protections pass
  expect nist_benefits.minimum_value pass
  expect nist_benefits.employer_contribution pass
  expect nist_benefits.employer_contribution_family pass
  expect nist_benefits.plan_fits_needs pass
  expect nist_benefits.plan_choice pass
  expect nist_benefits.affordable_deductible pass
  expect nist_benefits.wellness_program pass
  expect nist_benefits.eap_offered pass
  expect nist_benefits.health_fsa pass
  expect nist_benefits.behavioral_health_measured pass
  expect nist_benefits.expanded_mental_health pass
  expect nist_benefits.mental_health_network pass
  expect nist_benefits.paid_sick_leave pass
  expect nist_benefits.paid_medical_leave pass
  expect nist_benefits.paid_family_leave pass
  expect nist_benefits.paid_vacation pass
  expect nist_benefits.paid_holidays pass
  expect nist_benefits.community_service_time pass
  expect nist_benefits.emergency_care_leave pass
  expect nist_benefits.bereavement_leave pass
  expect nist_benefits.bereavement_paid pass
  expect nist_benefits.retirement_plan pass
  expect nist_benefits.employer_match pass
  expect nist_benefits.auto_enrollment pass
  expect nist_benefits.auto_escalation pass
  expect nist_benefits.default_investment pass
  expect nist_benefits.low_fee_options pass
  expect nist_benefits.portability pass
  expect nist_benefits.emergency_savings pass
  expect nist_benefits.hardship_fund pass
  expect nist_benefits.savings_incentives pass
  expect nist_benefits.no_misclassification pass
  expect nist_benefits.classification_reviewed pass
  expect nist_benefits.tuition_assistance pass
  expect nist_benefits.tuition_criteria pass
  expect nist_benefits.tuition_amount pass
  expect nist_benefits.student_loan_repayment pass
  expect nist_benefits.student_loan_criteria pass
  expect nist_benefits.paid_learning_time pass
  expect nist_benefits.learning_time_criteria pass
  expect nist_benefits.transit_subsidy pass
  expect nist_benefits.transit_information pass
  expect nist_benefits.childcare_subsidy pass
  expect nist_benefits.eldercare_subsidy pass
  expect nist_benefits.care_information pass
  expect nist_benefits.onsite_childcare pass
  expect nist_benefits.parent_peer_network pass
  expect nist_benefits.pretax_deductions pass
  expect nist_benefits.dependent_care_fsa pass
  expect nist_benefits.ownership_or_profit_sharing pass
  expect nist_benefits.ownership_goal pass
  expect nist_benefits.financial_wellness_assessed pass
  expect nist_benefits.financial_coaching pass
  expect nist_benefits.family_building_support pass
  expect nist_benefits.barriers_reviewed pass
  expect nist_benefits.materials_in_workers_languages pass
  expect nist_benefits.leaders_validate_use pass
  expect nist_benefits.no_penalty_for_sick_leave pass
  expect nist_benefits.benefits_navigation pass
  expect nist_benefits pass
}

test "plans that are offered but fall short fail the actions" {
  given {
    org.reporting_date = 2026-03-01
    benefits {
      needs_assessment_date = 2023-02-01
      worker_input_in_design = false
      adjusted_after_assessment = false
      health {
        offered = true
        aca_compliant_mec = false
        actuarial_value_pct = 55%
        employer_share_single_pct = 50%
        employer_share_family_pct = 20%
        plan_design_matches_needs = false
        plan_options_count = 1
        deductible_single = $4_000
        wellness_program = false
        eap_offered = false
      }
      mental {
        behavioral_health_measured = false
        expanded_coverage = false
        oon_cost_sharing_reduced = false
        network_providers_change_pct = -5%
      }
      leave {
        paid_sick_hours_per_year = 24 hours
        paid_medical_leave_weeks = 0 days
        paid_family_leave_weeks = 0 days
        vacation_days_after_1y = 5 days
        paid_holidays_yearly = 3 days
        volunteer_hours_yearly = 0 hours
        emergency_care_leave_days = 0 days
        bereavement_days = 3 days
        bereavement_paid = false
      }
      retirement {
        plan_offered = true
        plan_type = "simple_ira"
        employer_match_pct = 1%
        auto_enroll = true
        auto_enroll_default_pct = 1%
        auto_escalation_step_pct = 0%
        auto_escalation_cap_pct = 3%
        qdia = false
        max_expense_ratio_pct = 1.2%
        portability_support = false
      }
      savings {
        emergency_savings_program = false
        hardship_fund = false
        seed_deposit_amount = $0
        split_direct_deposit = false
        savings_match_pct = 0%
      }
      education {
        tuition_assistance_max_yearly = $500/year
        tuition_criteria_published = false
        student_loan_repayment_yearly = $300/year
        student_loan_criteria_published = false
        paid_learning_time_hours_yearly = 4 hours
        learning_time_criteria_published = false
      }
      commute {
        free_transit_pass = false
        transit_subsidy_monthly = $0/month
        transit_info_provided = false
      }
      care {
        childcare_subsidy_yearly = $0/year
        eldercare_subsidy_yearly = $0/year
        referral_info_provided = false
        onsite_or_nearby_childcare = false
        parent_peer_network = false
      }
      tax {
        section125_plan = false
        pretax_options = []
        health_fsa = false
        dcap_limit = $0/year
      }
      financial {
        ownership_goal_published = false
        wellness_assessment_date = 2022-06-01
        coaching_offered = false
      }
      family.fertility_or_adoption_support = false
      uptake {
        reviewed_by_demographics = true
        demographic_gap_pct = 18%
        barrier_review_date = 2024-01-15
        worker_languages_count = 3
        materials_languages_count = 1
        leaders_promote_use = false
        no_attendance_points_for_sick = false
        navigator_available = false
      }
    }
    security {
      misclassified_workers_count = 4
      contractor_share_pct = 10%
      classification_review_date = 2021-01-01
    }
    voice.employee_owned = true
    pay.profit_sharing = false
  }
  expect nist_benefits.needs_assessed fail
  expect nist_benefits.workers_engaged fail
  expect nist_benefits.adjusted_after_assessment fail
  expect nist_benefits.uptake_reviewed pass
  expect nist_benefits.uptake_gap fail
  expect nist_benefits.health_offered pass
  expect nist_benefits.consumer_protections fail
  expect nist_benefits.minimum_value fail
  expect nist_benefits.employer_contribution fail
  expect nist_benefits.employer_contribution_family fail
  expect nist_benefits.plan_fits_needs fail
  expect nist_benefits.plan_choice fail
  expect nist_benefits.affordable_deductible fail
  expect nist_benefits.wellness_program fail
  expect nist_benefits.eap_offered fail
  expect nist_benefits.health_fsa fail
  expect nist_benefits.behavioral_health_measured fail
  expect nist_benefits.expanded_mental_health fail
  expect nist_benefits.mental_health_network fail
  expect nist_benefits.paid_sick_leave fail
  expect nist_benefits.paid_medical_leave fail
  expect nist_benefits.paid_family_leave fail
  expect nist_benefits.paid_vacation fail
  expect nist_benefits.paid_holidays fail
  expect nist_benefits.community_service_time fail
  expect nist_benefits.emergency_care_leave fail
  expect nist_benefits.bereavement_leave fail
  expect nist_benefits.bereavement_paid fail
  expect nist_benefits.retirement_plan pass
  expect nist_benefits.employer_match fail
  expect nist_benefits.auto_enrollment fail
  expect nist_benefits.auto_escalation fail
  expect nist_benefits.default_investment fail
  expect nist_benefits.low_fee_options fail
  expect nist_benefits.portability fail
  expect nist_benefits.emergency_savings fail
  expect nist_benefits.hardship_fund fail
  expect nist_benefits.savings_incentives fail
  expect nist_benefits.no_misclassification fail
  expect nist_benefits.classification_reviewed fail
  expect nist_benefits.tuition_assistance pass
  expect nist_benefits.tuition_criteria fail
  expect nist_benefits.tuition_amount fail
  expect nist_benefits.student_loan_repayment pass
  expect nist_benefits.student_loan_criteria fail
  expect nist_benefits.paid_learning_time fail
  expect nist_benefits.learning_time_criteria fail
  expect nist_benefits.transit_subsidy fail
  expect nist_benefits.transit_information fail
  expect nist_benefits.childcare_subsidy fail
  expect nist_benefits.eldercare_subsidy fail
  expect nist_benefits.care_information fail
  expect nist_benefits.onsite_childcare fail
  expect nist_benefits.parent_peer_network fail
  expect nist_benefits.pretax_deductions fail
  expect nist_benefits.dependent_care_fsa fail
  expect nist_benefits.ownership_or_profit_sharing pass
  expect nist_benefits.ownership_goal fail
  expect nist_benefits.financial_wellness_assessed fail
  expect nist_benefits.financial_coaching fail
  expect nist_benefits.family_building_support fail
  expect nist_benefits.barriers_reviewed fail
  expect nist_benefits.materials_in_workers_languages fail
  expect nist_benefits.leaders_validate_use fail
  expect nist_benefits.no_penalty_for_sick_leave fail
  expect nist_benefits.benefits_navigation fail
  expect nist_benefits fail
}

test "an employer with no plans fails the offers; the plan details do not apply" {
  given {
    org.reporting_date = 2026-03-01
    benefits {
      health.offered = false
      retirement { plan_offered = false  plan_type = "none" }
      leave.bereavement_days = 0 days
      education {
        tuition_assistance_max_yearly = $0/year
        student_loan_repayment_yearly = $0/year
        paid_learning_time_hours_yearly = 0 hours
      }
      uptake.reviewed_by_demographics = false
    }
    security.contractor_share_pct = 0%
    voice.employee_owned = false
    pay.profit_sharing = false
  }
  expect nist_benefits.needs_assessed untested
  expect nist_benefits.workers_engaged untested
  expect nist_benefits.adjusted_after_assessment not_applicable
  expect nist_benefits.uptake_reviewed fail
  expect nist_benefits.uptake_gap not_applicable
  expect nist_benefits.health_offered fail
  expect nist_benefits.consumer_protections not_applicable
  expect nist_benefits.minimum_value not_applicable
  expect nist_benefits.employer_contribution not_applicable
  expect nist_benefits.employer_contribution_family not_applicable
  expect nist_benefits.plan_fits_needs not_applicable
  expect nist_benefits.plan_choice not_applicable
  expect nist_benefits.affordable_deductible not_applicable
  expect nist_benefits.wellness_program untested
  expect nist_benefits.eap_offered untested
  expect nist_benefits.health_fsa untested
  expect nist_benefits.behavioral_health_measured untested
  expect nist_benefits.expanded_mental_health not_applicable
  expect nist_benefits.mental_health_network not_applicable
  expect nist_benefits.paid_sick_leave untested
  expect nist_benefits.paid_medical_leave untested
  expect nist_benefits.paid_family_leave untested
  expect nist_benefits.paid_vacation untested
  expect nist_benefits.paid_holidays untested
  expect nist_benefits.community_service_time untested
  expect nist_benefits.emergency_care_leave untested
  expect nist_benefits.bereavement_leave fail
  expect nist_benefits.bereavement_paid not_applicable
  expect nist_benefits.retirement_plan fail
  expect nist_benefits.employer_match not_applicable
  expect nist_benefits.auto_enrollment not_applicable
  expect nist_benefits.auto_escalation not_applicable
  expect nist_benefits.default_investment not_applicable
  expect nist_benefits.low_fee_options not_applicable
  expect nist_benefits.portability not_applicable
  expect nist_benefits.emergency_savings untested
  expect nist_benefits.hardship_fund untested
  expect nist_benefits.savings_incentives untested
  expect nist_benefits.no_misclassification untested
  expect nist_benefits.classification_reviewed not_applicable
  expect nist_benefits.tuition_assistance fail
  expect nist_benefits.tuition_criteria not_applicable
  expect nist_benefits.tuition_amount not_applicable
  expect nist_benefits.student_loan_repayment fail
  expect nist_benefits.student_loan_criteria not_applicable
  expect nist_benefits.paid_learning_time fail
  expect nist_benefits.learning_time_criteria not_applicable
  expect nist_benefits.transit_subsidy untested
  expect nist_benefits.transit_information untested
  expect nist_benefits.childcare_subsidy untested
  expect nist_benefits.eldercare_subsidy untested
  expect nist_benefits.care_information untested
  expect nist_benefits.onsite_childcare untested
  expect nist_benefits.parent_peer_network untested
  expect nist_benefits.pretax_deductions untested
  expect nist_benefits.dependent_care_fsa untested
  expect nist_benefits.ownership_or_profit_sharing fail
  expect nist_benefits.ownership_goal not_applicable
  expect nist_benefits.financial_wellness_assessed untested
  expect nist_benefits.financial_coaching untested
  expect nist_benefits.family_building_support untested
  expect nist_benefits.barriers_reviewed untested
  expect nist_benefits.materials_in_workers_languages untested
  expect nist_benefits.leaders_validate_use untested
  expect nist_benefits.no_penalty_for_sick_leave untested
  expect nist_benefits.benefits_navigation untested
  # half of the actions that apply are needed; with the rest unknown, still open
  expect nist_benefits untested
}

test "an employer that reported nothing leaves every action untested" {
  given {
    org.reporting_date = 2026-03-01
  }
  expect nist_benefits.needs_assessed untested
  expect nist_benefits.workers_engaged untested
  expect nist_benefits.adjusted_after_assessment not_applicable
  expect nist_benefits.uptake_reviewed untested
  expect nist_benefits.uptake_gap untested
  expect nist_benefits.health_offered untested
  expect nist_benefits.consumer_protections untested
  expect nist_benefits.minimum_value untested
  expect nist_benefits.employer_contribution untested
  expect nist_benefits.employer_contribution_family untested
  expect nist_benefits.plan_fits_needs untested
  expect nist_benefits.plan_choice untested
  expect nist_benefits.affordable_deductible untested
  expect nist_benefits.wellness_program untested
  expect nist_benefits.eap_offered untested
  expect nist_benefits.health_fsa untested
  expect nist_benefits.behavioral_health_measured untested
  expect nist_benefits.expanded_mental_health untested
  expect nist_benefits.mental_health_network untested
  expect nist_benefits.paid_sick_leave untested
  expect nist_benefits.paid_medical_leave untested
  expect nist_benefits.paid_family_leave untested
  expect nist_benefits.paid_vacation untested
  expect nist_benefits.paid_holidays untested
  expect nist_benefits.community_service_time untested
  expect nist_benefits.emergency_care_leave untested
  expect nist_benefits.bereavement_leave untested
  expect nist_benefits.bereavement_paid untested
  expect nist_benefits.retirement_plan untested
  expect nist_benefits.employer_match untested
  expect nist_benefits.auto_enrollment untested
  expect nist_benefits.auto_escalation untested
  expect nist_benefits.default_investment untested
  expect nist_benefits.low_fee_options untested
  expect nist_benefits.portability untested
  expect nist_benefits.emergency_savings untested
  expect nist_benefits.hardship_fund untested
  expect nist_benefits.savings_incentives untested
  expect nist_benefits.no_misclassification untested
  expect nist_benefits.classification_reviewed untested
  expect nist_benefits.tuition_assistance untested
  expect nist_benefits.tuition_criteria untested
  expect nist_benefits.tuition_amount untested
  expect nist_benefits.student_loan_repayment untested
  expect nist_benefits.student_loan_criteria untested
  expect nist_benefits.paid_learning_time untested
  expect nist_benefits.learning_time_criteria untested
  expect nist_benefits.transit_subsidy untested
  expect nist_benefits.transit_information untested
  expect nist_benefits.childcare_subsidy untested
  expect nist_benefits.eldercare_subsidy untested
  expect nist_benefits.care_information untested
  expect nist_benefits.onsite_childcare untested
  expect nist_benefits.parent_peer_network untested
  expect nist_benefits.pretax_deductions untested
  expect nist_benefits.dependent_care_fsa untested
  expect nist_benefits.ownership_or_profit_sharing untested
  expect nist_benefits.ownership_goal untested
  expect nist_benefits.financial_wellness_assessed untested
  expect nist_benefits.financial_coaching untested
  expect nist_benefits.family_building_support untested
  expect nist_benefits.barriers_reviewed untested
  expect nist_benefits.materials_in_workers_languages untested
  expect nist_benefits.leaders_validate_use untested
  expect nist_benefits.no_penalty_for_sick_leave untested
  expect nist_benefits.benefits_navigation untested
  expect nist_benefits untested
}

test "an assessment without a reported follow-up leaves the follow-up untested" {
  given {
    org.reporting_date = 2026-03-01
    benefits.needs_assessment_date = 2026-01-10
  }
  expect nist_benefits.needs_assessed pass
  expect nist_benefits.adjusted_after_assessment untested
}

test "without a reporting date, dated rules count back from the evaluation date" {
  given {
    # An assessment dated far in the future is recent whatever day the tests run;
    # one dated long ago is stale.
    benefits.needs_assessment_date = 2999-12-31
    benefits.financial.wellness_assessment_date = 2001-01-01
  }
  expect nist_benefits.needs_assessed pass
  expect nist_benefits.financial_wellness_assessed fail
}

test "the dependent care FSA limit: $5,000 is enough on 2025-12-31, not from 2026-01-01" {
  given "2025-12-31" {
    org.reporting_date = 2025-12-31
    benefits.tax.dcap_limit = $5_000/year
  }
  given "2026-01-01" {
    org.reporting_date = 2026-01-01
    benefits.tax.dcap_limit = $5_000/year
  }
  expect "2025-12-31" nist_benefits.dependent_care_fsa pass
  expect "2026-01-01" nist_benefits.dependent_care_fsa fail
}
