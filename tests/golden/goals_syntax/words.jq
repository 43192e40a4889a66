# The goal body's own words: 'employers' after 'share of', 'reaching' or
# 'passing' before the target. Inside the body they are keywords, so a fact
# named 'where' cannot be read in a 'where' expression.
import "common.jq"

facts {
  where: bool "A fact named like a goal word"
}

goal a "No 'of'" {
  share employers reaching quality_job >= 75%
}

goal b "A misspelt word" {
  share of employers reachin quality_job >= 75%
}

goal c "A goal word as a fact" {
  share of employers reaching quality_job >= 75%
  where where
}
