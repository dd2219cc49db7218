// Tests of the bytecode compiler through the real parser: name scopes,
// instruction sequences of small functions, exception tables, stack depths,
// constants, and the compiler's SyntaxErrors with CPython 3.11's wording.
// A flow check re-derives every code object's stack depths from its
// instructions and exception table, independently of the compiler.
#include "vm/compiler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "vm/opcodes.h"
#include "vm/parser.h"

namespace lockvm {
namespace {

std::shared_ptr<CodeProto> compile_ok(std::string_view src) {
  ParseResult parsed = parse_module(src);
  EXPECT_FALSE(parsed.error) << parsed.error->msg << " at line " << parsed.error->line;
  if (!parsed.module) return nullptr;
  CompileResult r = compile_module(*parsed.module, "t.py", src);
  EXPECT_FALSE(r.error) << r.error->msg << " at " << r.error->line << ":" << r.error->col;
  return r.code;
}

SyntaxErrorInfo compile_error(std::string_view src) {
  ParseResult parsed = parse_module(src);
  EXPECT_FALSE(parsed.error) << "parser rejected: " << parsed.error->msg;
  if (!parsed.module) return {};
  CompileResult r = compile_module(*parsed.module, "t.py", src);
  EXPECT_TRUE(r.error.has_value()) << "compiled: " << src;
  EXPECT_FALSE(r.code);
  return r.error.value_or(SyntaxErrorInfo{});
}

std::vector<const CodeProto*> nested(const CodeProto& code) {
  std::vector<const CodeProto*> out;
  for (const auto& c : code.consts)
    if (auto* p = std::get_if<std::shared_ptr<CodeProto>>(&c)) out.push_back(p->get());
  return out;
}

const CodeProto* find_code(const CodeProto& root, std::string_view qualname) {
  if (root.qualname == qualname) return &root;
  for (const CodeProto* c : nested(root))
    if (const CodeProto* found = find_code(*c, qualname)) return found;
  return nullptr;
}

// The instructions of one code object as "OPNAME arg" strings, with names
// resolved, for compact expectations.
std::string listing(const CodeProto& code) {
  std::string full = disassemble(code);
  std::string out;
  size_t pos = full.find('\n', full.find('\n') + 1) + 1;  // skip the two header lines
  while (pos < full.size()) {
    size_t nl = full.find('\n', pos);
    std::string line = full.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) break;
    if (line.rfind("  varnames", 0) == 0 || line.rfind("  cellvars", 0) == 0 ||
        line.rfind("  freevars", 0) == 0)
      continue;
    if (line.rfind("ExceptionTable", 0) == 0) break;
    // Drop the line-number and offset columns and the padding after the name.
    line = line.substr(line.find_first_not_of(' ', 10));
    size_t gap = line.find(' ');
    if (gap != std::string::npos) line.erase(gap + 1, line.find_first_not_of(' ', gap) - gap - 1);
    out += line + "\n";
  }
  return out;
}

// Re-derives the stack depth before every instruction by following the
// control flow (jumps, fall-through and exception-table edges) and checks
// that it is consistent, never negative, never below a covering handler's
// depth, and that stacksize is its maximum.
void verify_stack(const CodeProto& code) {
  SCOPED_TRACE(code.qualname);
  const size_t n = code.code.size();
  ASSERT_EQ(code.lines.size(), n);
  std::vector<int> depth(n, -1);
  std::vector<size_t> work;
  int max_depth = 0;
  auto reach = [&](size_t at, int d) {
    ASSERT_LT(at, n);
    ASSERT_GE(d, 0);
    if (depth[at] < 0) {
      depth[at] = d;
      work.push_back(at);
    } else {
      ASSERT_EQ(depth[at], d) << "inconsistent depth at " << at;
    }
  };
  reach(0, 0);
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    int d = depth[i];
    max_depth = std::max(max_depth, d);
    Opcode op = instr_op(code.code[i]);
    uint32_t arg = instr_arg(code.code[i]);
    for (const ExceptionEntry& e : code.exception_table) {
      if (i >= e.start && i < e.end) {
        ASSERT_LE(static_cast<int>(e.depth), d) << "handler deeper than the stack at " << i;
        reach(e.target, static_cast<int>(e.depth) + 1);
        break;
      }
    }
    int after = d + stack_effect(op, arg);
    ASSERT_GE(after, 0) << "underflow at " << i << " " << opcode_name(op);
    max_depth = std::max(max_depth, after);
    if (has_jump_target(op)) {
      if (op == Opcode::JUMP_BACKWARD) {
        ASSERT_LE(arg, i) << "JUMP_BACKWARD forward at " << i;
      } else {
        ASSERT_GT(arg, i) << "forward jump backwards at " << i;
      }
      reach(arg, d + stack_effect_jump(op, arg));
    }
    if (!is_terminator(op)) reach(i + 1, after);
  }
  for (size_t r = 1; r < code.exception_table.size(); ++r)
    EXPECT_GE(code.exception_table[r].start, code.exception_table[r - 1].end) << "rows overlap";
  EXPECT_GE(code.stacksize, max_depth);  // unreachable code may count too
  for (const CodeProto* c : nested(code)) verify_stack(*c);
}

// ---------------------------------------------------------------- scopes

