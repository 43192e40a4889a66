import "/etc/passwd"
import "/"
import ""
