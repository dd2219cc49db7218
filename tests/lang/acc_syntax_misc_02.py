"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class K:
    """Class docstring."""
    x = 1
def stub(): ...
print(f(), K.x, stub())
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # one
    2,  # two
    3,  # trailing comma
]
print(values, (
    "implicit"
    " concatenation"
), "a" "b" 'c')
if a: print("single-line if")
while 0: pass
for i in range(2): print("loop", i)
class Empty: pass
def one(): return "one"
print(one(), Empty.__name__)
print(r"raw\n\t", len(r"\n"), "tab\tend", 'single "dq"', "double 'sq'", """triple "quoted" 'mixed'""")
print('''multi
line''', "esc: \\ \' \" \x41 \101 \u00e9")
print(0x_FF, 1_000_000, 0o17, 0b1010, 1e3, 1E-3, .5, 5., 1_0.0_1, 0XAB, 0B11, 0O7)
π = 3.14159
név = "unicode identifier"
print(π, név)
x = y = [1]
a1, b1 = c1 = 1, 2
print(x is y, a1, b1, c1)
del a1, b1
print("a1" in dir() if False else "deleted")
nested = 1 if a == 0 else 2 if a == 1 else 3
print(nested)
def ret_star():
    rest = [2, 3]
    return 1, *rest
print(ret_star())
print(*[1, 2, 3], sep="")
print([(k, v) for k, v in {"a": 1}.items()], [i for i, _ in enumerate("ab")])
lam = lambda x, f=lambda y: y * 2: f(x) + 1
print(lam(5))
print(f"{'quoted'}", f'{"dq"}', f"{x[0]}" "plain" f"{a}", f"""{a}
{b}""")
print(f"{'nested {braces}'}", f"{{}}", f"{a!r:>3}", f"{3 + 4 = }" if False else "")
print(not a is None, a is not None, not (a == 1), a not in [2], -a ** 2, (-a) ** 2)
print(1 if True else 0 if False else -1)
global_list = []
def add_g():
    global global_list, total
    global_list.append(total)
    total += 1
add_g(); add_g()
print(global_list, total)
if __name__ == "__main__":
    print("main:", __name__)
print("no newline at end", end="")
