# Text that a rule file, a fact file or an argument controls reaches the terminal
# escaped (docs/cli.md, Security): control characters and bidirectional overrides
# show as <U+XXXX>, in reports, test results, templates and diagnostics. The escapes
# \u{...} put them in strings; the title of rule k holds a raw U+202E.
facts {
  ok: bool "Is it ok?\u{1B}]0;owned\u{7}\u{D}employer \"X\" { ok = true }"
  kind: one of "a\u{1B}[31m", "b" "Kind of \u{202E}exe.txt"
}

standard s "Safe S\u{9B}2J" {
  rule r "R\u{1B}[2J" {
    advice "Fix\u{1B}[5m it\u{2066}"
    require ok
  }
  rule k "Kind RLO‮b" { require kind == "b" }
}

test "t\u{1B}[2J" {
  given { ok = false kind = "b" }
  expect s.r pass
}
