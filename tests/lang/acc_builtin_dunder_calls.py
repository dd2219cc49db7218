print((5).__add__(3), "a".__add__("b"), [1, 2].__len__(), {1: 2}.__getitem__(1), [1].__contains__(1))
print(int.__add__(1, 2), str.__len__("abc"), list.__getitem__([1, 2], 1))
print((5).__eq__(5), (5).__eq__("x"), (1).__lt__(2), "b".__gt__("a"))
