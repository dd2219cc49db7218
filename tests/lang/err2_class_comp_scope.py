class A:
    xs = [1, 2]
    ys = [x * 2 for x in xs]
    zs = [y for y in ys if y in xs]
