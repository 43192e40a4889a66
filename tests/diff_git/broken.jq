standard broken "Broken" {
  rule r "R" { require }
}
