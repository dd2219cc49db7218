# any/all with lists, generators, empty iterables, short-circuit.
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any(""), all(""))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]), all(c.isalpha() for c in "abc"))
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(v) for v in [3, 4, 1, 8]), seen)
print(any([None, "", [], "x"]), all([[1], (2,), "s", 5]), any({0: 1}), all({1: 0}))
nums = [12, 7, 9, 21]
print(any(n % 2 == 0 for n in nums), all(n > 5 for n in nums), any(n > 100 for n in nums))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid), all(any(row) for row in grid))
