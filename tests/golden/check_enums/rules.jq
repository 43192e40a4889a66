# Text literals compared with an enumeration must be among its values
# (spec 2 and 11.11); enumeration values match case-sensitively.
facts {
  benefits.retirement_plan: one of "none", "401k", "403b", "pension" "Retirement plan offered"
  benefits.plans_offered: list of text
  collection job "A position"
  job.schedule: one of "full_time", "part_time"
}

let plan = benefits.retirement_plan

standard retirement "Retirement" {
  rule offered "A plan is offered" {
    require benefits.retirement_plan != "None"
    require "401K" == benefits.retirement_plan
    require benefits.retirement_plan in ["401k", "roth_ira", "403b"]
    require benefits.retirement_plan not in ["nothing"]
    require plan == "pensoin"
    require all j in job: j.schedule == "fulltime"
    require benefits.retirement_plan in ["401k", 403]
  }
  rule fine "Values that are allowed" {
    require benefits.retirement_plan in ["401k", "403b", "pension"]
    require plan != "none" and "pension" in benefits.plans_offered
    require any j in job: j.schedule == "full_time"
  }
}
