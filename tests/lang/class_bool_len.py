# Truthiness: __bool__ first, then __len__, else always true.
class Always:
    pass
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Always()), not Always())
print(bool(WithBool(True)))
print(bool(WithBool(False)))
print(bool(WithLen(0)))
print(bool(WithLen(3)))
print(bool(Both()), len(Both()))
if WithLen(0):
    print("nonempty")
else:
    print("empty")
w = WithBool(False)
print("and:", (w and "never") is w)
print("or:", WithBool(False) or "fallback")
x = WithLen(2)
while x:
    x.n -= 1
print("loop done", x.n)
print([bool(WithLen(n)) for n in range(3)])
print("ternary", "yes" if WithBool(True) else "no")
print(any([WithLen(0), WithLen(1)]), all([WithBool(True), WithLen(1)]))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
print(bool(s), len(s))
s.push(1)
s.push(2)
print(bool(s), len(s))
while s:
    print("popped", s.pop())
try:
    class BadBool:
        def __bool__(self):
            return 1
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    class BadLen:
        def __len__(self):
            return -1
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
