tests = [
    lambda: [][1],
    lambda: {}[(1, 2)],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.0 / 0,
    lambda: None.x,
    lambda: undefined_x,
    lambda: "a" + 1,
    lambda: [1].index(5),
    lambda: next(iter([])),
    lambda: {}.pop(1),
    lambda: set().pop(),
    lambda: [].pop(),
    lambda: int(float("inf")),
    lambda: float("x"),
    lambda: chr(-1),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(5),
    lambda: [1].remove(2),
    lambda: sorted([1, "a"]),
    lambda: len(5),
    lambda: hash([]),
    lambda: (lambda a: a)(),
    lambda: max([]),

    lambda: "%d" % "x",
    lambda: format(1.5, "d"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
