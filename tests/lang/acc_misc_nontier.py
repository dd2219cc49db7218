# things slightly beyond the Tier 1 list, but common
print(callable(len), callable(5), callable(lambda: 1))
print(1.0.is_integer(), 1.5.is_integer())
print(int("١٢"))
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise TypeError("t") from e
except TypeError as e:
    print(e.__suppress_context__)
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__suppress_context__, repr(e.__context__))
class C:
    x = 1
print("x" in C.__dict__)
print("abc".title(), "a-b".partition("-"), "Ab".swapcase(), "x".isupper(), " ".isspace())
print(abs(-3), "%s" % divmod(7, 2).__class__.__name__)
