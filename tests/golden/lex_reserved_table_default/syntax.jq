# Nor name a param, a let or a standard.
param table = 1 "Rows"
let x = 1
let default = 2
let y = 3
standard default "Default" {
  rule r "R" { require true }
}
