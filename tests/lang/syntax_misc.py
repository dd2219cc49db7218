# Syntax odds and ends: semicolons, line continuations, comments, docstrings, one-line suites.
"""Module docstring: an expression statement that does nothing."""
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # a comment inside brackets
    3,
]
print(values)
d = {
    "k": (1,
          2),
}
print(d)
def documented(x):
    """Return x doubled."""
    return x * 2
print(documented(21))
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while b > 0: b -= 1
print("b", b)
def one_liner(v): return v + 1
print(one_liner(1))
class Tiny: pass
print(Tiny is not None)
x = (
    "implicit"
    " join"
)
print(x)
result = (1 +
          2 *
          3)
print(result)
# A comment line
    # An indented comment line is fine
print("after comments")  # trailing comment
if (a == 1 and
        c == 3):
    print("multi-line condition")
long_call = max(
    1,
    5,
    3,
)
print(long_call)
t = 1,
print(t)
e = [] ; e.append(1) ; print(e)
print(0xFF, 0o777, 0b1010, 1_000, 1e3, 1.5e-3, .5, 5.)
print(1 if True else 2, (lambda: 3)(), [i for i in range(2)])
pass
