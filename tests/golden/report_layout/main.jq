# standards are reported in load order: zeta.jq's first (imported first), then
# alpha.jq's, then this file's own — not sorted by id
import "zeta.jq"
import "alpha.jq"
standard middle "Declared last" { rule r "R" { require ok } }
tier both "Both" { requires zeta, alpha }
