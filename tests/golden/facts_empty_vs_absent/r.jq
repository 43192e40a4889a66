facts {
  collection job "A position"
  job.hourly_wage: money/hour
}
standard jobs "Jobs" {
  rule all_jobs "Every job pays $15" {
    require all j in job: j.hourly_wage >= $15/hour
  }
  rule no_low "No job pays under $10" {
    require none j in job: j.hourly_wage < $10/hour
  }
  rule some_job "Some job exists" {
    level recommended
    require any j in job: j.hourly_wage > $0/hour
  }
  rule few_jobs "At most 5 jobs" {
    require (count j in job: true) <= 5
  }
  rule lowest "Lowest job" {
    level recommended
    require (min j in job: j.hourly_wage) >= $15/hour
  }
  rule reported "Jobs reported" {
    level recommended
    require job is known
  }
}
