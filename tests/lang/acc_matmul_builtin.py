for a, b in [(1, 2), ([1], [2]), (1.5, 2)]:
    try:
        print(a @ b)
    except TypeError as e:
        print("TypeError:", e)
x = 3
try:
    x @= 4
    print(x)
except TypeError as e:
    print("TypeError:", e)
try:
    print(issubclass(int, "a"))
except TypeError as e:
    print("TypeError:", e)
