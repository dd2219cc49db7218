// The abstract syntax tree the parser builds and the compiler consumes.
// Shaped after CPython's `ast` module so that each construct of the subset has
// exactly one node kind; nodes own their children through unique_ptr and carry
// the source position the compiler needs for line numbers and error carets.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lockvm::ast {

struct Pos {
  int line = 0;  // 1-based
  int col = 0;   // 0-based byte offset within the line
};

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

// ---------------------------------------------------------------- operators
enum class BinOpKind : uint8_t {
  Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, MatMul
};
enum class UnaryOpKind : uint8_t { Neg, Pos, Invert, Not };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------- expressions
enum class ExprKind : uint8_t {
  IntLit, FloatLit, StrLit, Constant,  // literals
  JoinedStr, FormattedValue,           // f-strings
  Name, Attribute, Subscript, Slice, Starred,
  Call, BinOp, UnaryOp, BoolOp, Compare, IfExp, Lambda,
  List, Tuple, Set, Dict,
  ListComp, SetComp, DictComp, GeneratorExp,
  Yield, YieldFrom, NamedExpr,
};

// Whether an expression is read, assigned to, or deleted (CPython's ctx).
enum class Ctx : uint8_t { Load, Store, Del };

struct Expr {
  ExprKind kind;
  Pos pos;
  explicit Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Expr() = default;
};

struct IntLit : Expr {
  int64_t value = 0;
  bool overflow = false;  // literal does not fit int64: OverflowError at run time
  std::string text;       // source spelling, for the overflow message
  explicit IntLit(Pos p) : Expr(ExprKind::IntLit, p) {}
};
struct FloatLit : Expr {
  double value = 0;
  explicit FloatLit(Pos p) : Expr(ExprKind::FloatLit, p) {}
};
struct StrLit : Expr {
  std::string value;  // UTF-8, escapes already decoded; adjacent literals joined
  explicit StrLit(Pos p) : Expr(ExprKind::StrLit, p) {}
};
struct Constant : Expr {
  enum Which : uint8_t { None, True, False, Ellipsis } which;
  Constant(Pos p, Which w) : Expr(ExprKind::Constant, p), which(w) {}
};
// f"a{x!r:>{w}}b": values are StrLit and FormattedValue nodes in order.
struct JoinedStr : Expr {
  ExprList values;
  explicit JoinedStr(Pos p) : Expr(ExprKind::JoinedStr, p) {}
};
struct FormattedValue : Expr {
  ExprPtr value;
  char conversion = 0;  // 0, 'r', 's' or 'a'
  ExprPtr format_spec;  // a JoinedStr, or null
  explicit FormattedValue(Pos p) : Expr(ExprKind::FormattedValue, p) {}
};
struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  explicit Name(Pos p) : Expr(ExprKind::Name, p) {}
};
struct Attribute : Expr {
  ExprPtr value;
  std::string attr;
  Ctx ctx = Ctx::Load;
  explicit Attribute(Pos p) : Expr(ExprKind::Attribute, p) {}
};
struct Subscript : Expr {
  ExprPtr value;
  ExprPtr index;  // may be a Slice, or a Tuple holding Slices
  Ctx ctx = Ctx::Load;
  explicit Subscript(Pos p) : Expr(ExprKind::Subscript, p) {}
};
struct Slice : Expr {
  ExprPtr lower, upper, step;  // each may be null
  explicit Slice(Pos p) : Expr(ExprKind::Slice, p) {}
};
struct Starred : Expr {
  ExprPtr value;
  Ctx ctx = Ctx::Load;
  explicit Starred(Pos p) : Expr(ExprKind::Starred, p) {}
};
struct Keyword {
  Pos pos;
  std::optional<std::string> name;  // nullopt for **mapping
  ExprPtr value;
};
struct Call : Expr {
  ExprPtr func;
  ExprList args;  // may contain Starred for *iterable
  std::vector<Keyword> keywords;
  explicit Call(Pos p) : Expr(ExprKind::Call, p) {}
};
struct BinOp : Expr {
  BinOpKind op;
  ExprPtr left, right;
  BinOp(Pos p, BinOpKind o) : Expr(ExprKind::BinOp, p), op(o) {}
};
struct UnaryOp : Expr {
  UnaryOpKind op;
  ExprPtr operand;
  UnaryOp(Pos p, UnaryOpKind o) : Expr(ExprKind::UnaryOp, p), op(o) {}
};
struct BoolOp : Expr {
  BoolOpKind op;
  ExprList values;  // two or more
  BoolOp(Pos p, BoolOpKind o) : Expr(ExprKind::BoolOp, p), op(o) {}
};
struct Compare : Expr {
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;  // same length as ops
  explicit Compare(Pos p) : Expr(ExprKind::Compare, p) {}
};
struct IfExp : Expr {
  ExprPtr test, body, orelse;
  explicit IfExp(Pos p) : Expr(ExprKind::IfExp, p) {}
};

struct Arg {
  Pos pos;
  std::string name;
};
struct Arguments {
  std::vector<Arg> args;          // positional-or-keyword
  ExprList defaults;              // for the last len(defaults) of args
  std::optional<Arg> vararg;      // *args
  std::vector<Arg> kwonlyargs;    // after * or *args
  ExprList kw_defaults;           // same length as kwonlyargs; null = required
  std::optional<Arg> kwarg;       // **kwargs
};

