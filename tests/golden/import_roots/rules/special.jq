# names that exist but cannot be read say why
import "loop"
import "gone.jq"
import "devnull.jq"
