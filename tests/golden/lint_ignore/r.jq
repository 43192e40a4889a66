# Ignore comments (docs/lint.md, Silencing a warning).
facts {
  org.employee_count: count "Workers on payroll"
  # Read by --group-by, not by a rule.
  # jqlc: ignore[JQL-L001]
  org.region: text "Region"
  org.spare: text "Silenced by a trailing comment" # jqlc: ignore[JQL-L001]
}

standard s "S" {
  # jqlc: ignore[JQL-L003, JQL-L004]
  rule both "Both silenced" { require org.employee_count > 0 }

  # jqlc: ignore[JQL-L003]
  # the author's own comment between the two
  #jqlc:ignore [ JQL-L004 ]
  rule stacked "Stacked ignores" { require org.employee_count > 1 }

  # jqlc: ignore[JQL-L004]
  rule other_code "Only advice silenced, the cite is reported" { require org.employee_count > 2 }

  # jqlc: ignore[JQL-L004, JQL-L03, JQL-L999, jql-l003]
  rule unknown_codes "Unknown codes" { require org.employee_count > 3 cite "c" }

  # jqlc: ignore[JQL-L004]

  rule blank_line "An ignore above a blank line silences the blank line" {
    require org.employee_count > 4 cite "c"
  }

  # jqlc: ignore JQL-L003
  # jqlc: ignore[]
  # jqlc: ignore[JQL-L003,]
  # jqlc: ignore[JQL-L003 JQL-L004]
  # jqlc: skip[JQL-L003]
  rule malformed "Malformed ignores" { require org.employee_count > 5 cite "c" advice "a" }

  # jqlc: ignore[JQL-L007]
  rule stale "Nothing to silence" {
    require org.employee_count > 6
    cite "c"
    advice "a"
  }
}
