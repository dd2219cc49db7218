# RecursionError: caught at default limit; getrecursionlimit/setrecursionlimit.
import sys
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
try:
    forever(0)
except RuntimeError as e:
    print("caught as RuntimeError:", isinstance(e, RecursionError))
print(down(500))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), down(2500))
try:
    down(10000)
except RecursionError:
    print("still limited at 3000")
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    down(5000)
except RecursionError:
    print("limited again")
depth = [0]
def probe():
    depth[0] += 1
    probe()
try:
    probe()
except RecursionError:
    print("probe depth in range:", 900 < depth[0] <= 1000)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print("recovered:", down(100))
