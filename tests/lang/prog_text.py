# Text processing: word wrap, justification, word frequencies, title case by hand.
text = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
        "incredulity, it was the season of Light, it was the season of Darkness.")
def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        if line and length + 1 + len(word) > width:
            lines.append(line)
            line, length = [], 0
        length += len(word) + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(line)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for line in wrap(text, 36):
    print("|" + justify(line, 36) + "|")
for line in wrap(text, 50):
    print("|" + " ".join(line).center(50) + "|")
freq = {}
for raw in text.lower().split():
    w = raw.strip(".,")
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print("%-10s %s %d" % (w, "*" * n, n))
def title(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))
print(title("hello wORLD from  python"))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "Not a palindrome", "Was it a car or a cat I saw"]:
    print(is_palindrome(s), s)
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels, "letters", sum(1 for c in text if c.isalpha()), "words", len(text.split()))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(w.zfill(3) for w in ["1", "22", "333"]))
