# weighted shares: a negative weight is a runtime error naming the element
# (weights 3 and -2 gave 300%), a total weight of 0 is untested with a reason
facts {
  collection job
  job.headcount: count
  job.adjust: number
  job.low_pay: bool
}
standard low "Low pay" {
  rule by_workers "Share of workers paid low" {
    require (share j in job weighted by j.headcount: j.low_pay) <= 10%
  }
  rule adjusted "Share by adjusted weight" {
    require (share j in job weighted by j.headcount + j.adjust: j.low_pay) <= 50%
  }
}
