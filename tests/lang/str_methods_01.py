# str.split / rsplit / join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(","), "a b c d".rsplit(None, 2), "a b c d".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "abc".split("x"), "aXbXc".split("X", 0))
print("one  two".split(" "), "1--2--3".split("--"), "--a--".split("--"))
print("a b c".split(maxsplit=1), " a b ".split(None, 1), " a b ".rsplit(None, 1))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join([]), "x".join(["only"]))
print("\n".join(["line1", "line2"]))
print("+".join(str(i) for i in range(5)), "/".join(("usr", "local", "bin")))
print("|".join({"k1": 1, "k2": 2}), ",".join(sorted({"b", "a", "c"})))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age,city\nann,31,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.split("\n")]
header = rows[0]
for row in rows[1:]:
    print(" ".join(h + "=" + v for h, v in zip(header, row)))
print("a\tb\nc  d\r\ne".split())
