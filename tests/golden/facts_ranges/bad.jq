facts {
  name: text in 0..1
  pct: percent in 0..100
  gap: number in 5..1
  notice: hours in $5..
  wage: money/hour in $0/hour..$100/hour
}
facts {
  wage: money/hour in $0/hour..$200/hour
  notice: hours
}
