import "b.jq"
