class E(Exception):
    pass
for e in [E(), E(1), E(1, 2), E("a"), KeyError(), KeyError("a"), KeyError("a", "b"), ValueError(""), StopIteration(5), SystemExit(3), SystemExit(), AssertionError("x")]:
    print(repr(e), "|", str(e), "|", e.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
