facts { org.state: text  n: number  d: date  flag: bool }
param rate = 5
table nokey "No key" { value: number  }
table novalue "No value" { key k: text }
table badkey "List key" { key k: bool  value: number }
table rows "Rows" {
  key state: one of "CO", "WA"
  from: date
  value: percent
  "CO" from 2026-01-01 => 5%
  "CO" from 2026-01-01 => 6%
  "TX" from 2026-01-01 => 7%
  "WA" => 8%
  "WA" from 2026-01-01 => 0.08
  "WA", "x" from 2026-01-01 => 9%
  7 from 2025-01-01 => 1%
}
table plain "No dates" {
  key n: number
  value: money
  1 from 2026-01-01 => $1
}
table rate "Clash" { key k: text  value: number  "a" => 1 }
let plain = 3
standard s "S" {
  rule r1 "R1" { require n >= rows["CO"] }
  rule r2 "R2" { require n >= rows["CO", d, d] }
  rule r3 "R3" { require n >= rows[n] }
  rule r4 "R4" { require n >= rows["TX"] }
  rule r5 "R5" { require n >= rowz["CO"] }
  rule r6 "R6" { require n >= rate["CO"] }
  rule r7 "R7" { require n >= rows["CO", flag] }
  rule r8 "R8" { require plain > 0 }
}
