# Bound and unbound methods as first-class objects; methods stored in containers; callbacks.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other="world"):
        return self.name + " says hello to " + other
    def rename(self, new):
        self.name = new
        return self
g = Greeter("ann")
h = g.hello
print(h(), h("bob"), Greeter.hello(g, "cy"), Greeter("dan").hello())
g.rename("anna")
print(h())
bound = [Greeter(n).hello for n in ["x", "y", "z"]]
print([b("me") for b in bound])
print(list(map(Greeter.hello, [Greeter("p"), Greeter("q")])))
class Button:
    def __init__(self):
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
    def click(self, *args):
        return [fn(*args) for fn in self.handlers]
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)
btn = Button()
lg = Logger()
btn.on_click(lg.log)
btn.on_click(lambda m: m.upper())
btn.on_click(len)
print(btn.click("first"), btn.click("second"), lg.lines)
dispatch = {"inc": lambda v: v + 1, "dbl": lambda v: v * 2, "neg": lambda v: -v}
v = 5
for op in ["inc", "dbl", "neg", "inc"]:
    v = dispatch[op](v)
print(v)
m1 = g.hello
m2 = g.hello
print(m1() == m2(), m1 is not None)
class Calc:
    def __init__(self):
        self.value = 0
    def add(self, n):
        self.value += n
        return self
    def mul(self, n):
        self.value *= n
        return self
print(Calc().add(3).mul(4).add(-2).value)
ops = [("add", 5), ("mul", 3), ("add", 1)]
c = Calc()
for name, arg in ops:
    getattr(c, name)(arg)
print(c.value)
