x = [1, 2, 3]
print(x[None:None])
x[1.0:2]
