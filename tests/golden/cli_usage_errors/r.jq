facts { employees: count }
standard s "S" { rule r "R" { require employees > 0 } }
