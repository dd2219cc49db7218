# Unicode strings: code points, len, indexing, ord/chr, upper/lower.
s = "héllo wörld €"
print(s, len(s), s[1], s[-1], s[7], s[::-1])
print(s.upper(), s.lower(), "ÉCOLE".lower(), "ñandú".upper())
print(ord("é"), ord("€"), ord("a"), ord("\n"), ord("😀"), chr(233), chr(8364), chr(128512), chr(65))
e = "😀😃😄"
print(len(e), e[1], e[::-1], e[0] + e[2])
cn = "你好，世界"
print(cn, len(cn), cn[0], cn[-2:], cn[::2])
print("é" < "f", "a" < "é", "€" > "z", sorted(["b", "é", "a", "z", "É"]))
print([ord(c) for c in "aé€😀"])
print("".join(chr(c) for c in range(0x3b1, 0x3b1 + 5)))
print("ü" in "Müller", "Müller".find("l"), "Müller".replace("ü", "ue"))
print("αβγ".upper(), "ΑΒΓ".lower(), "héllo".isalpha(), "日本".isalpha(), "x1".isalpha())
print("mixed: %s and %s" % ("ï", "ø"), f"{'ß':>4}|", "{:^5}".format("ñ"))
print(repr("é"), repr("日本"), repr("😀"), str("€"))
print("naïve café".split(), "naïve café".split("é"))
b = ""
for ch in "añb":
    b = ch + b
print(b, b.center(7, "*"))
print(chr(0x10FFFF) == "\U0010ffff", len("\U0001F600"), "\u03b1")
