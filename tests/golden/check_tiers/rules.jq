# A tier lists standards only (with a "did you mean"), each once; its id is
# unique; `requires N of` needs 1 <= N <= the number listed (spec 6, 11.15).
facts {
  employees: count "Workers on payroll"
}

param multiplier = 100%

standard earnings "Earnings" {
  rule some "Some workers" { require employees > 0 }
}
standard scheduling "Scheduling" {
  rule some "Some workers" { require employees > 0 }
}

tier bronze "Bronze" { requires earnigs, scheduling, employees }
tier silver "Silver" { requires earnings, scheduling, earnings }
tier bronze "Bronze again" { requires earnings }
tier gold "Gold" { requires 3 of earnings, scheduling }
tier platinum "Platinum" { requires earnings, multiplier }
tier fine "Fine" { requires 2 of earnings, scheduling }
