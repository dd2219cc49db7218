# f-strings: expressions, !r, !s, nested quotes.
name = "Ada"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"hello {name}", f"{n}", f"{n + 1}", f"{n * 2 - 4}", f"{x}")
print(f"{name!r}", f"{name!s}", f"{items}", f"{items!r}", f"{items[0]}", f"{items[-1] * 10}")
print(f"{'quoted'}", f'{"double"}', f"{len(name)}", f"{name.upper()}", f"{name[::-1]}")
print(f"{{braces}}", f"{{{n}}}", f"a{n}b{n}c", f"", f"plain")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n'] + 1}", f"{d}")
print(f"{1 if n > 40 else 0}", f"{'yes' if not items else 'no'}")
print(f"{[i * i for i in range(4)]}", f"{sum(items)}", f"{max(items, key=lambda v: -v)}")
class P:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return "P(" + repr(self.a) + ")"
    def __str__(self):
        return "p" + str(self.a)
p = P("z")
print(f"{p} {p!r} {p!s} {p.a}")
print(f"{None} {True} {False} {1.0} {-0.0} {1e16} {2 ** 10}")
print(f"multi {name} " f"part {n}", "x" + f"{n}")
s = f"{n}"
print(type(s), len(s), s + s)
for i in range(3):
    print(f"row {i}: {'*' * i}|")
print(f"{name}'s number is {n}")
print(f"{3 + 4}", f"{(lambda v: v * 2)(21)}")