TEST(CompilerScopes, LocalsCellsFreesAndGlobals) {
  auto code = compile_ok(
      "g = 0\n"
      "def outer(a, b=1, *args, k, kd=2, **kw):\n"
      "    x = 1\n"
      "    y = 2\n"
      "    def inner():\n"
      "        nonlocal x\n"
      "        x = a + g\n"
      "        return x\n"
      "    return inner, y\n");
  ASSERT_TRUE(code);
  const CodeProto* outer = find_code(*code, "outer");
  ASSERT_TRUE(outer);
  EXPECT_EQ(outer->argcount, 2);
  EXPECT_EQ(outer->kwonlyargcount, 2);
  EXPECT_EQ(outer->flags, CodeProto::kVarargs | CodeProto::kVarkw);
  EXPECT_EQ(outer->varnames,
            (std::vector<std::string>{"a", "b", "k", "kd", "args", "kw", "y", "inner"}));
  EXPECT_EQ(outer->cellvars, (std::vector<std::string>{"a", "x"}));
  EXPECT_EQ(outer->cell2arg, (std::vector<int>{0, -1}));
  EXPECT_TRUE(outer->freevars.empty());
  const CodeProto* inner = find_code(*code, "outer.<locals>.inner");
  ASSERT_TRUE(inner);
  EXPECT_TRUE(inner->varnames.empty());
  EXPECT_EQ(inner->freevars, (std::vector<std::string>{"a", "x"}));
  EXPECT_EQ(inner->names, (std::vector<std::string>{"g"}));
  EXPECT_EQ(listing(*inner),
            "LOAD_DEREF 0 (a)\n"
            "LOAD_GLOBAL 0 (g)\n"
            "BINARY_OP 0 (+)\n"
            "STORE_DEREF 1 (x)\n"
            "LOAD_DEREF 1 (x)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerScopes, GlobalDeclarationsAndModuleNames) {
  auto code = compile_ok(
      "x = 1\n"
      "def f():\n"
      "    global y\n"
      "    y = x\n"
      "    del y\n");
  ASSERT_TRUE(code);
  EXPECT_EQ(code->flags, CodeProto::kModule);
  EXPECT_EQ(listing(*code),
            "LOAD_CONST 0 (1)\n"
            "STORE_GLOBAL 0 (x)\n"
            "LOAD_CONST 1 (<code f>)\n"
            "MAKE_FUNCTION 0\n"
            "STORE_GLOBAL 1 (f)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "LOAD_GLOBAL 0 (x)\n"
            "STORE_GLOBAL 1 (y)\n"
            "DELETE_GLOBAL 1 (y)\n"
            "LOAD_CONST 0 (None)\n"
            "RETURN_VALUE\n");
}

TEST(CompilerScopes, ClassBodiesUseNameOpsAndSkipClassScope) {
  auto code = compile_ok(
      "def make():\n"
      "    v = 1\n"
      "    class A:\n"
      "        x = v\n"
      "        y = x\n"
      "        def m(self):\n"
      "            return x, v\n"
      "    return A\n");
  ASSERT_TRUE(code);
  const CodeProto* body = find_code(*code, "make.<locals>.A");
  ASSERT_TRUE(body);
  EXPECT_EQ(body->flags, CodeProto::kClassBody);
  EXPECT_EQ(body->freevars, (std::vector<std::string>{"v"}));
  EXPECT_EQ(listing(*body),
            "LOAD_NAME 0 (__name__)\n"
            "STORE_NAME 1 (__module__)\n"
            "LOAD_CONST 0 ('make.<locals>.A')\n"
            "STORE_NAME 2 (__qualname__)\n"
            "LOAD_DEREF 0 (v)\n"
            "STORE_NAME 3 (x)\n"
            "LOAD_NAME 3 (x)\n"
            "STORE_NAME 4 (y)\n"
            "LOAD_CLOSURE 0 (v)\n"
            "BUILD_TUPLE 1\n"
            "LOAD_CONST 1 (<code make.<locals>.A.m>)\n"
            "MAKE_FUNCTION 4 (closure)\n"
            "STORE_NAME 5 (m)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
  const CodeProto* m = find_code(*code, "make.<locals>.A.m");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->names, (std::vector<std::string>{"x"}));  // the class's x is not visible
  EXPECT_EQ(m->freevars, (std::vector<std::string>{"v"}));
  const CodeProto* make = find_code(*code, "make");
  EXPECT_EQ(make->cellvars, (std::vector<std::string>{"v"}));
  verify_stack(*code);
}

TEST(CompilerScopes, ZeroArgumentSuperUsesClassCell) {
  auto code = compile_ok(
      "class B(A):\n"
      "    def __init__(self, v):\n"
      "        super().__init__(v)\n");
  ASSERT_TRUE(code);
  const CodeProto* body = find_code(*code, "B");
  ASSERT_TRUE(body);
  EXPECT_EQ(body->cellvars, (std::vector<std::string>{"__class__"}));
  EXPECT_EQ(body->cell2arg, (std::vector<int>{-1}));
  std::string body_listing = listing(*body);
  EXPECT_NE(body_listing.find("LOAD_CLOSURE 0 (__class__)\nBUILD_TUPLE 1\n"), std::string::npos);
  EXPECT_NE(body_listing.find("LOAD_CLOSURE 0 (__class__)\nRETURN_VALUE\n"), std::string::npos);
  const CodeProto* init = find_code(*code, "B.__init__");
  ASSERT_TRUE(init);
  EXPECT_EQ(init->freevars, (std::vector<std::string>{"__class__"}));
  EXPECT_EQ(listing(*init),
            "LOAD_GLOBAL 0 (super)\n"
            "PUSH_NULL\n"
            "LOAD_DEREF 0 (__class__)\n"
            "LOAD_FAST 0 (self)\n"
            "CALL 2\n"
            "LOAD_METHOD 1 (__init__)\n"
            "LOAD_FAST 1 (v)\n"
            "CALL 1\n"
            "POP_TOP\n"
            "LOAD_CONST 0 (None)\n"
            "RETURN_VALUE\n");
  EXPECT_EQ(listing(*code),
            "LOAD_CONST 0 (<code B>)\n"
            "MAKE_FUNCTION 0\n"
            "LOAD_CONST 1 ('B')\n"
            "LOAD_GLOBAL 0 (A)\n"
            "MAKE_CLASS 1\n"
            "STORE_GLOBAL 1 (B)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
}

TEST(CompilerScopes, ClassWithoutSuperReturnsNone) {
  auto code = compile_ok("class A:\n    def f(self):\n        return 1\n");
  const CodeProto* body = find_code(*code, "A");
  ASSERT_TRUE(body);
  EXPECT_TRUE(body->cellvars.empty());
  std::string l = listing(*body);
  std::string tail = "LOAD_CONST 2 (None)\nRETURN_VALUE\n";
  EXPECT_EQ(l.substr(l.size() - tail.size()), tail);
}

TEST(CompilerScopes, PrivateNamesAreMangled) {
  auto code = compile_ok(
      "class _Acc:\n"
      "    def __init__(self):\n"
      "        self.__n = 0\n"
      "        self.__dunder__ = 1\n");
  const CodeProto* init = find_code(*code, "_Acc.__init__");
  ASSERT_TRUE(init);
  EXPECT_EQ(init->names, (std::vector<std::string>{"_Acc__n", "__dunder__"}));
}

TEST(CompilerScopes, ComprehensionsAreNestedFunctions) {
  auto code = compile_ok(
      "def f(xs, k):\n"
      "    return [x * k for x in xs if x]\n");
  const CodeProto* f = find_code(*code, "f");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->cellvars, (std::vector<std::string>{"k"}));
  EXPECT_EQ(listing(*f),
            "LOAD_CLOSURE 0 (k)\n"
            "BUILD_TUPLE 1\n"
            "LOAD_CONST 0 (<code f.<locals>.<listcomp>>)\n"
            "MAKE_FUNCTION 4 (closure)\n"
            "PUSH_NULL\n"
            "LOAD_FAST 0 (xs)\n"
            "GET_ITER\n"
            "CALL 1\n"
            "RETURN_VALUE\n");
  const CodeProto* comp = find_code(*code, "f.<locals>.<listcomp>");
  ASSERT_TRUE(comp);
  EXPECT_EQ(comp->name, "<listcomp>");
  EXPECT_EQ(comp->argcount, 1);
  EXPECT_EQ(comp->varnames, (std::vector<std::string>{".0", "x"}));
  EXPECT_EQ(listing(*comp),
            "BUILD_LIST 0\n"
            "LOAD_FAST 0 (.0)\n"
            "FOR_ITER 11 (to 11)\n"
            "STORE_FAST 1 (x)\n"
            "LOAD_FAST 1 (x)\n"
            "POP_JUMP_IF_FALSE 10 (to 10)\n"
            "LOAD_FAST 1 (x)\n"
            "LOAD_DEREF 0 (k)\n"
            "BINARY_OP 2 (*)\n"
            "LIST_APPEND 2\n"
            "JUMP_BACKWARD 2 (to 2)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerScopes, GeneratorsAndGeneratorExpressions) {
  auto code = compile_ok(
      "def gen(n):\n"
      "    yield n\n"
      "    yield from range(n)\n"
      "g = (i for i in range(3) for j in range(i))\n"
      "d = {k: v for k, v in []}\n");
  const CodeProto* gen = find_code(*code, "gen");
  ASSERT_TRUE(gen);
  EXPECT_EQ(gen->flags, CodeProto::kGenerator);
  const CodeProto* ge = find_code(*code, "<genexpr>");
  ASSERT_TRUE(ge);
  EXPECT_EQ(ge->flags, CodeProto::kGenerator);
  EXPECT_EQ(listing(*ge),
            "LOAD_FAST 0 (.0)\n"
            "FOR_ITER 15 (to 15)\n"
            "STORE_FAST 1 (i)\n"
            "LOAD_GLOBAL 0 (range)\n"
            "PUSH_NULL\n"
            "LOAD_FAST 1 (i)\n"
            "CALL 1\n"
            "GET_ITER\n"
            "FOR_ITER 14 (to 14)\n"
            "STORE_FAST 2 (j)\n"
            "LOAD_FAST 1 (i)\n"
            "YIELD_VALUE\n"
            "POP_TOP\n"
            "JUMP_BACKWARD 8 (to 8)\n"
            "JUMP_BACKWARD 1 (to 1)\n"
            "LOAD_CONST 0 (None)\n"
            "RETURN_VALUE\n");
  const CodeProto* dc = find_code(*code, "<dictcomp>");
  ASSERT_TRUE(dc);
  EXPECT_NE(listing(*dc).find("MAP_ADD 2\n"), std::string::npos);
  verify_stack(*code);
}

TEST(CompilerScopes, WalrusInComprehensionBindsInEnclosingFunction) {
  auto code = compile_ok(
      "def f(xs):\n"
      "    [last := x for x in xs]\n"
      "    return last\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(f->cellvars, (std::vector<std::string>{"last"}));
  const CodeProto* comp = find_code(*code, "f.<locals>.<listcomp>");
  EXPECT_EQ(comp->freevars, (std::vector<std::string>{"last"}));
  verify_stack(*code);
}

TEST(CompilerScopes, QualifiedNames) {
  auto code = compile_ok(
      "def a():\n"
      "    def b():\n"
      "        global c\n"
      "        def c(): pass\n"
      "        return lambda: 0\n"
      "class K:\n"
      "    class L:\n"
      "        def m(self): pass\n");
  EXPECT_TRUE(find_code(*code, "a.<locals>.b"));
  EXPECT_TRUE(find_code(*code, "c"));
  EXPECT_TRUE(find_code(*code, "a.<locals>.b.<locals>.<lambda>"));
  EXPECT_TRUE(find_code(*code, "K.L.m"));
}

// ---------------------------------------------------------------- code shape

TEST(CompilerCode, CallsAndMethodCalls) {
  auto code = compile_ok(
      "def f(o, a, d):\n"
      "    o.m(a)\n"
      "    o.m(a, k=1)\n"
      "    g(a, k=2)\n"
      "    g(*a, x=1, **d)\n"
      "    g(1, *a)\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "LOAD_FAST 0 (o)\n"
            "LOAD_METHOD 0 (m)\n"
            "LOAD_FAST 1 (a)\n"
            "CALL 1\n"
            "POP_TOP\n"
            "LOAD_FAST 0 (o)\n"
            "LOAD_METHOD 0 (m)\n"
            "LOAD_FAST 1 (a)\n"
            "LOAD_CONST 0 (1)\n"
            "LOAD_CONST 1 (('k',))\n"
            "CALL_KW 2\n"
            "POP_TOP\n"
            "LOAD_GLOBAL 1 (g)\n"
            "PUSH_NULL\n"
            "LOAD_FAST 1 (a)\n"
            "LOAD_CONST 2 (2)\n"
            "LOAD_CONST 1 (('k',))\n"
            "CALL_KW 2\n"
            "POP_TOP\n"
            "LOAD_GLOBAL 1 (g)\n"
            "PUSH_NULL\n"
            "LOAD_FAST 1 (a)\n"
            "LOAD_CONST 3 ('x')\n"
            "LOAD_CONST 0 (1)\n"
            "BUILD_MAP 1\n"
            "LOAD_FAST 2 (d)\n"
            "DICT_MERGE 1\n"
            "CALL_EX 1\n"
            "POP_TOP\n"
            "LOAD_GLOBAL 1 (g)\n"
            "PUSH_NULL\n"
            "LOAD_CONST 0 (1)\n"
            "BUILD_LIST 1\n"
            "LOAD_FAST 1 (a)\n"
            "LIST_EXTEND 1\n"
            "LIST_TO_TUPLE\n"
            "CALL_EX 0\n"
            "POP_TOP\n"
            "LOAD_CONST 4 (None)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerCode, AssignmentForms) {
  auto code = compile_ok(
      "def f(o, i, xs):\n"
      "    a = b = 0\n"
      "    first, *rest = xs\n"
      "    o.n += 1\n"
      "    o[i] -= 2\n"
      "    a: int = 3\n"
      "    c: int\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "LOAD_CONST 0 (0)\n"
            "COPY 1\n"
            "STORE_FAST 3 (a)\n"
            "STORE_FAST 4 (b)\n"
            "LOAD_FAST 2 (xs)\n"
            "UNPACK_EX 1 (1 before, 0 after)\n"
            "STORE_FAST 5 (first)\n"
            "STORE_FAST 6 (rest)\n"
            "LOAD_FAST 0 (o)\n"
            "COPY 1\n"
            "LOAD_ATTR 0 (n)\n"
            "LOAD_CONST 1 (1)\n"
            "BINARY_OP 16 (+=)\n"
            "SWAP 2\n"
            "STORE_ATTR 0 (n)\n"
            "LOAD_FAST 0 (o)\n"
            "LOAD_FAST 1 (i)\n"
            "COPY 2\n"
            "COPY 2\n"
            "BINARY_SUBSCR\n"
            "LOAD_CONST 2 (2)\n"
            "BINARY_OP 17 (-=)\n"
            "SWAP 3\n"
            "SWAP 2\n"
            "STORE_SUBSCR\n"
            "LOAD_CONST 3 (3)\n"
            "STORE_FAST 3 (a)\n"
            "LOAD_CONST 4 (None)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerCode, ConditionsCompileToJumps) {
  auto code = compile_ok(
      "def f(a, b, c):\n"
      "    if a and not b or c:\n"
      "        return 1\n"
      "    while a < b < c:\n"
      "        a = a or b\n"
      "    return a if b else c\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "LOAD_FAST 0 (a)\n"
            "POP_JUMP_IF_FALSE 4 (to 4)\n"
            "LOAD_FAST 1 (b)\n"
            "POP_JUMP_IF_FALSE 6 (to 6)\n"
            "LOAD_FAST 2 (c)\n"
            "POP_JUMP_IF_FALSE 8 (to 8)\n"
            "LOAD_CONST 0 (1)\n"
            "RETURN_VALUE\n"
            "LOAD_FAST 0 (a)\n"
            "LOAD_FAST 1 (b)\n"
            "SWAP 2\n"
            "COPY 2\n"
            "COMPARE_OP 2 (<)\n"
            "POP_JUMP_IF_FALSE 18 (to 18)\n"
            "LOAD_FAST 2 (c)\n"
            "COMPARE_OP 2 (<)\n"
            "POP_JUMP_IF_FALSE 25 (to 25)\n"
            "JUMP 20 (to 20)\n"
            "POP_TOP\n"
            "JUMP 25 (to 25)\n"
            "LOAD_FAST 0 (a)\n"
            "JUMP_IF_TRUE_OR_POP 23 (to 23)\n"
            "LOAD_FAST 1 (b)\n"
            "STORE_FAST 0 (a)\n"
            "JUMP_BACKWARD 8 (to 8)\n"
            "LOAD_FAST 1 (b)\n"
            "POP_JUMP_IF_FALSE 29 (to 29)\n"
            "LOAD_FAST 0 (a)\n"
            "JUMP 30 (to 30)\n"
            "LOAD_FAST 2 (c)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerCode, FStrings) {
  auto code = compile_ok("def f(x, w):\n    return f'a{x!r:>{w}}b{x}'\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "LOAD_CONST 0 ('a')\n"
            "LOAD_FAST 0 (x)\n"
            "LOAD_CONST 1 ('>')\n"
            "LOAD_FAST 1 (w)\n"
            "FORMAT_VALUE 0\n"
            "BUILD_STRING 2\n"
            "FORMAT_VALUE 6 (repr, with format)\n"
            "LOAD_CONST 2 ('b')\n"
            "LOAD_FAST 0 (x)\n"
            "FORMAT_VALUE 0\n"
            "BUILD_STRING 4\n"
            "RETURN_VALUE\n");
}

TEST(CompilerCode, ImportsAndDecorators) {
  auto code = compile_ok(
      "import a.b\n"
      "import c.d as e\n"
      "from m import x, y as z\n"
      "@deco\n"
      "def f(q=1): pass\n");
  EXPECT_EQ(listing(*code),
            "IMPORT_NAME 0 (a.b)\n"
            "STORE_GLOBAL 1 (a)\n"
            "IMPORT_NAME 2 (c.d)\n"
            "IMPORT_FROM 3 (d)\n"
            "SWAP 2\n"
            "POP_TOP\n"
            "STORE_GLOBAL 4 (e)\n"
            "IMPORT_NAME 5 (m)\n"
            "IMPORT_FROM 6 (x)\n"
            "STORE_GLOBAL 6 (x)\n"
            "IMPORT_FROM 7 (y)\n"
            "STORE_GLOBAL 8 (z)\n"
            "POP_TOP\n"
            "LOAD_GLOBAL 9 (deco)\n"
            "PUSH_NULL\n"
            "LOAD_CONST 0 ((1,))\n"
            "LOAD_CONST 1 (<code f>)\n"
            "MAKE_FUNCTION 1 (defaults)\n"
            "CALL 1\n"
            "STORE_GLOBAL 10 (f)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
}

TEST(CompilerCode, ConstantsAreDedupedByTypeAndValue) {
  auto code = compile_ok(
      "a = 0\nb = False\nc = 0.0\nd = -0.0\ne = 0\nf = 1\ng = True\nh = 1.0\n"
      "i = (1, 2)\nj = (1, 2)\nk = (1.0, 2)\nl = -5\nm = -9223372036854775808\n"
      "n = 99999999999999999999\n");
  ASSERT_TRUE(code);
  const auto& c = code->consts;
  ASSERT_EQ(c.size(), 13u);
  EXPECT_EQ(std::get<int64_t>(c[0]), 0);
  EXPECT_EQ(std::get<bool>(c[1]), false);
  EXPECT_EQ(std::get<double>(c[2]), 0.0);
  EXPECT_TRUE(std::signbit(std::get<double>(c[3])));
  EXPECT_EQ(std::get<int64_t>(c[4]), 1);
  EXPECT_EQ(std::get<bool>(c[5]), true);
  EXPECT_EQ(std::get<double>(c[6]), 1.0);
  EXPECT_EQ(std::get<std::shared_ptr<ConstTuple>>(c[7])->items.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<std::shared_ptr<ConstTuple>>(c[8]));
  EXPECT_EQ(std::get<int64_t>(c[9]), -5);
  EXPECT_EQ(std::get<int64_t>(c[10]), INT64_MIN);
  EXPECT_EQ(std::get<OverflowIntConst>(c[11]).text, "99999999999999999999");
  EXPECT_TRUE(std::holds_alternative<NoneConst>(c[12]));
}

TEST(CompilerCode, SafeConstantExpressionsAreFolded) {
  auto code = compile_ok(
      "a = 2 ** 10\nb = 7 // -2\nc = -7 % 3\nd = 'ab' * 3\ne = 1 / 2\nf = (1 + 2, -3.0 * 2)\n"
      "g = 1 << 62\nh = -1 >> 70\n");
  EXPECT_EQ(listing(*code),
            "LOAD_CONST 0 (1024)\n"
            "STORE_GLOBAL 0 (a)\n"
            "LOAD_CONST 1 (-4)\n"
            "STORE_GLOBAL 1 (b)\n"
            "LOAD_CONST 2 (2)\n"
            "STORE_GLOBAL 2 (c)\n"
            "LOAD_CONST 3 ('ababab')\n"
            "STORE_GLOBAL 3 (d)\n"
            "LOAD_CONST 4 (0.5)\n"
            "STORE_GLOBAL 4 (e)\n"
            "LOAD_CONST 5 ((3, -6.0))\n"
            "STORE_GLOBAL 5 (f)\n"
            "LOAD_CONST 6 (4611686018427387904)\n"
            "STORE_GLOBAL 6 (g)\n"
            "LOAD_CONST 7 (-1)\n"
            "STORE_GLOBAL 7 (h)\n"
            "LOAD_CONST 8 (None)\n"
            "RETURN_VALUE\n");
}

// CPython builds a frozenset constant for these displays, and its order
// shows: {100, 5, 37, 8} prints as {8, 5, 100, 37}.
TEST(CompilerCode, ConstantSetDisplaysFollowCPythonsFrozensetOrder) {
  auto code = compile_ok(
      "s = {100, 5, 37, 8}\n"
      "for x in {3, 1, 2}: pass\n"
      "t = x in [1, 2, 3]\n");
  EXPECT_EQ(listing(*code),
            "BUILD_SET 0\n"
            "BUILD_SET 0\n"
            "LOAD_CONST 0 ((8, 37, 100, 5))\n"
            "SET_UPDATE 1\n"
            "SET_UPDATE 1\n"
            "STORE_GLOBAL 0 (s)\n"
            "BUILD_SET 0\n"
            "LOAD_CONST 1 ((1, 2, 3))\n"
            "SET_UPDATE 1\n"
            "GET_ITER\n"
            "FOR_ITER 13 (to 13)\n"
            "STORE_GLOBAL 1 (x)\n"
            "JUMP_BACKWARD 10 (to 10)\n"
            "LOAD_GLOBAL 1 (x)\n"
            "LOAD_CONST 1 ((1, 2, 3))\n"
            "CONTAINS_OP 0 (in)\n"
            "STORE_GLOBAL 2 (t)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
  // Strings hash differently on every CPython run: their order is kept.
  code = compile_ok("s = {'b', 'a', 'b'}\n");
  EXPECT_NE(listing(*code).find("LOAD_CONST 0 (('b', 'a', 'b'))"), std::string::npos);
}

TEST(CompilerCode, NothingThatCanRaiseIsFolded) {
  auto code = compile_ok("a = 1 / 0\nb = 1 << 64\nc = 2 ** 100\nd = -(-9223372036854775807 - 1)\n");
  std::string l = listing(*code);
  EXPECT_NE(l.find("BINARY_OP 3 (/)"), std::string::npos);
  EXPECT_NE(l.find("BINARY_OP 7 (<<)"), std::string::npos);
  EXPECT_NE(l.find("BINARY_OP 6 (**)"), std::string::npos);
  EXPECT_NE(l.find("UNARY_NEGATIVE"), std::string::npos);
}

TEST(CompilerCode, ConstantConditionsJumpOrFallThrough) {
  auto code = compile_ok(
      "def f(x):\n"
      "    while True:\n"
      "        if __debug__:\n"
      "            x = 1 if () else 2\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(listing(*f),
            "JUMP 3 (to 3)\n"
            "LOAD_CONST 0 (1)\n"
            "JUMP 4 (to 4)\n"
            "LOAD_CONST 1 (2)\n"
            "STORE_FAST 0 (x)\n"
            "JUMP_BACKWARD 0 (to 0)\n"
            "LOAD_CONST 2 (None)\n"
            "RETURN_VALUE\n");
  verify_stack(*code);
}

TEST(CompilerCode, DocstringsBecomeDoc) {
  auto code = compile_ok("\"mod\"\nclass A:\n    'cls'\n    x = 1\n");
  EXPECT_EQ(listing(*code).substr(0, 46), "LOAD_CONST 0 ('mod')\nSTORE_GLOBAL 0 (__doc__)\n");
  EXPECT_NE(listing(*find_code(*code, "A")).find("LOAD_CONST 1 ('cls')\nSTORE_NAME 3 (__doc__)\n"),
            std::string::npos);
}

TEST(CompilerCode, LineNumbersFollowNodes) {
  auto code = compile_ok("x = (1 +\n     y)\nz = f(\n  a,\n  b)\n");
  ASSERT_TRUE(code);
  std::vector<int> want = {1, 2, 1, 1, 3, 3, 4, 5, 3, 3, 1, 1};
  EXPECT_EQ(code->lines, want);
}

// ---------------------------------------------------------------- exceptions

TEST(CompilerExceptions, TryExceptTable) {
  auto code = compile_ok(
      "def f():\n"
      "    try:\n"
      "        a()\n"
      "    except (E, F) as e:\n"
      "        b(e)\n"
      "    except G:\n"
      "        pass\n"
      "    else:\n"
      "        c()\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(disassemble(*f),
            "Disassembly of f (t.py, line 1):\n"
            "  flags: -; argcount 0, kwonly 0, stacksize 4\n"
            "  varnames: e\n"
            "   3     0 LOAD_GLOBAL          0 (a)\n"
            "         1 PUSH_NULL\n"
            "         2 CALL                 0\n"
            "         3 POP_TOP\n"
            "   9     4 LOAD_GLOBAL          1 (c)\n"
            "         5 PUSH_NULL\n"
            "         6 CALL                 0\n"
            "         7 POP_TOP\n"
            "   2     8 JUMP                 40 (to 40)\n"
            "         9 PUSH_EXC_INFO\n"
            "   4    10 LOAD_GLOBAL          2 (E)\n"
            "        11 LOAD_GLOBAL          3 (F)\n"
            "        12 BUILD_TUPLE          2\n"
            "        13 CHECK_EXC_MATCH\n"
            "        14 POP_JUMP_IF_FALSE    30 (to 30)\n"
            "        15 STORE_FAST           0 (e)\n"
            "   5    16 LOAD_GLOBAL          4 (b)\n"
            "        17 PUSH_NULL\n"
            "        18 LOAD_FAST            0 (e)\n"
            "        19 CALL                 1\n"
            "        20 POP_TOP\n"
            "   4    21 POP_EXCEPT\n"
            "        22 LOAD_CONST           0 (None)\n"
            "        23 STORE_FAST           0 (e)\n"
            "        24 DELETE_FAST          0 (e)\n"
            "        25 JUMP                 40 (to 40)\n"
            "        26 LOAD_CONST           0 (None)\n"
            "        27 STORE_FAST           0 (e)\n"
            "        28 DELETE_FAST          0 (e)\n"
            "        29 RERAISE\n"
            "   6    30 LOAD_GLOBAL          5 (G)\n"
            "        31 CHECK_EXC_MATCH\n"
            "        32 POP_JUMP_IF_FALSE    36 (to 36)\n"
            "        33 POP_TOP\n"
            "        34 POP_EXCEPT\n"
            "        35 JUMP                 40 (to 40)\n"
            "   2    36 RERAISE\n"
            "        37 SWAP                 2\n"
            "        38 POP_EXCEPT\n"
            "        39 RERAISE\n"
            "   1    40 LOAD_CONST           0 (None)\n"
            "        41 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  0 to 4 -> 9 [0]\n"
            "  10 to 16 -> 37 [1]\n"
            "  16 to 21 -> 26 [1]\n"
            "  26 to 34 -> 37 [1]\n"
            "  36 to 37 -> 37 [1]\n");
  verify_stack(*code);
}

TEST(CompilerExceptions, TryFinallyWithReturnInlinesFinally) {
  auto code = compile_ok(
      "def f(x):\n"
      "    for i in x:\n"
      "        try:\n"
      "            return g(i)\n"
      "        finally:\n"
      "            h()\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(disassemble(*f),
            "Disassembly of f (t.py, line 1):\n"
            "  flags: -; argcount 1, kwonly 0, stacksize 5\n"
            "  varnames: x, i\n"
            "   2     0 LOAD_FAST            0 (x)\n"
            "         1 GET_ITER\n"
            "         2 FOR_ITER             30 (to 30)\n"
            "         3 STORE_FAST           1 (i)\n"
            "   4     4 LOAD_GLOBAL          0 (g)\n"
            "         5 PUSH_NULL\n"
            "         6 LOAD_FAST            1 (i)\n"
            "         7 CALL                 1\n"
            "   6     8 LOAD_GLOBAL          1 (h)\n"
            "         9 PUSH_NULL\n"
            "        10 CALL                 0\n"
            "        11 POP_TOP\n"
            "   4    12 SWAP                 2\n"
            "        13 POP_TOP\n"
            "        14 RETURN_VALUE\n"
            "   6    15 LOAD_GLOBAL          1 (h)\n"
            "        16 PUSH_NULL\n"
            "        17 CALL                 0\n"
            "        18 POP_TOP\n"
            "   3    19 JUMP                 29 (to 29)\n"
            "        20 PUSH_EXC_INFO\n"
            "   6    21 LOAD_GLOBAL          1 (h)\n"
            "        22 PUSH_NULL\n"
            "        23 CALL                 0\n"
            "        24 POP_TOP\n"
            "   3    25 RERAISE\n"
            "        26 SWAP                 2\n"
            "        27 POP_EXCEPT\n"
            "        28 RERAISE\n"
            "   2    29 JUMP_BACKWARD        2 (to 2)\n"
            "   1    30 LOAD_CONST           0 (None)\n"
            "        31 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  4 to 8 -> 20 [1]\n"
            "  21 to 26 -> 26 [2]\n");
  verify_stack(*code);
}

TEST(CompilerExceptions, WithStatementTable) {
  auto code = compile_ok(
      "def f(m):\n"
      "    with m as v:\n"
      "        g(v)\n");
  const CodeProto* f = find_code(*code, "f");
  EXPECT_EQ(disassemble(*f),
            "Disassembly of f (t.py, line 1):\n"
            "  flags: -; argcount 1, kwonly 0, stacksize 5\n"
            "  varnames: m, v\n"
            "   2     0 LOAD_FAST            0 (m)\n"
            "         1 BEFORE_WITH\n"
            "         2 STORE_FAST           1 (v)\n"
            "   3     3 LOAD_GLOBAL          0 (g)\n"
            "         4 PUSH_NULL\n"
            "         5 LOAD_FAST            1 (v)\n"
            "         6 CALL                 1\n"
            "         7 POP_TOP\n"
            "   2     8 PUSH_NULL\n"
            "         9 LOAD_CONST           0 (None)\n"
            "        10 LOAD_CONST           0 (None)\n"
            "        11 LOAD_CONST           0 (None)\n"
            "        12 CALL                 3\n"
            "        13 POP_TOP\n"
            "        14 JUMP                 25 (to 25)\n"
            "        15 PUSH_EXC_INFO\n"
            "        16 WITH_EXCEPT_START\n"
            "        17 POP_JUMP_IF_TRUE     22 (to 22)\n"
            "        18 RERAISE\n"
            "        19 SWAP                 2\n"
            "        20 POP_EXCEPT\n"
            "        21 RERAISE\n"
            "        22 POP_TOP\n"
            "        23 POP_EXCEPT\n"
            "        24 POP_TOP\n"
            "   1    25 LOAD_CONST           0 (None)\n"
            "        26 RETURN_VALUE\n"
            "ExceptionTable:\n"
            "  2 to 8 -> 15 [1]\n"
            "  16 to 19 -> 19 [2]\n");
  verify_stack(*code);
}

TEST(CompilerExceptions, EveryConstructKeepsTheStackConsistent) {
  auto code = compile_ok(R"(
import m
from m import a as b
class C(Base):
    attr = [i for i in range(3) if i]
    def __init__(self, *args, k=1, **kw):
        super().__init__(*args, **kw)
        self.__x = {**kw, 'k': k}
    @property
    def x(self):
        return self.__x
def gen(n):
    total = 0
    for i in range(n):
        try:
            with lock(i) as l, other() as (p, q):
                if i % 2 == 0:
                    continue
                elif i > 10:
                    break
                yield i
        except (ValueError, TypeError) as e:
            total += 1
            raise RuntimeError("x") from e
        except Exception:
            return
        else:
            total -= 1
        finally:
            del i
    else:
        pass
    while total < n and not total > 2 * n:
        total += 1
        try:
            try:
                return total
            finally:
                return -1
        except:
            raise
    assert total, f"{total:>{n}} {total!r}"
    x = lambda a, *b, c=2, **d: (a, *b, c, d)
    y = {a: [b for b in a] for a in {1, 2, 3}}
    s = {1, *y}
    (yield from gen(n - 1))
    return x(1, 2, 3, *[4], c=5, **{}) if y else s[1:2, ::3]
def deep(n):
    try:
        with a:
            with b:
                try:
                    for x in n:
                        while x:
                            try:
                                return x
                            except E as e:
                                break
                            finally:
                                continue
                finally:
                    pass
    except:
        pass
    return [k for k in range(3)] if False else None
def constant_conditions(x):
    y = 1 if True else 2
    z = (3 if 0 else 4) + (5 if x and not True else 6)
    while True:
        if False:
            continue
        break
    while 0:
        pass
    assert __debug__
    return not x if () else x
)");
  ASSERT_TRUE(code);
  verify_stack(*code);
}

TEST(CompilerExceptions, StackSizeOfSimpleCode) {
  auto code = compile_ok("def f(a, b, c):\n    return a + b * c\n");
  EXPECT_EQ(find_code(*code, "f")->stacksize, 3);
  code = compile_ok("x = [1, 2, 3, y]\n");
  EXPECT_EQ(code->stacksize, 4);
  code = compile_ok("x = [" + std::string(200 * 2, ' ').replace(0, 0, "") + "]\n");
  std::string many = "x = [";
  for (int i = 0; i < 200; ++i) many += "y, ";
  many += "]\n";
  code = compile_ok(many);
  EXPECT_EQ(code->stacksize, 2);  // long displays are built incrementally
}

// ---------------------------------------------------------------- errors

struct ErrorCase {
  const char* src;
  const char* msg;
  int line;
  int col;
};

TEST(CompilerErrors, CPythonWording) {
  const ErrorCase cases[] = {
      {"return 1", "'return' outside function", 1, 1},
      {"x = 1\nclass A:\n    return 2", "'return' outside function", 3, 5},
      {"if x:\n    break", "'break' outside loop", 2, 5},
      {"while x:\n    def f():\n        continue", "'continue' not properly in loop", 3, 9},
      {"def f():\n  for x in y:\n    class A:\n      break", "'break' outside loop", 4, 7},
      {"yield 1", "'yield' outside function", 1, 1},
      {"class A:\n    yield 1", "'yield' outside function", 2, 5},
      {"x = (yield)", "'yield' outside function", 1, 6},
      {"def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3,
       5},
      {"def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3,
       5},
      {"x = 1\nglobal x", "name 'x' is assigned to before global declaration", 2, 1},
      {"def f(x):\n    global x", "name 'x' is parameter and global", 2, 5},
      {"def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 2, 5},
      {"def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5},
      {"class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5},
      {"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1},
      {"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
       "name 'x' is used prior to nonlocal declaration", 5, 9},
      {"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
       "name 'x' is nonlocal and global", 4, 9},
      {"def f():\n    x: int = 1\n    global x", "annotated name 'x' can't be global", 3, 5},
      {"def f(x, x): pass", "duplicate argument 'x' in function definition", 1, 10},
      {"def f(a, *a): pass", "duplicate argument 'a' in function definition", 1, 11},
      {"lambda x, x: 1", "duplicate argument 'x' in function definition", 1, 11},
      {"def f():\n    from m import *", "import * only allowed at module level", 2, 19},
      {"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1},
      {"*a = b", "starred assignment target must be in a list or tuple", 1, 1},
      {"for *a in b: pass", "starred assignment target must be in a list or tuple", 1, 5},
      {"print(*a)\n*a", "can't use starred expression here", 2, 1},
      {"x = *a", "can't use starred expression here", 1, 5},
      {"[(yield x) for x in y]", "'yield' inside list comprehension", 1, 3},
      {"def f():\n    ((yield x) for x in y)", "'yield' inside generator expression", 2, 7},
      {"x = [i := 0 for i in range(3)]",
       "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 6},
      {"class A:\n    [j := 0 for i in range(3)]",
       "assignment expression within a comprehension cannot be used in a class body", 2, 6},
      {"[i for i in (j := range(3))]",
       "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
      {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
       "default 'except:' must be last", 3, 1},
      {"f(a=1, a=2)", "keyword argument repeated: a", 1, 8},
      {"class A(metaclass=M): pass", "class keyword arguments are not supported", 1, 9},
      {"from . import x", "relative imports are not supported", 1, 1},
      {"__debug__ = 1", "cannot assign to __debug__", 1, 1},
      {"del __debug__", "cannot delete __debug__", 1, 5},
      {"def f(a, *, __debug__): pass", "cannot assign to __debug__", 1, 1},
      {"f(__debug__=1)", "cannot assign to __debug__", 1, 1},
      {"for __debug__ in x: pass", "cannot assign to __debug__", 1, 5},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.src);
    SyntaxErrorInfo e = compile_error(c.src);
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.msg, c.msg);
    EXPECT_EQ(e.line, c.line);
    EXPECT_EQ(e.col, c.col);
  }
}

TEST(CompilerErrors, SourceLineAndRange) {
  SyntaxErrorInfo e = compile_error("def f():\n    pass\nreturn 1  \n");
  EXPECT_EQ(e.text, "return 1  ");
  EXPECT_EQ(e.col, 1);
  EXPECT_EQ(e.end_col, 9);
}

TEST(CompilerErrors, TooManyStaticallyNestedBlocks) {
  std::string src;
  for (int i = 0; i < 21; ++i)
    src += std::string(4 * i, ' ') + "for x" + std::to_string(i) + " in y:\n";
  src += std::string(4 * 21, ' ') + "pass\n";
  SyntaxErrorInfo e = compile_error(src);
  EXPECT_EQ(e.msg, "too many statically nested blocks");
  EXPECT_EQ(e.line, 21);
  EXPECT_EQ(e.col, 81);

  std::string ok;
  for (int i = 0; i < 20; ++i) ok += std::string(4 * i, ' ') + "while x:\n";
  ok += std::string(4 * 20, ' ') + "pass\n";
  EXPECT_TRUE(compile_ok(ok));
}

TEST(CompilerErrors, DeepButParsableNestingCompiles) {
  std::string src = "x = a";
  for (int i = 0; i < 2900; ++i) src += ".b";
  auto code = compile_ok(src);
  ASSERT_TRUE(code);
  EXPECT_EQ(code->stacksize, 1);
}

TEST(CompilerErrors, TooDeepTreesAreReportedNotCrashed) {
  // Deeper than the parser ever builds: the compiler's own guard reports it.
  ast::Module m;
  ast::ExprPtr e = std::make_unique<ast::Name>(ast::Pos{1, 4});
  static_cast<ast::Name&>(*e).id = "a";
  for (int i = 0; i < 5000; ++i) {
    auto neg = std::make_unique<ast::UnaryOp>(ast::Pos{1, 4}, ast::UnaryOpKind::Neg);
    neg->operand = std::move(e);
    e = std::move(neg);
  }
  auto stmt = std::make_unique<ast::ExprStmt>(ast::Pos{1, 0});
  stmt->value = std::move(e);
  m.body.push_back(std::move(stmt));
  CompileResult r = compile_module(m, "t.py", "");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "RecursionError");
  EXPECT_EQ(r.error->msg, "maximum recursion depth exceeded during compilation");
  EXPECT_EQ(r.error->line, 0);
}

}  // namespace
}  // namespace lockvm
