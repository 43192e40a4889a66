facts {
  pay.lowest_hourly_wage: money/hour
  org.sector: text
  benefits.paid_sick_days: count
  benefits.offers_health: bool
}
param min_wage = $15/hour

standard pay "Pay: a wage *above* the floor" {
  version "2026.1"
  rule floor "At least the floor" {
    require pay.lowest_hourly_wage >= min_wage
    advice "Raise the wage to <min_wage> & publish it"
    cite "County plan | goal 2"
  }
  rule sector "A known sector" {
    level recommended
    require org.sector != "<b>none</b>"
    advice "Name the sector"
  }
}
standard leave "Leave" {
  rule sick "Sick days" { require benefits.paid_sick_days >= 5 }
  rule health "Health" { require benefits.offers_health }
}
tier bronze "Bronze" { requires pay }
tier gold "Gold" { requires pay, leave }
