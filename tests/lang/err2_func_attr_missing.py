def f(): pass
f.x = 1
print(f.x)
f.y
