standard s "S" {
  rule r "R" { require org.employe_count > 0 }
}
