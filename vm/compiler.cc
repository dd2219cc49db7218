// The bytecode compiler (see compiler.h). One Unit per code object being
// generated; code is emitted linearly with labels patched at the end.
//
// Exception handling follows CPython 3.11: while generating, a stack of the
// active handlers (target label, stack depth to unwind to) is kept and every
// instruction records the innermost one; the rows of the exception table are
// runs of instructions with the same handler. A `return`, `break` or
// `continue` that leaves a try, with or except block emits that block's exit
// inline (a finally body, a call of __exit__, POP_EXCEPT) with the block's
// handler popped, so the inlined code is protected by the outer handlers only.
//
// The value-stack depth is tracked while emitting: a label remembers the
// depth of the jumps to it, and a handler's target starts at the handler's
// depth plus the pushed exception. The maximum is the code's stacksize.
#include "vm/compiler.h"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/opcodes.h"
#include "vm/pyhash.h"
#include "vm/set_table.h"
#include "vm/symtable.h"

namespace lockvm {

namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

struct CompileError {
  SyntaxErrorInfo info;
};

constexpr size_t kMaxBlocks = 20;          // CPython's CO_MAXBLOCKS
constexpr size_t kStackUseGuideline = 30;  // longer displays are built item by item

struct Label {
  int id = -1;
};

// A block that `return`/`break`/`continue` must exit on the way out
// (CPython's fblockinfo).
enum class FBlockKind : uint8_t {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  HandlerCleanup,
  ExceptionHandler,
  PopValue
};

struct FBlock {
  FBlockKind kind = FBlockKind::WhileLoop;
  Label start = {}, exit = {};               // loops: continue and break targets
  const ast::StmtList* finalbody = nullptr;  // FinallyTry
  const std::string* name = nullptr;         // HandlerCleanup: the `as` name, if any
  ast::Pos pos = {};                         // With: the position of its cleanup code
};

struct HandlerRec {
  Label target;
  int depth;  // the value stack is unwound to this many items
};

// Superinstructions (vm/opcodes.def): in LOAD_FAST x; LOAD_FAST|LOAD_CONST
// y; BINARY_SUBSCR|BINARY_OP|COMPARE_OP the first word becomes the fused
// opcode with the same arg, so that the common `l[i]`, `a + 1`, `x * y`,
// `i < n` on locals take and drop no reference to their operands (under the
// free-threaded strategies each is several instructions more than under the
// GIL). The other two words stay: a jump may land on either, and the fused
// word falls back to its own LOAD_FAST when the operands are of other
// kinds. Not made where the fast path can never be taken (an operator it
// does not have, a constant that is not a number), nor across exception
// handlers, so that the fused word never acts for a word in another try.
void fuse_local_operands(std::vector<Instr>& code, const std::vector<ConstValue>& consts,
                         const std::vector<int>& handler_of) {
  for (size_t i = 0; i + 2 < code.size(); ++i) {
    if (instr_op(code[i]) != Opcode::LOAD_FAST) continue;
    Opcode second = instr_op(code[i + 1]);
    bool number = true;
    if (second == Opcode::LOAD_CONST) {
      const ConstValue& c = consts[instr_arg(code[i + 1])];
      number = std::holds_alternative<int64_t>(c) || std::holds_alternative<double>(c);
    } else if (second != Opcode::LOAD_FAST) {
      continue;
    }
    Opcode fused;
    uint32_t op_arg = instr_arg(code[i + 2]);
    switch (instr_op(code[i + 2])) {
      case Opcode::BINARY_SUBSCR:
        fused = Opcode::LOAD_FAST_SUBSCR;
        break;
      case Opcode::BINARY_OP: {
        auto op = static_cast<ast::BinOpKind>(op_arg & 15);
        if (op != ast::BinOpKind::Add && op != ast::BinOpKind::Sub && op != ast::BinOpKind::Mul) continue;
        fused = Opcode::LOAD_FAST_BINARY_OP;
        break;
      }
      case Opcode::COMPARE_OP:
        fused = Opcode::LOAD_FAST_COMPARE_OP;
        break;
      default:
        continue;
    }
    if (!number) continue;
    if (handler_of[i] != handler_of[i + 1] || handler_of[i] != handler_of[i + 2]) continue;
    code[i] = make_instr(fused, instr_arg(code[i]));
  }
}

struct Unit {
  Scope* scope = nullptr;
  std::shared_ptr<CodeProto> code;
  std::string private_name;     // class name for mangling, inherited by nested code
  std::vector<int> handler_of;  // per instruction: index into handlers, or -1
  std::vector<HandlerRec> handlers;
  std::vector<int> handler_stack;
  std::vector<int> label_pos, label_depth;
  std::vector<std::pair<size_t, int>> fixups;  // (instruction, label id)
  std::vector<FBlock> fblocks;
  std::unordered_map<std::string, uint32_t> const_ids, name_ids, varname_ids;
  std::vector<std::string> derefs;  // cellvars then freevars
  int depth = 0;
  int max_depth = 0;
  bool reachable = true;
};

// ---------------------------------------------------------------- constants

// The constant an expression folds to, as CPython's AST optimizer folds it,
// when evaluating it can never raise (so never an out-of-range int). Folding
// looks at most kFoldDepth levels down, which bounds its recursion.
constexpr int kFoldDepth = 200;
std::optional<ConstValue> fold(const Expr& e, int budget = kFoldDepth);

bool is_int64_min_literal(const ast::IntLit& lit) {
  // -9223372036854775808 is a negated literal that alone would overflow.
  unsigned __int128 v = 0;
  std::string_view t = lit.text;
  int base = 10;
  if (t.size() > 2 && t[0] == '0' && std::strchr("xXoObB", t[1])) {
    base = (t[1] == 'x' || t[1] == 'X') ? 16 : (t[1] == 'o' || t[1] == 'O') ? 8 : 2;
    t.remove_prefix(2);
  }
  for (char c : t) {
    if (c == '_') continue;
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : 99;
    if (d >= base) return false;
    v = v * base + d;
    if (v > (static_cast<unsigned __int128>(1) << 64)) return false;
  }
  return v == (static_cast<unsigned __int128>(1) << 63);
}

// Unary chains such as `- - ~5` can be thousands deep: walk them in a loop.
std::optional<ConstValue> fold_unary(const ast::UnaryOp& top, int budget) {
  std::vector<ast::UnaryOpKind> ops;
  const Expr* e = &top;
  while (e->kind == ExprKind::UnaryOp) {
    auto& un = static_cast<const ast::UnaryOp&>(*e);
    if (un.op == ast::UnaryOpKind::Not) return std::nullopt;
    ops.push_back(un.op);
    e = un.operand.get();
  }
  std::optional<ConstValue> v;
  if (e->kind == ExprKind::IntLit && static_cast<const ast::IntLit&>(*e).overflow) {
    if (ops.back() != ast::UnaryOpKind::Neg ||
        !is_int64_min_literal(static_cast<const ast::IntLit&>(*e)))
      return std::nullopt;
    v = ConstValue(INT64_MIN);
    ops.pop_back();
  } else {
    v = fold(*e, budget - 1);
  }
  for (size_t i = ops.size(); v && i-- > 0;) {
    if (auto* n = std::get_if<int64_t>(&*v)) {
      if (ops[i] == ast::UnaryOpKind::Neg && *n != INT64_MIN)
        *n = -*n;
      else if (ops[i] == ast::UnaryOpKind::Invert)
        *n = ~*n;
      else if (ops[i] != ast::UnaryOpKind::Pos)
        v.reset();
    } else if (auto* d = std::get_if<double>(&*v)) {
      if (ops[i] == ast::UnaryOpKind::Neg)
        *d = -*d;
      else if (ops[i] != ast::UnaryOpKind::Pos)
        v.reset();
    } else {
      v.reset();
    }
  }
  return v;
}

size_t bit_length(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return m ? 64 - static_cast<size_t>(__builtin_clzll(m)) : 0;
}

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::optional<ConstValue> fold_int_binop(ast::BinOpKind op, int64_t a, int64_t b) {
  using K = ast::BinOpKind;
  using Wide = __int128;
  auto fits = [](Wide r) -> std::optional<ConstValue> {
    if (r < INT64_MIN || r > INT64_MAX) return std::nullopt;
    return ConstValue(static_cast<int64_t>(r));
  };
  constexpr int64_t kExact = int64_t{1} << 53;  // ints that convert to double exactly
  switch (op) {
    case K::Add: return fits(Wide(a) + b);
    case K::Sub: return fits(Wide(a) - b);
    case K::Mul: return fits(Wide(a) * b);
    case K::Div:
      if (b == 0 || a > kExact || a < -kExact || b > kExact || b < -kExact) return std::nullopt;
      return ConstValue(static_cast<double>(a) / static_cast<double>(b));
    case K::FloorDiv:
    case K::Mod: {
      if (b == 0) return std::nullopt;
      Wide q = Wide(a) / b, r = Wide(a) % b;
      if (r != 0 && (r < 0) != (b < 0)) --q, r += b;
      return fits(op == K::FloorDiv ? q : r);
    }
    case K::Pow: {
      // CPython leaves negative exponents (float results) and results over
      // 128 bits alone.
      if (b < 0) return std::nullopt;
      if (a == 0 || a == 1) return ConstValue(b == 0 ? int64_t{1} : a);
      if (a == -1) return ConstValue(b % 2 ? int64_t{-1} : int64_t{1});
      if (b != 0 && bit_length(a) > 128 / static_cast<uint64_t>(b)) return std::nullopt;
      Wide r = 1;
      for (int64_t i = 0; i < b; ++i) {
        r *= a;
        if (r < INT64_MIN || r > INT64_MAX) return std::nullopt;
      }
      return fits(r);
    }
    case K::LShift:
      if (b < 0) return std::nullopt;
      if (a == 0) return ConstValue(int64_t{0});
      if (b >= 64) return std::nullopt;
      return fits(Wide(a) * (Wide(1) << b));
    case K::RShift:
      if (b < 0) return std::nullopt;
      return ConstValue(b >= 64 ? (a < 0 ? int64_t{-1} : int64_t{0}) : a >> b);
    case K::BitAnd: return ConstValue(a & b);
    case K::BitOr: return ConstValue(a | b);
    case K::BitXor: return ConstValue(a ^ b);
    default: return std::nullopt;
  }
}

std::optional<ConstValue> fold_binop(const ast::BinOp& b, int budget) {
  using K = ast::BinOpKind;
  auto lv = fold(*b.left, budget - 1);
  if (!lv) return std::nullopt;
  auto rv = fold(*b.right, budget - 1);
  if (!rv) return std::nullopt;
  auto* li = std::get_if<int64_t>(&*lv);
  auto* ri = std::get_if<int64_t>(&*rv);
  if (li && ri) return fold_int_binop(b.op, *li, *ri);
  auto* ld = std::get_if<double>(&*lv);
  auto* rd = std::get_if<double>(&*rv);
  if ((ld || li) && (rd || ri) && (ld || rd)) {
    double x = ld ? *ld : static_cast<double>(*li), y = rd ? *rd : static_cast<double>(*ri);
    switch (b.op) {
      case K::Add: return ConstValue(x + y);
      case K::Sub: return ConstValue(x - y);
      case K::Mul: return ConstValue(x * y);
      case K::Div:
        if (y == 0.0) return std::nullopt;
        return ConstValue(x / y);
      default: return std::nullopt;  // floor division, modulo and powers stay run-time
    }
  }
  auto* ls = std::get_if<std::string>(&*lv);
  auto* rs = std::get_if<std::string>(&*rv);
  if (ls && rs && b.op == K::Add) return ConstValue(*ls + *rs);
  if (b.op == K::Mul && ((ls && ri) || (li && rs))) {
    const std::string& str = ls ? *ls : *rs;
    int64_t n = ri ? *ri : *li;
    size_t size = code_points(str);
    // CPython's safe_multiply: results past 4096 characters stay run-time;
    // an empty string (or a count <= 0 times an empty one) folds to "" at once.
    if (size == 0) return ConstValue(std::string());
    if (n < 0 || static_cast<uint64_t>(n) > 4096 / size) return std::nullopt;
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += str;
    return ConstValue(std::move(out));
  }
  return std::nullopt;
}

std::optional<ConstValue> fold(const Expr& e, int budget) {
  if (budget <= 0) return std::nullopt;
  switch (e.kind) {
    case ExprKind::IntLit: {
      auto& lit = static_cast<const ast::IntLit&>(e);
      if (lit.overflow) return std::nullopt;
      return ConstValue(lit.value);
    }
    case ExprKind::FloatLit: return ConstValue(static_cast<const ast::FloatLit&>(e).value);
    case ExprKind::StrLit: return ConstValue(static_cast<const ast::StrLit&>(e).value);
    case ExprKind::Constant:
      switch (static_cast<const ast::Constant&>(e).which) {
        case ast::Constant::None: return ConstValue(NoneConst{});
        case ast::Constant::True: return ConstValue(true);
        case ast::Constant::False: return ConstValue(false);
        case ast::Constant::Ellipsis: return ConstValue(EllipsisConst{});
      }
      return std::nullopt;
    case ExprKind::Name:  // CPython folds __debug__ (there is no -O)
      if (static_cast<const ast::Name&>(e).id == "__debug__") return ConstValue(true);
      return std::nullopt;
    case ExprKind::UnaryOp: return fold_unary(static_cast<const ast::UnaryOp&>(e), budget);
    case ExprKind::BinOp: return fold_binop(static_cast<const ast::BinOp&>(e), budget);
    case ExprKind::Tuple: {
      auto tuple = std::make_shared<ConstTuple>();
      for (const auto& elt : static_cast<const ast::Tuple&>(e).elts) {
        auto v = fold(*elt, budget - 1);
        if (!v) return std::nullopt;
        tuple->items.push_back(std::move(*v));
      }
      return ConstValue(std::move(tuple));
    }
    default: return std::nullopt;
  }
}

// Python truthiness of a folded constant.
bool const_truth(const ConstValue& v) {
  struct Visitor {
    bool operator()(NoneConst) const { return false; }
    bool operator()(EllipsisConst) const { return true; }
    bool operator()(bool b) const { return b; }
    bool operator()(int64_t i) const { return i != 0; }
    bool operator()(double d) const { return d != 0.0; }
    bool operator()(const std::string& s) const { return !s.empty(); }
    bool operator()(const std::shared_ptr<CodeProto>&) const { return true; }
    bool operator()(const std::shared_ptr<ConstTuple>& t) const { return !t->items.empty(); }
    bool operator()(const OverflowIntConst&) const { return true; }
  };
  return std::visit(Visitor{}, v);
}

// A key that tells apart every constant Python tells apart: 0, False and
// 0.0 differ, and so do 0.0 and -0.0. Code objects are never shared.
void const_key(const ConstValue& v, std::string& out) {
  auto raw = [&out](const void* p, size_t n) { out.append(static_cast<const char*>(p), n); };
  struct Visitor {
    std::string& out;
    decltype(raw)& put;
    void operator()(NoneConst) const { out += 'N'; }
    void operator()(EllipsisConst) const { out += 'E'; }
    void operator()(bool b) const { out += b ? "B1" : "B0"; }
    void operator()(int64_t i) const {
      out += 'i';
      put(&i, sizeof i);
    }
    void operator()(double d) const {
      out += 'd';
      put(&d, sizeof d);
    }
    void operator()(const std::string& s) const { out += 's' + std::to_string(s.size()) + ':' + s; }
    void operator()(const std::shared_ptr<CodeProto>& c) const {
      const void* p = c.get();
      out += 'c';
      put(&p, sizeof p);
    }
    void operator()(const std::shared_ptr<ConstTuple>& t) const {
      out += 't' + std::to_string(t->items.size()) + '(';
      for (const auto& item : t->items) const_key(item, out);
    }
    void operator()(const OverflowIntConst& o) const {
      out += 'o' + std::to_string(o.text.size()) + ':' + o.text;
    }
  };
  std::visit(Visitor{out, raw}, v);
}

// CPython's hash of a constant, where every run agrees on it: numbers and
// tuples of them (str hashes are randomized; None's is its address).
std::optional<int64_t> stable_hash(const ConstValue& v) {
  if (auto* i = std::get_if<int64_t>(&v)) return hash_int(*i);
  if (auto* b = std::get_if<bool>(&v)) return hash_int(*b);
  if (auto* d = std::get_if<double>(&v)) return hash_double(*d, nullptr);
  if (auto* t = std::get_if<std::shared_ptr<ConstTuple>>(&v)) {
    std::vector<int64_t> hashes;
    for (const auto& item : (*t)->items) {
      auto h = stable_hash(item);
      if (!h) return std::nullopt;
      hashes.push_back(*h);
    }
    return hash_tuple(hashes.data(), hashes.size());
  }
  return std::nullopt;
}

// Python's == between constants that have a stable hash.
bool numeric_equal(const ConstValue& a, const ConstValue& b) {
  auto as_double = [](const ConstValue& v, double* out) {
    if (auto* i = std::get_if<int64_t>(&v)) return *out = static_cast<double>(*i), true;
    if (auto* b = std::get_if<bool>(&v)) return *out = *b, true;
    if (auto* d = std::get_if<double>(&v)) return *out = *d, true;
    return false;
  };
  auto* ta = std::get_if<std::shared_ptr<ConstTuple>>(&a);
  auto* tb = std::get_if<std::shared_ptr<ConstTuple>>(&b);
  if (ta || tb) {
    if (!ta || !tb || (*ta)->items.size() != (*tb)->items.size()) return false;
    for (size_t i = 0; i < (*ta)->items.size(); ++i)
      if (!numeric_equal((*ta)->items[i], (*tb)->items[i])) return false;
    return true;
  }
  auto* ia = std::get_if<int64_t>(&a);
  auto* ib = std::get_if<int64_t>(&b);
  if (ia && ib) return *ia == *ib;  // exact beyond 2**53
  double x, y;
  return as_double(a, &x) && as_double(b, &y) && x == y;
}

// The items of a set display of constants in the order CPython adds them
// when it builds the display's frozenset constant for the code object: it
// makes a frozenset of the items, and constant merging then re-creates it
// from that frozenset's iteration order. Adding the result in order
// reproduces CPython's set. Items without a stable hash are left as they are.
std::shared_ptr<ConstTuple> frozenset_order(std::shared_ptr<ConstTuple> items) {
  struct Ops {
    const std::vector<ConstValue>& items;
    int eq(uint32_t a, uint32_t b) { return numeric_equal(items[a - 1], items[b - 1]); }
    void* alloc(size_t n) { return std::malloc(n); }
    void free(void* p, size_t) { std::free(p); }
    void retain(uint32_t) {}
    void drop(uint32_t) {}
  } ops{items->items};
  SetTable<uint32_t> table;
  for (size_t i = 0; i < items->items.size(); ++i) {
    auto h = stable_hash(items->items[i]);
    if (!h || table.add(static_cast<uint32_t>(i + 1), *h, ops) < 0) {
      table.release(ops);
      return items;
    }
  }
  auto ordered = std::make_shared<ConstTuple>();
  for (size_t slot = 0; slot < table.slot_count(); ++slot)
    if (table.live(slot)) ordered->items.push_back(items->items[table.key(slot) - 1]);
  table.release(ops);
  return ordered;
}

bool is_starred(const ast::ExprPtr& e) { return e->kind == ExprKind::Starred; }

bool any_starred(const ast::ExprList& list) {
  for (const auto& e : list)
    if (is_starred(e)) return true;
  return false;
}

const ast::ExprList& elts_of(const Expr& e) {
  return e.kind == ExprKind::Tuple ? static_cast<const ast::Tuple&>(e).elts
                                   : static_cast<const ast::List&>(e).elts;
}

// ---------------------------------------------------------------- compiler

class Compiler {
 public:
  Compiler(const SymbolTable& st, std::string_view filename, std::string_view source)
      : st_(st), filename_(filename), source_(source) {}

