# stdlib/law/secure2.jq — SECURE 2.0 Act section 101: automatic enrolment
# in new 401(k) and 403(b) plans (`import "std/law/secure2"`).
#
# A 401(k) or 403(b) plan established after 2022-12-29 must, for plan years
# beginning after 2024-12-31, enrol eligible workers automatically at a
# default rate of 3% to 10% of pay, raise it by 1 point a year until it is
# at least 10% (and at most 15%), and invest the contributions of workers
# who make no choice in a qualified default investment alternative (QDIA).
# Exempt: employers with 10 or fewer employees, businesses less than 3
# years old, church plans and governmental plans; SIMPLE IRAs, pensions and
# plans established on or before 2022-12-29 are outside the rule.
#
# Simplification: the rules are in force from 2025-01-01, the start of the
# first calendar plan year; a plan whose year starts later in 2025 is
# checked a few months early.
#
# Federal law: no jurisdiction condition.
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §0, §6):
#   ERISA-S2   erisa.com on SECURE 2.0 Act of 2022, section 101 (new IRC 414A)
#   RPG-S2     rpgconsultants.com on section 101
#   MERCER-S2  mercer.com (2023) on section 101
#   ICI-414A   Investment Company Institute memo on the proposed regulations
#              (2025): section 101 adds IRC section 414A. Subsections of 414A
#              are not cited: no source given to the library supports them.

import "../vocabulary.jq"

param secure2_plans_established_after = 2022-12-29 "Plans established after this date (SECURE 2.0 enactment) must auto-enrol (IRC 414A)"
param secure2_min_default = 3% "Lowest first-year default contribution rate (IRC 414A)"
param secure2_max_default = 10% "Highest first-year default contribution rate (IRC 414A)"
param secure2_escalation_step = 1% "Yearly automatic increase of the default rate (IRC 414A)"
param secure2_escalation_target = 10% "Rate the yearly increases must reach at least (IRC 414A)"
param secure2_max_cap = 15% "Highest rate automatic increases may reach (IRC 414A)"
param secure2_small_employer = 10 "Employers with this many employees or fewer are exempt (IRC 414A)"
param secure2_new_business_age = 3 years "Businesses in existence less than this long are exempt (IRC 414A)"

standard law_secure2 "SECURE 2.0: automatic enrolment and escalation in new 401(k) and 403(b) plans" {
  version "2026.1"
  source "SECURE 2.0 Act of 2022 (Division T of the Consolidated Appropriations Act, 2023), section 101, IRC 414A, as summarised in the jqlc research notes (domain-jobquality.md §0)"
  effective 2025-01-01   # plan years beginning after 2024-12-31

  # A plan the section covers, and the three employer exemptions.
  let covered_plan = benefits.retirement.plan_type in ["401k", "403b"]
    and benefits.retirement.plan_established_date > secure2_plans_established_after
  let small_employer = org.employee_count <= secure2_small_employer
  let new_business = org.established_date + secure2_new_business_age > today
  let church_or_government = org.entity_type in ["church", "government"]

  rule auto_enroll "New workers are enrolled automatically" {
    when covered_plan
    unless small_employer
    unless new_business
    unless church_or_government
    require benefits.retirement.auto_enroll
    cite "SECURE 2.0 Act section 101, IRC 414A: eligible employees are enrolled automatically unless they elect otherwise [ERISA-S2, RPG-S2]"
    advice "Amend the plan to enrol every newly eligible worker automatically, with a notice and an opt-out"
  }

  rule default_rate "The default contribution rate is 3% to 10% of pay" {
    when covered_plan
    unless small_employer
    unless new_business
    unless church_or_government
    require benefits.retirement.auto_enroll_default_pct >= secure2_min_default
      and benefits.retirement.auto_enroll_default_pct <= secure2_max_default
    cite "SECURE 2.0 Act section 101, IRC 414A: first-year default of at least 3% and at most 10% of pay [ERISA-S2, MERCER-S2]"
    advice "Set the automatic-enrolment default between 3% and 10% of pay (6% is a common choice)"
  }

  rule escalation "The default rises by 1 point a year to at least 10%" {
    when covered_plan
    unless small_employer
    unless new_business
    unless church_or_government
    require benefits.retirement.auto_enroll_default_pct >= secure2_escalation_target
      or (benefits.retirement.auto_escalation_step_pct >= secure2_escalation_step
          and benefits.retirement.auto_escalation_cap_pct >= secure2_escalation_target)
    cite "SECURE 2.0 Act section 101, IRC 414A: the default increases by 1 percentage point each year until it is at least 10% [ERISA-S2, RPG-S2]"
    advice "Add automatic escalation of 1% of pay a year until the default reaches at least 10%"
  }

  rule escalation_cap "Automatic increases stop at 15% of pay or less" {
    when covered_plan
    unless small_employer
    unless new_business
    unless church_or_government
    require benefits.retirement.auto_escalation_cap_pct <= secure2_max_cap
    cite "SECURE 2.0 Act section 101, IRC 414A: automatic increases may not take the default above 15% [ERISA-S2, MERCER-S2]"
    advice "Stop automatic increases at no more than 15% of pay"
  }

  rule qdia "Contributions of workers who make no choice go to a default investment" {
    when covered_plan
    unless small_employer
    unless new_business
    unless church_or_government
    require benefits.retirement.qdia
    cite "SECURE 2.0 Act section 101, IRC 414A: automatic contributions are invested in a qualified default investment alternative (the DOL qualified default investment alternative regulation) [ERISA-S2]"
    advice "Name a qualified default investment alternative, such as a target-date fund, for workers who do not choose their investments"
  }
}

