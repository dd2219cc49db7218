"a b".split(" ", -5)
print("a b".split(" ", -5))
"a b".split(" ", 1.0)
