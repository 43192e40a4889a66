standard extra "Extra" {
  rule r "R" { require pay.lowest > $1.00/hour }
}
