# Collections (spec 4, 5, 11.7, 11.12): members only through a quantifier
# variable, quantifiers over collections only, variables that reuse no name.
facts {
  industry: text
  languages: list of text "Languages the employer hires for"
  pay.lowest_hourly_wage: money/hour
  collection job "A position"
  job.hourly_wage: money/hour
  job.headcount: count
}

param multiplier = 100%
let floor = $15/hour * multiplier

standard jobs "Jobs" {
  rule members "Members and collections used directly" {
    require job.hourly_wage >= floor
    require job > 0
    require job is known and job.headcount is known
  }
  rule ranges "Quantifier ranges" {
    require all j in industry: true
    require all j in languages: true
    require all j in jobs: j.hourly_wage >= floor
  }
  rule variables "Quantifier variables" {
    require all j in job: j > 0
    require all j in job: j.hourly_wgae >= floor
    require all j in job: any j in job: j.headcount > 1
    require all floor in job: floor.headcount > 1
    require all multiplier in job: multiplier.headcount > 1
    require all pay in job: pay.headcount > 1
  }
  rule fine "Correct uses" {
    require all j in job: j.hourly_wage >= floor and j.name != ""
    require (any j in job: j.headcount > 10) or (count j in job: j.headcount > 0) > 2
  }
}
