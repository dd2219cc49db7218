set().union(5)
