# String ordering is by code point: case, digits, unicode, prefixes; sorting strings.
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", "a", "ä", "Zebra", "_x"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print("a" < "b", "a" < "B", "Z" < "a", "10" < "9", "abc" < "abd", "ab" < "abc", "" < " ")
print("é" > "z", "A" < "a" < "ä", min(words), max(words))
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (p[1], p[0])))
print("abc" == "abc", "abc" != "ABC", "abc".upper() == "ABC", "a" * 3 == "aaa")
print(sorted("hello world"), "".join(sorted("hello")), sorted(set("mississippi")))
names = ["bob", "Alice", "carol", "Dave"]
names.sort()
print(names)
names.sort(key=lambda n: n.upper())
print(names)
print(max(names, key=len), min(names, key=lambda n: n[-1]))
