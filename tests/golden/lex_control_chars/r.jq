facts {
  ok: bool "Offered	a tab is fine"   # a tab in a comment	is fine too
  name: text "A [31mred[0m title"
}
# a bell  in a comment, and a C1 control  too
standard s "S" {
  rule r "R" { require ok }
}
