[].insert(1)
