import "c"
