x = set()
x.union([1], None)
