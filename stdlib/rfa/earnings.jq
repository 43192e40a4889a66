# stdlib/rfa/earnings.jq — Results for America principle 1, Earnings.
#
#   "Earnings: Living wage provided through base pay, bonuses and profit
#    sharing"  (RFA Job Quality Playbook, Strategy, recommended actions:
#    "There are eight key principles to consider in establishing job
#    standards")
#
# Sources (keys as in the jqlc research notes, domain-jobquality.md §6):
#   RFA-STRAT   RFA Job Quality Playbook, Strategy > Recommended actions
#               https://jobquality.results4america.org/opportunities/strategy/recommended-actions
#   RFA-WAGE    RFA Job Quality Playbook, Wage subsidies > Recommended actions
#               (MIT living wage for a single adult with no children as the minimum)
#   RFA-M-EARN  RFA Job Quality Playbook, Metrics > Earnings
#   RFA-BLOG    Results for America blog, "How to make a better job" (2024)
#   NIST-PAY    NIST Job Quality Toolkit, Pay driver: "Provide an equitable
#               living wage to all workers and ensure fair compensation practices"
#   NIST-BEN    NIST Job Quality Toolkit, Benefits driver, "Promote worker
#               financial wellness"
#   GJI         Good Jobs Institute, Basic needs: "all employees paid a living hourly wage"
#   UW-START    UW START Center business exemplars (MOD Pizza targets the 50th
#               percentile of industry pay)
#
# Rules marked `level recommended` come from sources that only recommend or
# list a metric; their thresholds are marked illustrative where no source
# gives one. Agencies override any param with --param NAME=VALUE.

import "../vocabulary.jq"

param living_wage_multiplier = 100% "Share of the local living wage (MIT, 1 adult, 0 children) that base pay must reach; RFA recommends the full living wage"
param federal_minimum_wage = $7.25/hour "Federal minimum wage (FLSA), unchanged for about 15 years per RFA (2024)"
param max_share_below_living_wage = 0% "Largest share of workers allowed to earn less than the living wage; Good Jobs Institute target is none"
param large_employer_employees = 100 "Headcount from which profit sharing or employee ownership is expected (illustrative threshold)"
param min_industry_pay_percentile = 50% "Percentile of industry pay the employer's median wage should reach (illustrative; MOD Pizza targets the 50th percentile, UW-START)"
param max_living_wage_disparity = 5% "Largest gap, in percentage points, between the share of women (or of workers of color) paid below the living wage and the share of all workers paid below it (illustrative; RFA names living-wage disparities for BIPOC communities without a threshold)"
param max_unexplained_pay_gap = 5% "Largest unexplained pay gap by gender or by race after job, tenure and location (illustrative; RFA lists pay gaps as a metric without a threshold)"

