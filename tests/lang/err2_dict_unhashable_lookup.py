class A:
    pass
x = {A(): 1}
print(len(x))
x[[1]]
