facts {
  a: bool
  b: bool
  c: bool
  d: bool
  e: bool
  small: bool
  floor: bool
}
# three of the four practices that apply; the fifth applies to small employers only
standard practices "Practices" {
  requires 3 of recommended
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require b }
  rule c "C" { level recommended  require c }
  rule d "D" { level recommended  require d }
  rule e "E" { level recommended  when small  require e }
}
# half of those that apply, rounded up, on top of a required floor
standard mixed "Mixed" {
  requires 50% of recommended
  rule floor "Floor" { require floor }
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require b }
  rule c "C" { level recommended  require c }
}
# without the line a recommended-only standard fails on one bar (the fold)
standard folded "Folded" {
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require b }
}
tier good "Good" {
  requires practices
  requires 1 of mixed, folded
}
