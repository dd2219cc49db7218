[1,2].sort(reverse=1, key=None, foo=2)
