sorted([1], foo=1)
