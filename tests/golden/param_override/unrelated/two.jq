import "../chain/base.jq"
param floor = $17/hour
