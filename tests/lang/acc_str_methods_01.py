s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")), repr("xxaxx".strip("x")))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(" "), "abc".split("b"), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1), "  a  b  ".split(None, 1))
print("a\tb\nc  d\r\ne".split(), "1\n2\n".split("\n"), "x".split("x"), "aaa".split("a"))
print("-".join(["a", "b"]), "".join([]), ", ".join("abc"), "-".join(map(str, range(4))), "x".join(("1",)))
print("hello".find("l"), "hello".find("l", 3), "hello".find("z"), "hello".find(""), "hello".find("lo", -2), "hello".find("h", 1, 3))
print("hello".index("e"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""), "hello".count("l", 3))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("x", "y"))
print("Hello".upper(), "Hello".lower(), "123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha())
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "hello".endswith(("a", "b")), "hello".startswith("l", 2))
print("hello".startswith(""), "".endswith(""), "abc".endswith("bc", 0, 3), "abc".endswith("b", 0, 2))
print("42".zfill(6), "-42".zfill(6), "abc".ljust(6, "*"), "abc".rjust(6, "0"), "abc".center(8, "~"), "abcd".center(7, "."))
print("x".center(4), "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(2) + "]")
print("ß".upper(), "İ".lower() == "i̇", "ǅ".lower(), "ÀÉÎ".lower(), "straße".upper())
print("Σ".lower(), "ΑΣ".lower(), "ﬁ".upper(), "١٢٣".isdigit(), "²".isdigit(), "é".isalpha(), "中文".isalpha())
print("ab" * 3, 3 * "-", "ab" * 0, "ab" * -1, "a" + "b" * 2, "abc" < "abd", "Z" < "a", "" < "a")
print("abc"[::-1], "hello world".title() if False else "skip", len("héllo"), len("中文"), "中文"[1], "héllo"[1:3])
print(str(123), str(1.0), str(None), str(True), str([1, "a"]), str("x"), repr("x"), repr("it's"), repr('say "hi"'))
print(repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f"), repr("é中"), repr("\u200b"), repr("\x1b[0m"))
print("a\tb".split("\t"), "line1\nline2".split("\n"), "%s|%s" % ("a\\b", "c"))
print(ord("a"), chr(97), chr(0x1F600) == "😀", ord("😀"), len("😀"), "😀"[0] == "😀")
print("abc".find("c", -1), "abc".find("a", -10), "abc"[-10:10], "abc".index("c", -1))
print(" ".join("a  b".split(" ")), "|".join(["", ""]), "a".join("bcd"))
print("Hello World".split("o"), "Mississippi".split("ss"), "Mississippi".rsplit("s", 1), "a-b-c".rsplit("-"))
print("abc".upper().lower().strip().replace("b", "B").center(5, "*"))
print(str.upper("x"), str.join(",", ["a", "b"]), "ab".__len__() if False else len("ab"))
try:
    "abc".index("d")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join("b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a,b".split(",", "1")
except TypeError as e:
    print("TypeError:", e)
