class R:
    def __repr__(self):
        return "R" + repr(self)
try:
    repr(R())
except RecursionError as e:
    print("1", e)
class L:
    def __lt__(self, o):
        return self < o
try:
    L() < L()
except RecursionError as e:
    print("2", e)
def f():
    return f()
try:
    f()
except RecursionError as e:
    print("3", e)
class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print("4", e)
l = []
for i in range(5):
    try:
        f()
    except RecursionError:
        l.append(i)
print(l)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print("5", e)
def g(n):
    return [g(n + 1)]
try:
    g(0)
except RecursionError as e:
    print("6", e)
