facts {
  org.name: text "Legal name"
  org.sector: one of "childcare", "retail", "health"
  org.tags: list of text
  org.founded: date
  org.nonprofit: bool
  employees: count in 1..
  score: number
  net_income: money in ..
  union_share: percent in 0%..100%
  pay.lowest_hourly_wage: money/hour
  pay.salary: money/year
  pay.bonus: money
  ref.living_wage: money/hour
  leave.shift: minutes
  leave.sick: hours in 0 hours..2000 hours
  leave.notice: days
  leave.family: weeks
  tenure.probation: months
  tenure.vesting: years
  collection job "A position"
  job.hourly_wage: money/hour
  job.headcount: count
  job.full_time: bool
  job.title: text
  job.shift: one of "day", "night"
  job.share_women: percent in 0%..100%
  job.started: date
  job.notice: days
  job.skills: list of text
}
default ref.living_wage = $20/hour "regional figure"
default leave.notice = 7 days
standard pay "Pay" {
  rule floor "Floor" { require pay.lowest_hourly_wage >= ref.living_wage }
  rule jobs "Every job" { require all j in job: j.hourly_wage >= ref.living_wage }
  rule salary { when pay.salary is known require annual(pay.salary) >= $30000/year }
  rule bonus { require pay.bonus > $0 or net_income < $0
    level recommended }
  rule fulltime { require (share j in job weighted by j.headcount: j.full_time) >= 50% }
}
standard leave "Leave" {
  rule sick { require leave.sick >= 40 hours and leave.shift <= 12 hours }
  rule family { require leave.family >= 12 weeks or tenure.probation < 3 months }
  rule notice { require leave.notice >= 14 days }
  rule vesting { require tenure.vesting <= 3 years }
}
standard org "Org" {
  rule sector { when org.sector == "childcare" require org.nonprofit }
  rule tags { require "union" in org.tags or union_share >= 25% }
  rule founded { require org.founded < 2026-01-01 }
  rule size { require employees >= 1 and score >= 0 }
  rule named { require org.name is known }
  rule jobs { require any j in job: j.title is known and j.shift == "day" and
    j.share_women > 40% and j.started <= 2026-01-01 and j.notice >= 7 days and
    "cpr" in j.skills }
}
tier good { requires pay, leave }
