d = {}
d["self"] = d
print(d)
l = [1]
l.append(l)
print(l)
class A:
    def __repr__(self):
        return repr([self])
repr(A())
