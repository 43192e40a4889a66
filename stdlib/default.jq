# stdlib/default.jq — the default rule set of jqlc (`std/default`).
#
# `jqlc check` loads this when no -r option is given and there is no
# ./standards folder. It holds two Results for America principles as
# standards and two tiers built from them. Agencies usually write their own
# file that imports this one and adds local rules and tiers (see
# examples/county/standards/county.jq).

import "rfa/earnings.jq"
import "rfa/benefits.jq"

tier living_wage_employer "Living-wage employer: meets the RFA Earnings and Benefits standards" {
  requires earnings, benefits
}

tier on_the_path "On the path: meets at least one of the RFA Earnings and Benefits standards" {
  requires 1 of earnings, benefits
}
