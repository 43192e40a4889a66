import "./a.jq"
standard s "S" { rule r "R" { require employees > 0 } }
