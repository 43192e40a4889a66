# Keywords, unit words and built-in names may not name a declaration or be
# the first segment of a fact (spec 11.6); a keyword may follow a dot.
facts {
  employer.state: text            # keyword
  week.hours_scheduled: hours     # unit word
  today.open: bool                # built-in name
  benefits.count: count           # fine: a keyword after a dot
  collection year "A year"        # unit word
}

param minute = 5                  # unit word
param round = 2                   # built-in name
let abs = 3                       # built-in name
let month = 1                     # unit word

standard length "Length" {        # built-in name
  rule contains "Contains" {      # built-in name, and no require
    when benefits.count > 0
  }
  rule day "Day" {                # unit word
    require benefits.count >= 1
  }
}

tier annual "Annual" { requires length }
