  floor = 1