standard earnings "Earnings: living wage provided through base pay, bonuses and profit sharing" {
  version "2026.1"
  source "Results for America Job Quality Playbook, Strategy, recommended actions, principle 1 (Earnings)"

  # The living wage this standard asks for, per hour.
  let living_wage = ref.living_wage_hourly * living_wage_multiplier

  # What the lowest-paid worker earns an hour. Principle 1 counts "base
  # pay, bonuses and profit sharing" toward the living wage, so the
  # employer's figure with bonuses and profit sharing
  # (pay.lowest_hourly_earnings) is used when it reports one; otherwise base
  # pay alone (pay.lowest_hourly_wage), a lower bound, stands in. Tips do not
  # count.
  let lowest_earnings = if pay.lowest_hourly_earnings is known
    then pay.lowest_hourly_earnings
    else pay.lowest_hourly_wage

  # Share of workers paid below it: the employer's own payroll figure when
  # reported, otherwise computed from the positions, weighted by headcount.
  let share_below_living_wage = if pay.share_below_living_wage_pct is known
    then pay.share_below_living_wage_pct
    else share j in job weighted by j.headcount: j.hourly_wage < living_wage

  rule lowest_wage "The lowest-paid worker earns at least the local living wage" {
    require lowest_earnings >= living_wage
    cite "RFA Job Quality Playbook, Strategy, principle 1 (Earnings); Wage subsidies, recommended actions: MIT living wage, 1 adult 0 children, as the minimum standard"
    advice "Raise the lowest hourly earnings to at least the local living wage; base pay, bonuses and profit sharing count (report them as pay.lowest_hourly_earnings), tips do not"
  }

  rule every_job "Every position pays at least the local living wage" {
    require all j in job: j.hourly_wage >= living_wage
    cite "NIST Job Quality Toolkit, Pay driver: provide an equitable living wage to all workers; Good Jobs Institute, Basic needs"
    advice "Raise the base wage of each position listed below the living wage, starting with the lowest-paid"
  }

  rule above_federal_minimum "No worker is paid less than the federal minimum wage" {
    require pay.lowest_hourly_wage >= federal_minimum_wage
    cite "Fair Labor Standards Act minimum wage of $7.25 an hour, as cited by Results for America, How to make a better job (2024)"
    advice "Pay every worker at least the federal minimum wage at once, and check state and local minimums, which may be higher"
  }

  rule workers_below_living_wage "Few or no workers earn less than the living wage" {
    level recommended
    require share_below_living_wage <= max_share_below_living_wage
    cite "RFA Job Quality Playbook, Metrics, Earnings (share of workers below a living wage); Good Jobs Institute, Basic needs"
    advice "Report headcount per position, and plan raises for the positions that hold the most workers below the living wage"
  }

  # Shares of the women, of the workers of color and of all workers whose
  # position pays below the living wage (job.women_count, job.bipoc_count,
  # job.headcount as weights). Unknown where any count is missing.
  let women_below = share j in job weighted by j.women_count: j.hourly_wage < living_wage
  let bipoc_below = share j in job weighted by j.bipoc_count: j.hourly_wage < living_wage
  let all_below = share j in job weighted by j.headcount: j.hourly_wage < living_wage

  rule living_wage_disparity "Women and workers of color are no more likely than others to be paid below the living wage" {
    level recommended
    require women_below <= all_below + max_living_wage_disparity
      and bipoc_below <= all_below + max_living_wage_disparity
    cite "RFA Job Quality Playbook, Strategy, recommended actions: data may show \"disparities in addressing living wages for BIPOC communities\"; NIST Job Quality Toolkit, Pay driver (an equitable living wage to all workers); the 5-point margin is illustrative"
    advice "Give the positions held mostly by women or by workers of color a raise to the living wage first, and report headcounts by gender and race per position"
  }

  rule profit_sharing "Large employers share profits or ownership with workers" {
    level recommended
    when org.employee_count >= large_employer_employees
    require pay.profit_sharing or voice.employee_owned
    cite "RFA Job Quality Playbook, Strategy, principle 1 (Earnings: base pay, bonuses and profit sharing); NIST Job Quality Toolkit, Benefits: explore ESOPs, stock options and profit sharing"
    advice "Adopt a written profit-sharing plan or an employee ownership plan (ESOP, stock grants) that covers workers below management"
  }

  rule bonus_criteria "Bonus criteria are published" {
    level recommended
    when pay.bonuses_paid
    require pay.bonus_criteria_published
    cite "RFA Job Quality Playbook, Metrics, Earnings (profit sharing and bonus criteria); NIST Job Quality Toolkit, Pay driver (fair compensation practices)"
    advice "Write down how bonuses are earned and share the criteria with every eligible worker"
  }

  rule industry_pay "Pay is at or above the industry median" {
    level recommended
    require pay.median_wage_industry_percentile >= min_industry_pay_percentile
    cite "RFA Job Quality Playbook, Metrics, Earnings (pay compared with the industry); 50th percentile target of MOD Pizza (UW START Center business exemplars), illustrative"
    advice "Benchmark wages against the industry in your area (BLS OEWS or a salary survey) and raise the positions that fall below the median"
  }

  rule pay_gap "There is no large unexplained pay gap by gender or race" {
    level recommended
    require abs(deia.pay_gap_gender_pct) <= max_unexplained_pay_gap
      and abs(deia.pay_gap_race_pct) <= max_unexplained_pay_gap
    cite "RFA Job Quality Playbook, Metrics, Earnings (gender and race pay gaps); NIST Job Quality Toolkit, Pay driver (pay-equity analysis); the 5% threshold is illustrative"
    advice "Run a pay-equity analysis by gender, race and ethnicity every year and close unexplained gaps with targeted raises"
  }
}

# ---- tests (run with `jqlc test stdlib/rfa/earnings.jq`; ignored by `check`) ----

test "a wage below the living wage fails the floor" {
  given {
    org.employee_count = 40
    ref.living_wage_hourly = $24.00/hour
    pay.lowest_hourly_wage = $21.00/hour
    pay.bonuses_paid = false
    pay.median_wage_industry_percentile = 40%
    deia.pay_gap_gender_pct = 7%
    deia.pay_gap_race_pct = 2%
    job "Picker" { hourly_wage = $21.00/hour  headcount = 30 }
    job "Supervisor" { hourly_wage = $28.00/hour  headcount = 10 }
  }
  expect earnings.lowest_wage fail
  expect earnings.every_job fail
  expect earnings.above_federal_minimum pass
  expect earnings.workers_below_living_wage fail
  expect earnings.profit_sharing not_applicable
  expect earnings.bonus_criteria not_applicable
  expect earnings.industry_pay fail
  expect earnings.pay_gap fail
  expect earnings fail
}

