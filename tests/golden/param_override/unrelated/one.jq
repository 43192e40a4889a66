import "../chain/base.jq"
param floor = $16/hour
