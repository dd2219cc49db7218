[1].index(1, 0, None)
print("ok")
[1].index(1, None, None)
