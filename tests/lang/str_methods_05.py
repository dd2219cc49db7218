# String method chains and combinations used in typical programs.
raw = "  Name: Alice ; Age: 30 ; City: Paris  "
fields = {}
for part in raw.strip().split(";"):
    key, value = part.split(":")
    fields[key.strip().lower()] = value.strip()
print(fields)
line = "INFO 2024-01-05 user=bob action=login ok"
level, date, *rest = line.split()
kv = dict(p.split("=") for p in rest if "=" in p)
print(level, date.split("-"), kv, rest[-1])
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/")[-1].split(".")[0], path.count("/"), path.find("lib"), path.startswith("/usr"))
print("-".join(path.strip("/").split("/")[:3]).upper())
s = "Hello"
print(s.lower().upper().lower(), s.replace("l", "L").replace("o", "0"), s.center(11, "=").replace("=", "-"))
print("abc".upper().rjust(6, ".").ljust(9, "!"), "x".zfill(3).center(7))
csv_line = "a,,b, c ,d"
print([c.strip() for c in csv_line.split(",")], [c for c in csv_line.split(",") if c.strip()])
print(" ".join("snake_case_to_words".split("_")), "".join(w[0].upper() + w[1:] for w in "make camel case".split()))
print("%s has %d chars, %d vowels" % (s, len(s), sum(s.lower().count(v) for v in "aeiou")))
t = "one two  three"
print(t.split(" "), t.split(), t.replace("  ", " ").split(" "))
print("A1B2C3".isalpha(), "".join(c for c in "A1B2C3" if c.isdigit()), "".join(c for c in "A1B2C3" if c.isalpha()).lower())
print("ab" * 3 + "c", ("ab" * 3).count("ba"), ("ab" * 3).find("ba", 2), ("ab" * 3).replace("ab", "x", 2))
url = "https://example.com/path?x=1&y=two"
base, query = url.split("?")
print(base.split("//")[1].split("/")[0], dict(kv.split("=") for kv in query.split("&")))
print("yes" if "EXAMPLE" in url.upper() else "no", url.endswith("two"), url.rstrip("tow"))
