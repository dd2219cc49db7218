# Generators keep local state; several live generators interleaved; generators in classes.
def ticker(name, n):
    for i in range(n):
        yield name + str(i)
gens = [ticker("a", 3), ticker("b", 2), ticker("c", 4)]
out = []
while gens:
    g = gens.pop(0)
    v = next(g, None)
    if v is not None:
        out.append(v)
        gens.append(g)
print(out)
def accumulate(xs):
    total = 0
    seen = []
    for x in xs:
        total += x
        seen.append(x)
        yield total, list(seen)
for t in accumulate([3, 1, 4]):
    print(t)
class Tokens:
    def __init__(self, text):
        self.text = text
    def words(self):
        word = ""
        for ch in self.text:
            if ch.isalpha():
                word += ch
            elif word:
                yield word
                word = ""
        if word:
            yield word
    def lengths(self):
        for w in self.words():
            yield len(w)
t = Tokens("Hello, world! Generators keep state; nice.")
print(list(t.words()), list(t.lengths()), max(t.words(), key=len))
def lazy_squares():
    n = 0
    while True:
        print("  computing", n)
        yield n * n
        n += 1
sq = lazy_squares()
print(next(sq))
print(next(sq))
print("pause")
print(next(sq))
def pairs(xs):
    it = iter(xs)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs([1, 2, 3, 4, 5])))
def outer_gen():
    def helper(k):
        return k * 100
    for k in range(3):
        yield helper(k)
print(list(outer_gen()))
def closure_gen(mult):
    def gen():
        for i in range(3):
            yield i * mult
    return gen
g5 = closure_gen(5)
print(list(g5()), list(g5()), list(closure_gen(-1)()))
