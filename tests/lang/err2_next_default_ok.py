print(next(iter([]), "d"))
print(next(5, "d"))
