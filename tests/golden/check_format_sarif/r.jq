# Every status, and text that each report format must quote or escape.
facts {
  wage: money/hour
  staff: count
  payroll: money
  notice: text "The scheduling notice, as written"
  union: bool
}
standard pay "Pay, fairly" {
  rule floor "Floor <wage> & more" {
    cite "Ordinance 7,\n\"living wage\" §2"
    advice "Raise the floor; then review it"
    require wage >= $15/hour
  }
  rule average "Average pay" { require payroll / staff >= $30_000 }
}
standard voice "Voice" {
  rule notice "Notice is posted" { require notice == "posted, #1" }
  rule union "Union, when large" {
    level recommended
    when staff >= 50
    require union
  }
}
