# The vocabulary, formatted.
facts {
  org.n: count "Employees"
  org.exempt: bool
  ref.lw: money/hour in $0/hour.. "Living wage"
  pay.w: money/hour
}
