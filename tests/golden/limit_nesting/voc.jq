# The vocabulary shared by the nesting cases.
facts {
  n: number
  b: bool
  collection jobs
  jobs.wage: money/hour
}
