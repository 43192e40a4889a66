facts {
  a: bool
  b: bool
  c: bool
  d: bool
}
param needed = 50% "Share of the practices that must pass"
param at_least = 3 "How many practices must pass"
param floor = $15/hour "Not a count"

# scored by a param: an agency sets it in its own file or with --param
standard practices "Practices" {
  requires needed of recommended
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require b }
  rule c "C" { level recommended  require c }
  rule d "D" { level recommended  require d }
}

standard counted "Counted" {
  requires at_least of recommended
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require b }
  rule c "C" { level recommended  require c }
  rule d "D" { level recommended  require d }
}
