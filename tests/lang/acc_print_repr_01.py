import sys
print("a", "b", sep="")
print("a", "b", sep=None)
print("a", "b", end=None)
print("x", end="")
print()
print("multi", 1, 2.0, None, True, [1], (2,), {3: 4}, sep=" | ", end=" <\n")
print(sep="-")
print("", "", sep="*")
print("flush", flush=True)
print("to stderr", file=sys.stderr)
l = [1, 2]
l.append(l)
print(l, repr(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print([[]], [()], [{}], [set()], (((),),), [[1, [2, [3, []]]]])
print(["a'b", 'a"b', "a'b\"c", "\\", "\t"])
print(("single",), ("a", "b"), (), tuple([1]), [None, True, False])
print(repr(1.0), repr(-0.5), repr(1e-10), [1e100, -1e-100, 1.5], (0.1, 0.2))
print(str("\u00e9"), repr("\u00e9"), repr("\xa0"), repr("\u2028"))
print(repr("\x07\x08\x0b\x0c"), repr("\r"), repr(chr(127)), repr(chr(128)), repr(chr(255)), repr(chr(0x10ffff)))
print({1: [1, 2], 2: {"a": (1,)}}, {(1, 2): {3}}, [range(3), range(1, 2)])
print(type(sys.stdout.write("")).__name__)
class A:
    def __repr__(self): return "A()"
print([A(), A()], {"a": A()}, (A(),), str([A()]))
print(repr(True), repr(None), repr([]), repr({}), repr(set()), repr(()))
