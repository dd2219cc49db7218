x = map(int, ["1", "2", "x"])
print(next(x), next(x))
next(x)
