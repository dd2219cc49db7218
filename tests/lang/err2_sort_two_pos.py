[].sort(1, 2)
