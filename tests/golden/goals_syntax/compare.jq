# A goal is a share to reach: only >= and > compare it, whatever follows the
# tier, the standard or the weight.
import "common.jq"

goal a "At most" {
  share of employers reaching quality_job <= 75%
}

goal b "Equal" {
  share of employers passing earnings == 50%
}

goal c "Below, weighted" {
  share of employers passing earnings weighted by org.employees < 25%
}
