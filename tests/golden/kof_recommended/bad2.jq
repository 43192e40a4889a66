facts { a: bool }
standard norec "No recommended" {
  requires 1 of recommended
  rule a "A" { require a }
}
standard many "Too many" {
  requires 3 of recommended
  rule a "A" { level recommended  require a }
  rule b "B" { level recommended  require a }
}
tier empty "No lines" { }
tier two "Two lines" {
  requires norec
  requires 3 of many, norec
}
