facts { w: money/hour "w" }
standard s "S" { rule r "R" { require w >= $1/hour and } }
