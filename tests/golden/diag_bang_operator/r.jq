facts {
  a: bool
  n: number
}
standard s "S" {
  rule neg "C-style negation" { require !a }
  rule ne "C-style not-equal is fine" { require n != 1 }
}
