# Iterating over strings, building strings, simple text processing.
s = "Mississippi"
for ch in s[:4]:
    print(ch, ord(ch))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()), max(counts, key=lambda k: counts[k]))
print([c for c in s if c in "aeiou"], "".join(c for c in s if c not in "aeiou"))
print(list(enumerate("abc")), list(zip("abc", "xyz")), list(reversed("abc")))
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.lower() == ch:
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif ch.isalpha():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
def rle(text):
    out = ""
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out += text[i] + str(j - i)
        i = j
    return out
print(rle("aaabccddddde"), rle(""), rle("x"))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, c)
print(" ".join(w[::-1] for w in words[:4]), " ".join(w.upper() for w in words if len(w) > 4))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "abc"), sum(1 for c in s if c == "s"))
