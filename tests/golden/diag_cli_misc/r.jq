facts {
  a: bool "Whether a holds"
}
standard s "S" {
  rule r "R" { require a }
}
