# JQL corpus for tests/editors.sh: constructs the library and the examples do not
# all use, each valid (jqlc test tests/editors/corpus.jq passes).
facts {
  pay.wage: money/hour in $0/hour..$200/hour "Lowest hourly wage"
  pay.salary: money/year in $0/year.. "Lowest salary"
  pay.bonus: money in .. "Bonus, may be negative"
  pay.share: percent in 0%..100% "Share"
  leave.notice: days in 1 day..2 weeks "Notice"
  leave.sick: hours in 0 hours..2_000 hours "Sick leave a year"
  org.state: text "State"
  org.kind: one of "shop", "farm" "Kind"
  org.count: count in 1.. "Workers"
  org.founded: date in 1800-01-01.. "Founded"
  org.tags: list of text "Tags"
  benefits.offered: bool "Offered"
  collection job "A position"
  job.wage: money/hour "Wage"
}

default org.state = "CO" "the agency's state"

param floor = $15.00/hour "Floor (illustrative)"
param notice_days = 14 days "Notice"

table min_wage "Minimum wage" {
  key state: text
  from: date
  value: money/hour
  "CO" from 2025-01-01 => $14.81/hour source "Colorado \"PAY CALC\" Order\t2025"
  "CO" from 2026-01-01 => $15.16/hour
}

let lowest = min(pay.wage, floor)
let yearly = annual(pay.wage) + $0.10/year * 2 - $100/year / 4 * 0

standard wages "Wages" {
  version "2026.1"
  effective 2026-01-01
  rule floor_met "Pays the floor" {
    level required
    when org.state is known and org.state not in ["WY", "ID"]
    unless not (org.kind == "shop" implies org.kind != "farm")
    require pay.wage >= min_wage[org.state] or pay.wage >= floor
    require all j in job: j.wage >= floor
    require (count j in job: j.wage < floor) == 0
    require if benefits.offered then leave.sick >= 40 hours else leave.notice >= notice_days
    require length(org.tags) >= 0 and not contains(org.state, "none") and "none" not in org.tags
    require round(pay.share, 2) <= 100% and abs(pay.bonus) >= $0
    require org.founded < today
    cite "Local ordinance, section 3"
    advice "Raise the lowest wage.\nSee the county's guide."
  }
  rule notice "Notice" {
    level recommended
    require leave.notice >= 2 weeks
  }
}

tier good "Good job" {
  requires 1 of wages
}

goal most "Most employers pay the floor" {
  share of employers passing wages weighted by org.count >= 50%
  where org.kind == "shop"
  deadline 2027-12-31
}

test "a shop that pays the floor" {
  given "Shop" {
    org { state = "CO" kind = "shop" count = 4 founded = 2001-05-01 tags = ["retail"] }
    pay.wage = $21.00/hour
    pay.share = 50%
    pay.bonus = -$5
    benefits.offered = true
    leave.sick = 48 hours
    leave.notice = 14 days
    job "Clerk" { wage = $21.00/hour }
  }
  expect "Shop" wages.floor_met pass
  expect "Shop" wages pass
  expect goal most met
}
