x = {a in b}
print(x if False else 1)
y = {a for in b}
