param unused = 3 "Read by nothing"
