x = list(range(3))
x.sort(key=str, reverse="yes")
