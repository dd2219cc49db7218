class D:
    def __divmod__(self, o):
        return "divmod"
    def __rdivmod__(self, o):
        return "rdivmod"
class P:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
class H:
    def __hash__(self):
        return 2**62 + 12345
class H2:
    def __hash__(self):
        return -1
for label, fn in [("divmod", lambda: divmod(D(), 1)), ("rdivmod", lambda: divmod(1, D())),
                  ("pow2", lambda: pow(P(), 2)), ("pow3", lambda: pow(P(), 2, 5)),
                  ("bighash", lambda: hash(H())), ("hash-1", lambda: hash(H2()))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
