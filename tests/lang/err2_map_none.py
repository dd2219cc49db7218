map(None, [1])
print("ok")
list(map(None, [1]))
