# A goal's target is a percent literal: a bare number wants its '%', and any
# other literal is refused; the next goal's errors are still reported.
import "common.jq"

goal a "A bare number" {
  share of employers reaching quality_job >= 75
}

goal b "Money" {
  share of employers reaching quality_job weighted by org.employees > $5
}
