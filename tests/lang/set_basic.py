# Sets of small ints printed directly; membership; add/remove/discard/pop; len.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(0)
s.add(3)
print(s)
s.remove(1)
s.discard(10)
s.discard(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([5, 4, 4, 3, 5]), set(range(6)), set((9, 8, 7)), set("aaa"))
e = set()
print(e, len(e), bool(e), type(e))
for x in [7, 2, 9, 2, 4]:
    e.add(x)
print(e, sorted(e), sum(e), max(e), min(e))
nums = {5, 6, 7}
popped = []
while nums:
    popped.append(nums.pop())
print(sorted(popped), nums)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
print({1, 2} == {2, 1}, {1, 2} != {1, 3}, {1, 2, 3} == set([3, 2, 1]))
print({True, 1, 1.0}, {0, False, 0.0}, len({1, 1.0, True}))
print({(1, 2), (1, 2)}, {None})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(set([x % 5 for x in range(20)]))
print({x * x for x in range(-3, 4)})
seen = set()
dups = []
for v in [4, 1, 4, 2, 1, 4, 3]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(seen, dups)
print(list({10, 20, 30}), sorted({10, 20, 30}, reverse=True))