test "living wages everywhere pass; missing facts leave rules untested" {
  given {
    org.employee_count = 250
    ref.living_wage_hourly = $20.50/hour
    pay.lowest_hourly_wage = $21.00/hour
    voice.employee_owned = false
    job "Assembler" { hourly_wage = $21.00/hour  headcount = 200 }
    job "Lead" { hourly_wage = $26.00/hour  headcount = 50 }
  }
  expect earnings.lowest_wage pass
  expect earnings.every_job pass
  expect earnings.workers_below_living_wage pass
  expect earnings.profit_sharing untested
  expect earnings.bonus_criteria untested
  expect earnings.industry_pay untested
  expect earnings.pay_gap untested
  expect earnings pass
}

test "a large employee-owned firm with published bonus criteria and fair pay" {
  given {
    org.employee_count = 640
    ref.living_wage_hourly = $20.00/hour
    pay {
      lowest_hourly_wage = $21.50/hour
      share_below_living_wage_pct = 0%
      profit_sharing = false
      bonuses_paid = true
      bonus_criteria_published = true
      median_wage_industry_percentile = 60%
    }
    voice.employee_owned = true
    deia.pay_gap_gender_pct = -2%
    deia.pay_gap_race_pct = 3%
  }
  expect earnings.lowest_wage pass
  expect earnings.every_job untested
  expect earnings.workers_below_living_wage pass
  expect earnings.profit_sharing pass
  expect earnings.bonus_criteria pass
  expect earnings.industry_pay pass
  expect earnings.pay_gap pass
  expect earnings untested
}

test "sub-minimum pay, no profit sharing and secret bonus criteria fail" {
  given {
    org.employee_count = 1200
    ref.living_wage_hourly = $27.00/hour
    pay {
      lowest_hourly_wage = $7.00/hour
      share_below_living_wage_pct = 45%
      profit_sharing = false
      bonuses_paid = true
      bonus_criteria_published = false
    }
    voice.employee_owned = false
    job = []
  }
  expect earnings.lowest_wage fail
  expect earnings.above_federal_minimum fail
  expect earnings.every_job pass
  expect earnings.workers_below_living_wage fail
  expect earnings.profit_sharing fail
  expect earnings.bonus_criteria fail
  expect earnings fail
}

test "an unknown size leaves profit sharing untested; no living wage figure leaves the floor untested" {
  given {
    pay.lowest_hourly_wage = $15.00/hour
    pay.profit_sharing = true
  }
  expect earnings.lowest_wage untested
  expect earnings.every_job untested
  expect earnings.above_federal_minimum pass
  expect earnings.profit_sharing untested
  expect earnings untested
}

test "bonuses and profit sharing count toward the living wage when reported" {
  given {
    ref.living_wage_hourly = $24.00/hour
    pay.lowest_hourly_wage = $22.00/hour
    pay.lowest_hourly_earnings = $24.00/hour
  }
  expect earnings.lowest_wage pass
}

test "earnings with bonuses still below the living wage fail" {
  given {
    ref.living_wage_hourly = $24.00/hour
    pay.lowest_hourly_wage = $22.00/hour
    pay.lowest_hourly_earnings = $23.99/hour
  }
  expect earnings.lowest_wage fail
}

test "without wage facts the wage rules are untested" {
  given {
    pay.bonuses_paid = false
  }
  expect earnings.lowest_wage untested
  expect earnings.above_federal_minimum untested
  expect earnings.workers_below_living_wage untested
  expect earnings.bonus_criteria not_applicable
  expect earnings untested
}

test "women concentrated in the positions below the living wage fail the disparity rule" {
  given {
    ref.living_wage_hourly = $24.00/hour
    job "Aide" { hourly_wage = $18.00/hour  headcount = 10  women_count = 9  bipoc_count = 5 }
    job "Manager" { hourly_wage = $30.00/hour  headcount = 10  women_count = 1  bipoc_count = 5 }
  }
  # women: 90% below; all workers: 50%; workers of color: 50%
  expect earnings.living_wage_disparity fail
}

test "below-living-wage positions shared evenly pass the disparity rule" {
  given {
    ref.living_wage_hourly = $24.00/hour
    job "Aide" { hourly_wage = $18.00/hour  headcount = 10  women_count = 5  bipoc_count = 5 }
    job "Manager" { hourly_wage = $30.00/hour  headcount = 10  women_count = 5  bipoc_count = 5 }
  }
  expect earnings.living_wage_disparity pass
}
