facts {
  founded: date
  wage: money/hour
  part: percent
  employees: count
  family: weeks
}
standard s "S" { rule r "R" { require employees > 0 } }
