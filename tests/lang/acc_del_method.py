class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = R(1)
a = None
print("after rebind")
def f():
    r = R(2)
    return "f done"
print(f())
b = R(3)
del b
print("end")
