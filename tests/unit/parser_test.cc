// Tests of the parser: the tree for each expression and statement form
// (through ast_dump; the expected dumps were produced from CPython 3.11's
// own `ast` module), node positions, assignment contexts, literal values,
// CPython 3.11's error messages with their lines, and robustness against
// arbitrary input.
#include "vm/parser.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "vm/ast_dump.h"

namespace lockvm {
namespace {

std::string dump(std::string_view src) {
  ParseResult r = parse_module(src);
  if (r.error) return "ERROR " + r.error->type + ": " + r.error->msg + " (line " + std::to_string(r.error->line) + ")";
  return ast_dump(*r.module);
}

SyntaxErrorInfo error_of(std::string_view src) {
  ParseResult r = parse_module(src);
  EXPECT_TRUE(r.error.has_value()) << src;
  EXPECT_FALSE(r.module);
  return r.error.value_or(SyntaxErrorInfo{});
}

// The first statement's expression, for checking node fields directly.
template <class T>
const T& first_expr(const ParseResult& r) {
  auto& s = static_cast<const ast::ExprStmt&>(*r.module->body.at(0));
  return static_cast<const T&>(*s.value);
}

TEST(ParserDump, Precedence) {
  EXPECT_EQ(dump("-2**2"),
            "(expr (neg (** 2 2)))");
  EXPECT_EQ(dump("2**3**2"),
            "(expr (** 2 (** 3 2)))");
  EXPECT_EQ(dump("2**-1"),
            "(expr (** 2 (neg 1)))");
  EXPECT_EQ(dump("-x**-y"),
            "(expr (neg (** x (neg y))))");
  EXPECT_EQ(dump("~a**b"),
            "(expr (~ (** a b)))");
  EXPECT_EQ(dump("a - b - c"),
            "(expr (- (- a b) c))");
  EXPECT_EQ(dump("a / b * c // d % e @ f"),
            "(expr (@ (% (// (* (/ a b) c) d) e) f))");
  EXPECT_EQ(dump("a + b * c"),
            "(expr (+ a (* b c)))");
  EXPECT_EQ(dump("(a + b) * c"),
            "(expr (* (+ a b) c))");
  EXPECT_EQ(dump("a * b + c"),
            "(expr (+ (* a b) c))");
  EXPECT_EQ(dump("a << b + c"),
            "(expr (<< a (+ b c)))");
  EXPECT_EQ(dump("a | b ^ c & d << e + f * g"),
            "(expr (| a (^ b (& c (<< d (+ e (* f g)))))))");
  EXPECT_EQ(dump("a | b | c"),
            "(expr (| (| a b) c))");
  EXPECT_EQ(dump("- - a"),
            "(expr (neg (neg a)))");
  EXPECT_EQ(dump("+a"),
            "(expr (pos a))");
  EXPECT_EQ(dump("not a == b"),
            "(expr (not (cmp a == b)))");
  EXPECT_EQ(dump("not not a"),
            "(expr (not (not a)))");
  EXPECT_EQ(dump("a or b and c"),
            "(expr (or a (and b c)))");
  EXPECT_EQ(dump("a and b or c"),
            "(expr (or (and a b) c))");
  EXPECT_EQ(dump("a and not b"),
            "(expr (and a (not b)))");
  EXPECT_EQ(dump("a < b < c"),
            "(expr (cmp a < b < c))");
  EXPECT_EQ(dump("a == b != c <= d >= e > f < g"),
            "(expr (cmp a == b != c <= d >= e > f < g))");
  EXPECT_EQ(dump("a in b not in c"),
            "(expr (cmp a in b not-in c))");
  EXPECT_EQ(dump("a is b is not c"),
            "(expr (cmp a is b is-not c))");
  EXPECT_EQ(dump("a if b else c"),
            "(expr (ifexp b a c))");
  EXPECT_EQ(dump("a if b else c if d else e"),
            "(expr (ifexp b a (ifexp d c e)))");
  EXPECT_EQ(dump("(a if b else c) if d else e"),
            "(expr (ifexp d (ifexp b a c) e))");
  EXPECT_EQ(dump("lambda: a if b else c"),
            "(expr (lambda (args) (ifexp b a c)))");
  EXPECT_EQ(dump("a or b if c or d else e"),
            "(expr (ifexp (or c d) (or a b) e))");
  EXPECT_EQ(dump("x == (yield)"),
            "(expr (cmp x == (yield)))");
  EXPECT_EQ(dump("-1"),
            "(expr (neg 1))");
  EXPECT_EQ(dump("a[b][c]"),
            "(expr ([] ([] a b) c))");
  EXPECT_EQ(dump("a.b.c()"),
            "(expr (call (. (. a b) c)))");
  EXPECT_EQ(dump("f()()"),
            "(expr (call (call f)))");
  EXPECT_EQ(dump("a.b[c](d).e"),
            "(expr (. (call ([] (. a b) c) d) e))");
}

TEST(ParserDump, Literals) {
  EXPECT_EQ(dump("0"),
            "(expr 0)");
  EXPECT_EQ(dump("0x1F"),
            "(expr 31)");
  EXPECT_EQ(dump("0o17"),
            "(expr 15)");
  EXPECT_EQ(dump("0b101"),
            "(expr 5)");
  EXPECT_EQ(dump("1_000_000"),
            "(expr 1000000)");
  EXPECT_EQ(dump("9223372036854775807"),
            "(expr 9223372036854775807)");
  EXPECT_EQ(dump("'abc'"),
            "(expr 'abc')");
  EXPECT_EQ(dump("\"a\" 'b' \"\"\"c\"\"\""),
            "(expr 'abc')");
  EXPECT_EQ(dump("'a\\nb\\t\\\\\\'\\x41\\101\\u00e9\\U0001F600'"),
            "(expr 'a\\nb\\t\\\\\\'AAé😀')");
  EXPECT_EQ(dump("r'a\\nb'"),
            "(expr 'a\\\\nb')");
  EXPECT_EQ(dump("u'x'"),
            "(expr 'x')");
  EXPECT_EQ(dump("'a' 'b' 'c'"),
            "(expr 'abc')");
  EXPECT_EQ(dump("'\\\n'"),
            "(expr '')");
  EXPECT_EQ(dump("'\\q'"),
            "(expr '\\\\q')");
  EXPECT_EQ(dump("'\\0'"),
            "(expr '\\x00')");
  EXPECT_EQ(dump("None"),
            "(expr None)");
  EXPECT_EQ(dump("True"),
            "(expr True)");
  EXPECT_EQ(dump("False"),
            "(expr False)");
  EXPECT_EQ(dump("..."),
            "(expr ...)");
  EXPECT_EQ(dump("()"),
            "(expr (tuple))");
  EXPECT_EQ(dump("(1,)"),
            "(expr (tuple 1))");
  EXPECT_EQ(dump("(1, 2)"),
            "(expr (tuple 1 2))");
  EXPECT_EQ(dump("[]"),
            "(expr (list))");
  EXPECT_EQ(dump("[1, 2,]"),
            "(expr (list 1 2))");
  EXPECT_EQ(dump("{}"),
            "(expr (dict))");
  EXPECT_EQ(dump("{1}"),
            "(expr (set 1))");
  EXPECT_EQ(dump("{1: 2, 3: 4,}"),
            "(expr (dict (: 1 2) (: 3 4)))");
  EXPECT_EQ(dump("{**a, 'b': 1, **c}"),
            "(expr (dict (** a) (: 'b' 1) (** c)))");
  EXPECT_EQ(dump("{*a, *b}"),
            "(expr (set (* a) (* b)))");
  EXPECT_EQ(dump("[*a, *b]"),
            "(expr (list (* a) (* b)))");
  EXPECT_EQ(dump("(*a, b)"),
            "(expr (tuple (* a) b))");
  EXPECT_EQ(dump("'''a\nb'''"),
            "(expr 'a\\nb')");
}

TEST(ParserDump, FStrings) {
  EXPECT_EQ(dump("f'abc'"),
            "(expr (f 'abc'))");
  EXPECT_EQ(dump("f''"),
            "(expr (f))");
  EXPECT_EQ(dump("f'{x}'"),
            "(expr (f (fv x)))");
  EXPECT_EQ(dump("f'a{x}b{y}c'"),
            "(expr (f 'a' (fv x) 'b' (fv y) 'c'))");
  EXPECT_EQ(dump("f'{x!r}'"),
            "(expr (f (fv x !r)))");
  EXPECT_EQ(dump("f'{x!s:>10}'"),
            "(expr (f (fv x !s (f '>10'))))");
  EXPECT_EQ(dump("f'{x!a}'"),
            "(expr (f (fv x !a)))");
  EXPECT_EQ(dump("f'{x:.3f}'"),
            "(expr (f (fv x (f '.3f'))))");
  EXPECT_EQ(dump("f'{x:{w}.{p}f}'"),
            "(expr (f (fv x (f (fv w) '.' (fv p) 'f'))))");
  EXPECT_EQ(dump("f'{x:>{w}}'"),
            "(expr (f (fv x (f '>' (fv w)))))");
  EXPECT_EQ(dump("f'{{}}'"),
            "(expr (f '{}'))");
  EXPECT_EQ(dump("f'{{x}}'"),
            "(expr (f '{x}'))");
  EXPECT_EQ(dump("f'{x=}'"),
            "(expr (f 'x=' (fv x !r)))");
  EXPECT_EQ(dump("f'{x = }'"),
            "(expr (f 'x = ' (fv x !r)))");
  EXPECT_EQ(dump("f'{x=!s}'"),
            "(expr (f 'x=' (fv x !s)))");
  EXPECT_EQ(dump("f'{x=:>5}'"),
            "(expr (f 'x=' (fv x (f '>5'))))");
  EXPECT_EQ(dump("'a' f'{b}' 'c'"),
            "(expr (f 'a' (fv b) 'c'))");
  EXPECT_EQ(dump("f'{a}' f'{b}'"),
            "(expr (f (fv a) (fv b)))");
  EXPECT_EQ(dump("f'{f\"{x}\"}'"),
            "(expr (f (fv (f (fv x)))))");
  EXPECT_EQ(dump("f'{x + y * 2}'"),
            "(expr (f (fv (+ x (* y 2)))))");
  EXPECT_EQ(dump("f'{a, b}'"),
            "(expr (f (fv (tuple a b))))");
  EXPECT_EQ(dump("f'{x if y else z}'"),
            "(expr (f (fv (ifexp y x z))))");
  EXPECT_EQ(dump("f'{d[\"k\"]}'"),
            "(expr (f (fv ([] d 'k'))))");
  EXPECT_EQ(dump("f'{x:}'"),
            "(expr (f (fv x (f))))");
  EXPECT_EQ(dump("f'{3!r:^{n}}'"),
            "(expr (f (fv 3 !r (f '^' (fv n)))))");
  EXPECT_EQ(dump("rf'\\d{x}'"),
            "(expr (f '\\\\d' (fv x)))");
  EXPECT_EQ(dump("f'\\n{x}\\t'"),
            "(expr (f '\\n' (fv x) '\\t'))");
  EXPECT_EQ(dump("f'{x!r:{fmt}}'"),
            "(expr (f (fv x !r (f (fv fmt)))))");
  EXPECT_EQ(dump("f'''{\nx\n}'''"),
            "(expr (f (fv x)))");
  EXPECT_EQ(dump("f'{x for x in y}'"),
            "(expr (f (fv (genexp x (for x/S y)))))");
  EXPECT_EQ(dump("f'{(yield)}'"),
            "(expr (f (fv (yield))))");
  EXPECT_EQ(dump("f'{a}{b}'"),
            "(expr (f (fv a) (fv b)))");
  EXPECT_EQ(dump("f'{x:%H:%M}'"),
            "(expr (f (fv x (f '%H:%M'))))");
  EXPECT_EQ(dump("f'{lambda_}'"),
            "(expr (f (fv lambda_)))");
  EXPECT_EQ(dump("f'{x!=y}'"),
            "(expr (f (fv (cmp x != y))))");
  EXPECT_EQ(dump("f'{x<y}'"),
            "(expr (f (fv (cmp x < y))))");
}

TEST(ParserDump, Calls) {
  EXPECT_EQ(dump("f()"),
            "(expr (call f))");
  EXPECT_EQ(dump("f(a, b)"),
            "(expr (call f a b))");
  EXPECT_EQ(dump("f(a, *b, c, **d)"),
            "(expr (call f a (* b) c (kw ** d)))");
  EXPECT_EQ(dump("f(a=1, b=2)"),
            "(expr (call f (kw a 1) (kw b 2)))");
  EXPECT_EQ(dump("f(*a, **k)"),
            "(expr (call f (* a) (kw ** k)))");
  EXPECT_EQ(dump("print(*xs, sep='')"),
            "(expr (call print (* xs) (kw sep '')))");
  EXPECT_EQ(dump("f(x for x in y)"),
            "(expr (call f (genexp x (for x/S y))))");
  EXPECT_EQ(dump("f((x for x in y), 1)"),
            "(expr (call f (genexp x (for x/S y)) 1))");
  EXPECT_EQ(dump("f(a, b=1, *c, d=2, **e)"),
            "(expr (call f a (* c) (kw b 1) (kw d 2) (kw ** e)))");
  EXPECT_EQ(dump("f(x := 1)"),
            "(expr (call f (:= x/S 1)))");
  EXPECT_EQ(dump("f(a,)"),
            "(expr (call f a))");
  EXPECT_EQ(dump("f(**a, b=1)"),
            "(expr (call f (kw ** a) (kw b 1)))");
  EXPECT_EQ(dump("f(*a, *b)"),
            "(expr (call f (* a) (* b)))");
  EXPECT_EQ(dump("f(a)(b)"),
            "(expr (call (call f a) b))");
  EXPECT_EQ(dump("f(x for x in y if z)"),
            "(expr (call f (genexp x (for x/S y (if z)))))");
}

TEST(ParserDump, Subscripts) {
  EXPECT_EQ(dump("a[1]"),
            "(expr ([] a 1))");
  EXPECT_EQ(dump("a[1:2]"),
            "(expr ([] a (slice 1 2 _)))");
  EXPECT_EQ(dump("a[::-1]"),
            "(expr ([] a (slice _ _ (neg 1))))");
  EXPECT_EQ(dump("a[:]"),
            "(expr ([] a (slice _ _ _)))");
  EXPECT_EQ(dump("a[1:]"),
            "(expr ([] a (slice 1 _ _)))");
  EXPECT_EQ(dump("a[:2]"),
            "(expr ([] a (slice _ 2 _)))");
  EXPECT_EQ(dump("a[::2]"),
            "(expr ([] a (slice _ _ 2)))");
  EXPECT_EQ(dump("a[1:2:3]"),
            "(expr ([] a (slice 1 2 3)))");
  EXPECT_EQ(dump("a[1:2, 3]"),
            "(expr ([] a (tuple (slice 1 2 _) 3)))");
  EXPECT_EQ(dump("a[1, 2]"),
            "(expr ([] a (tuple 1 2)))");
  EXPECT_EQ(dump("a[1,]"),
            "(expr ([] a (tuple 1)))");
  EXPECT_EQ(dump("a[*b]"),
            "(expr ([] a (tuple (* b))))");
  EXPECT_EQ(dump("a[b, *c]"),
            "(expr ([] a (tuple b (* c))))");
  EXPECT_EQ(dump("a[x:=1]"),
            "(expr ([] a (:= x/S 1)))");
  EXPECT_EQ(dump("a[:, ::]"),
            "(expr ([] a (tuple (slice _ _ _) (slice _ _ _))))");
  EXPECT_EQ(dump("a[-1]"),
            "(expr ([] a (neg 1)))");
  EXPECT_EQ(dump("a[b:c][d]"),
            "(expr ([] ([] a (slice b c _)) d))");
}

TEST(ParserDump, Comprehensions) {
  EXPECT_EQ(dump("[x for x in y]"),
            "(expr (listcomp x (for x/S y)))");
  EXPECT_EQ(dump("[x for x in y if a if b]"),
            "(expr (listcomp x (for x/S y (if a) (if b))))");
  EXPECT_EQ(dump("[x for x in a if c]"),
            "(expr (listcomp x (for x/S a (if c))))");
  EXPECT_EQ(dump("[x*y for x in a for y in b if x]"),
            "(expr (listcomp (* x y) (for x/S a) (for y/S b (if x))))");
  EXPECT_EQ(dump("[x for x, y in z]"),
            "(expr (listcomp x (for (tuple/S x/S y/S) z)))");
  EXPECT_EQ(dump("[x for (x, y) in z]"),
            "(expr (listcomp x (for (tuple/S x/S y/S) z)))");
  EXPECT_EQ(dump("{x for x in y}"),
            "(expr (setcomp x (for x/S y)))");
  EXPECT_EQ(dump("{k: v for k, v in d.items()}"),
            "(expr (dictcomp k v (for (tuple/S k/S v/S) (call (. d items)))))");
  EXPECT_EQ(dump("(x for x in y)"),
            "(expr (genexp x (for x/S y)))");
  EXPECT_EQ(dump("[x for x in a if b if c for z in w]"),
            "(expr (listcomp x (for x/S a (if b) (if c)) (for z/S w)))");
  EXPECT_EQ(dump("[y := f(x) for x in z]"),
            "(expr (listcomp (:= y/S (call f x)) (for x/S z)))");
  EXPECT_EQ(dump("[x for x in (a if b else c)]"),
            "(expr (listcomp x (for x/S (ifexp b a c))))");
  EXPECT_EQ(dump("[(a, b) for a in c]"),
            "(expr (listcomp (tuple a b) (for a/S c)))");
  EXPECT_EQ(dump("[x for *a, b in c]"),
            "(expr (listcomp x (for (tuple/S (*/S a/S) b/S) c)))");
}

TEST(ParserDump, Lambdas) {
  EXPECT_EQ(dump("lambda: 0"),
            "(expr (lambda (args) 0))");
  EXPECT_EQ(dump("lambda x: x"),
            "(expr (lambda (args x) x))");
  EXPECT_EQ(dump("lambda x, y=1: x"),
            "(expr (lambda (args x y=1) x))");
  EXPECT_EQ(dump("lambda *a, **k: 0"),
            "(expr (lambda (args *a **k) 0))");
  EXPECT_EQ(dump("lambda *, k: 0"),
            "(expr (lambda (args * k) 0))");
  EXPECT_EQ(dump("lambda a, *b, c=1, **d: 0"),
            "(expr (lambda (args a *b c=1 **d) 0))");
  EXPECT_EQ(dump("lambda x=lambda: 1: x"),
            "(expr (lambda (args x=(lambda (args) 1)) x))");
  EXPECT_EQ(dump("lambda x,: x"),
            "(expr (lambda (args x) x))");
}

TEST(ParserDump, Yields) {
  EXPECT_EQ(dump("def g():\n    yield\n    yield x\n    yield x, y\n    yield from z\n    a = yield\n    b = yield c\n    c = yield from d\n    await_ = (yield)\n"),
            "(def g (args) [(expr (yield)) (expr (yield x)) (expr (yield (tuple x y))) (expr (yield-from z)) (= a/S (yield)) (= b/S (yield c)) (= c/S (yield-from d)) (= await_/S (yield))])");
}

TEST(ParserDump, Walrus) {
  EXPECT_EQ(dump("if (n := len(a)) > 10: pass"),
            "(if (cmp (:= n/S (call len a)) > 10) [(pass)])");
  EXPECT_EQ(dump("while chunk := f(): pass"),
            "(while (:= chunk/S (call f)) [(pass)])");
  EXPECT_EQ(dump("x = [y := 1, y]"),
            "(= x/S (list (:= y/S 1) y))");
  EXPECT_EQ(dump("print(x := 5)"),
            "(expr (call print (:= x/S 5)))");
  EXPECT_EQ(dump("(x := 1)"),
            "(expr (:= x/S 1))");
  EXPECT_EQ(dump("if x := 1: pass"),
            "(if (:= x/S 1) [(pass)])");
  EXPECT_EQ(dump("[i for i in range(10) if (j := i)]"),
            "(expr (listcomp i (for i/S (call range 10) (if (:= j/S i)))))");
  EXPECT_EQ(dump("{(k := 1): 2}"),
            "(expr (dict (: (:= k/S 1) 2)))");
}

TEST(ParserDump, Assignments) {
  EXPECT_EQ(dump("x = 1"),
            "(= x/S 1)");
  EXPECT_EQ(dump("x = y = 0"),
            "(= x/S y/S 0)");
  EXPECT_EQ(dump("a, b = b, a"),
            "(= (tuple/S a/S b/S) (tuple b a))");
  EXPECT_EQ(dump("a, b = 1, 2,"),
            "(= (tuple/S a/S b/S) (tuple 1 2))");
  EXPECT_EQ(dump("[a, b] = c"),
            "(= (list/S a/S b/S) c)");
  EXPECT_EQ(dump("(a, b) = c"),
            "(= (tuple/S a/S b/S) c)");
  EXPECT_EQ(dump("first, *rest = xs"),
            "(= (tuple/S first/S (*/S rest/S)) xs)");
  EXPECT_EQ(dump("*a, b = c"),
            "(= (tuple/S (*/S a/S) b/S) c)");
  EXPECT_EQ(dump("a.b = 1"),
            "(= (./S a b) 1)");
  EXPECT_EQ(dump("a[0] = 1"),
            "(= ([]/S a 0) 1)");
  EXPECT_EQ(dump("a.b[c].d = 1"),
            "(= (./S ([] (. a b) c) d) 1)");
  EXPECT_EQ(dump("x += 1"),
            "(+= x/S 1)");
  EXPECT_EQ(dump("a.b -= 1"),
            "(-= (./S a b) 1)");
  EXPECT_EQ(dump("a[i] *= 2"),
            "(*= ([]/S a i) 2)");
  EXPECT_EQ(dump("x **= 2"),
            "(**= x/S 2)");
  EXPECT_EQ(dump("x //= 2"),
            "(//= x/S 2)");
  EXPECT_EQ(dump("x >>= 1"),
            "(>>= x/S 1)");
  EXPECT_EQ(dump("x <<= 1"),
            "(<<= x/S 1)");
  EXPECT_EQ(dump("x @= m"),
            "(@= x/S m)");
  EXPECT_EQ(dump("x %= 3"),
            "(%= x/S 3)");
  EXPECT_EQ(dump("x &= 1"),
            "(&= x/S 1)");
  EXPECT_EQ(dump("x |= 1"),
            "(|= x/S 1)");
  EXPECT_EQ(dump("x ^= 1"),
            "(^= x/S 1)");
  EXPECT_EQ(dump("x /= 2"),
            "(/= x/S 2)");
  EXPECT_EQ(dump("x: int"),
            "(ann x/S int)");
  EXPECT_EQ(dump("x: int = 5"),
            "(ann x/S int 5)");
  EXPECT_EQ(dump("a.b: int = 1"),
            "(ann (./S a b) int 1)");
  EXPECT_EQ(dump("a[0]: int"),
            "(ann ([]/S a 0) int)");
  EXPECT_EQ(dump("(x): int = 1"),
            "(ann x/S int 1)");
  EXPECT_EQ(dump("x = yield"),
            "(= x/S (yield))");
  EXPECT_EQ(dump("x = *a, *b"),
            "(= x/S (tuple (* a) (* b)))");
  EXPECT_EQ(dump("((a, b), c) = d"),
            "(= (tuple/S (tuple/S a/S b/S) c/S) d)");
  EXPECT_EQ(dump("a, = b"),
            "(= (tuple/S a/S) b)");
  EXPECT_EQ(dump("x = a, b = c"),
            "(= x/S (tuple/S a/S b/S) c)");
  EXPECT_EQ(dump("for [a, (b, *c)] in d: pass"),
            "(for (list/S a/S (tuple/S b/S (*/S c/S))) d [(pass)])");
  EXPECT_EQ(dump("x: list[int] = []"),
            "(ann x/S ([] list int) (list))");
}

TEST(ParserDump, Statements) {
  EXPECT_EQ(dump("pass"),
            "(pass)");
  EXPECT_EQ(dump("break"),
            "(break)");
  EXPECT_EQ(dump("continue"),
            "(continue)");
  EXPECT_EQ(dump("return"),
            "(return)");
  EXPECT_EQ(dump("return x"),
            "(return x)");
  EXPECT_EQ(dump("return x, y"),
            "(return (tuple x y))");
  EXPECT_EQ(dump("return *a, b"),
            "(return (tuple (* a) b))");
  EXPECT_EQ(dump("del x"),
            "(del x/D)");
  EXPECT_EQ(dump("del x, y[0], z.a"),
            "(del x/D ([]/D y 0) (./D z a))");
  EXPECT_EQ(dump("del (a, b), [c]"),
            "(del (tuple/D a/D b/D) (list/D c/D))");
  EXPECT_EQ(dump("del x,"),
            "(del x/D)");
  EXPECT_EQ(dump("assert x"),
            "(assert x)");
  EXPECT_EQ(dump("assert x, 'msg'"),
            "(assert x 'msg')");
  EXPECT_EQ(dump("raise"),
            "(raise)");
  EXPECT_EQ(dump("raise E"),
            "(raise E)");
  EXPECT_EQ(dump("raise E from e"),
            "(raise E (from e))");
  EXPECT_EQ(dump("raise E(1) from None"),
            "(raise (call E 1) (from None))");
  EXPECT_EQ(dump("global a"),
            "(global a)");
  EXPECT_EQ(dump("global a, b"),
            "(global a b)");
  EXPECT_EQ(dump("nonlocal a, b"),
            "(nonlocal a b)");
  EXPECT_EQ(dump("import a"),
            "(import a)");
  EXPECT_EQ(dump("import a.b.c"),
            "(import a.b.c)");
  EXPECT_EQ(dump("import a as b, c.d as e"),
            "(import (as a b) (as c.d e))");
  EXPECT_EQ(dump("from a import b"),
            "(from a b)");
  EXPECT_EQ(dump("from a.b import c as d, e"),
            "(from a.b (as c d) e)");
  EXPECT_EQ(dump("from . import x"),
            "(from . x)");
  EXPECT_EQ(dump("from .. import (x, y,)"),
            "(from .. x y)");
  EXPECT_EQ(dump("from ...a import b"),
            "(from ...a b)");
  EXPECT_EQ(dump("from .a.b import *"),
            "(from .a.b *)");
  EXPECT_EQ(dump("from . import (a as b)"),
            "(from . (as a b))");
  EXPECT_EQ(dump("x = 1; y = 2"),
            "(= x/S 1)\n(= y/S 2)");
  EXPECT_EQ(dump("x = 1;"),
            "(= x/S 1)");
  EXPECT_EQ(dump("f(x)"),
            "(expr (call f x))");
  EXPECT_EQ(dump("x"),
            "(expr x)");
  EXPECT_EQ(dump("1 + 2"),
            "(expr (+ 1 2))");
  EXPECT_EQ(dump("if x: pass"),
            "(if x [(pass)])");
  EXPECT_EQ(dump("if x: y = 1; z = 2"),
            "(if x [(= y/S 1) (= z/S 2)])");
}

TEST(ParserDump, Compound) {
  EXPECT_EQ(dump("if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n"),
            "(if a [(expr b)] [(if c [(expr d)] [(if e [(expr f)] [(expr g)])])])");
  EXPECT_EQ(dump("while x:\n    y\nelse:\n    z\n"),
            "(while x [(expr y)] [(expr z)])");
  EXPECT_EQ(dump("for x in y:\n    break\nelse:\n    pass\n"),
            "(for x/S y [(break)] [(pass)])");
  EXPECT_EQ(dump("for x in 1, 2, *a:\n    pass\n"),
            "(for x/S (tuple 1 2 (* a)) [(pass)])");
  EXPECT_EQ(dump("for i, (a, b) in enumerate(c): pass\n"),
            "(for (tuple/S i/S (tuple/S a/S b/S)) (call enumerate c) [(pass)])");
  EXPECT_EQ(dump("try:\n    a\nexcept:\n    b\n"),
            "(try [(expr a)] (except [(expr b)]))");
  EXPECT_EQ(dump("try:\n    a\nexcept E:\n    b\nexcept (A, B) as e:\n    c\nelse:\n    d\nfinally:\n    f\n"),
            "(try [(expr a)] (except E [(expr b)]) (except (tuple A B) as e [(expr c)]) (else [(expr d)]) (finally [(expr f)]))");
  EXPECT_EQ(dump("try:\n    a\nfinally:\n    b\n"),
            "(try [(expr a)] (finally [(expr b)]))");
  EXPECT_EQ(dump("with a: pass\n"),
            "(with a [(pass)])");
  EXPECT_EQ(dump("with a as b: pass\n"),
            "(with (as a b/S) [(pass)])");
  EXPECT_EQ(dump("with a as b, c as d: pass\n"),
            "(with (as a b/S) (as c d/S) [(pass)])");
  EXPECT_EQ(dump("with a, b: pass\n"),
            "(with a b [(pass)])");
  EXPECT_EQ(dump("with (a as b, c as d): pass\n"),
            "(with (as a b/S) (as c d/S) [(pass)])");
  EXPECT_EQ(dump("with (a, b) as c: pass\n"),
            "(with (as (tuple a b) c/S) [(pass)])");
  EXPECT_EQ(dump("with (a as b,): pass\n"),
            "(with (as a b/S) [(pass)])");
  EXPECT_EQ(dump("with (a): pass\n"),
            "(with a [(pass)])");
  EXPECT_EQ(dump("with a as (b, c): pass\n"),
            "(with (as a (tuple/S b/S c/S)) [(pass)])");
  EXPECT_EQ(dump("with a as b.c[0]: pass\n"),
            "(with (as a ([]/S (. b c) 0)) [(pass)])");
  EXPECT_EQ(dump("with (yield): pass\n"),
            "(with (yield) [(pass)])");
  EXPECT_EQ(dump("def f(): pass\n"),
            "(def f (args) [(pass)])");
  EXPECT_EQ(dump("def f(a, b=1, *args, c, d=2, **kw): pass\n"),
            "(def f (args a b=1 *args c d=2 **kw) [(pass)])");
  EXPECT_EQ(dump("def f(*, a): pass\n"),
            "(def f (args * a) [(pass)])");
  EXPECT_EQ(dump("def f(a, b,): pass\n"),
            "(def f (args a b) [(pass)])");
  EXPECT_EQ(dump("def f(a: int, b: str = 'x', *c: int, **d: str) -> bool:\n    return True\n"),
            "(def f (args a b='x' *c **d) [(return True)])");
  EXPECT_EQ(dump("def f(**kw,): pass\n"),
            "(def f (args **kw) [(pass)])");
  EXPECT_EQ(dump("@dec\ndef f(): pass\n"),
            "(def f (@ dec) (args) [(pass)])");
  EXPECT_EQ(dump("@a.b(c)\n@d\nclass C: pass\n"),
            "(class C (@ (call (. a b) c) d) [(pass)])");
  EXPECT_EQ(dump("@x[0]\n@(lambda f: f)\ndef g(): pass\n"),
            "(def g (@ ([] x 0) (lambda (args f) f)) (args) [(pass)])");
  EXPECT_EQ(dump("class A: pass\n"),
            "(class A [(pass)])");
  EXPECT_EQ(dump("class A(B): pass\n"),
            "(class A (bases B) [(pass)])");
  EXPECT_EQ(dump("class A(B, C, metaclass=M, **kw): pass\n"),
            "(class A (bases B C (kw metaclass M) (kw ** kw)) [(pass)])");
  EXPECT_EQ(dump("class A(): pass\n"),
            "(class A [(pass)])");
  EXPECT_EQ(dump("class A(*bases): pass\n"),
            "(class A (bases (* bases)) [(pass)])");
  EXPECT_EQ(dump("class A:\n    x = 1\n    def f(self):\n        return self.x\n"),
            "(class A [(= x/S 1) (def f (args self) [(return (. self x))])])");
  EXPECT_EQ(dump("if x:\n    if y:\n        pass\n    else:\n        pass\n"),
            "(if x [(if y [(pass)] [(pass)])])");
  EXPECT_EQ(dump("def f():\n    def g():\n        nonlocal x\n        x = 1\n    return g\n"),
            "(def f (args) [(def g (args) [(nonlocal x) (= x/S 1)]) (return g)])");
  EXPECT_EQ(dump("if True:\n    pass\n\n\n# comment\nx = 1\n"),
            "(if True [(pass)])\n(= x/S 1)");
}


TEST(ParserDump, WithoutFinalNewlineAndWithCrlf) {
  EXPECT_EQ(dump("x = 1"), "(= x/S 1)");
  EXPECT_EQ(dump("if x:\r\n    y = 1\r\nz\r\n"), "(if x [(= y/S 1)])\n(expr z)");
  EXPECT_EQ(dump("if x:\r    y\r"), "(if x [(expr y)])");
  EXPECT_EQ(dump("\xEF\xBB\xBFx"), "(expr x)");  // a UTF-8 byte order mark is skipped
  EXPECT_EQ(dump(""), "");
  EXPECT_EQ(dump("\n\n  \n# only a comment"), "");
}

TEST(ParserDump, UnsupportedConstructsAreNamed) {
  EXPECT_EQ(dump("x = b'abc'"), "ERROR SyntaxError: bytes literals are not supported (line 1)");
  EXPECT_EQ(dump("x = 1j"), "ERROR SyntaxError: imaginary literals are not supported (line 1)");
  EXPECT_EQ(dump("async def f(): pass"), "ERROR SyntaxError: 'async def' is not supported (line 1)");
  EXPECT_EQ(dump("def f():\n    await x"), "ERROR SyntaxError: 'await' expressions are not supported (line 2)");
  EXPECT_EQ(dump("match x:\n    case 1: pass"), "ERROR SyntaxError: 'match' statements are not supported (line 1)");
  EXPECT_EQ(dump("match = 1\nmatch(x)"), "(= match/S 1)\n(expr (call match x))");
  EXPECT_EQ(dump("def f(a, /): pass"), "ERROR SyntaxError: positional-only parameters are not supported (line 1)");
  EXPECT_EQ(dump("try:\n    pass\nexcept* E:\n    pass"), "ERROR SyntaxError: 'except*' is not supported (line 3)");
  EXPECT_EQ(dump("x = '\\N{EM DASH}'"), "ERROR SyntaxError: \\N{...} escapes are not supported (line 1)");
  EXPECT_EQ(dump("x = [y async for y in z]"), "ERROR SyntaxError: asynchronous comprehensions are not supported (line 1)");
  EXPECT_EQ(dump("x = f'{b\"\"}'"), "ERROR SyntaxError: bytes literals are not supported (line 1)");
}

TEST(ParserDump, UnsupportedConstructsDoNotMaskSyntaxErrors) {
  // CPython accepts them, so a real error elsewhere is what it reports.
  EXPECT_EQ(dump("x = b'a'\ny = = 1"), "ERROR SyntaxError: invalid syntax (line 2)");
  EXPECT_EQ(dump("async def f():\n    await g()\n  x"),
            "ERROR IndentationError: unindent does not match any outer indentation level (line 3)");
  EXPECT_EQ(dump("match x:\n    case [a, *b] if a:\n        pass\nf() = 1"),
            "ERROR SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (line 4)");
  EXPECT_EQ(dump("def f(a, /, b): pass\nx = (1,\n"), "ERROR SyntaxError: '(' was never closed (line 2)");
  EXPECT_EQ(dump("x = b'a' 'b'"), "ERROR SyntaxError: cannot mix bytes and nonbytes literals (line 1)");
  EXPECT_EQ(dump("x = '\\N'"), "ERROR SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
                                 "position 0-1: malformed \\N character escape (line 1)");
  EXPECT_EQ(dump("match x:\ny = 1"), "ERROR IndentationError: expected an indented block after 'match' statement on line 1 (line 2)");
}

TEST(Literals, IntsAndFloats) {
  ParseResult r = parse_module("9223372036854775807\n");
  EXPECT_EQ(first_expr<ast::IntLit>(r).value, INT64_MAX);
  EXPECT_FALSE(first_expr<ast::IntLit>(r).overflow);
  r = parse_module("9_223_372_036_854_775_808\n");
  EXPECT_TRUE(first_expr<ast::IntLit>(r).overflow);
  EXPECT_EQ(first_expr<ast::IntLit>(r).text, "9_223_372_036_854_775_808");
  r = parse_module("0xFFFFFFFFFFFFFFFFF\n");
  EXPECT_TRUE(first_expr<ast::IntLit>(r).overflow);
  r = parse_module("0b1111\n");
  EXPECT_EQ(first_expr<ast::IntLit>(r).value, 15);
  struct Case {
    const char* src;
    double value;
  } floats[] = {{"1.", 1.0}, {".5", 0.5}, {"1e10", 1e10}, {"1_000.5e-3", 1.0005}, {"0.1", 0.1},
                {"1E+3", 1000.0}, {"00.25", 0.25}, {"1e400", HUGE_VAL}, {"1e-400", 0.0}, {"5e-324", 5e-324}};
  for (const Case& c : floats) {
    r = parse_module(std::string(c.src) + "\n");
    ASSERT_FALSE(r.error) << c.src;
    EXPECT_EQ(first_expr<ast::FloatLit>(r).value, c.value) << c.src;
  }
  EXPECT_EQ(dump("x = 1.5"), "(= x/S 1.5)");
}

TEST(Literals, StringsDecodeEscapes) {
  ParseResult r = parse_module("'\\x41\\101\\u00e9\\U0001F600\\N'\n");
  ASSERT_TRUE(r.error);  // \N without a name
  r = parse_module("'\\x41\\101\\u00e9\\U0001F600\\777 \\z'\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(first_expr<ast::StrLit>(r).value, "AA\xC3\xA9\xF0\x9F\x98\x80\xC7\xBF \\z");
  r = parse_module("'caf\xC3\xA9' \"!\"\n");
  EXPECT_EQ(first_expr<ast::StrLit>(r).value, "caf\xC3\xA9!");
}

TEST(Positions, NodesCarryTheirFirstToken) {
  ParseResult r = parse_module("x = 1\nif a:\n    y = (b + c) * d.e[f]\n");
  ASSERT_FALSE(r.error);
  auto& iff = static_cast<const ast::If&>(*r.module->body[1]);
  EXPECT_EQ(iff.pos.line, 2);
  EXPECT_EQ(iff.pos.col, 0);
  auto& assign = static_cast<const ast::Assign&>(*iff.body[0]);
  EXPECT_EQ(assign.pos.line, 3);
  EXPECT_EQ(assign.pos.col, 4);
  auto& mul = static_cast<const ast::BinOp&>(*assign.value);
  EXPECT_EQ(mul.pos.col, 8);  // the '(' that starts the product
  EXPECT_EQ(mul.left->pos.col, 9);
  auto& sub = static_cast<const ast::Subscript&>(*mul.right);
  EXPECT_EQ(sub.pos.col, 18);
  EXPECT_EQ(sub.index->pos.col, 22);

  r = parse_module("@dec\ndef f(a, *b, c=1, **d): pass\n");
  auto& f = static_cast<const ast::FunctionDef&>(*r.module->body[0]);
  EXPECT_EQ(f.pos.line, 2);  // the `def`, as in CPython 3.8+
  EXPECT_EQ(f.decorators[0]->pos.line, 1);
  EXPECT_EQ(f.args.vararg->pos.col, 10);
  EXPECT_EQ(f.args.kwonlyargs[0].pos.col, 13);
  EXPECT_EQ(f.args.kwarg->pos.col, 20);

  // Replacement fields of f-strings sit where they are in the file.
  r = parse_module("x = f'ab{cd + e}'\ny = f'''\n{g}'''\n");
  auto& js = static_cast<const ast::JoinedStr&>(*static_cast<const ast::Assign&>(*r.module->body[0]).value);
  auto& fv = static_cast<const ast::FormattedValue&>(*js.values[1]);
  EXPECT_EQ(fv.value->pos.line, 1);
  EXPECT_EQ(fv.value->pos.col, 9);
  auto& js2 = static_cast<const ast::JoinedStr&>(*static_cast<const ast::Assign&>(*r.module->body[1]).value);
  ASSERT_EQ(js2.values.size(), 2u);  // '\n', then the field
  auto& fv2 = static_cast<const ast::FormattedValue&>(*js2.values[1]);
  EXPECT_EQ(fv2.value->pos.line, 3);
  EXPECT_EQ(fv2.value->pos.col, 1);

  r = parse_module("try:\n    pass\nexcept E as e:\n    pass\nimport a.b as c\nf(k=1, **m)\n");
  auto& t = static_cast<const ast::Try&>(*r.module->body[0]);
  EXPECT_EQ(t.handlers[0].pos.line, 3);
  auto& imp = static_cast<const ast::Import&>(*r.module->body[1]);
  EXPECT_EQ(imp.names[0].pos.col, 7);
  auto& call = static_cast<const ast::Call&>(*static_cast<const ast::ExprStmt&>(*r.module->body[2]).value);
  EXPECT_EQ(call.keywords[0].pos.col, 2);
  EXPECT_EQ(call.keywords[1].pos.col, 7);
}

TEST(Targets, ContextsAreSet) {
  EXPECT_EQ(dump("a, [b, *c], d.e, f[0] = x"), "(= (tuple/S a/S (list/S b/S (*/S c/S)) (./S d e) ([]/S f 0)) x)");
  EXPECT_EQ(dump("del a, (b, c), d.e, f[0]"), "(del a/D (tuple/D b/D c/D) (./D d e) ([]/D f 0))");
  EXPECT_EQ(dump("for a, *b in c: pass"), "(for (tuple/S a/S (*/S b/S)) c [(pass)])");
  EXPECT_EQ(dump("with a as (b, c): pass"), "(with (as a (tuple/S b/S c/S)) [(pass)])");
  EXPECT_EQ(dump("[x for x, (y, z) in w]"), "(expr (listcomp x (for (tuple/S x/S (tuple/S y/S z/S)) w)))");
  EXPECT_EQ(dump("x += 1"), "(+= x/S 1)");
  EXPECT_EQ(dump("(x := 1)"), "(expr (:= x/S 1))");
}

// Each message and line as CPython 3.11 reports it (generated with
// `compile(src, f, 'exec')`).
struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int line;
};
const ErrorCase kErrors[] = {
    {"x = = 1\n", "SyntaxError", "invalid syntax", 1},
    {"a $ b\n", "SyntaxError", "invalid syntax", 1},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1},
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"for x in y\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"while x\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"def f()\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"class A\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"with a\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"try\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"try:\n    pass\nexcept A\n    pass\n", "SyntaxError", "expected ':'", 3},
    {"if x:\n    pass\nelif y\n    pass\n", "SyntaxError", "expected ':'", 3},
    {"if x:\n    pass\nelse\n    pass\n", "SyntaxError", "expected ':'", 3},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2},
    {"for x in y:\npass\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2},
    {"while x:\npass\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2},
    {"def f():\npass\n", "IndentationError", "expected an indented block after function definition on line 1", 2},
    {"class A:\npass\n", "IndentationError", "expected an indented block after class definition on line 1", 2},
    {"try:\npass\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2},
    {"try:\n    pass\nexcept:\npass\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4},
    {"try:\n    pass\nfinally:\npass\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4},
    {"if x:\n    pass\nelif y:\npass\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4},
    {"if x:\n    pass\nelse:\npass\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4},
    {"with a:\npass\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2},
    {"x = 1\nif x:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1},
    {"x = '''abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1},
    {"x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1},
    {"foo(\n", "SyntaxError", "'(' was never closed", 1},
    {"x = [1, 2\n", "SyntaxError", "'[' was never closed", 1},
    {"foo)\n", "SyntaxError", "unmatched ')'", 1},
    {"x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1},
    {"x = (1,\n]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2},
    {"foo(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1},
    {"x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1},
    {"x = {1: 2 3}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1},
    {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1},
    {"x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1},
    {"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1},
    {"x = 012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1},
    {"x = 1_\n", "SyntaxError", "invalid decimal literal", 1},
    {"x = 1e+\n", "SyntaxError", "invalid decimal literal", 1},
    {"print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
    {"print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
    {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1},
    {"x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1},
    {"x = 1 – 2\n", "SyntaxError", "invalid character '–' (U+2013)", 1},
    {"x = \x01" "\n", "SyntaxError", "invalid non-printable character U+0001", 1},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1},
    {"x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1},
    {"(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1},
    {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1},
    {"f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1},
    {"del a + 1\n", "SyntaxError", "cannot delete expression", 1},
    {"del *a\n", "SyntaxError", "cannot delete starred", 1},
    {"for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1},
    {"for f() in x: pass\n", "SyntaxError", "cannot assign to function call", 1},
    {"[x for 1 in y]\n", "SyntaxError", "cannot assign to literal", 1},
    {"with a as f(): pass\n", "SyntaxError", "cannot assign to function call", 1},
    {"x = yield = 3\n", "SyntaxError", "assignment to yield expression not possible", 1},
    {"True = 1\n", "SyntaxError", "cannot assign to True", 1},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1},
    {"f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1},
    {"f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1},
    {"f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1},
    {"f(True=1)\n", "SyntaxError", "cannot assign to True", 1},
    {"if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1},
    {"x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1},
    {"(x, y): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1},
    {"a + 1: int\n", "SyntaxError", "illegal target for annotation", 1},
    {"x = (*a)\n", "SyntaxError", "cannot use starred expression here", 1},
    {"x = [*a for a in b]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1},
    {"x = [a, b for a in b]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1},
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1},
    {"x = {1:}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1},
    {"x = {**a for a in b}\n", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1},
    {"def f(a, b=1, c): pass\n", "SyntaxError", "non-default argument follows default argument", 1},
    {"def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1},
    {"def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1},
    {"def f(**a=1): pass\n", "SyntaxError", "var-keyword argument cannot have default value", 1},
    {"def f(**a, b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1},
    {"def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1},
    {"def f(a=): pass\n", "SyntaxError", "expected default value expression", 1},
    {"def f:\n    pass\n", "SyntaxError", "expected '('", 1},
    {"lambda a=1, b: 0\n", "SyntaxError", "non-default argument follows default argument", 1},
    {"from a import b,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1},
    {"try:\n    pass\nexcept A, B:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3},
    {"try:\n    x\ny = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3},
    {"x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1},
    {"x = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1},
    {"x = f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1},
    {"x = f'{a'\n", "SyntaxError", "f-string: expecting '}'", 1},
    {"x = f'a}b'\n", "SyntaxError", "f-string: single '}' is not allowed", 1},
    {"x = f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1},
    {"x = f'{a#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1},
    {"x = '\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1},
    {"x = 1\ny = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2},
    {"x = = 1\ny = (\n", "SyntaxError", "invalid syntax", 1},
    {"x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1\n", "SyntaxError", "too many nested parentheses", 1},
    {"match x\n", "SyntaxError", "expected ':'", 1},
    {"@dec\nx = 1\n", "SyntaxError", "invalid syntax", 2},
    {"x := 1\n", "SyntaxError", "invalid syntax", 1},
    {"else:\n", "SyntaxError", "invalid syntax", 1},
    {"return from\n", "SyntaxError", "invalid syntax", 1},
    {"x = 1\n\n\n  \n  y\n", "IndentationError", "unexpected indent", 5},
    {"import a.b as\n", "SyntaxError", "invalid syntax", 1},
    {"x.1\n", "SyntaxError", "invalid syntax", 1},
    {"x = a if b else\n", "SyntaxError", "invalid syntax", 1},
    {"nonlocal\n", "SyntaxError", "invalid syntax", 1},
    {"global a,\n", "SyntaxError", "invalid syntax", 1},
    {"[m d]\n", "SyntaxError", "invalid syntax", 1},
    {"[ca x]\n", "SyntaxError", "invalid syntax", 1},
    {"x = {'a': 1, 'b' f(x)}\n", "SyntaxError", "':' expected after dictionary key", 1},
    {"x = (a b\n", "SyntaxError", "'(' was never closed", 1},
    {"x = f(a b\n\ny = 1\n", "SyntaxError", "'(' was never closed", 1},
    {"try:\n    pass\nexcept #:\n    pass\n", "SyntaxError", "expected ':'", 3},
    {"def f(a=1, b** =None): pass\n", "SyntaxError", "invalid syntax", 1},
    {"def f(*a, * b=1): pass\n", "SyntaxError", "invalid syntax", 1},
    {"class A:\n    \\\n\n    x = 1\n  y = 2\n", "IndentationError", "unindent does not match any outer indentation level", 5},
    {"year, mm ss, z = f(x)\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1},
    {"root: int =\n", "SyntaxError", "invalid syntax", 1},
    {"x = 39andy\n", "SyntaxError", "invalid decimal literal", 1},
    {"def f(a) -> as: pass\n", "SyntaxError", "expected ':'", 1},
    {"x = [1, 2 async\n 3]\n", "SyntaxError", "invalid syntax", 1},
    {"x = 1\nmatch(x)\nf(a b)\n", "SyntaxError", "expected ':'", 3},
    {"print -1\nf(a b)\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1},
    {"f(a=1 for a in b)\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1},
    {"f(c, a for a in b)\n", "SyntaxError", "Generator expression must be parenthesized", 1},
    {"x = {1: *a}\n", "SyntaxError", "cannot use a starred expression in a dictionary value", 1},
    {"def f((a, b)): pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1},
    {"lambda *: 0\n", "SyntaxError", "named arguments must follow bare *", 1},
    {"del x y\n", "SyntaxError", "invalid syntax", 1},
    {"with a as b\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"with (a, b)\n    pass\n", "SyntaxError", "expected ':'", 1},
    {"for x in y z: pass\n", "SyntaxError", "invalid syntax", 1},
    {"x = a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1},
    {"x = [a, for a in b]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1},
    {"import a.b as c.d\n", "SyntaxError", "invalid syntax", 1},
    {"from a import (b, c\n", "SyntaxError", "'(' was never closed", 1},
    {"x = f'{!r}'\n", "SyntaxError", "f-string: expression required before '!'", 1},
    {"x = f'{:x}'\n", "SyntaxError", "f-string: expression required before ':'", 1},
    {"x = f'{ =}'\n", "SyntaxError", "f-string: expression required before '='", 1},
    {"x = 5€\n", "SyntaxError", "invalid character '€' (U+20AC)", 1},
    {"x = 1é\n", "SyntaxError", "invalid syntax", 1},
    {"[x for x in lambda: y]\n", "SyntaxError", "invalid syntax", 1},
};

TEST(Errors, MatchCPython) {
  for (const ErrorCase& c : kErrors) {
    SyntaxErrorInfo e = error_of(c.src);
    EXPECT_EQ(e.type, c.type) << c.src;
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.line, c.line) << c.src;
  }
}

TEST(Errors, CaretsAndText) {
  SyntaxErrorInfo e = error_of("x = 1\nf() = 1\n");
  EXPECT_EQ(format_syntax_error(e, "t.py"),
            "  File \"t.py\", line 2\n    f() = 1\n    ^^^\n"
            "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
  e = error_of("if x\n    pass\n");
  EXPECT_EQ(format_syntax_error(e, "t.py"), "  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
  e = error_of("foo(a b)\n");
  EXPECT_EQ(e.col, 5);
  EXPECT_EQ(e.end_col, 8);
  e = error_of("x = (1,\ny = 2\n");
  EXPECT_EQ(format_syntax_error(e, "t.py"), "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
  e = error_of("if x:\n    a\n  b\n");
  EXPECT_EQ(format_syntax_error(e, "t.py"),
            "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n");
}

TEST(Errors, TokenizerErrorsOutrankParserErrors) {
  // CPython tokenizes the rest of the file after a parser error.
  EXPECT_EQ(error_of("x = = 1\ny = 'abc\n").msg, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(error_of("f() = 1\nx = 1abc\n").msg, "invalid decimal literal");
  // ... but not the lazy ones, nor a bracket opened after the error.
  EXPECT_EQ(error_of("x = = 1\nif y:\n  a\n b\n").msg, "invalid syntax");
  EXPECT_EQ(error_of("x = = 1\ny = (\n").msg, "invalid syntax");
  // An unexpected indent is reported without looking further.
  EXPECT_EQ(error_of("    x = (1 +\n").msg, "unexpected indent");
}

TEST(Errors, SourceLevel) {
  SyntaxErrorInfo e = error_of(std::string("x = 1\ny = \"a\0b\"\n", 17));
  EXPECT_EQ(e.msg, "source code cannot contain null bytes");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(format_syntax_error(e, "t.py"), "  File \"t.py\", line 2\n    y = \"a\nSyntaxError: source code cannot contain null bytes\n");
  e = error_of("x = 1\ny = '\xff'\n");
  EXPECT_EQ(e.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 11: invalid start byte");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(error_of("x = '\xC3'").msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid continuation byte");
  EXPECT_EQ(error_of("x = '\xED\xA0\x80'").msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xed in position 5: invalid continuation byte");
}

TEST(Errors, NestingLimits) {
  EXPECT_FALSE(parse_module("x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n").error);
  EXPECT_EQ(error_of("x = " + std::string(201, '(') + "1" + std::string(201, ')') + "\n").msg,
            "too many nested parentheses");
  // Nesting CPython cannot compile either: its RecursionError, not a crash.
  for (std::string deep : {"x = " + std::string(100000, '-') + "1\n", "x = " + std::string(5000, '~') + "1\n"}) {
    SyntaxErrorInfo e = error_of(deep);
    EXPECT_EQ(e.type, "RecursionError");
    EXPECT_EQ(e.msg, "maximum recursion depth exceeded during compilation");
    EXPECT_EQ(e.line, 0);
  }
  std::string chain = "x = a";
  for (int i = 0; i < 100000; ++i) chain += ".b";
  EXPECT_EQ(error_of(chain + "\n").type, "RecursionError");
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  EXPECT_EQ(error_of(sum + "\n").type, "RecursionError");
  std::string nots;
  for (int i = 0; i < 5000; ++i) nots += "not ";
  EXPECT_EQ(error_of("x = " + nots + "1\n").type, "RecursionError");
  std::string elifs = "if x: pass\n";
  for (int i = 0; i < 5000; ++i) elifs += "elif x: pass\n";
  EXPECT_EQ(error_of(elifs).type, "RecursionError");
  std::string lambdas = "x = ";
  for (int i = 0; i < 5000; ++i) lambdas += "lambda: ";
  EXPECT_EQ(error_of(lambdas + "1\n").type, "RecursionError");
  // Within CPython's limits it parses.
  std::string ok = "x = 1";
  for (int i = 0; i < 2000; ++i) ok += "+1";
  EXPECT_FALSE(parse_module(ok + "\n").error);
}

TEST(Robustness, ArbitraryBytesNeverCrash) {
  std::mt19937 rng(12345);
  const std::string alphabet = "()[]{}:;,.=+-*/%<>!@#$'\"\\\n\t abcxyz019_fFrRbB\r\x01\xC3\xA9\xE2\x80\x93";
  const char* words[] = {"if ", "else", "for ", " in ", "def ", "lambda", "yield", "f'{", "}'", "'''", "\n    ",
                         "\n", "not ", "async ", "await ", "match ", "class ", "try:", "except", "(", ")", ":="};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    size_t n = rng() % 200;
    for (size_t i = 0; i < n; ++i) {
      if (rng() % 4 == 0) s += words[rng() % (sizeof words / sizeof *words)];
      else s += alphabet[rng() % alphabet.size()];
    }
    ParseResult r = parse_module(s);
    EXPECT_NE(r.module != nullptr, r.error.has_value());
    if (r.error) format_syntax_error(*r.error, "f.py");
  }
}

}  // namespace
}  // namespace lockvm
