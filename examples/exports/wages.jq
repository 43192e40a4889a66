# A small standard over the library's vocabulary, for the examples of fact files
# exported as JSON, JSON Lines and CSV (docs/language.md §9, "Facts from JSON and CSV").
import "std/vocabulary"

standard wages "Living wage and fair schedules" {
  rule lowest_wage "The lowest base wage is at least the living wage" {
    require pay.lowest_hourly_wage >= ref.living_wage_hourly
  }
  rule every_job "Every position pays at least the living wage" {
    require all j in job: j.hourly_wage >= ref.living_wage_hourly
  }
  rule notice "Schedules are posted at least 14 days ahead" {
    require schedule.advance_notice_days >= 14 days
  }
  rule union "Most workers are covered by a union contract" {
    level recommended
    require voice.cba_coverage_pct >= 50%
  }
}
