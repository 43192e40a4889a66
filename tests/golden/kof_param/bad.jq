facts { a: bool }
param floor = $15/hour "Not a count"
param shared = 50% "A share"
standard s1 "S1" {
  requires shares of recommended
  rule a "A" { level recommended  require a }
}
standard s2 "S2" {
  requires floor of recommended
  rule a "A" { level recommended  require a }
}