  std::shared_ptr<CodeProto> compile(const ast::Module& m) {
    enter_unit(st_.top, "<module>", "<module>", 1, CodeProto::kModule);
    compile_docstring(m.body);
    compile_body(m.body);
    emit_const(NoneConst{});
    emit(Opcode::RETURN_VALUE);
    return exit_unit();
  }

 private:
  enum class Ctx { Load, Store, Del };

  // ------------------------------------------------------------ errors

  [[noreturn, gnu::noinline]] void error(const std::string& msg, ast::Pos pos, int width = -1) {
    throw CompileError{make_syntax_error(msg, pos, width, source_)};
  }

  [[noreturn, gnu::noinline]] static void throw_nesting_error() {
    throw CompileError{nesting_error()};
  }

  struct NestGuard {
    Compiler& c;
    explicit NestGuard(Compiler& compiler) : c(compiler) {
      if (++c.nesting_ > kMaxNestingDepth) throw_nesting_error();
    }
    ~NestGuard() { --c.nesting_; }
  };

  // Sets the source position of the instructions emitted, and of the
  // errors reported, while it lives.
  struct LocScope {
    Compiler& c;
    ast::Pos saved;
    LocScope(Compiler& compiler, ast::Pos pos) : c(compiler), saved(compiler.pos_) { c.pos_ = pos; }
    ~LocScope() { c.pos_ = saved; }
  };

