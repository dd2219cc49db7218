def g(a, b=2):
    return a
for arg in [[1], 5, "ab", (("a", 1),)]:
    try:
        g(**arg)
    except TypeError as e:
        print("TypeError:", e)
