class A:
    global x
    x = 1
print(x)
nonlocal y
