facts {
  employees: count "Workers on payroll"
  pay.lowest_hourly_wage: money/hour
}
standard size "Size" {
  rule mid "Mid-sized" {
    require 10 <= employees < 500
  }
  rule reported "Reported" {
    require employees is known == true
  }
  rule fine "Parenthesised is fine" {
    require (employees is known) == true
  }
}
