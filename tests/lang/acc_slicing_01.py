L = list(range(10)); T = tuple(L); S = "0123456789"
specs = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
         (None, None, 2), (None, None, -1), (None, None, -3), (8, 2, -2), (2, 8, -1), (-1, -5, -1),
         (-100, 100, None), (100, -100, -1), (3, 3, None), (5, 2, None), (1, -1, 3), (-2, 0, -1),
         (None, 0, -1), (0, None, -1), (-11, None, None), (None, -11, -1), (9, None, -4)]
for a, b, c in specs:
    print((a, b, c), L[a:b:c], T[a:b:c], S[a:b:c])
print(L[-1], T[-10], S[-3], L[::-1] == list(reversed(L)))
try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    S[10]
except IndexError as e:
    print("IndexError:", e)
try:
    T[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    L[10]
except IndexError as e:
    print("IndexError:", e)
try:
    L["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    S[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    T[None]
except TypeError as e:
    print("TypeError:", e)
M = list(range(10))
M[2:5] = ["a"]
print(M)
M[::2] = "XYZWV"[: len(M[::2])]
print(M)
M[1:1] = [100, 200]
print(M)
del M[::3]
print(M)
del M[-2:]
print(M)
M[:] = []
print(M)
N = [0, 1, 2, 3, 4, 5]
try:
    N[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
N[::-2] = [9, 8, 7]
print(N)
N[10:] = [6]
print(N, N[True], L[False:True + 2])
print("hello"[1:100], "hello"[-100:2], ""[::-1], "ab"[5:], (1, 2)[::-1])
