import "../r.jq"
table state_min_wage "Without dates" {
  key state: text
  value: money/hour
  "CO" => $20/hour
}
