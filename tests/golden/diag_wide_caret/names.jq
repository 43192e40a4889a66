# names are ASCII: each wide character is reported under itself
standard 職場 "S" { rule r "R" { require true } }
