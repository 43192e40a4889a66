# Expression typing (spec 5, 11.9, 11.12): conditions must be bool, `if`
# branches one comparable type, `in` items like their left side,
# quantifier bodies of the right kind.
facts {
  employees: count "Workers on payroll"
  industry: text
  languages: list of text
  pay.bonus: money
  collection job "A position"
  job.title: text
  job.hourly_wage: money/hour
  job.headcount: count
}

standard expressions "Expressions" {
  rule conditions "Conditions that are not bool" {
    when industry
    require employees
    unless pay.bonus
    require not employees
    require employees and true
    require true or industry
    require pay.bonus implies true
  }
  rule branches "if" {
    require (if employees > 5 then pay.bonus else 5 days) > $0
    require (if employees then 1 else 2) > 0
    require (if employees > 5 then industry else "none") == "retail"
  }
  rule membership "in" {
    require employees in [1, "two", 3]
    require industry not in ["retail", 4]
    require employees in languages
    require industry in employees
    require [1, 2]
  }
  rule quantifiers "Quantifier bodies" {
    require all j in job: j.hourly_wage
    require (sum j in job: j.title) > 0
    require (max j in job: j.headcount > 1) > 0
    require (min j in job: j.title) == "a"
    require (share j in job weighted by j.title: j.headcount > 1) > 50%
    require (share j in job weighted by j.headcount: j.headcount) > 50%
  }
  rule fine "Correct expressions" {
    require (sum j in job: j.headcount) >= 0 and (max j in job: j.hourly_wage) > $0/hour
    require (share j in job weighted by j.headcount: j.hourly_wage > $15/hour) >= 50%
    require "English" in languages and industry in ["retail", "childcare"]
  }
}
