# A stand-in for the library's std/default (JQL_STDLIB=lib), so that the
# counts below do not change when the real library gains tests.
import "earnings.jq"
import "benefits.jq"
