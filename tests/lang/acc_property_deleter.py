class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
    @v.deleter
    def v(self):
        print("deleting v")
        del self._v
p = P()
p.v = 3
print(p.v)
del p.v
print(hasattr(p, "_v"))
