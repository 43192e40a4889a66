facts {
  org.sector: one of "医療", "教育", "建設" "業種 (sector)"
}
standard s "S" { rule r "R" { require org.sector == "医療" } }
