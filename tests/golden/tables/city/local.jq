# an importing file replaces a library table whole (same columns, its own rows)
import "../r.jq"
table city_min_wage "Local minimum wage, with Boulder" {
  key state: text
  key city: text
  from: date
  value: money/hour
  "CO", "Denver" from 2026-01-01 => $19.29/hour
  "CO", "Boulder" from 2026-01-01 => $16.82/hour
}
