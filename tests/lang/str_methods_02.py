# strip/lstrip/rstrip, startswith/endswith, find, count, replace.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "abcba".strip("ab"))
print(repr("".strip()), repr("   ".strip()), "www.example.com".strip("cmowz."))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".startswith("", 5), "hello".startswith("ll", 2), "hello".endswith("ell", 0, 4))
print("hello".startswith(("x", "h")), "file.py".endswith((".txt", ".py")))
print("banana".find("an"), "banana".find("an", 2), "banana".find("an", 4), "banana".find("x"), "banana".find(""))
print("banana".find("a", -2), "banana".find("na", 1, 4), "banana".find("na", 1, 5))
print("banana".count("a"), "banana".count("an"), "banana".count("x"), "aaaa".count("aa"), "abc".count(""))
print("banana".count("a", 2), "banana".count("a", 2, 4))
print("banana".replace("a", "o"), "banana".replace("an", ""), "banana".replace("a", "A", 2))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("x", "y"), "a.b.c".replace(".", ""))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.replace("the", "a"), text.find("the", 1), text.find("at", 10, 20))
i = text.find("at")
positions = []
while i != -1:
    positions.append(i)
    i = text.find("at", i + 1)
print(positions)
print("Hello World".upper(), "Hello World".lower(), "123abc!".upper(), "MiXeD".lower())
print("12345".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha(), "a b".isalpha())
print(" 42".isdigit(), "-1".isdigit(), "Ab".isalpha())
