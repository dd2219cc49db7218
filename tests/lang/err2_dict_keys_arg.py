{}.keys(1)
