# Every check of jqlc lint once (docs/lint.md); the ignores are in lint_ignore.
facts {
  org.employee_count: count "Workers on payroll"
  org.net_income: money in .. "May be negative"
  org.unused: money "Asked, never read"
  voice.cba_coverage_pct: percent in 0%..100% "Share of workers under a union contract"
  voice.committee: bool "A labor-management committee meets"
  collection job "A position"
  job.wage: money/hour
  job.spare: bool "A member no rule reads"
  collection site "A worksite no rule reads"
  site.size: count
}
param floor = $15/hour "Wage floor"
param unused_threshold = 3 "Read by nothing"

standard earnings "Earnings" {
  rule no_cite "Every job pays the floor" {
    require all j in job: j.wage >= floor
    require all k in job:
      (k.wage >= floor)
    advice "Raise wages"
  }
  rule no_advice "Income is reported" {
    when org.net_income < $0 or org.employee_count >= 0
    require org.net_income is known
    cite "Example policy, section 1"
  }
}

standard voice "Voice" {
  rule full "Full coverage has a committee" {
    when voice.cba_coverage_pct > 100%
    when org.employee_count < 0
    when org.employee_count > 50 and org.employee_count <= 10
    when org.employee_count <= -1 or false
    when false
    when false
    unless voice.committee
    require voice.committee
    cite "Example policy, section 5"
    advice "Set up a committee"
  }
}

standard counted "Counted" {
  rule staffed "Staffed" {
    require org.employee_count > 0
    cite "Example policy, section 2"
    advice "Hire"
  }
}

tier good "Good" {
  requires counted
}
