import "zeta.jq"
standard alpha "Imported second" { rule r "R" { require ok } }
