import "self.jq"
