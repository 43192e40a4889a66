facts {
  leave.paid_sick: days "Paid sick leave per year"
}
standard leave "Leave" { rule sick "Sick leave" { require leave.paid_sick >= 5 days } }
