facts { n: number }
standard s "S" { rule r "R" { require n > 0 } }
