# `..` leaves the folder of the rule path given
import "../shared.jq"
standard s "S" { rule r "R" { require ok } }
