facts {
  leave.paid_sick: days "Paid sick leave per year"
}
# a duration's number and unit must be on one line: reported at the number
param min_sick = 5
  days "Paid sick leave floor"
standard leave "Leave" {
  rule sick "Sick leave" { require leave.paid_sick >= 5    # at least five
    days }
}
