text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
lines = text.split("\n")
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print("%-8s %3d %s" % (w, c, "#" * c))
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (w[-1], w))[:5])
caps = [w for w in text.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print(caps)
print(" ".join(w[::-1] for w in lines[0].split()[:5]))
print("|".join(l.center(20)[:20] for l in ["a", "bb", "ccc"]))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.find("age", 100), text.rfind("age") if hasattr(text, "rfind") else -1)
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, round(vowels / len(text), 4), "%.1f%%" % (100 * vowels / len(text)))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "-".join(format(ord(c), "x") for c in acr))
table = [(w, len(w), w.upper()) for w in ["best", "worst", "age"]]
for row in table:
    print("{:<6}|{:^5}|{:>7}".format(*row))
