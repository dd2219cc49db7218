# String literals, concatenation, repetition, len, comparison, membership.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, 3 * "ab", "" * 5, "x" * 0, "y" * -2)
print(len(s), len(""), len("a b c"), len("\n\t"))
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print("b" > "abc", "apple" < "banana" < "cherry", "A" <= "A")
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
print("""triple
quoted""", '''single 'triple' ''')
print("it's", 'say "hi"', "tab\there", "back\\slash", "new\nline")
print("a" "b" "c", ("implicit "
       "concatenation"))
print(r"raw\nstring", r"C:\path\to")
print("\x41\x42", "\u00e9", "\101", "\u20ac")
print(str(), str(12), str(1.5), str(None), str(True), str([1, 2]), str((1,)), str({"a": 1}))
u = "A"
u += "B"
u += "C" * 2
print(u)
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "-".join(parts))
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("ab"))
print("abc" * 2 == "abcabc", "a" + "b" == "ab", s[0] + t[-1])
print(type(s), isinstance(s, str))
x = "multi" \
    "line"
print(x)
