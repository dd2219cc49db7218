# None: identity, comparisons, repr, as default return value.
x = None
print(x, repr(x), str(x), type(x), x is None, x is not None, x == None)
def f():
    pass
def g():
    return
def h(a):
    if a:
        return a
print(f(), g(), h(0), h(5))
print(None == 0, None == False, None == "", not None, bool(None))
print([None, None], (None,), {None: None}, {"k": None})
d = {}
print(d.get("missing"), d.get("missing", None) is None)
result = None
for v in [3, 8, 1]:
    if result is None or v > result:
        result = v
print(result)
def find(xs, target):
    for i, v in enumerate(xs):
        if v == target:
            return i
    return None
print(find([4, 5, 6], 5), find([4, 5, 6], 7))
print(None if False else "yes", "no" if None else "falsy")
print([x for x in [1, None, 2, None] if x is not None])
print(None is None, None is not None)
print(hash(None) == hash(None), None in [None], None in [0, False, ""])
