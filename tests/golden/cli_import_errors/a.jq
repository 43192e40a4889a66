import "b.jq"
facts { employees: count }
