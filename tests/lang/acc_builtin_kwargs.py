tests = [
    lambda: round(number=2.5),
    lambda: round(2.567, ndigits=2),
    lambda: pow(base=2, exp=3),
    lambda: pow(2, 3, mod=5),
    lambda: str(object=5),
    lambda: list(reversed(seq=[1])),
    lambda: int(x="5"),
    lambda: sorted(iterable=[2, 1]),
    lambda: sum(start=10, iterable=[1]),
    lambda: sum([1, 2], start=10),
    lambda: "a b c".split(maxsplit=1),
    lambda: list(enumerate(iterable="ab", start=1)),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
