# tiny expression tokenizer + recursive-descent evaluator with error reporting
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__("%s at %d" % (msg, pos))
        self.pos = pos
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            txt = s[i:j]
            toks.append(("num", float(txt) if "." in txt else int(txt), i))
            i = j
        elif c in "+-*/()%^":
            toks.append(("op", c, i))
            i += 1
        else:
            raise ParseError("bad char %r" % c, i)
    toks.append(("end", None, len(s)))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            else: v %= r
        return v
    def factor(self):
        b = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        t = self.peek()
        if t[1] == "-":
            self.take(); return -self.unary()
        if t[0] == "num":
            return self.take()[1]
        if t[1] == "(":
            self.take()
            v = self.expr()
            if self.take()[1] != ")":
                raise ParseError("expected )", self.toks[self.i - 1][2])
            return v
        raise ParseError("unexpected %r" % (t[1],), t[2])
def evaluate(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError("trailing", p.peek()[2])
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 / 2", "7 % 3 + 0.5", "10 / 4 * 2",
            "1.5 * (2 - -3)", "((4))", "2 * (3", "4 $ 4", "1 / 0", "3 4", "", "-(-(-1))", "100 % 7 % 3", "2 ^ -1"]:
    try:
        print("%-16s = %r" % (src, evaluate(src)))
    except ParseError as e:
        print("%-16s ! ParseError: %s (pos %d)" % (src, e, e.pos))
    except ZeroDivisionError as e:
        print("%-16s ! %s: %s" % (src, type(e).__name__, e))
