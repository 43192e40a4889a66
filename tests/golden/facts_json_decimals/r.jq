facts {
  wage: money/hour
  share_full: percent
  tenure: years
}
standard s "S" { rule r "R" { require wage >= $15/hour } }
