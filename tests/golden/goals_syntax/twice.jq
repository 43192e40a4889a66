# One 'share of employers' line per goal, and each other line at most once:
# the later one is the error, with a note at the first.
import "common.jq"

goal a "Everything twice" {
  share of employers reaching quality_job >= 75%
  where org.employees > 10
  deadline 2027-12-31
  cite "Plan, goal 1"
  advice "Fund better jobs"
  share of employers passing earnings >= 50%
  where org.employees > 20
  deadline 2028-12-31
  cite "Plan, goal 2"
  advice "Fund more jobs"
}
