table t "Parse errors" {
  key a: text
  key b: text
  key c: text
  kee d: text
  value: number
  value: number
  from: text
  "a", "b", "c" => 1
  "a", "b" florm 2026-01-01 => 1
}
