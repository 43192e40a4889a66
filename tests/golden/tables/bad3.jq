facts { org.state: text  langs: list of text  n: number }
param rate = 5
table lists "List values" { key k: text  value: list of text }
table pairs "Two keys" {
  key a: text
  key b: text
  value: number
  "x" => 1
}
standard s "S" {
  rule r1 "R1" { require n >= pairs }
  rule r2 "R2" { require n >= rate["CO"] }
}
