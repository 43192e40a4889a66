facts {
  benefits.languages: list of text "Languages benefit materials are printed in"
  collection job "A position"
  job.hourly_wage: money/hour
}
standard outreach "Outreach" {
  rule spanish "Benefit materials are available in Spanish" {
    require "es" in benefits.languages
  }
  rule jobs_listed "Positions are listed" {
    require all j in job: j.hourly_wage > $0/hour
  }
}
