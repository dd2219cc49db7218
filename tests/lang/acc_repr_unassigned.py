print(repr("\u0378"), repr("\U000e0000"), repr("\u05ff"), repr("\ufffe"), repr("a\u0378b"))
print(["\u0378"])
