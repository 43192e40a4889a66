standard s "S" {
  rule r "R" { require pay.wage > 0 }
}
