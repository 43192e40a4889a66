# East Asian wide characters take two columns on a terminal: the caret stays under its
# token (the column number still counts characters)
facts {
  org.sector: one of "医療", "教育", "建設" "業種 (sector)"
  ok: bool
}
standard quality "職場の質" { rule r "規則" { require okk } }
