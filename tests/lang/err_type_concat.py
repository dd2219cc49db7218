# Uncaught TypeError: can only concatenate str (not "int") to str.
name = "count: "
for i in range(3):
    print(name + str(i))
print(name + i)
