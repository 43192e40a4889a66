facts { a: bool }
standard many "Two lines" {
  requires 1 of recommended
  requires 1 of recommended
  rule a "A" { level recommended  require a }
}
standard pct "Percent" {
  requires 150% of recommended
  rule a "A" { level recommended  require a }
}
standard zero "Zero" {
  requires 0 of recommended
  rule a "A" { level recommended  require a }
}
standard dollars "Money" {
  requires $3 of recommended
  rule a "A" { level recommended  require a }
}
