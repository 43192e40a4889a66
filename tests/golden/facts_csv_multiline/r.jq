facts {
  note: text
  n: count
}
standard s "S" { rule r "R" { require n > 0 } }
