import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(900))
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), count(2500))
sys.setrecursionlimit(1000)
try:
    count(5000)
except RecursionError as e:
    print("caught deep", type(e).__name__)
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(500))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
class Chain:
    def __getattr__(self, name):
        return getattr(self, name)
def recurse_gen(n):
    yield n
    yield from recurse_gen(n + 1)
try:
    for v in recurse_gen(0):
        pass
except RecursionError:
    print("gen recursion caught")
print("still alive", count(10))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
