class VMError(Exception):
    pass
class Machine:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.pc = 0
        self.vars = {}
        self.output = []
        self.steps = 0
    def pop(self):
        if not self.stack:
            raise VMError("stack underflow at pc=%d" % self.pc)
        return self.stack.pop()
    def run(self, limit=10000):
        ops = {
            "add": lambda a, b: a + b, "sub": lambda a, b: a - b,
            "mul": lambda a, b: a * b, "div": lambda a, b: a // b,
            "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b),
            "eq": lambda a, b: int(a == b),
        }
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            op, *args = self.program[self.pc]
            self.pc += 1
            if op == "push":
                self.stack.append(args[0])
            elif op in ops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(ops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError("arith: " + str(e)) from e
            elif op == "store":
                self.vars[args[0]] = self.pop()
            elif op == "load":
                try:
                    self.stack.append(self.vars[args[0]])
                except KeyError:
                    raise VMError("undefined %s" % args[0]) from None
            elif op == "jz":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "jmp":
                self.pc = args[0]
            elif op == "print":
                self.output.append(self.pop())
            else:
                raise VMError("bad op %r" % (op,))
        return self.output
fact = [("push", 1), ("store", "acc"), ("push", 10), ("store", "n"),
        ("load", "n"), ("jz", 15),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
        ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", 4),
        ("load", "acc"), ("print",)]
m = Machine(fact)
print(m.run(), m.steps, m.vars)
fizz = []
for i, (d, w) in enumerate([(3, "fizz"), (5, "buzz")]):
    fizz.append(("load", "i")); fizz.append(("push", d)); fizz.append(("mod",))
programs = {
    "underflow": [("add",)],
    "divzero": [("push", 1), ("push", 0), ("div",)],
    "undefined": [("load", "q")],
    "badop": [("frob", 1)],
    "loop": [("jmp", 0)],
    "ok": [("push", 7), ("push", 3), ("mod",), ("print",), ("push", -7), ("push", 2), ("div",), ("print",)],
}
for name, prog in programs.items():
    try:
        print(name, Machine(prog).run(limit=50))
    except VMError as e:
        cause = e.__cause__
        print(name, "VMError:", e, "| cause:", type(cause).__name__ if cause else None, "| ctx suppressed:", e.__suppress_context__)
