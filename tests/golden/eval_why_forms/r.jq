# The "why" of a rule that does not pass, for each kind of condition: parentheses
# kept balanced, 'when'/'unless' conditions, implies, if, quantifiers, and text
# values with control characters shown escaped.
facts {
  a: bool
  b: bool
  n: number
  m: number
  title: text
  collection job
  job.w: money/hour
}
standard why "Explanations" {
  rule parens "a parenthesised side" { require (n + 1) * 2 > 10 }
  rule inner "a comparison inside parentheses" { require ((n > 5)) }
  rule unbalanced "a side that starts with a parenthesis" { require (n + 1) * (m + 1) > 100 }
  rule implies_true "not of an implies" { require not (b implies a) }
  rule if_known "if with a known condition" { require if a then n > 5 else m > 5 }
  rule if_unknown "if whose condition faults" { require if n / 0 > 1 then true else false }
  rule all_want "not all" { require not (all j in job: j.w > $5/hour) }
  rule none_no "none" { require none j in job: j.w > $10/hour }
  rule any_no "any" { require any j in job: j.w > $100/hour }
  rule none_want "not none" { require not (none j in job: j.w > $100/hour) }
  rule count_want "count" { require (count j in job: j.w > $10/hour) > 5 }
  rule tab "text with a tab" { require title == "plain" }
  rule unless_true "unless holds" { unless a require n > 0 }
  rule when_false "when does not hold" { when b require n > 0 }
  rule when_parens "a parenthesised condition" { when (b) require n > 0 }
  rule parens2 "doubled parentheses" { require ((n + 1)) > 10 }
  rule parens3 "both sides parenthesised" { require (n + 1) > (n * 2) + 5 }
}
