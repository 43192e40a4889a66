facts {
  a: bool
  n: number
}
standard s "S" {
  rule neg "Negation" { require not a }
  rule ne "C-style not-equal is fine" { require n != 1 }
}
