# A county's funded-employer portfolio (docs/cli.md, "The portfolio summary"): three
# standards over the library's vocabulary, two tiers, and the workforce counts the
# playbook asks to disaggregate by.
import "std/vocabulary"

facts {
  org.region: one of "metro", "suburban", "rural"
    "Where the worksite is: the metro core, its suburbs, or the rural counties"
  workforce.women: count "Workers who identify as women, from the HR system or EEO-1 data"
  workforce.black: count "Workers who identify as Black or African American, from EEO-1 data"
}

standard wages "A living wage" {
  rule lowest_wage "The lowest base wage is at least the living wage" {
    require pay.lowest_hourly_wage >= ref.living_wage_hourly
  }
}

standard schedules "Fair schedules" {
  rule notice "Schedules are posted at least 14 days ahead" {
    require schedule.advance_notice_days >= 14 days
  }
}

standard benefits "Health coverage and paid sick leave" {
  rule health "A group health plan is offered" {
    require benefits.health.offered
  }
  rule sick "At least 40 hours of paid sick leave a year" {
    require benefits.leave.paid_sick_hours_per_year >= 40 hours
  }
}

tier good_job "Good job: a living wage and fair schedules" {
  requires wages, schedules
}

tier quality_job "Quality job: a good job with health coverage and paid sick leave" {
  requires wages, schedules, benefits
}
