# Tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
class ParseError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == " ":
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalpha():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()^,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError("unexpected character " + repr(ch) + " at " + str(i))
    tokens.append(("end", None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expect(self, value):
        tok = self.take()
        if tok[1] != value:
            raise ParseError("expected " + repr(value) + " got " + repr(tok[1]))
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
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.expect(")")
                return self.env[val](*args)
            if val not in self.env:
                raise ParseError("unknown name " + val)
            return self.env[val]
        if val == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError("unexpected token " + repr(val))
def evaluate(src):
    env = {"pi": 3.14159, "x": 10, "max": max, "min": min, "abs": abs}
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError("trailing input")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3 + x",
            "max(1, x, 3) * min(4, 5)", "abs(-7) - -3", "2 * pi", "1.5 * 4", "((((1))))",
            "1 +", "2 * (3", "y + 1", "3 $ 4", "1 / 0", "4 4"]:
    try:
        print(src, "=", evaluate(src))
    except ParseError as e:
        print(src, "-> ParseError:", e)
    except ZeroDivisionError as e:
        print(src, "-> ZeroDivisionError:", e)
