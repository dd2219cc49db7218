# zfill, ljust, rjust, center (with fill characters).
for w in (0, 3, 6, 9):
    print(repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w)), repr("abc".center(w, "*")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "a".center(4, "."))
print("x".ljust(4, "."), "x".rjust(4, "."), "long text".ljust(4), "7".rjust(3, "0"))
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
for name, qty, price in rows:
    print(name.ljust(8) + "|" + str(qty).rjust(5) + "|" + str(price).center(7) + "|")
print("=" * 22)
print("Total".center(22, "~"))
for n in [1, 22, 333, 4444]:
    print(str(n).zfill(4), str(n).rjust(6, "_"), str(-n).zfill(6))
