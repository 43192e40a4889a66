# The runner itself: a plain run passes and a missing fact file is an error.
rules r.jq
facts a.facts
run check --as-of 2026-01-01 -r r.jq a.facts
expect plain_run 0 ''
run check --as-of 2026-01-01 -r r.jq missing.facts
expect missing_fact_file 2 "cannot read 'missing.facts'"
