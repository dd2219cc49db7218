x = [1]
x.sort.__name__
print(x.sort.__name__)
x.sort.y = 1
