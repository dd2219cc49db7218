def g():
    yield 1
    raise StopIteration("inner")
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def h():
    it = iter([])
    yield next(it)
try:
    for v in h():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)
def k():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "finished"
print(list(k()))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("custom")
print(list(It()), [x for x in It()])
def gen_in_genexp():
    return list(next(iter([])) for _ in range(1)) if False else "skip"
try:
    print(list(next(iter([])) for _ in range(2)))
except RuntimeError as e:
    print("RuntimeError:", e)
