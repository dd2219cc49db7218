# sum with start, abs, divmod, pow, round on various types.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(10), -45), sum([0.5, 0.25]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)))
print(sum([True, False, True]), sum([0.1] * 3), sum([1e16, 1, -1e16]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-9223372036854775807))
print(abs(float("-inf")), abs(float("nan")))
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(-8, 2), pow(2, -3), pow(10, 3, 7), pow(-2, 3, 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
