# `table` and `default` are reserved words (docs/language.md §11) with no grammar
# yet: like every keyword they may be a segment after a '.', and a member name
# inside a fact-file group.
facts {
  report.table: bool "A table of the report is filled in"
  report.default: text "What was assumed"
}

standard reports "Reports" {
  rule filled "The report's table is filled in" {
    require report.table and report.default == "none"
  }
}
