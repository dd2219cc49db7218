# repr() of strings: quote choice and escapes.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\t", "nl\n", "cr\r",
         "back\\slash", "\x00\x01\x1f", "\x7f", "é", "\u20ac", "bell\a", "\x0b\x0c"]
for s in tests:
    print(repr(s), len(s))
print(["a'b", 'c"d', "e\\f"])
print(("tuple", "with 'quote'"), {"key'": "val\n"})
print(str("abc"), repr(repr("abc")), repr(str(1)))
print("%r %s" % ("r'", "s'"), f"{'f'!r} {'g'}")
