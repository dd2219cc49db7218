for i, (a, b) in enumerate(zip([1, 2], [3])):
    print(i, a, b)
x = list(map(lambda a, b: a / b, [1, 2], [1, 0]))
