[1].insert(1.5, 2)
