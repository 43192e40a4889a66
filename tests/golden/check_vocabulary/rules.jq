# Declaring one fact twice: the same type is fine (shared vocabularies),
# a different type is an error at the later declaration.
facts {
  employees: count "Workers on payroll"
  industry: text
  collection job "A position"
  job.hourly_wage: money/hour
}

facts {
  employees: count                # same type again: fine
  industry: one of "retail", "childcare"
  job.hourly_wage: money/year
  job.name: number                # the implicit label is always text
  job: text                       # already a collection
  collection industry
}

standard pay "Pay" {
  rule wage "Every job pays something" {
    require all j in job: j.hourly_wage > $0/hour
  }
}
