"abc".zfill(-5)
print(repr("abc".zfill(-5)), repr("ab".center(-1)), repr("ab".ljust(0, "x")))
"ab".ljust(3, 5)