  // ------------------------------------------------------------ units

  void enter_unit(Scope* scope, std::string name, std::string qualname, int first_line,
                  uint32_t flags) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->private_name = units_.empty() ? std::string() : units_.back()->private_name;
    auto code = std::make_shared<CodeProto>();
    code->name = std::move(name);
    code->qualname = std::move(qualname);
    code->filename = std::string(filename_);
    code->first_line = first_line;
    code->flags = flags;
    if (scope->generator) code->flags |= CodeProto::kGenerator;
    if (scope->varargs) code->flags |= CodeProto::kVarargs;
    if (scope->varkw) code->flags |= CodeProto::kVarkw;
    code->argcount = scope->argcount;
    code->kwonlyargcount = scope->kwonlyargcount;
    for (const auto& p : scope->params) {
      u->varname_ids.emplace(p, static_cast<uint32_t>(code->varnames.size()));
      code->varnames.push_back(p);
    }
    code->cellvars = scope->cellvars();
    code->freevars = scope->freevars();
    for (const auto& cell : code->cellvars) {
      auto it = u->varname_ids.find(cell);
      bool is_param = it != u->varname_ids.end() && scope->kind == Scope::Kind::Function;
      code->cell2arg.push_back(is_param ? static_cast<int>(it->second) : -1);
    }
    u->derefs = code->cellvars;
    u->derefs.insert(u->derefs.end(), code->freevars.begin(), code->freevars.end());
    u->code = std::move(code);
    units_.push_back(std::move(u));
    saved_pos_.push_back(pos_);
    pos_ = {first_line, 0};
  }

