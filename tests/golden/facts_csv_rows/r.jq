facts {
  note: text
  employees: count
}
standard s "S" {
  rule r "R" { require employees > 0 }
  rule shown "Shows the note" { require note == "-" }
}
