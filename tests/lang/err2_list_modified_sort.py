x = [3, 1, 2]
x.sort(key=lambda v: x.append(v))
