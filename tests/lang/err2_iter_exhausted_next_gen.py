g = (x for x in [])
next(g)
