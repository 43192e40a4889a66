# In a subfolder: `jqlc test standards` still finds this file's test.
import "../base.jq"
standard extra "Extra" {
  rule small { require n < 10 }
}
test "small fails at 12" {
  given { n = 12 }
  expect extra.small fail
  expect base.positive pass
}
