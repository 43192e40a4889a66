# however many `..`: a file outside the roots is never read, so none of its lines is shown
import "../../../../../../../../../../../../../../../../../../../../etc/passwd"
