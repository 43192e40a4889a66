import "nowhere.jq"
import "also/nowhere"
facts { employees: count }
standard s "S" { rule r "R" { require employees > 0 } }
