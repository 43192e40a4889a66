standard s "S" { rule r "R" { require ok } }
