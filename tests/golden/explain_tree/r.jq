# Every kind of node jqlc explain shows: clauses, lets, params, quantifiers over
# none, one and many elements, a weighted share, lookups, faults, lists.
facts {
  org.size: count
  org.state: text
  org.union: bool
  pay.lowest: money/hour
  pay.n: number
  pay.big: number
  langs: list of text
  collection job
  job.wage: money/hour
  job.headcount: count
  collection site
  site.safe: bool
}
param floor = $15/hour "Lowest wage allowed"
let top_wage = max j in job: j.wage
let gap = top_wage - pay.lowest

table state_min "State minimum wage" {
  key state: text
  from: date
  value: money/hour
  "CO" from 2025-01-01 => $14.81/hour  source "Colorado 2025"
  "CO" from 2026-01-01 => $15.16/hour  source "Colorado 2026"
}

standard t "Tree" {
  rule wage "Every job at the floor" {
    when org.size > 0
    unless org.union
    require all j in job: j.wage >= floor
  }
  rule spread "Top wage within $20 of the lowest" {
    require gap <= $20/hour and gap >= $0/hour
  }
  rule state "At least the state minimum" {
    require pay.lowest >= state_min[org.state]
  }
  rule sites "Every site safe" {
    level recommended
    require all s in site: s.safe
  }
  rule by_hours "Share of hours at the floor" {
    require (share j in job weighted by j.headcount: j.wage >= floor) >= 50%
  }
  rule divide "Division by zero" {
    require pay.n / 0 > 1 or pay.lowest > $1/hour
  }
  rule overflow "Overflow" {
    require pay.big * pay.big > 0
  }
  rule speaks "Spanish spoken" {
    require "es" in langs and org.state in ["CO", "WA"]
  }
  rule later "Not yet in force" {
    effective 2030-01-01
    require pay.lowest > $20/hour
  }
}
tier good "Good" {
  requires t
}
