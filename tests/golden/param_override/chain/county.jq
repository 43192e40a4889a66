import "base.jq"
param floor = $18/hour
