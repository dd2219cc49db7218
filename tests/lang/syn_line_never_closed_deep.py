x = 1
y = 2
z = foo(1,
        2,
        3
w = 4
