import "rules/a_vocabulary.jq"
standard extra "Extra" { rule small "Small" { require employees < 10 } }