  std::shared_ptr<CodeProto> exit_unit() {
    Unit& u = *units_.back();
    CodeProto& code = *u.code;
    for (auto [at, label] : u.fixups) {
      int target = u.label_pos[label];
      assert(target >= 0 && "jump to an unbound label");
      code.code[at] = make_instr(instr_op(code.code[at]), static_cast<uint32_t>(target));
    }
    fuse_local_operands(code.code, code.consts, u.handler_of);
    for (size_t i = 0; i < code.code.size(); ++i) {
      int h = u.handler_of[i];
      if (h < 0) continue;
      uint32_t target = static_cast<uint32_t>(u.label_pos[u.handlers[h].target.id]);
      uint32_t depth = static_cast<uint32_t>(u.handlers[h].depth);
      auto& table = code.exception_table;
      if (!table.empty() && table.back().end == i && table.back().target == target &&
          table.back().depth == depth) {
        table.back().end = static_cast<uint32_t>(i + 1);
      } else {
        table.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), target, depth});
      }
    }
    code.stacksize = u.max_depth;
    auto result = std::move(u.code);
    units_.pop_back();
    pos_ = saved_pos_.back();
    saved_pos_.pop_back();
    return result;
  }

  Unit& u() { return *units_.back(); }
  CodeProto& code() { return *units_.back()->code; }

  // ------------------------------------------------------------ emission

  [[gnu::noinline]] void emit(Opcode op, uint32_t arg = 0) {
    Unit& unit = u();
    if (arg > kMaxArg || unit.code->code.size() >= kMaxArg) error("code object too large", pos_);
    unit.code->code.push_back(make_instr(op, arg));
    unit.code->lines.push_back(pos_.line);
    unit.handler_of.push_back(unit.handler_stack.empty() ? -1 : unit.handler_stack.back());
    unit.depth += stack_effect(op, arg);
    assert(unit.depth >= 0 && "value stack underflow");
    unit.max_depth = std::max(unit.max_depth, unit.depth);
    if (is_terminator(op)) unit.reachable = false;
  }

  [[gnu::noinline]] Label new_label() {
    Unit& unit = u();
    unit.label_pos.push_back(-1);
    unit.label_depth.push_back(-1);
    return Label{static_cast<int>(unit.label_pos.size() - 1)};
  }

  void note_label_depth(Label l, int depth) {
    int& known = u().label_depth[l.id];
    assert((known < 0 || known == depth) && "inconsistent stack depth at a label");
    known = depth;
  }

  [[gnu::noinline]] void bind(Label l) {
    Unit& unit = u();
    unit.label_pos[l.id] = static_cast<int>(unit.code->code.size());
    int known = unit.label_depth[l.id];
    if (!unit.reachable && known >= 0) unit.depth = known;
    note_label_depth(l, unit.depth);
    unit.max_depth = std::max(unit.max_depth, unit.depth);
    unit.reachable = true;
  }

  // A jump to an already bound label is a loop back-edge: JUMP_BACKWARD.
  [[gnu::noinline]] void emit_jump(Opcode op, Label l) {
    Unit& unit = u();
    if (op == Opcode::JUMP && unit.label_pos[l.id] >= 0) op = Opcode::JUMP_BACKWARD;
    assert((op == Opcode::JUMP_BACKWARD) == (unit.label_pos[l.id] >= 0));
    note_label_depth(l, unit.depth + stack_effect_jump(op, 0));
    unit.fixups.emplace_back(unit.code->code.size(), l.id);
    emit(op, 0);
  }

  [[gnu::noinline]] void push_handler(Label target, int depth) {
    Unit& unit = u();
    unit.handlers.push_back({target, depth});
    unit.handler_stack.push_back(static_cast<int>(unit.handlers.size() - 1));
    note_label_depth(target, depth + 1);
  }
  void pop_handler() { u().handler_stack.pop_back(); }

  void push_fblock(FBlock b, ast::Pos pos) {
    if (u().fblocks.size() >= kMaxBlocks) error("too many statically nested blocks", pos);
    u().fblocks.push_back(b);
  }
  void pop_fblock() { u().fblocks.pop_back(); }

  uint32_t add_const(ConstValue v) {
    std::string key;
    const_key(v, key);
    Unit& unit = u();
    auto [it, inserted] =
        unit.const_ids.try_emplace(std::move(key), static_cast<uint32_t>(unit.code->consts.size()));
    if (inserted) unit.code->consts.push_back(std::move(v));
    return it->second;
  }
  [[gnu::noinline]] void emit_const(ConstValue v) {
    emit(Opcode::LOAD_CONST, add_const(std::move(v)));
  }

  uint32_t add_name(const std::string& name) {
    Unit& unit = u();
    auto [it, inserted] =
        unit.name_ids.try_emplace(name, static_cast<uint32_t>(unit.code->names.size()));
    if (inserted) unit.code->names.push_back(name);
    return it->second;
  }
  [[gnu::noinline]] uint32_t mangled_name(const std::string& name) {
    return add_name(mangle(u().private_name, name));
  }

  uint32_t varname_index(const std::string& name) {
    Unit& unit = u();
    auto [it, inserted] =
        unit.varname_ids.try_emplace(name, static_cast<uint32_t>(unit.code->varnames.size()));
    if (inserted) unit.code->varnames.push_back(name);
    return it->second;
  }

  uint32_t deref_index(const std::string& name) {
    const auto& d = u().derefs;
    for (size_t i = 0; i < d.size(); ++i)
      if (d[i] == name) return static_cast<uint32_t>(i);
    assert(false && "name is neither a cell nor a free variable");
    return 0;
  }

  // ------------------------------------------------------------ names

  [[gnu::noinline]] void compile_name(const std::string& name, Ctx ctx) {
    if (ctx != Ctx::Load) check_debug_name(name, ctx);
    std::string mangled = mangle(u().private_name, name);
    Scope::Kind kind = u().scope->kind;
    switch (u().scope->scope_of(mangled)) {
      case NameScope::Cell:
      case NameScope::Free: {
        static constexpr Opcode kOps[] = {Opcode::LOAD_DEREF, Opcode::STORE_DEREF,
                                          Opcode::DELETE_DEREF};
        emit(kOps[static_cast<int>(ctx)], deref_index(mangled));
        return;
      }
      case NameScope::Local:
        if (kind == Scope::Kind::Function) {
          static constexpr Opcode kOps[] = {Opcode::LOAD_FAST, Opcode::STORE_FAST,
                                            Opcode::DELETE_FAST};
          emit(kOps[static_cast<int>(ctx)], varname_index(mangled));
          return;
        }
        break;
      case NameScope::GlobalExplicit: kind = Scope::Kind::Module; break;
      case NameScope::GlobalImplicit:
      case NameScope::Unknown: break;
    }
    if (kind == Scope::Kind::Class) {
      static constexpr Opcode kOps[] = {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME};
      emit(kOps[static_cast<int>(ctx)], add_name(mangled));
    } else {
      static constexpr Opcode kOps[] = {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL,
                                        Opcode::DELETE_GLOBAL};
      emit(kOps[static_cast<int>(ctx)], add_name(mangled));
    }
  }

  void check_debug_name(const std::string& name, Ctx ctx) {
    if (name != "__debug__") return;
    error(ctx == Ctx::Del ? "cannot delete __debug__" : "cannot assign to __debug__", pos_);
  }

  void check_debug_params(const ast::Arguments& args) {
    for (const auto* list : {&args.args, &args.kwonlyargs})
      for (const auto& a : *list) check_debug_name(a.name, Ctx::Store);
    if (args.vararg) check_debug_name(args.vararg->name, Ctx::Store);
    if (args.kwarg) check_debug_name(args.kwarg->name, Ctx::Store);
  }

  // CPython's qualname rules: functions nested in functions get
  // ".<locals>.", and a name declared global starts afresh.
  std::string qualname_for(const std::string& name, bool is_def) {
    if (units_.size() == 1) return name;
    Unit& parent = u();
    if (is_def &&
        parent.scope->scope_of(mangle(parent.private_name, name)) == NameScope::GlobalExplicit)
      return name;
    const std::string& base = parent.code->qualname;
    if (parent.scope->kind == Scope::Kind::Function && parent.scope->comp == Scope::Comp::None)
      return base + ".<locals>." + name;
    return base + "." + name;
  }

  // ------------------------------------------------------------ statements

  void compile_body(const ast::StmtList& body) {
    for (const auto& s : body) compile_stmt(*s);
  }

  static const ast::StrLit* docstring_of(const ast::StmtList& body) {
    if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return nullptr;
    auto& value = *static_cast<const ast::ExprStmt&>(*body[0]).value;
    return value.kind == ExprKind::StrLit ? static_cast<const ast::StrLit*>(&value) : nullptr;
  }

  void compile_docstring(const ast::StmtList& body) {
    if (auto* doc = docstring_of(body)) {
      LocScope loc(*this, doc->pos);
      emit_const(doc->value);
      compile_name("__doc__", Ctx::Store);
    }
  }

  [[gnu::noinline]] void compile_stmt(const Stmt& s) {
    NestGuard guard(*this);
    LocScope loc(*this, s.pos);
    switch (s.kind) {
      case StmtKind::FunctionDef:
        return compile_function_def(static_cast<const ast::FunctionDef&>(s));
      case StmtKind::ClassDef: return compile_class_def(static_cast<const ast::ClassDef&>(s));
      case StmtKind::Return: return compile_return(static_cast<const ast::Return&>(s));
      case StmtKind::Delete:
        for (const auto& t : static_cast<const ast::Delete&>(s).targets) compile_delete(*t);
        return;
      case StmtKind::Assign: {
        auto& a = static_cast<const ast::Assign&>(s);
        compile_expr(*a.value);
        for (size_t i = 0; i < a.targets.size(); ++i) {
          if (i + 1 < a.targets.size()) emit(Opcode::COPY, 1);
          compile_store(*a.targets[i]);
        }
        return;
      }
      case StmtKind::AugAssign: return compile_aug_assign(static_cast<const ast::AugAssign&>(s));
      case StmtKind::AnnAssign: return compile_ann_assign(static_cast<const ast::AnnAssign&>(s));
      case StmtKind::For: return compile_for(static_cast<const ast::For&>(s));
      case StmtKind::While: return compile_while(static_cast<const ast::While&>(s));
      case StmtKind::If: return compile_if(static_cast<const ast::If&>(s));
      case StmtKind::With: return compile_with(static_cast<const ast::With&>(s), 0);
      case StmtKind::Raise: {
        auto& r = static_cast<const ast::Raise&>(s);
        uint32_t n = 0;
        if (r.exc) {
          compile_expr(*r.exc);
          ++n;
          if (r.cause) {
            compile_expr(*r.cause);
            ++n;
          }
        }
        emit(Opcode::RAISE_VARARGS, n);
        return;
      }
      case StmtKind::Try: {
        auto& t = static_cast<const ast::Try&>(s);
        if (!t.finalbody.empty())
          compile_try_finally(t);
        else
          compile_try_except(t);
        return;
      }
      case StmtKind::Assert: return compile_assert(static_cast<const ast::Assert&>(s));
      case StmtKind::Import: return compile_import(static_cast<const ast::Import&>(s));
      case StmtKind::ImportFrom: return compile_import_from(static_cast<const ast::ImportFrom&>(s));
      case StmtKind::ExprStmt: {
        auto& value = *static_cast<const ast::ExprStmt&>(s).value;
        if (fold(value)) return;  // a docstring or other bare constant does nothing
        compile_expr(value);
        emit(Opcode::POP_TOP);
        return;
      }
      case StmtKind::Break: return compile_break_continue(s, true);
      case StmtKind::Continue: return compile_break_continue(s, false);
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass: return;
    }
  }

  // MAKE_FUNCTION's defaults tuple and kw-only defaults dict; returns the
  // flags that say which of them are on the stack.
  uint32_t compile_defaults(const ast::Arguments& args) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
      compile_tuple(args.defaults);
      flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args.kwonlyargs.size() && i < args.kw_defaults.size(); ++i) {
      if (!args.kw_defaults[i]) continue;
      emit_const(mangle(u().private_name, args.kwonlyargs[i].name));
      compile_expr(*args.kw_defaults[i]);
      ++nkw;
    }
    if (nkw) {
      emit(Opcode::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  // Pushes the function object for `code`, with its closure of cells.
  void make_closure(const std::shared_ptr<CodeProto>& nested, uint32_t flags) {
    if (!nested->freevars.empty()) {
      for (const auto& name : nested->freevars) emit(Opcode::LOAD_CLOSURE, deref_index(name));
      emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(nested->freevars.size()));
      flags |= 4;
    }
    emit_const(nested);
    emit(Opcode::MAKE_FUNCTION, flags);
  }

  void compile_decorators(const ast::ExprList& decorators) {
    for (const auto& d : decorators) {
      compile_expr(*d);
      emit(Opcode::PUSH_NULL);
    }
  }

  void apply_decorators(const ast::ExprList& decorators) {
    for (size_t i = decorators.size(); i-- > 0;) {
      LocScope loc(*this, decorators[i]->pos);
      emit(Opcode::CALL, 1);
    }
  }

  void compile_function_def(const ast::FunctionDef& f) {
    check_debug_params(f.args);
    compile_decorators(f.decorators);
    uint32_t flags = compile_defaults(f.args);
    Scope* scope = st_.scope_for(&f);
    enter_unit(scope, f.name, qualname_for(f.name, true), scope->line, 0);
    compile_body(f.body);
    if (u().reachable) {
      emit_const(NoneConst{});
      emit(Opcode::RETURN_VALUE);
    }
    auto nested = exit_unit();
    make_closure(nested, flags);
    apply_decorators(f.decorators);
    compile_name(f.name, Ctx::Store);
  }

  [[gnu::noinline]] void compile_lambda(const ast::Lambda& l) {
    check_debug_params(l.args);
    uint32_t flags = compile_defaults(l.args);
    Scope* scope = st_.scope_for(&l);
    enter_unit(scope, "<lambda>", qualname_for("<lambda>", false), l.pos.line, 0);
    compile_expr(*l.body);
    emit(Opcode::RETURN_VALUE);
    auto nested = exit_unit();
    make_closure(nested, flags);
  }

  void compile_class_def(const ast::ClassDef& c) {
    if (!c.keywords.empty()) error("class keyword arguments are not supported", c.keywords[0].pos);
    for (const auto& base : c.bases)
      if (is_starred(base)) error("starred class bases are not supported", base->pos);
    compile_decorators(c.decorators);
    Scope* scope = st_.scope_for(&c);
    enter_unit(scope, c.name, qualname_for(c.name, true), scope->line, CodeProto::kClassBody);
    u().private_name = c.name;
    compile_name("__name__", Ctx::Load);
    compile_name("__module__", Ctx::Store);
    emit_const(code().qualname);
    compile_name("__qualname__", Ctx::Store);
    compile_docstring(c.body);
    compile_body(c.body);
    // MAKE_CLASS fills the __class__ cell that zero-argument super() reads.
    if (scope->needs_class_cell)
      emit(Opcode::LOAD_CLOSURE, deref_index("__class__"));
    else
      emit_const(NoneConst{});
    emit(Opcode::RETURN_VALUE);
    auto body = exit_unit();
    make_closure(body, 0);
    emit_const(c.name);
    for (const auto& base : c.bases) compile_expr(*base);
    emit(Opcode::MAKE_CLASS, static_cast<uint32_t>(c.bases.size()));
    apply_decorators(c.decorators);
    compile_name(c.name, Ctx::Store);
  }

  void compile_return(const ast::Return& r) {
    if (u().scope->kind != Scope::Kind::Function) error("'return' outside function", r.pos);
    int nominal = u().depth;
    std::optional<ConstValue> constant = r.value ? fold(*r.value) : ConstValue(NoneConst{});
    bool preserve_tos = !constant;
    if (preserve_tos) compile_expr(*r.value);
    auto saved_handlers = u().handler_stack;
    unwind_fblock_stack(preserve_tos, false);
    if (constant) emit_const(std::move(*constant));
    emit(Opcode::RETURN_VALUE);
    u().handler_stack = std::move(saved_handlers);
    u().depth = nominal;  // code after the return is dead; keep its depth nominal
  }

  void compile_break_continue(const Stmt& s, bool is_break) {
    int nominal = u().depth;
    auto saved_handlers = u().handler_stack;
    std::optional<FBlock> loop = unwind_fblock_stack(false, true);
    if (!loop) {
      if (is_break) error("'break' outside loop", s.pos, 5);
      error("'continue' not properly in loop", s.pos, 8);
    }
    if (is_break) {
      unwind_fblock(*loop, false);
      emit_jump(Opcode::JUMP, loop->exit);
    } else {
      emit_jump(Opcode::JUMP, loop->start);
    }
    u().handler_stack = std::move(saved_handlers);
    u().depth = nominal;
  }

  // Emits the exits of the blocks being left, innermost first, up to the
  // innermost loop when `stop_at_loop`; returns that loop. The fblock stack
  // is restored afterwards; the caller restores the handler stack once it
  // has emitted its jump or return.
  std::optional<FBlock> unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
    auto saved = u().fblocks;
    std::optional<FBlock> loop;
    while (!u().fblocks.empty()) {
      FBlock top = u().fblocks.back();
      if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
        loop = top;
        break;
      }
      u().fblocks.pop_back();
      unwind_fblock(top, preserve_tos);
    }
    u().fblocks = std::move(saved);
    return loop;
  }

  void unwind_fblock(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
      case FBlockKind::WhileLoop:
      case FBlockKind::ExceptionHandler: return;
      case FBlockKind::ForLoop:
      case FBlockKind::PopValue:
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        return;
      case FBlockKind::TryExcept: pop_handler(); return;
      case FBlockKind::FinallyTry:
        pop_handler();
        if (preserve_tos) push_fblock({.kind = FBlockKind::PopValue}, pos_);
        compile_body(*b.finalbody);
        if (preserve_tos) pop_fblock();
        return;
      case FBlockKind::FinallyEnd:
        // Stack: prev_exc, exc [, value]
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        if (preserve_tos) emit(Opcode::SWAP, 2);
        pop_handler();
        emit(Opcode::POP_EXCEPT);
        return;
      case FBlockKind::With: {
        LocScope loc(*this, b.pos);
        pop_handler();
        if (preserve_tos) emit(Opcode::SWAP, 2);
        emit_exit_call_with_nones();
        emit(Opcode::POP_TOP);
        return;
      }
      case FBlockKind::HandlerCleanup:
        if (b.name) pop_handler();
        if (preserve_tos) emit(Opcode::SWAP, 2);
        pop_handler();
        emit(Opcode::POP_EXCEPT);
        if (b.name) clear_name(*b.name);
        return;
    }
  }

  // exit -> exit(None, None, None)
  void emit_exit_call_with_nones() {
    emit(Opcode::PUSH_NULL);
    emit_const(NoneConst{});
    emit_const(NoneConst{});
    emit_const(NoneConst{});
    emit(Opcode::CALL, 3);
  }

  // `name = None; del name`: an `except ... as name` never outlives its block.
  void clear_name(const std::string& name) {
    emit_const(NoneConst{});
    compile_name(name, Ctx::Store);
    compile_name(name, Ctx::Del);
  }

  void compile_aug_assign(const ast::AugAssign& a) {
    const Expr& t = *a.target;
    uint32_t op = static_cast<uint32_t>(a.op) + 16;
    switch (t.kind) {
      case ExprKind::Name: {
        auto& name = static_cast<const ast::Name&>(t).id;
        {
          LocScope loc(*this, t.pos);
          compile_name(name, Ctx::Load);
        }
        compile_expr(*a.value);
        emit(Opcode::BINARY_OP, op);
        LocScope loc(*this, t.pos);
        compile_name(name, Ctx::Store);
        return;
      }
      case ExprKind::Attribute: {
        auto& attr = static_cast<const ast::Attribute&>(t);
        {
          LocScope loc(*this, t.pos);
          compile_expr(*attr.value);
          emit(Opcode::COPY, 1);
          emit(Opcode::LOAD_ATTR, mangled_name(attr.attr));
        }
        compile_expr(*a.value);
        emit(Opcode::BINARY_OP, op);
        LocScope loc(*this, t.pos);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_ATTR, mangled_name(attr.attr));
        return;
      }
      case ExprKind::Subscript: {
        auto& sub = static_cast<const ast::Subscript&>(t);
        {
          LocScope loc(*this, t.pos);
          compile_expr(*sub.value);
          compile_expr(*sub.index);
          emit(Opcode::COPY, 2);
          emit(Opcode::COPY, 2);
          emit(Opcode::BINARY_SUBSCR);
        }
        compile_expr(*a.value);
        emit(Opcode::BINARY_OP, op);
        LocScope loc(*this, t.pos);
        emit(Opcode::SWAP, 3);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_SUBSCR);
        return;
      }
      default: error("illegal expression for augmented assignment", t.pos);
    }
  }

  void compile_ann_assign(const ast::AnnAssign& a) {
    // The annotation is never evaluated: lockvm keeps no __annotations__.
    const Expr& t = *a.target;
    if (a.value) {
      compile_expr(*a.value);
      compile_store(t);
      return;
    }
    // Without a value CPython still evaluates the target's object parts.
    if (t.kind == ExprKind::Attribute) {
      compile_expr(*static_cast<const ast::Attribute&>(t).value);
      emit(Opcode::POP_TOP);
    } else if (t.kind == ExprKind::Subscript) {
      auto& sub = static_cast<const ast::Subscript&>(t);
      compile_expr(*sub.value);
      emit(Opcode::POP_TOP);
      compile_expr(*sub.index);
      emit(Opcode::POP_TOP);
    }
  }

  void compile_for(const ast::For& f) {
    Label start = new_label(), cleanup = new_label(), end = new_label();
    compile_iterable(*f.iter);
    emit(Opcode::GET_ITER);
    bind(start);
    push_fblock({.kind = FBlockKind::ForLoop, .start = start, .exit = end}, f.pos);
    emit_jump(Opcode::FOR_ITER, cleanup);
    compile_store(*f.target);
    compile_body(f.body);
    emit_jump(Opcode::JUMP, start);
    bind(cleanup);
    pop_fblock();
    compile_body(f.orelse);
    bind(end);
  }

  void compile_while(const ast::While& w) {
    Label loop = new_label(), anchor = new_label(), end = new_label();
    bind(loop);
    push_fblock({.kind = FBlockKind::WhileLoop, .start = loop, .exit = end}, w.pos);
    compile_jump_if(*w.test, anchor, false);
    compile_body(w.body);
    emit_jump(Opcode::JUMP, loop);
    pop_fblock();
    bind(anchor);
    compile_body(w.orelse);
    bind(end);
  }

  void compile_if(const ast::If& i) {
    Label end = new_label();
    Label next = i.orelse.empty() ? end : new_label();
    compile_jump_if(*i.test, next, false);
    compile_body(i.body);
    if (!i.orelse.empty()) {
      emit_jump(Opcode::JUMP, end);
      bind(next);
      compile_body(i.orelse);
    }
    bind(end);
  }

  // with a as x, b as y: body  ==  with a as x: with b as y: body
  void compile_with(const ast::With& w, size_t index) {
    const ast::WithItem& item = w.items[index];
    Label handler = new_label(), cleanup = new_label(), suppress = new_label(), exit = new_label();
    const int d = u().depth;
    compile_expr(*item.context_expr);
    emit(Opcode::BEFORE_WITH);  // exit, enter_value
    push_handler(handler, d + 1);
    push_fblock({.kind = FBlockKind::With, .pos = w.pos}, w.pos);
    if (item.optional_vars)
      compile_store(*item.optional_vars);
    else
      emit(Opcode::POP_TOP);
    if (index + 1 < w.items.size())
      compile_with(w, index + 1);
    else
      compile_body(w.body);
    pop_fblock();
    pop_handler();
    emit_exit_call_with_nones();
    emit(Opcode::POP_TOP);
    emit_jump(Opcode::JUMP, exit);

    bind(handler);                // exit, exc
    emit(Opcode::PUSH_EXC_INFO);  // exit, prev_exc, exc
    push_handler(cleanup, d + 2);
    emit(Opcode::WITH_EXCEPT_START);  // exit, prev_exc, exc, exit(...)
    emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
    emit(Opcode::RERAISE);
    pop_handler();
    bind(cleanup);
    emit_pop_except_and_reraise();
    bind(suppress);  // exit, prev_exc, exc
    emit(Opcode::POP_TOP);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::POP_TOP);
    bind(exit);
  }

  // The cleanup handler of an except block: prev_exc, exc -> restore
  // prev_exc as the handled exception and re-raise exc.
  void emit_pop_except_and_reraise() {
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE);
  }

  void compile_try_except(const ast::Try& t) {
    Label handler = new_label(), cleanup = new_label(), end = new_label();
    const int d = u().depth;
    push_handler(handler, d);
    push_fblock({.kind = FBlockKind::TryExcept}, t.pos);
    compile_body(t.body);
    pop_fblock();
    pop_handler();
    compile_body(t.orelse);
    emit_jump(Opcode::JUMP, end);

    bind(handler);                // exc
    emit(Opcode::PUSH_EXC_INFO);  // prev_exc, exc
    push_handler(cleanup, d + 1);
    push_fblock({.kind = FBlockKind::ExceptionHandler}, t.pos);
    for (size_t i = 0; i < t.handlers.size(); ++i) {
      const ast::ExceptHandler& h = t.handlers[i];
      LocScope loc(*this, h.pos);
      if (!h.type && i + 1 < t.handlers.size()) error("default 'except:' must be last", h.pos);
      Label next = new_label();
      if (h.type) {
        compile_expr(*h.type);
        emit(Opcode::CHECK_EXC_MATCH);
        emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        compile_name(*h.name, Ctx::Store);  // prev_exc
        Label cleanup_end = new_label();
        push_handler(cleanup_end, d + 1);
        push_fblock({.kind = FBlockKind::HandlerCleanup, .name = &*h.name}, h.pos);
        compile_body(h.body);
        pop_fblock();
        pop_handler();
        pop_handler();
        emit(Opcode::POP_EXCEPT);
        clear_name(*h.name);
        emit_jump(Opcode::JUMP, end);
        push_handler(cleanup, d + 1);
        bind(cleanup_end);  // prev_exc, exc2: clear the name, then on to cleanup
        clear_name(*h.name);
        emit(Opcode::RERAISE);
      } else {
        emit(Opcode::POP_TOP);
        push_fblock({.kind = FBlockKind::HandlerCleanup}, h.pos);
        compile_body(h.body);
        pop_fblock();
        pop_handler();
        emit(Opcode::POP_EXCEPT);
        emit_jump(Opcode::JUMP, end);
        push_handler(cleanup, d + 1);
      }
      if (h.type) bind(next);
    }
    pop_fblock();
    if (t.handlers.back().type) emit(Opcode::RERAISE);  // no clause matched
    pop_handler();
    bind(cleanup);
    emit_pop_except_and_reraise();
    bind(end);
  }

  void compile_try_finally(const ast::Try& t) {
    Label handler = new_label(), cleanup = new_label(), exit = new_label();
    const int d = u().depth;
    push_handler(handler, d);
    push_fblock({.kind = FBlockKind::FinallyTry, .finalbody = &t.finalbody}, t.pos);
    if (!t.handlers.empty())
      compile_try_except(t);
    else
      compile_body(t.body);
    pop_fblock();
    pop_handler();
    compile_body(t.finalbody);
    emit_jump(Opcode::JUMP, exit);

    bind(handler);                // exc
    emit(Opcode::PUSH_EXC_INFO);  // prev_exc, exc
    push_handler(cleanup, d + 1);
    push_fblock({.kind = FBlockKind::FinallyEnd}, t.pos);
    compile_body(t.finalbody);
    pop_fblock();
    emit(Opcode::RERAISE);
    pop_handler();
    bind(cleanup);
    emit_pop_except_and_reraise();
    bind(exit);
  }

  void compile_assert(const ast::Assert& a) {
    Label end = new_label();
    compile_jump_if(*a.test, end, true);
    emit(Opcode::LOAD_ASSERTION_ERROR);
    if (a.msg) {
      emit(Opcode::PUSH_NULL);
      compile_expr(*a.msg);
      emit(Opcode::CALL, 1);
    }
    emit(Opcode::RAISE_VARARGS, 1);
    bind(end);
  }

  // IMPORT_NAME of a dotted name pushes the top-level package; walk down
  // to the named submodule.
  void import_submodules(const std::string& dotted) {
    size_t dot = dotted.find('.');
    while (dot != std::string::npos) {
      size_t next = dotted.find('.', dot + 1);
      emit(Opcode::IMPORT_FROM, add_name(dotted.substr(dot + 1, next - dot - 1)));
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      dot = next;
    }
  }

  void compile_import(const ast::Import& s) {
    for (const auto& alias : s.names) {
      emit(Opcode::IMPORT_NAME, add_name(alias.name));
      if (alias.asname) {
        import_submodules(alias.name);
        compile_name(*alias.asname, Ctx::Store);
      } else {
        compile_name(alias.name.substr(0, alias.name.find('.')), Ctx::Store);
      }
    }
  }

  void compile_import_from(const ast::ImportFrom& s) {
    if (s.level > 0) error("relative imports are not supported", s.pos);
    emit(Opcode::IMPORT_NAME, add_name(s.module));
    import_submodules(s.module);
    if (!s.names.empty() && s.names[0].name == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    for (const auto& alias : s.names) {
      emit(Opcode::IMPORT_FROM, add_name(alias.name));
      compile_name(alias.asname ? *alias.asname : alias.name, Ctx::Store);
    }
    emit(Opcode::POP_TOP);
  }

  // ------------------------------------------------------------ targets

  [[gnu::noinline]] void compile_store(const Expr& t) {
    NestGuard guard(*this);
    LocScope loc(*this, t.pos);
    switch (t.kind) {
      case ExprKind::Name: return compile_name(static_cast<const ast::Name&>(t).id, Ctx::Store);
      case ExprKind::Attribute: {
        auto& a = static_cast<const ast::Attribute&>(t);
        check_debug_name(a.attr, Ctx::Store);
        compile_expr(*a.value);
        emit(Opcode::STORE_ATTR, mangled_name(a.attr));
        return;
      }
      case ExprKind::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(t);
        compile_expr(*s.value);
        compile_expr(*s.index);
        emit(Opcode::STORE_SUBSCR);
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const auto& elts = elts_of(t);
        compile_unpack(elts, t.pos);
        for (const auto& elt : elts)
          compile_store(is_starred(elt) ? *static_cast<const ast::Starred&>(*elt).value : *elt);
        return;
      }
      case ExprKind::Starred: error("starred assignment target must be in a list or tuple", t.pos);
      default: error("cannot assign to expression", t.pos);
    }
  }

  void compile_unpack(const ast::ExprList& elts, ast::Pos pos) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
      if (!is_starred(elts[i])) continue;
      if (seen_star) error("multiple starred expressions in assignment", pos);
      if (i >= (1u << 8) || n - i - 1 >= (1u << 16))
        error("too many expressions in star-unpacking assignment", pos);
      emit(Opcode::UNPACK_EX, static_cast<uint32_t>(i + ((n - i - 1) << 8)));
      seen_star = true;
    }
    if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
  }

  [[gnu::noinline]] void compile_delete(const Expr& t) {
    NestGuard guard(*this);
    LocScope loc(*this, t.pos);
    switch (t.kind) {
      case ExprKind::Name: return compile_name(static_cast<const ast::Name&>(t).id, Ctx::Del);
      case ExprKind::Attribute: {
        auto& a = static_cast<const ast::Attribute&>(t);
        check_debug_name(a.attr, Ctx::Del);
        compile_expr(*a.value);
        emit(Opcode::DELETE_ATTR, mangled_name(a.attr));
        return;
      }
      case ExprKind::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(t);
        compile_expr(*s.value);
        compile_expr(*s.index);
        emit(Opcode::DELETE_SUBSCR);
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::List:
        for (const auto& elt : elts_of(t)) compile_delete(*elt);
        return;
      case ExprKind::Starred: error("cannot delete starred", t.pos);
      default: error("cannot delete expression", t.pos);
    }
  }

  // ------------------------------------------------------------ conditions

  // Jumps to `target` when the truth of `e` equals `cond`, without
  // materializing a bool where the shape of `e` allows.
  [[gnu::noinline]] void compile_jump_if(const Expr& e, Label target, bool cond) {
    NestGuard guard(*this);
    LocScope loc(*this, e.pos);
    switch (e.kind) {
      case ExprKind::UnaryOp: {
        auto& un = static_cast<const ast::UnaryOp&>(e);
        if (un.op == ast::UnaryOpKind::Not) return compile_jump_if(*un.operand, target, !cond);
        break;
      }
      case ExprKind::BoolOp:
        return compile_jump_if_boolop(static_cast<const ast::BoolOp&>(e), target, cond);
      case ExprKind::IfExp:
        return compile_jump_if_ifexp(static_cast<const ast::IfExp&>(e), target, cond);
      case ExprKind::Compare:
        if (static_cast<const ast::Compare&>(e).ops.size() < 2) break;
        return compile_jump_if_chain(static_cast<const ast::Compare&>(e), target, cond);
      default:
        if (compile_jump_if_constant(e, target, cond)) return;
        break;
    }
    compile_expr(e);
    emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
  }

  [[gnu::noinline]] void compile_jump_if_boolop(const ast::BoolOp& b, Label target, bool cond) {
    bool is_or = b.op == ast::BoolOpKind::Or;
    Label next = is_or != cond ? new_label() : target;
    for (size_t i = 0; i + 1 < b.values.size(); ++i) compile_jump_if(*b.values[i], next, is_or);
    compile_jump_if(*b.values.back(), target, cond);
    if (next.id != target.id) bind(next);
  }

  [[gnu::noinline]] void compile_jump_if_ifexp(const ast::IfExp& i, Label target, bool cond) {
    Label end = new_label(), orelse = new_label();
    compile_jump_if(*i.test, orelse, false);
    compile_jump_if(*i.body, target, cond);
    emit_jump(Opcode::JUMP, end);
    bind(orelse);
    compile_jump_if(*i.orelse, target, cond);
    bind(end);
  }

  // a < b < c as a condition: the cleanup path pops the kept operand.
  [[gnu::noinline]] void compile_jump_if_chain(const ast::Compare& c, Label target, bool cond) {
    Label cleanup = new_label(), end = new_label();
    compile_expr(*c.left);
    size_t n = c.ops.size() - 1;
    for (size_t i = 0; i < n; ++i) {
      compile_expr(*c.comparators[i]);
      emit(Opcode::SWAP, 2);
      emit(Opcode::COPY, 2);
      emit_compare(c.ops[i]);
      emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
    }
    compile_last_comparator(c);
    emit_compare(c.ops[n]);
    emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
    emit_jump(Opcode::JUMP, end);
    bind(cleanup);
    emit(Opcode::POP_TOP);
    if (!cond) emit_jump(Opcode::JUMP, target);
    bind(end);
  }

  // A constant condition jumps unconditionally or not at all; the target
  // still learns the depth a jump would bring, for the dead code there.
  [[gnu::noinline]] bool compile_jump_if_constant(const Expr& e, Label target, bool cond) {
    auto v = fold(e);
    if (!v) return false;
    if (const_truth(*v) == cond)
      emit_jump(Opcode::JUMP, target);
    else
      note_label_depth(target, u().depth);
    return true;
  }

  void compile_last_comparator(const ast::Compare& c) {
    if (is_membership(c.ops.back()))
      compile_iterable(*c.comparators.back());
    else
      compile_expr(*c.comparators.back());
  }

  void emit_compare(ast::CmpOpKind op) {
    switch (op) {
      case ast::CmpOpKind::Is: return emit(Opcode::IS_OP, 0);
      case ast::CmpOpKind::IsNot: return emit(Opcode::IS_OP, 1);
      case ast::CmpOpKind::In: return emit(Opcode::CONTAINS_OP, 0);
      case ast::CmpOpKind::NotIn: return emit(Opcode::CONTAINS_OP, 1);
      default: return emit(Opcode::COMPARE_OP, static_cast<uint32_t>(op));
    }
  }

  // ------------------------------------------------------------ expressions

  // Recursion runs through here once per level of the tree, so this frame is
  // kept small: every case with locals of its own is an out-of-line helper.
  [[gnu::noinline]] void compile_expr(const Expr& e) {
    NestGuard guard(*this);
    LocScope loc(*this, e.pos);
    switch (e.kind) {
      case ExprKind::IntLit:
      case ExprKind::FloatLit:
      case ExprKind::StrLit:
      case ExprKind::Constant: return compile_literal(e);
      case ExprKind::JoinedStr: return compile_joined_str(static_cast<const ast::JoinedStr&>(e));
      case ExprKind::FormattedValue:
        return compile_formatted_value(static_cast<const ast::FormattedValue&>(e));
      case ExprKind::Name: return compile_name_load(static_cast<const ast::Name&>(e));
      case ExprKind::Attribute: return compile_attribute(static_cast<const ast::Attribute&>(e));
      case ExprKind::Subscript: return compile_subscript(static_cast<const ast::Subscript&>(e));
      case ExprKind::Slice: return compile_slice(static_cast<const ast::Slice&>(e));
      case ExprKind::Starred:  // displays and calls handle their own
        error("can't use starred expression here", e.pos);
      case ExprKind::Call: return compile_call(static_cast<const ast::Call&>(e));
      case ExprKind::BinOp: return compile_binop(static_cast<const ast::BinOp&>(e));
      case ExprKind::UnaryOp: return compile_unaryop(static_cast<const ast::UnaryOp&>(e));
      case ExprKind::BoolOp: return compile_boolop(static_cast<const ast::BoolOp&>(e));
      case ExprKind::Compare: return compile_compare(static_cast<const ast::Compare&>(e));
      case ExprKind::IfExp: return compile_ifexp(static_cast<const ast::IfExp&>(e));
      case ExprKind::Lambda: return compile_lambda(static_cast<const ast::Lambda&>(e));
      case ExprKind::List:
        return compile_starunpack(static_cast<const ast::List&>(e).elts, Opcode::BUILD_LIST,
                                  Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
      case ExprKind::Tuple: return compile_tuple_display(static_cast<const ast::Tuple&>(e));
      case ExprKind::Set:
        return compile_starunpack(static_cast<const ast::Set&>(e).elts, Opcode::BUILD_SET,
                                  Opcode::SET_ADD, Opcode::SET_UPDATE, false);
      case ExprKind::Dict: return compile_dict(static_cast<const ast::Dict&>(e));
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: return compile_comprehension(static_cast<const ast::Comp&>(e));
      case ExprKind::Yield: return compile_yield(static_cast<const ast::Yield&>(e));
      case ExprKind::YieldFrom: return compile_yield_from(static_cast<const ast::YieldFrom&>(e));
      case ExprKind::NamedExpr: return compile_named_expr(static_cast<const ast::NamedExpr&>(e));
    }
  }

  [[gnu::noinline]] void compile_literal(const Expr& e) {
    if (e.kind == ExprKind::IntLit) {
      auto& lit = static_cast<const ast::IntLit&>(e);
      if (lit.overflow) return emit_const(OverflowIntConst{lit.text});
    }
    emit_const(*fold(e));
  }

  [[gnu::noinline]] void compile_name_load(const ast::Name& n) {
    if (n.id == "__debug__") return emit_const(true);
    compile_name(n.id, Ctx::Load);
  }

  [[gnu::noinline]] void compile_formatted_value(const ast::FormattedValue& f) {
    compile_expr(*f.value);
    uint32_t arg = f.conversion == 's' ? 1 : f.conversion == 'r' ? 2 : f.conversion == 'a' ? 3 : 0;
    if (f.format_spec) {
      compile_expr(*f.format_spec);
      arg |= 4;
    }
    emit(Opcode::FORMAT_VALUE, arg);
  }

  [[gnu::noinline]] void compile_attribute(const ast::Attribute& a) {
    compile_expr(*a.value);
    emit(Opcode::LOAD_ATTR, mangled_name(a.attr));
  }

  [[gnu::noinline]] void compile_subscript(const ast::Subscript& s) {
    compile_expr(*s.value);
    compile_expr(*s.index);
    emit(Opcode::BINARY_SUBSCR);
  }

  [[gnu::noinline]] void compile_slice(const ast::Slice& s) {
    for (const ast::ExprPtr* part : {&s.lower, &s.upper}) {
      if (*part)
        compile_expr(**part);
      else
        emit_const(NoneConst{});
    }
    if (s.step) compile_expr(*s.step);
    emit(Opcode::BUILD_SLICE, s.step ? 3 : 2);
  }

  [[gnu::noinline]] void compile_binop(const ast::BinOp& b) {
    if (auto v = fold(b)) return emit_const(std::move(*v));
    compile_expr(*b.left);
    compile_expr(*b.right);
    emit(Opcode::BINARY_OP, static_cast<uint32_t>(b.op));
  }

  [[gnu::noinline]] void compile_unaryop(const ast::UnaryOp& un) {
    if (auto v = fold(un)) return emit_const(std::move(*v));
    compile_expr(*un.operand);
    static constexpr Opcode kOps[] = {Opcode::UNARY_NEGATIVE, Opcode::UNARY_POSITIVE,
                                      Opcode::UNARY_INVERT, Opcode::UNARY_NOT};
    emit(kOps[static_cast<int>(un.op)]);
  }

  [[gnu::noinline]] void compile_boolop(const ast::BoolOp& b) {
    Label end = new_label();
    Opcode jump =
        b.op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i + 1 < b.values.size(); ++i) {
      compile_expr(*b.values[i]);
      emit_jump(jump, end);
    }
    compile_expr(*b.values.back());
    bind(end);
  }

  [[gnu::noinline]] void compile_ifexp(const ast::IfExp& i) {
    Label end = new_label(), orelse = new_label();
    compile_jump_if(*i.test, orelse, false);
    compile_expr(*i.body);
    emit_jump(Opcode::JUMP, end);
    bind(orelse);
    compile_expr(*i.orelse);
    bind(end);
  }

  [[gnu::noinline]] void compile_tuple_display(const ast::Tuple& t) {
    if (auto v = fold(t)) return emit_const(std::move(*v));
    compile_starunpack(t.elts, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }

  [[gnu::noinline]] void compile_yield(const ast::Yield& y) {
    if (u().scope->kind != Scope::Kind::Function) error("'yield' outside function", y.pos, 5);
    if (y.value)
      compile_expr(*y.value);
    else
      emit_const(NoneConst{});
    emit(Opcode::YIELD_VALUE);
  }

  [[gnu::noinline]] void compile_yield_from(const ast::YieldFrom& y) {
    if (u().scope->kind != Scope::Kind::Function) error("'yield' outside function", y.pos, 5);
    compile_expr(*y.value);
    emit(Opcode::GET_YIELD_FROM_ITER);
    emit_const(NoneConst{});
    emit(Opcode::YIELD_FROM);
  }

  [[gnu::noinline]] void compile_named_expr(const ast::NamedExpr& n) {
    compile_expr(*n.value);
    emit(Opcode::COPY, 1);
    compile_store(*n.target);
  }

  static std::optional<ConstValue> fold_all(const ast::ExprList& elts) {
    auto tuple = std::make_shared<ConstTuple>();
    for (const auto& elt : elts) {
      auto v = fold(*elt);
      if (!v) return std::nullopt;
      tuple->items.push_back(std::move(*v));
    }
    return ConstValue(std::move(tuple));
  }

  // Something iterated by `for`, a comprehension or `in`: as CPython's AST
  // optimizer does, a list display is a tuple and a set display of constants
  // a frozenset, iterated as it is rather than merged into a new set.
  void compile_iterable(const Expr& e) {
    if (e.kind == ExprKind::List && !any_starred(static_cast<const ast::List&>(e).elts)) {
      LocScope loc(*this, e.pos);
      return compile_tuple(static_cast<const ast::List&>(e).elts);
    }
    if (e.kind == ExprKind::Set) {
      if (auto folded = fold_all(static_cast<const ast::Set&>(e).elts)) {
        LocScope loc(*this, e.pos);
        return emit_frozenset(std::move(*folded));
      }
    }
    compile_expr(e);
  }

  // A set with the items and layout of CPython's frozenset constant.
  void emit_frozenset(ConstValue items) {
    emit(Opcode::BUILD_SET, 0);
    emit_const(frozenset_order(std::get<std::shared_ptr<ConstTuple>>(std::move(items))));
    emit(Opcode::SET_UPDATE, 1);
  }

  static bool is_membership(ast::CmpOpKind op) {
    return op == ast::CmpOpKind::In || op == ast::CmpOpKind::NotIn;
  }

  // A tuple of `elts`, as a constant when they all are.
  void compile_tuple(const ast::ExprList& elts) {
    if (auto folded = fold_all(elts)) return emit_const(std::move(*folded));
    compile_starunpack(elts, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }

  // A list, set or tuple display, with *iterables spliced in; long displays
  // are built item by item so the stack stays small.
  [[gnu::noinline]] void compile_starunpack(const ast::ExprList& elts, Opcode build, Opcode add,
                                            Opcode extend, bool tuple) {
    size_t n = elts.size();
    if (n > 2 && !tuple) {
      if (auto folded = fold_all(elts)) {
        emit(build, 0);
        if (build == Opcode::BUILD_SET) {
          // CPython merges a frozenset constant into the empty set, which
          // then takes the frozenset's layout.
          emit_frozenset(std::move(*folded));
        } else {
          emit_const(std::move(*folded));
        }
        emit(extend, 1);
        return;
      }
    }
    bool big = n > kStackUseGuideline;
    if (!any_starred(elts) && !big) {
      for (const auto& elt : elts) compile_expr(*elt);
      emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<uint32_t>(n));
      return;
    }
    bool built = false;
    if (big) {
      emit(build, 0);
      built = true;
    }
    for (size_t i = 0; i < n; ++i) {
      if (is_starred(elts[i])) {
        if (!built) {
          emit(build, static_cast<uint32_t>(i));
          built = true;
        }
        compile_expr(*static_cast<const ast::Starred&>(*elts[i]).value);
        emit(extend, 1);
      } else {
        compile_expr(*elts[i]);
        if (built) emit(add, 1);
      }
    }
    if (tuple) emit(Opcode::LIST_TO_TUPLE);
  }

  [[gnu::noinline]] void compile_dict(const ast::Dict& d) {
    size_t n = d.values.size();
    bool unpacking = false;
    for (size_t i = 0; i < n; ++i)
      if (i >= d.keys.size() || !d.keys[i]) unpacking = true;
    if (!unpacking && n <= kStackUseGuideline / 2) {
      for (size_t i = 0; i < n; ++i) {
        compile_expr(*d.keys[i]);
        compile_expr(*d.values[i]);
      }
      emit(Opcode::BUILD_MAP, static_cast<uint32_t>(n));
      return;
    }
    emit(Opcode::BUILD_MAP, 0);
    for (size_t i = 0; i < n; ++i) {
      if (i < d.keys.size() && d.keys[i]) {
        compile_expr(*d.keys[i]);
        compile_expr(*d.values[i]);
        emit(Opcode::MAP_ADD, 1);
      } else {
        compile_expr(*d.values[i]);
        emit(Opcode::DICT_UPDATE, 1);
      }
    }
  }

  [[gnu::noinline]] void compile_compare(const ast::Compare& c) {
    compile_expr(*c.left);
    size_t n = c.ops.size() - 1;
    if (n == 0) {
      compile_last_comparator(c);
      return emit_compare(c.ops[0]);
    }
    // a < b < c: keep each middle operand for the next comparison.
    Label cleanup = new_label(), end = new_label();
    for (size_t i = 0; i < n; ++i) {
      compile_expr(*c.comparators[i]);
      emit(Opcode::SWAP, 2);
      emit(Opcode::COPY, 2);
      emit_compare(c.ops[i]);
      emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_last_comparator(c);
    emit_compare(c.ops[n]);
    emit_jump(Opcode::JUMP, end);
    bind(cleanup);
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    bind(end);
  }

  [[gnu::noinline]] void compile_joined_str(const ast::JoinedStr& j) {
    size_t n = j.values.size();
    if (n == 0) return emit_const(std::string());
    if (n > kStackUseGuideline) {
      emit_const(std::string());
      emit(Opcode::LOAD_METHOD, add_name("join"));
      emit(Opcode::BUILD_LIST, 0);
      for (const auto& v : j.values) {
        compile_expr(*v);
        emit(Opcode::LIST_APPEND, 1);
      }
      emit(Opcode::CALL, 1);
      return;
    }
    for (const auto& v : j.values) compile_expr(*v);
    if (n != 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(n));
  }

  // ------------------------------------------------------------ calls

  [[gnu::noinline]] void compile_call(const ast::Call& c) {
    check_keywords(c.keywords);
    if (compile_zero_arg_super(c) || compile_method_call(c)) return;
    compile_expr(*c.func);
    emit(Opcode::PUSH_NULL);
    compile_call_args(c.args, c.keywords);
  }

  [[gnu::noinline]] void check_keywords(const std::vector<ast::Keyword>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (!keywords[i].name) continue;
      check_debug_name(*keywords[i].name, Ctx::Store);
      for (size_t j = i + 1; j < keywords.size(); ++j)
        if (keywords[j].name == keywords[i].name)
          error("keyword argument repeated: " + *keywords[i].name, keywords[j].pos);
    }
  }

  // super() in a method is super(__class__, <first parameter>).
  [[gnu::noinline]] bool compile_zero_arg_super(const ast::Call& c) {
    if (!c.args.empty() || !c.keywords.empty() || c.func->kind != ExprKind::Name) return false;
    if (static_cast<const ast::Name&>(*c.func).id != "super") return false;
    const Scope& scope = *u().scope;
    if (scope.kind != Scope::Kind::Function || scope.argcount == 0) return false;
    if (scope.scope_of(mangle(u().private_name, "super")) != NameScope::GlobalImplicit)
      return false;
    if (scope.scope_of("__class__") != NameScope::Free) return false;
    compile_name("super", Ctx::Load);
    emit(Opcode::PUSH_NULL);
    emit(Opcode::LOAD_DEREF, deref_index("__class__"));
    const std::string& self = scope.params[0];
    if (scope.scope_of(self) == NameScope::Cell)
      emit(Opcode::LOAD_DEREF, deref_index(self));
    else
      emit(Opcode::LOAD_FAST, varname_index(self));
    emit(Opcode::CALL, 2);
    return true;
  }

  // obj.m(args) without * or **: LOAD_METHOD leaves (func, obj), saving the
  // bound-method object.
  [[gnu::noinline]] bool compile_method_call(const ast::Call& c) {
    if (c.func->kind != ExprKind::Attribute || any_starred(c.args)) return false;
    for (const auto& kw : c.keywords)
      if (!kw.name) return false;
    size_t nkw = c.keywords.size();
    if (c.args.size() + nkw + (nkw != 0) >= kStackUseGuideline) return false;
    auto& attr = static_cast<const ast::Attribute&>(*c.func);
    compile_expr(*attr.value);
    {
      LocScope loc(*this, attr.pos);
      emit(Opcode::LOAD_METHOD, mangled_name(attr.attr));
    }
    for (const auto& a : c.args) compile_expr(*a);
    emit_kw_values_and_call(c.args.size(), c.keywords);
    return true;
  }

  void emit_kw_values_and_call(size_t npos, const std::vector<ast::Keyword>& keywords) {
    if (keywords.empty()) return emit(Opcode::CALL, static_cast<uint32_t>(npos));
    auto names = std::make_shared<ConstTuple>();
    for (const auto& kw : keywords) {
      compile_expr(*kw.value);
      names->items.push_back(*kw.name);
    }
    emit_const(std::move(names));
    emit(Opcode::CALL_KW, static_cast<uint32_t>(npos + keywords.size()));
  }

  // The arguments after callable and self_or_null, and the call itself.
  [[gnu::noinline]] void compile_call_args(const ast::ExprList& args,
                                           const std::vector<ast::Keyword>& keywords) {
    bool ex_call = any_starred(args) || args.size() + keywords.size() * 2 > kStackUseGuideline;
    for (const auto& kw : keywords)
      if (!kw.name) ex_call = true;
    if (!ex_call) {
      for (const auto& a : args) compile_expr(*a);
      return emit_kw_values_and_call(args.size(), keywords);
    }
    if (args.size() == 1 && is_starred(args[0])) {
      // f(*it): CALL_EX takes the iterable as it is, as CPython's
      // CALL_FUNCTION_EX does, and names f if it is not iterable.
      compile_expr(*static_cast<const ast::Starred&>(*args[0]).value);
    } else {
      compile_starunpack(args, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
    }
    if (keywords.empty()) return emit(Opcode::CALL_EX, 0);
    // A dict of the keywords: each run of k=v is a BUILD_MAP merged in,
    // each **m merged with DICT_MERGE (which rejects repeated keys).
    bool have_dict = false;
    size_t run = 0;
    auto flush_run = [&](size_t end) {
      if (run == 0) return;
      for (size_t i = end - run; i < end; ++i) {
        emit_const(*keywords[i].name);
        compile_expr(*keywords[i].value);
      }
      emit(Opcode::BUILD_MAP, static_cast<uint32_t>(run));
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
      have_dict = true;
      run = 0;
    };
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i].name) {
        ++run;
        continue;
      }
      flush_run(i);
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      compile_expr(*keywords[i].value);
      emit(Opcode::DICT_MERGE, 1);
    }
    flush_run(keywords.size());
    emit(Opcode::CALL_EX, 1);
  }

  // ------------------------------------------------------------ comprehensions

  // [elt for x in it ...] is a nested function called with iter(it) as its
  // one parameter `.0`; `it` is evaluated in the enclosing scope.
  [[gnu::noinline]] void compile_comprehension(const ast::Comp& e) {
    Scope* scope = st_.scope_for(&e);
    enter_unit(scope, scope->name, qualname_for(scope->name, false), e.pos.line, 0);
    switch (e.kind) {
      case ExprKind::ListComp: emit(Opcode::BUILD_LIST, 0); break;
      case ExprKind::SetComp: emit(Opcode::BUILD_SET, 0); break;
      case ExprKind::DictComp: emit(Opcode::BUILD_MAP, 0); break;
      default: break;
    }
    compile_comprehension_generator(e, 0, 0);
    if (e.kind == ExprKind::GeneratorExp) emit_const(NoneConst{});
    emit(Opcode::RETURN_VALUE);
    auto nested = exit_unit();
    make_closure(nested, 0);
    emit(Opcode::PUSH_NULL);
    compile_iterable(*e.generators[0].iter);
    emit(Opcode::GET_ITER);
    emit(Opcode::CALL, 1);
  }

  void compile_comprehension_generator(const ast::Comp& e, size_t index, uint32_t depth) {
    NestGuard guard(*this);
    const ast::Comprehension& gen = e.generators[index];
    Label start = new_label(), if_cleanup = new_label(), anchor = new_label();
    if (index == 0) {
      emit(Opcode::LOAD_FAST, 0);  // .0
    } else {
      compile_iterable(*gen.iter);
      emit(Opcode::GET_ITER);
    }
    bind(start);
    emit_jump(Opcode::FOR_ITER, anchor);
    ++depth;
    compile_store(*gen.target);
    for (const auto& cond : gen.ifs) compile_jump_if(*cond, if_cleanup, false);
    if (index + 1 < e.generators.size()) {
      compile_comprehension_generator(e, index + 1, depth);
    } else {
      switch (e.kind) {
        case ExprKind::GeneratorExp:
          compile_expr(*e.elt);
          emit(Opcode::YIELD_VALUE);
          emit(Opcode::POP_TOP);
          break;
        case ExprKind::ListComp:
          compile_expr(*e.elt);
          emit(Opcode::LIST_APPEND, depth + 1);
          break;
        case ExprKind::SetComp:
          compile_expr(*e.elt);
          emit(Opcode::SET_ADD, depth + 1);
          break;
        default:
          compile_expr(*e.key);
          compile_expr(*e.value);
          emit(Opcode::MAP_ADD, depth + 1);
          break;
      }
    }
    bind(if_cleanup);
    emit_jump(Opcode::JUMP, start);
    bind(anchor);
  }

  const SymbolTable& st_;
  std::string_view filename_;
  std::string_view source_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::vector<ast::Pos> saved_pos_;
  ast::Pos pos_ = {1, 0};
  int nesting_ = 0;
};

}  // namespace

CompileResult compile_module(const ast::Module& module, std::string_view filename,
                             std::string_view source) {
  CompileResult result;
  SymtableResult st = build_symtable(module, source);
  if (st.error) {
    result.error = std::move(st.error);
    return result;
  }
  try {
    result.code = Compiler(*st.table, filename, source).compile(module);
  } catch (CompileError& e) {
    result.error = std::move(e.info);
  }
  return result;
}

}  // namespace lockvm
