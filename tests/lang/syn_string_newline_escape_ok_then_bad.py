x = "a\
b"
print(x)
y = "c