struct Lambda : Expr {
  Arguments args;
  ExprPtr body;
  explicit Lambda(Pos p) : Expr(ExprKind::Lambda, p) {}
};
struct List : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  explicit List(Pos p) : Expr(ExprKind::List, p) {}
};
struct Tuple : Expr {
  ExprList elts;
  Ctx ctx = Ctx::Load;
  explicit Tuple(Pos p) : Expr(ExprKind::Tuple, p) {}
};
struct Set : Expr {
  ExprList elts;
  explicit Set(Pos p) : Expr(ExprKind::Set, p) {}
};
struct Dict : Expr {
  ExprList keys;  // null key: **values[i]
  ExprList values;
  explicit Dict(Pos p) : Expr(ExprKind::Dict, p) {}
};
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
};
// ListComp, SetComp, GeneratorExp use elt; DictComp uses key and value.
struct Comp : Expr {
  ExprPtr elt;
  ExprPtr key, value;
  std::vector<Comprehension> generators;
  Comp(Pos p, ExprKind k) : Expr(k, p) {}
};
struct Yield : Expr {
  ExprPtr value;  // may be null
  explicit Yield(Pos p) : Expr(ExprKind::Yield, p) {}
};
struct YieldFrom : Expr {
  ExprPtr value;
  explicit YieldFrom(Pos p) : Expr(ExprKind::YieldFrom, p) {}
};
struct NamedExpr : Expr {  // x := value
  ExprPtr target;  // a Name
  ExprPtr value;
  explicit NamedExpr(Pos p) : Expr(ExprKind::NamedExpr, p) {}
};

// ---------------------------------------------------------------- statements
enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, While, If, With, Raise, Try, Assert, Import, ImportFrom,
  Global, Nonlocal, ExprStmt, Pass, Break, Continue,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  explicit Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Stmt() = default;
};

struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorators;  // outermost first, as written
  explicit FunctionDef(Pos p) : Stmt(StmtKind::FunctionDef, p) {}
};
struct ClassDef : Stmt {
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorators;
  explicit ClassDef(Pos p) : Stmt(StmtKind::ClassDef, p) {}
};
struct Return : Stmt {
  ExprPtr value;  // may be null
  explicit Return(Pos p) : Stmt(StmtKind::Return, p) {}
};
struct Delete : Stmt {
  ExprList targets;
  explicit Delete(Pos p) : Stmt(StmtKind::Delete, p) {}
};
struct Assign : Stmt {
  ExprList targets;  // a = b = value: two targets
  ExprPtr value;
  explicit Assign(Pos p) : Stmt(StmtKind::Assign, p) {}
};
struct AugAssign : Stmt {
  ExprPtr target;  // Name, Attribute or Subscript
  BinOpKind op;
  ExprPtr value;
  AugAssign(Pos p, BinOpKind o) : Stmt(StmtKind::AugAssign, p), op(o) {}
};
struct AnnAssign : Stmt {  // x: T = v; the annotation is parsed, never evaluated
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  explicit AnnAssign(Pos p) : Stmt(StmtKind::AnnAssign, p) {}
};
struct For : Stmt {
  ExprPtr target, iter;
  StmtList body, orelse;
  explicit For(Pos p) : Stmt(StmtKind::For, p) {}
};
struct While : Stmt {
  ExprPtr test;
  StmtList body, orelse;
  explicit While(Pos p) : Stmt(StmtKind::While, p) {}
};
struct If : Stmt {
  ExprPtr test;
  StmtList body, orelse;  // elif becomes a nested If in orelse
  explicit If(Pos p) : Stmt(StmtKind::If, p) {}
};
struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};
struct With : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  explicit With(Pos p) : Stmt(StmtKind::With, p) {}
};
struct Raise : Stmt {
  ExprPtr exc, cause;  // both may be null
  explicit Raise(Pos p) : Stmt(StmtKind::Raise, p) {}
};
struct ExceptHandler {
  Pos pos;
  ExprPtr type;  // null for a bare except
  std::optional<std::string> name;
  StmtList body;
};
struct Try : Stmt {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
  explicit Try(Pos p) : Stmt(StmtKind::Try, p) {}
};
struct Assert : Stmt {
  ExprPtr test, msg;
  explicit Assert(Pos p) : Stmt(StmtKind::Assert, p) {}
};
struct Alias {
  Pos pos;
  std::string name;  // dotted for `import a.b`
  std::optional<std::string> asname;
};
struct Import : Stmt {
  std::vector<Alias> names;
  explicit Import(Pos p) : Stmt(StmtKind::Import, p) {}
};
struct ImportFrom : Stmt {
  std::string module;
  std::vector<Alias> names;  // a single "*" alias for `from m import *`
  int level = 0;             // leading dots
  explicit ImportFrom(Pos p) : Stmt(StmtKind::ImportFrom, p) {}
};
struct Global : Stmt {
  std::vector<std::string> names;
  explicit Global(Pos p) : Stmt(StmtKind::Global, p) {}
};
struct Nonlocal : Stmt {
  std::vector<std::string> names;
  explicit Nonlocal(Pos p) : Stmt(StmtKind::Nonlocal, p) {}
};
struct ExprStmt : Stmt {
  ExprPtr value;
  explicit ExprStmt(Pos p) : Stmt(StmtKind::ExprStmt, p) {}
};
struct Pass : Stmt {
  explicit Pass(Pos p) : Stmt(StmtKind::Pass, p) {}
};
struct Break : Stmt {
  explicit Break(Pos p) : Stmt(StmtKind::Break, p) {}
};
struct Continue : Stmt {
  explicit Continue(Pos p) : Stmt(StmtKind::Continue, p) {}
};

struct Module {
  StmtList body;
};

}  // namespace lockvm::ast