# ---- tests (jqlc test stdlib/law/secure2.jq; ignored by `check`) ----

test "a 2023 401(k) at 3% rising 1% a year to 10% passes" {
  given {
    org { employee_count = 410  established_date = 2009-05-01  entity_type = "for_profit" }
    benefits.retirement {
      plan_type = "401k"
      plan_established_date = 2023-06-01
      auto_enroll = true
      auto_enroll_default_pct = 3%
      auto_escalation_step_pct = 1%
      auto_escalation_cap_pct = 10%
      qdia = true
    }
  }
  expect law_secure2.auto_enroll pass
  expect law_secure2.default_rate pass
  expect law_secure2.escalation pass
  expect law_secure2.escalation_cap pass
  expect law_secure2.qdia pass
  expect law_secure2 pass
}

test "a 2024 403(b) without auto-enrolment, a 2% default and no escalation fails" {
  given {
    org { employee_count = 640  established_date = 1988-01-01  entity_type = "nonprofit" }
    benefits.retirement {
      plan_type = "403b"
      plan_established_date = 2024-01-01
      auto_enroll = false
      auto_enroll_default_pct = 2%
      auto_escalation_step_pct = 0%
      auto_escalation_cap_pct = 2%
      qdia = false
    }
  }
  expect law_secure2.auto_enroll fail
  expect law_secure2.default_rate fail
  expect law_secure2.escalation fail
  expect law_secure2.escalation_cap pass
  expect law_secure2.qdia fail
  expect law_secure2 fail
}

test "a default of 12% and increases to 18% fail the 10% and 15% limits" {
  given {
    org { employee_count = 80  established_date = 2001-01-01  entity_type = "for_profit" }
    benefits.retirement {
      plan_type = "401k"
      plan_established_date = 2025-02-01
      auto_enroll = true
      auto_enroll_default_pct = 12%
      auto_escalation_step_pct = 1%
      auto_escalation_cap_pct = 18%
    }
  }
  expect law_secure2.default_rate fail
  expect law_secure2.escalation pass
  expect law_secure2.escalation_cap fail
  expect law_secure2.qdia untested
  expect law_secure2 fail
}

test "a plan established before 2022-12-29 is outside the rule" {
  given {
    org { employee_count = 4_800  established_date = 1950-01-01  entity_type = "nonprofit" }
    benefits.retirement {
      plan_type = "403b"
      plan_established_date = 2015-01-01
      auto_enroll = false
    }
  }
  expect law_secure2.auto_enroll not_applicable
  expect law_secure2.default_rate not_applicable
  expect law_secure2 not_applicable
}

test "pensions, small employers, new businesses and governments are exempt" {
  given {
    org { employee_count = 950  established_date = 1900-01-01  entity_type = "government" }
    benefits.retirement { plan_type = "457"  plan_established_date = 2024-01-01 }
  }
  expect law_secure2.auto_enroll not_applicable
  expect law_secure2 not_applicable
}

test "an employer of 8 is exempt" {
  given {
    org { employee_count = 8  established_date = 2010-01-01  entity_type = "for_profit" }
    benefits.retirement {
      plan_type = "401k"
      plan_established_date = 2024-01-01
      auto_enroll = false
    }
  }
  expect law_secure2.auto_enroll not_applicable
  expect law_secure2.qdia not_applicable
}

test "a governmental 401(k) is exempt" {
  given {
    org { employee_count = 300  established_date = 1970-01-01  entity_type = "government" }
    benefits.retirement {
      plan_type = "401k"
      plan_established_date = 2024-01-01
      auto_enroll = false
    }
  }
  expect law_secure2.auto_enroll not_applicable
}

test "a business less than 3 years old is exempt" {
  # The founding date is set in the future so that the test does not depend
  # on the date it runs (the exemption lasts until established_date + 3 years).
  given {
    org { employee_count = 45  established_date = 2099-06-01  entity_type = "for_profit" }
    benefits.retirement {
      plan_type = "401k"
      plan_established_date = 2025-07-01
      auto_enroll = false
    }
  }
  expect law_secure2.auto_enroll not_applicable
}

test "an unknown plan date or founding date leaves the rules untested" {
  given {
    org { employee_count = 120  entity_type = "for_profit" }
    benefits.retirement { plan_type = "401k"  auto_enroll = true }
  }
  expect law_secure2.auto_enroll untested
  expect law_secure2 untested
}
