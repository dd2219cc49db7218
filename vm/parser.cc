// The parser: a recursive-descent transcription of CPython 3.11's PEG grammar
// (Grammar/python.gram), one function per grammar rule, with precedence
// climbing for the binary operators.
//
// Error reporting follows CPython's two passes. The first pass is a plain
// deterministic parse. Only when it fails does a second pass re-parse the
// whole file with the grammar's invalid_* rules switched on: speculative
// sub-parses at the positions where CPython tries them, each raising one of
// CPython's specialised messages ("cannot assign to function call here...",
// "Perhaps you forgot a comma?") when it matches. If none matches, the error
// is "invalid syntax" at the furthest token the first pass looked at. The
// second pass runs under a step budget, so pathological input cannot make it
// slow; running out only costs the specialised message.
//
// Targets of assignments, `for` and `del` are parsed as expressions and then
// checked, as CPython's _PyPegen_get_invalid_target does. Constructs CPython
// accepts but lockvm does not run (bytes, imaginary numbers, async, match,
// positional-only parameters, except*, \N{...}) are parsed through and
// reported, naming the construct, only when the rest of the file is valid.
#include "vm/parser.h"

#include <pthread.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "vm/lexer.h"

namespace lockvm {
namespace {

using ast::Expr;
using ast::ExprKind;
using ast::ExprList;
using ast::ExprPtr;
using ast::Pos;
using ast::StmtList;
using ast::StmtPtr;

// CPython 3.11 compiles expressions nested about 2990 deep and no deeper
// ("RecursionError: maximum recursion depth exceeded during compilation");
// the same bound keeps the compiler and the AST's destructors off the end of
// the C++ stack.
constexpr int kMaxDepth = 2990;
constexpr int kMaxRecursion = 3000;

// The address below which this thread's stack must not grow during a parse:
// nesting that reaches it is reported like nesting past kMaxRecursion, so
// small thread stacks and sanitizer builds (with their large frames) are safe
// too.
uintptr_t stack_floor() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  return reinterpret_cast<uintptr_t>(addr) + std::min<size_t>(256 * 1024, size / 4);
}

// How the parse of a rule can fail.
struct Generic {};                             // no alternative matched
struct Specific { SyntaxErrorInfo info; };     // a specialised message
struct Reached {};                             // the parser got to the tokenizer's error
struct Fatal { SyntaxErrorInfo info; };        // nesting too deep
struct OutOfBudget {};                         // the second pass gave up

enum class Targets { Star, Del, For };

template <class T>
const T& as(const Expr& e) {
  return static_cast<const T&>(e);
}

// CPython's _PyPegen_get_expr_name.
std::string expr_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (as<ast::Constant>(e).which) {
        case ast::Constant::None: return "None";
        case ast::Constant::True: return "True";
        case ast::Constant::False: return "False";
        case ast::Constant::Ellipsis: return "ellipsis";
      }
      return "literal";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "literal";
  }
}

// CPython's _PyPegen_get_invalid_target: the first part of `e` that cannot
// be assigned to (or deleted), or null when all of it can.
const Expr* invalid_target(const Expr* e, Targets t) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (auto& x : as<ast::List>(*e).elts)
        if (auto bad = invalid_target(x.get(), t)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (auto& x : as<ast::Tuple>(*e).elts)
        if (auto bad = invalid_target(x.get(), t)) return bad;
      return nullptr;
    case ExprKind::Starred:
      return t == Targets::Del ? e : invalid_target(as<ast::Starred>(*e).value.get(), t);
    case ExprKind::Compare: {
      // `for a in b` reaches here as the comparison `a in b`.
      auto& c = as<ast::Compare>(*e);
      if (t == Targets::For) return c.ops[0] == ast::CmpOpKind::In ? invalid_target(c.left.get(), t) : nullptr;
      return e;
    }
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void set_ctx(Expr* e, ast::Ctx ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred: {
      auto* s = static_cast<ast::Starred*>(e);
      s->ctx = ctx;
      set_ctx(s->value.get(), ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<ast::List*>(e);
      l->ctx = ctx;
      for (auto& x : l->elts) set_ctx(x.get(), ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<ast::Tuple*>(e);
      t->ctx = ctx;
      for (auto& x : t->elts) set_ctx(x.get(), ctx);
      break;
    }
    default: break;
  }
}

template <class F>
void for_each_child(const Expr& e, F&& f) {
  auto list = [&](const ExprList& l) {
    for (auto& x : l) f(x.get());
  };
  auto args = [&](const ast::Arguments& a) {
    list(a.defaults);
    list(a.kw_defaults);
  };
  switch (e.kind) {
    case ExprKind::JoinedStr: list(as<ast::JoinedStr>(e).values); break;
    case ExprKind::FormattedValue:
      f(as<ast::FormattedValue>(e).value.get());
      f(as<ast::FormattedValue>(e).format_spec.get());
      break;
    case ExprKind::Attribute: f(as<ast::Attribute>(e).value.get()); break;
    case ExprKind::Subscript:
      f(as<ast::Subscript>(e).value.get());
      f(as<ast::Subscript>(e).index.get());
      break;
    case ExprKind::Slice: {
      auto& s = as<ast::Slice>(e);
      f(s.lower.get()), f(s.upper.get()), f(s.step.get());
      break;
    }
    case ExprKind::Starred: f(as<ast::Starred>(e).value.get()); break;
    case ExprKind::Call: {
      auto& c = as<ast::Call>(e);
      f(c.func.get());
      list(c.args);
      for (auto& k : c.keywords) f(k.value.get());
      break;
    }
    case ExprKind::BinOp: f(as<ast::BinOp>(e).left.get()), f(as<ast::BinOp>(e).right.get()); break;
    case ExprKind::UnaryOp: f(as<ast::UnaryOp>(e).operand.get()); break;
    case ExprKind::BoolOp: list(as<ast::BoolOp>(e).values); break;
    case ExprKind::Compare: f(as<ast::Compare>(e).left.get()), list(as<ast::Compare>(e).comparators); break;
    case ExprKind::IfExp: {
      auto& i = as<ast::IfExp>(e);
      f(i.test.get()), f(i.body.get()), f(i.orelse.get());
      break;
    }
    case ExprKind::Lambda: args(as<ast::Lambda>(e).args), f(as<ast::Lambda>(e).body.get()); break;
    case ExprKind::List: list(as<ast::List>(e).elts); break;
    case ExprKind::Tuple: list(as<ast::Tuple>(e).elts); break;
    case ExprKind::Set: list(as<ast::Set>(e).elts); break;
    case ExprKind::Dict: list(as<ast::Dict>(e).keys), list(as<ast::Dict>(e).values); break;
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp: {
      auto& c = as<ast::Comp>(e);
      f(c.elt.get()), f(c.key.get()), f(c.value.get());
      for (auto& g : c.generators) f(g.target.get()), f(g.iter.get()), list(g.ifs);
      break;
    }
    case ExprKind::Yield: f(as<ast::Yield>(e).value.get()); break;
    case ExprKind::YieldFrom: f(as<ast::YieldFrom>(e).value.get()); break;
    case ExprKind::NamedExpr: f(as<ast::NamedExpr>(e).target.get()), f(as<ast::NamedExpr>(e).value.get()); break;
    default: break;
  }
}

bool starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
    case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot: case Tok::KwLambda: case Tok::KwNone:
    case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis: case Tok::KwAwait:
      return true;
    default:
      return false;
  }
}

std::optional<ast::BinOpKind> augassign_op(Tok k) {
  using B = ast::BinOpKind;
  switch (k) {
    case Tok::PlusEqual: return B::Add;
    case Tok::MinEqual: return B::Sub;
    case Tok::StarEqual: return B::Mul;
    case Tok::AtEqual: return B::MatMul;
    case Tok::SlashEqual: return B::Div;
    case Tok::PercentEqual: return B::Mod;
    case Tok::AmperEqual: return B::BitAnd;
    case Tok::VBarEqual: return B::BitOr;
    case Tok::CircumflexEqual: return B::BitXor;
    case Tok::LeftShiftEqual: return B::LShift;
    case Tok::RightShiftEqual: return B::RShift;
    case Tok::DoubleStarEqual: return B::Pow;
    case Tok::DoubleSlashEqual: return B::FloorDiv;
    default: return std::nullopt;
  }
}

// Precedence of a binary operator for precedence climbing; 0 if `k` is none.
int binop_prec(Tok k, ast::BinOpKind& op) {
  using B = ast::BinOpKind;
  switch (k) {
    case Tok::VBar: op = B::BitOr; return 1;
    case Tok::Circumflex: op = B::BitXor; return 2;
    case Tok::Amper: op = B::BitAnd; return 3;
    case Tok::LeftShift: op = B::LShift; return 4;
    case Tok::RightShift: op = B::RShift; return 4;
    case Tok::Plus: op = B::Add; return 5;
    case Tok::Minus: op = B::Sub; return 5;
    case Tok::Star: op = B::Mul; return 6;
    case Tok::Slash: op = B::Div; return 6;
    case Tok::DoubleSlash: op = B::FloorDiv; return 6;
    case Tok::Percent: op = B::Mod; return 6;
    case Tok::At: op = B::MatMul; return 6;
    default: return 0;
  }
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {  // lone surrogates too, as CPython's str allows them
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A STRING token taken apart: prefix flags and the text between the quotes.
struct StringToken {
  bool f = false, raw = false, bytes = false;
  std::string_view body;
  size_t body_off = 0;  // offset of body within the token text
};

StringToken split_string(std::string_view text) {
  StringToken s;
  size_t q = 0;
  for (; text[q] != '\'' && text[q] != '"'; ++q) {
    char c = static_cast<char>(text[q] | 0x20);
    s.f |= c == 'f', s.raw |= c == 'r', s.bytes |= c == 'b';
  }
  size_t qs = text.size() - q >= 6 && text[q + 1] == text[q] && text[q + 2] == text[q] ? 3 : 1;
  s.body_off = q + qs;
  s.body = text.substr(q + qs, text.size() - q - 2 * qs);
  return s;
}

struct NodeInfo {
  int depth;        // height of the subtree
  int first, last;  // token span, for error ranges
};

class Parser {
 public:
  Parser(const LexResult& lex, const SourceLines& lines, uintptr_t floor, int rec = 0)
      : lex_(lex), toks_(lex.tokens), lines_(lines), floor_(floor), rec_(rec) {
    info_.reserve(toks_.size());
  }

  std::unique_ptr<ast::Module> parse_file(std::optional<SyntaxErrorInfo>& err) {
    return run([this] { return file(); }, err);
  }

  // The replacement field of an f-string, tokenized as "(expr)": CPython's
  // `fstring` start rule. Node columns on the first line are shifted by
  // `col_shift` to where the expression sits in the file.
  ExprPtr parse_fstring(std::optional<SyntaxErrorInfo>& err, int col_shift) {
    fstring_ = true;
    col_shift_ = col_shift;
    return run([this] { return star_expressions(); }, err);
  }

  int depth_of(const Expr* e) const { return depth(e); }
  bool fatal() const { return fatal_; }
  bool only_unsupported() const { return only_unsupported_; }  // the error is just an unsupported construct

 private:
  // ------------------------------------------------------------ driver

  template <class F>
  auto run(F&& rule, std::optional<SyntaxErrorInfo>& err) -> decltype(rule()) {
    try {
      auto result = rule();
      if (unsupported_) {
        err = *unsupported_;
        only_unsupported_ = true;
        return {};
      }
      return result;
    } catch (Generic&) {
    } catch (Specific& s) {
      err = resolve(std::move(s.info));
      return {};
    } catch (Reached&) {
      err = *lex_.error;
      return {};
    } catch (Fatal& f) {
      err = std::move(f.info);
      fatal_ = true;
      return {};
    }
    // CPython's second pass, over the whole input again.
    size_t fail_stmt = stmt_start_;
    for (int attempt = 0; attempt < 2; ++attempt) {
      pos_ = attempt == 0 ? 0 : fail_stmt;
      diag_ = checks_ = true;
      checked_.clear();
      failed_.clear();
      budget_ = 50 * static_cast<long>(toks_.size()) + 2'000'000;
      rec_ = rec_base_;
      stmt_depth_ = 0;
      try {
        if (attempt == 0) {
          rule();
        } else {
          StmtList scratch;
          statement(scratch);
        }
        break;
      } catch (Specific& s) {
        err = resolve(std::move(s.info));
        return {};
      } catch (Reached&) {
        err = *lex_.error;
        return {};
      } catch (Generic&) {
        break;
      } catch (Fatal&) {
        break;
      } catch (OutOfBudget&) {
        if (fstring_) break;  // no statements to fall back to
      }
    }
    const Token& t = tok(max_pos_);
    if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
      err = make_syntax_error(lines_, "IndentationError",
                              t.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent", t.line, t.col, 0);
      return {};
    }
    err = resolve(error_at(max_pos_, "invalid syntax"));
    return {};
  }

  // What CPython's _PyPegen_tokenize_full_source_to_check_for_errors does
  // after a parser error: a tokenizer error anywhere in the file wins, and so
  // does a bracket left open on an earlier line.
  SyntaxErrorInfo resolve(SyntaxErrorInfo info) {
    if (lex_.error && lex_.eager) return *lex_.error;
    if (lex_.unclosed && tok(fill_).line > lex_.unclosed_line) return *lex_.unclosed;
    if (fstring_) info.msg = "f-string: " + info.msg;
    return info;
  }

  // ------------------------------------------------------------ tokens

  const Token& tok(size_t i) const { return toks_[std::min(i, toks_.size() - 1)]; }

  const Token& peek(size_t k = 0) {
    size_t i = std::min(pos_ + k, toks_.size() - 1);
    if (diag_ && --budget_ < 0) throw OutOfBudget{};
    if (!diag_ && i > max_pos_) max_pos_ = i;
    if (i > fill_) fill_ = i;
    if (toks_[i].kind == Tok::Error) throw Reached{};
    return toks_[i];
  }
  Tok kind(size_t k = 0) { return peek(k).kind; }
  bool at(Tok k) { return kind() == k; }
  size_t next() {
    peek();
    return pos_++;
  }
  bool accept(Tok k) {
    if (!at(k)) return false;
    ++pos_;
    return true;
  }
  size_t expect(Tok k) {
    if (!at(k)) throw Generic{};
    return pos_++;
  }
  // CPython's &&'x': an immediate "expected 'x'" rather than a failed alternative.
  size_t expect_forced(Tok k) {
    if (!at(k)) raise_range(pos_, pos_, std::string("expected '") + tok_spelling(k) + "'");
    return pos_++;
  }
  [[noreturn]] void fail() { throw Generic{}; }
  std::string text(size_t i) const { return std::string(tok(i).text); }
  std::string line_of(size_t i) const { return std::to_string(tok(i).line); }

  // Runs `f` as a speculative sub-parse: on a plain failure the position is
  // restored and false returned; specialised errors propagate.
  template <class F>
  bool attempt(F&& f) {
    size_t save = pos_;
    try {
      f();
      return true;
    } catch (Generic&) {
      pos_ = save;
      if (diag_ && (budget_ -= 20) < 0) throw OutOfBudget{};
      return false;
    }
  }

  // Extends a construct by an optional part (an operator and its operand, a
  // trailer, `if ... else ...`). The second pass gives up the part when it
  // fails to parse, as a PEG parser backtracks to the shorter match: which
  // rules succeed there decides which invalid_* rules CPython tries.
  template <class F>
  bool extend(F&& f) {
    if (!diag_) {
      f();
      return true;
    }
    return attempt(std::forward<F>(f));
  }

  struct Recursion {
    explicit Recursion(Parser& parser) : p(parser) {
      if (++p.rec_ > kMaxRecursion || reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < p.floor_)
        p.too_deep();
    }
    ~Recursion() { --p.rec_; }
    Parser& p;
  };
  struct NoChecks {  // CPython's *_without_invalid rules
    explicit NoChecks(Parser& parser) : p(parser), saved(parser.checks_) { p.checks_ = false; }
    ~NoChecks() { p.checks_ = saved; }
    Parser& p;
    bool saved;
  };

  [[noreturn]] void too_deep() {
    if (diag_) throw OutOfBudget{};
    SyntaxErrorInfo e;
    e.type = "RecursionError";
    e.msg = "maximum recursion depth exceeded during compilation";
    throw Fatal{e};
  }

  // ------------------------------------------------------------ errors

  // A construct CPython accepts but lockvm does not: parsing goes on as if it
  // were fine, and it is reported only if the whole file parses, so that a
  // real syntax error anywhere is reported as CPython reports it.
  void unsupported(size_t first, size_t last, const std::string& what) {
    if (unsupported_ || diag_) return;
    const Token& a = tok(first);
    const Token& b = tok(last);
    unsupported_ = make_syntax_error(lines_, "SyntaxError", what + " not supported", a.line, a.col + 1,
                                     b.end_line == a.line ? b.end_col + 1 : 0);
  }

  SyntaxErrorInfo error_at(size_t i, std::string msg) {
    const Token& t = tok(i);
    if (t.kind == Tok::EndMarker) return make_syntax_error(lines_, "SyntaxError", std::move(msg), t.line, 0, 0);
    return make_syntax_error(lines_, "SyntaxError", std::move(msg), t.line, t.col + 1, t.end_col + 1);
  }
  [[noreturn]] void raise_range(size_t first, size_t last, std::string msg, std::string type = "SyntaxError") {
    const Token& a = tok(first);
    const Token& b = tok(last);
    int end = b.end_line == a.line ? b.end_col + 1 : static_cast<int>(lines_.line(a.line).size()) + 1;
    throw Specific{make_syntax_error(lines_, std::move(type), std::move(msg), a.line, a.col + 1, end)};
  }
  [[noreturn]] void raise_expr(const Expr* e, std::string msg) {
    const NodeInfo& i = info(e);
    raise_range(i.first, i.last, std::move(msg));
  }
  // CPython's RAISE_SYNTAX_ERROR: located at the furthest token read so far.
  [[noreturn]] void raise_last(std::string msg, std::string type = "SyntaxError") {
    const Token& t = tok(fill_);
    int col, end = 0;
    if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
      col = t.col;
    } else if (t.kind == Tok::EndMarker) {
      col = static_cast<int>(lines_.line(t.line).size()) + 1;
    } else {
      col = t.col + 1;
      end = t.end_line == t.line ? t.end_col + 1 : 0;
    }
    throw Specific{make_syntax_error(lines_, std::move(type), std::move(msg), t.line, col, end)};
  }

  // ------------------------------------------------------------ nodes

  Pos pos_of(size_t i) const {
    const Token& t = tok(i);
    return Pos{t.line, t.col + (t.line == lines_.first_line() ? col_shift_ : 0)};
  }

  template <class T, class... A>
  std::unique_ptr<T> node(size_t first, A&&... a) {
    auto n = std::make_unique<T>(pos_of(first), std::forward<A>(a)...);
    info_[n.get()] = NodeInfo{1, static_cast<int>(first), static_cast<int>(pos_) - 1};
    return n;
  }
  // Records the finished node's token span and depth.
  template <class T>
  std::unique_ptr<T> done(std::unique_ptr<T> n) {
    int d = 0;
    for_each_child(*n, [&](const Expr* c) { d = std::max(d, depth(c)); });
    NodeInfo& i = info_[n.get()];
    i.last = static_cast<int>(pos_) - 1;
    i.depth = d + 1;
    if (i.depth + stmt_depth_ > kMaxDepth) too_deep();
    return n;
  }
  int depth(const Expr* e) const {
    if (!e) return 0;
    auto it = info_.find(e);
    return it == info_.end() ? 1 : it->second.depth;
  }
  const NodeInfo& info(const Expr* e) { return info_[e]; }

  ExprPtr name_node(size_t i) {
    auto n = node<ast::Name>(i);
    n->id = text(i);
    return n;
  }
  ExprPtr name_node() { return name_node(expect(Tok::Name)); }

  // ------------------------------------------------------------ statements

  std::unique_ptr<ast::Module> file() {
    auto m = std::make_unique<ast::Module>();
    while (!at(Tok::EndMarker)) statement(m->body);
    return m;
  }

  void statement(StmtList& out) {
    if (!diag_) stmt_start_ = pos_;
    switch (kind()) {
      case Tok::KwDef: case Tok::At: case Tok::KwClass: case Tok::KwIf: case Tok::KwWith:
      case Tok::KwFor: case Tok::KwTry: case Tok::KwWhile:
        out.push_back(compound_stmt());
        return;
      case Tok::KwAsync:
        async_prefix();
        out.push_back(compound_stmt());
        return;
      case Tok::Name:
        if (peek().text == "match" && match_stmt(out)) return;
        [[fallthrough]];
      default:
        simple_stmts(out);
    }
  }

  // `async def`, `async for`, `async with`: parsed as the plain statement.
  void async_prefix() {
    size_t a = next();
    if (!at(Tok::KwDef) && !at(Tok::KwFor) && !at(Tok::KwWith)) fail();
    unsupported(a, pos_, std::string("'async ") + tok_spelling(kind()) + "' is");
  }

  // match_stmt is tried before the simple statements, so `match x:` is a
  // match statement while `match = 1` is not. Its cases are skipped unparsed.
  bool match_stmt(StmtList& out) {
    size_t start = pos_;
    bool is_match = false;
    attempt([&] {
      next();
      subject_expr();
      if (at(Tok::Colon) && kind(1) == Tok::Newline) is_match = true;
      else if (diag_ && at(Tok::Newline)) raise_last("expected ':'");
    });
    if (!is_match) {
      pos_ = start;
      return false;
    }
    unsupported(start, start, "'match' statements are");
    next(), next();
    if (!at(Tok::Indent)) {
      if (diag_) raise_last("expected an indented block after 'match' statement on line " + line_of(start),
                            "IndentationError");
      fail();
    }
    for (int depth = 0;;) {
      Tok k = tok(next()).kind;
      depth += k == Tok::Indent ? 1 : k == Tok::Dedent ? -1 : 0;
      if (depth == 0) break;
    }
    out.push_back(std::make_unique<ast::Pass>(pos_of(start)));
    return true;
  }

  ExprPtr subject_expr() {
    size_t start = pos_;
    auto first = star_named_expression();
    if (!at(Tok::Comma)) {
      if (first->kind == ExprKind::Starred) fail();
      return first;
    }
    auto t = node<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::Comma) && (starts_expression(kind()) || at(Tok::Star))) t->elts.push_back(star_named_expression());
    return done(std::move(t));
  }

  void simple_stmts(StmtList& out) {
    for (;;) {
      out.push_back(simple_stmt());
      if (!accept(Tok::Semi) || at(Tok::Newline)) break;
    }
    expect(Tok::Newline);
  }

  StmtPtr simple_stmt() {
    size_t start = pos_;
    switch (kind()) {
      case Tok::KwPass: next(); return std::make_unique<ast::Pass>(pos_of(start));
      case Tok::KwBreak: next(); return std::make_unique<ast::Break>(pos_of(start));
      case Tok::KwContinue: next(); return std::make_unique<ast::Continue>(pos_of(start));
      case Tok::KwReturn: {
        next();
        auto r = std::make_unique<ast::Return>(pos_of(start));
        if (starts_expression(kind()) || at(Tok::Star)) r->value = star_expressions();
        return r;
      }
      case Tok::KwRaise: {
        next();
        auto r = std::make_unique<ast::Raise>(pos_of(start));
        if (starts_expression(kind())) {
          r->exc = expression();
          if (accept(Tok::KwFrom)) r->cause = expression();
        }
        return r;
      }
      case Tok::KwGlobal: case Tok::KwNonlocal: {
        bool global = at(Tok::KwGlobal);
        next();
        std::vector<std::string> names;
        do names.push_back(text(expect(Tok::Name)));
        while (accept(Tok::Comma));
        if (global) {
          auto g = std::make_unique<ast::Global>(pos_of(start));
          g->names = std::move(names);
          return g;
        }
        auto n = std::make_unique<ast::Nonlocal>(pos_of(start));
        n->names = std::move(names);
        return n;
      }
      case Tok::KwDel: return del_stmt();
      case Tok::KwAssert: {
        next();
        auto a = std::make_unique<ast::Assert>(pos_of(start));
        a->test = expression();
        if (accept(Tok::Comma)) a->msg = expression();
        return a;
      }
      case Tok::KwImport: return import_name();
      case Tok::KwFrom: return import_from();
      default: return expr_stmt();
    }
  }

  // An expression statement or one of the assignment forms. In the second
  // pass CPython tries invalid_assignment before settling for an
  // expression statement.
  StmtPtr expr_stmt() {
    size_t start = pos_;
    if (!diag_) return assignment_or_expression();
    StmtPtr s;
    if (attempt([&] { s = assignment_or_expression(); }) && s->kind != ast::StmtKind::ExprStmt) return s;
    size_t end = pos_;
    pos_ = start;
    invalid_assignment();
    pos_ = start;
    if (s) {
      pos_ = end;
      return s;
    }
    star_expressions();
    fail();
  }

  ExprPtr annotated_rhs() { return at(Tok::KwYield) ? yield_expr() : star_expressions(); }

  static bool single_target(const Expr& e) {
    return e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript;
  }

  StmtPtr assignment_or_expression() {
    size_t start = pos_;
    ExprPtr first = annotated_rhs();
    if (at(Tok::Colon)) {
      if (!single_target(*first)) fail();
      next();
      auto a = std::make_unique<ast::AnnAssign>(pos_of(start));
      set_ctx(first.get(), ast::Ctx::Store);
      a->target = std::move(first);
      a->annotation = expression();
      if (at(Tok::Equal)) extend([&] {
          next();
          a->value = annotated_rhs();
        });
      return a;
    }
    if (auto op = augassign_op(kind())) {
      if (!single_target(*first)) fail();
      next();
      auto a = std::make_unique<ast::AugAssign>(pos_of(start), *op);
      set_ctx(first.get(), ast::Ctx::Store);
      a->target = std::move(first);
      a->value = annotated_rhs();
      return a;
    }
    if (at(Tok::Equal)) {
      auto a = std::make_unique<ast::Assign>(pos_of(start));
      ExprPtr value = std::move(first);
      while (accept(Tok::Equal)) {
        if (invalid_target(value.get(), Targets::Star)) fail();
        set_ctx(value.get(), ast::Ctx::Store);
        a->targets.push_back(std::move(value));
        value = annotated_rhs();
      }
      a->value = std::move(value);
      return a;
    }
    auto e = std::make_unique<ast::ExprStmt>(pos_of(start));
    e->value = std::move(first);
    return e;
  }

  // CPython's invalid_assignment, alternative by alternative.
  void invalid_assignment() {
    size_t start = pos_;
    attempt([&] {
      if (!at(Tok::LSqb) && !at(Tok::LPar)) fail();
      auto a = ann_target_display();
      expect(Tok::Colon);
      expression();
      raise_expr(a.get(), "only single target (not " + expr_name(*a) + ") can be annotated");
    });
    attempt([&] {
      auto a = star_named_expression();
      expect(Tok::Comma);
      while (starts_expression(kind()) || at(Tok::Star)) {  // star_named_expressions*: groups need no comma between
        star_named_expression();
        accept(Tok::Comma);
      }
      expect(Tok::Colon);
      expression();
      raise_expr(a.get(), "only single target (not tuple) can be annotated");
    });
    attempt([&] {
      auto a = expression();
      expect(Tok::Colon);
      expression();
      raise_expr(a.get(), "illegal target for annotation");
    });
    attempt([&] {
      skip_star_targets_eq();
      auto a = star_expressions();
      expect(Tok::Equal);
      if (auto bad = invalid_target(a.get(), Targets::Star)) raise_expr(bad, "cannot assign to " + expr_name(*bad));
      fail();
    });
    attempt([&] {
      skip_star_targets_eq();
      if (!at(Tok::KwYield)) fail();
      auto a = yield_expr();
      expect(Tok::Equal);
      raise_expr(a.get(), "assignment to yield expression not possible");
    });
    attempt([&] {
      auto a = star_expressions();
      if (!augassign_op(kind())) fail();
      next();
      annotated_rhs();
      raise_expr(a.get(), "'" + expr_name(*a) + "' is an illegal expression for augmented assignment");
    });
    pos_ = start;
  }

  // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  ExprPtr ann_target_display() {
    Recursion r(*this);
    size_t start = pos_;
    ExprPtr e;
    if (attempt([&] { e = atom(); }) && info(e.get()).first == static_cast<int>(start) &&
        (e->kind == ExprKind::List || e->kind == ExprKind::Tuple))
      return e;
    pos_ = start;
    expect(Tok::LPar);
    e = ann_target_display();
    expect(Tok::RPar);
    return e;
  }

  // (star_targets '=')*
  void skip_star_targets_eq() {
    for (;;) {
      size_t save = pos_;
      bool ok = attempt([&] {
        auto t = star_targets();
        if (invalid_target(t.get(), Targets::Star)) fail();
        expect(Tok::Equal);
      });
      if (!ok) {
        pos_ = save;
        return;
      }
    }
  }

  StmtPtr del_stmt() {
    size_t kw = expect(Tok::KwDel);
    auto d = std::make_unique<ast::Delete>(pos_of(kw));
    bool ok = attempt([&] {
      do {
        if (!starts_expression(kind())) break;
        d->targets.push_back(bitwise_or());
        if (invalid_target(d->targets.back().get(), Targets::Del)) fail();
      } while (accept(Tok::Comma));
      if (d->targets.empty() || !(at(Tok::Semi) || at(Tok::Newline))) fail();
    });
    if (!ok) {
      if (diag_) {  // invalid_del_stmt
        pos_ = kw + 1;
        auto e = star_expressions();
        if (auto bad = invalid_target(e.get(), Targets::Del)) raise_expr(bad, "cannot delete " + expr_name(*bad));
      }
      fail();
    }
    for (auto& t : d->targets) set_ctx(t.get(), ast::Ctx::Del);
    return d;
  }

  std::string dotted_name() {
    std::string name = text(expect(Tok::Name));
    while (at(Tok::Dot) && kind(1) == Tok::Name) {
      next();
      name += "." + text(next());
    }
    return name;
  }

  StmtPtr import_name() {
    auto s = std::make_unique<ast::Import>(pos_of(expect(Tok::KwImport)));
    do {
      ast::Alias a{pos_of(pos_), dotted_name(), std::nullopt};
      if (accept(Tok::KwAs)) a.asname = text(expect(Tok::Name));
      s->names.push_back(std::move(a));
    } while (accept(Tok::Comma));
    return s;
  }

  StmtPtr import_from() {
    auto s = std::make_unique<ast::ImportFrom>(pos_of(expect(Tok::KwFrom)));
    for (;; next()) {
      if (at(Tok::Dot)) s->level += 1;
      else if (at(Tok::Ellipsis)) s->level += 3;
      else break;
    }
    if (!at(Tok::KwImport) || s->level == 0) s->module = dotted_name();
    expect(Tok::KwImport);
    if (at(Tok::Star)) {
      s->names.push_back(ast::Alias{pos_of(pos_), "*", std::nullopt});
      next();
      return s;
    }
    bool paren = accept(Tok::LPar);
    for (;;) {
      size_t n = expect(Tok::Name);
      ast::Alias a{pos_of(n), text(n), std::nullopt};
      if (accept(Tok::KwAs)) a.asname = text(expect(Tok::Name));
      s->names.push_back(std::move(a));
      if (!at(Tok::Comma)) break;
      next();
      if (paren && at(Tok::RPar)) break;
      if (!paren && at(Tok::Newline)) {
        if (diag_) raise_last("trailing comma not allowed without surrounding parentheses");
        fail();
      }
    }
    if (paren) expect(Tok::RPar);
    return s;
  }

  // ------------------------------------------------------------ compound statements

  StmtPtr compound_stmt() {
    switch (kind()) {
      case Tok::At: {
        ExprList decorators;
        while (accept(Tok::At)) {
          decorators.push_back(named_expression());
          expect(Tok::Newline);
        }
        if (at(Tok::KwClass)) return class_def(std::move(decorators));
        if (at(Tok::KwAsync)) {
          async_prefix();
          if (!at(Tok::KwDef)) fail();
        }
        return function_def(std::move(decorators));
      }
      case Tok::KwDef: return function_def({});
      case Tok::KwClass: return class_def({});
      case Tok::KwIf: return if_stmt();
      case Tok::KwWith: return with_stmt();
      case Tok::KwFor: return for_stmt();
      case Tok::KwTry: return try_stmt();
      default: return while_stmt();
    }
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts. `after` names the
  // statement for "expected an indented block after ...".
  void block(StmtList& body, const std::string& after) {
    Recursion r(*this);
    if (!accept(Tok::Newline)) return simple_stmts(body);
    if (!at(Tok::Indent)) {
      if (diag_) raise_last("expected an indented block after " + after, "IndentationError");
      fail();
    }
    next();
    ++stmt_depth_;
    do statement(body);
    while (!at(Tok::Dedent));
    --stmt_depth_;
    next();
  }

  // ':' before a block; in the second pass a missing one at the end of the
  // line is CPython's "expected ':'".
  void colon() {
    if (accept(Tok::Colon)) return;
    if (diag_ && at(Tok::Newline)) raise_last("expected ':'");
    fail();
  }

  StmtPtr function_def(ExprList decorators) {
    size_t kw = expect(Tok::KwDef);
    auto f = std::make_unique<ast::FunctionDef>(pos_of(kw));
    f->name = text(expect(Tok::Name));
    expect_forced(Tok::LPar);
    if (!at(Tok::RPar)) params(f->args, false);
    expect(Tok::RPar);
    size_t arrow = pos_;  // the return annotation is parsed, not kept
    if (at(Tok::RArrow) && !attempt([&] {
          next();
          expression();
        }))
      pos_ = arrow;
    expect_forced(Tok::Colon);
    block(f->body, "function definition on line " + line_of(kw));
    f->decorators = std::move(decorators);
    return f;
  }

  StmtPtr class_def(ExprList decorators) {
    size_t kw = expect(Tok::KwClass);
    auto c = std::make_unique<ast::ClassDef>(pos_of(kw));
    c->name = text(expect(Tok::Name));
    if (accept(Tok::LPar)) {
      arguments(c->bases, c->keywords);
      expect(Tok::RPar);
    }
    colon();
    block(c->body, "class definition on line " + line_of(kw));
    c->decorators = std::move(decorators);
    return c;
  }

  std::unique_ptr<ast::If> if_clause() {
    size_t kw = next();  // 'if' or 'elif'
    auto s = std::make_unique<ast::If>(pos_of(kw));
    s->test = named_expression();
    colon();
    block(s->body, std::string("'") + tok_spelling(tok(kw).kind) + "' statement on line " + line_of(kw));
    return s;
  }

  StmtPtr if_stmt() {
    auto head = if_clause();
    ast::If* cur = head.get();
    int saved = stmt_depth_;
    while (at(Tok::KwElif)) {  // a loop: elif chains can be long
      if (++stmt_depth_ > kMaxDepth) too_deep();
      auto n = if_clause();
      ast::If* next_if = n.get();
      cur->orelse.push_back(std::move(n));
      cur = next_if;
    }
    if (at(Tok::KwElse)) else_block(cur->orelse);
    stmt_depth_ = saved;
    return head;
  }

  void else_block(StmtList& body) {
    size_t kw = expect(Tok::KwElse);
    expect_forced(Tok::Colon);
    block(body, "'else' statement on line " + line_of(kw));
  }

  StmtPtr while_stmt() {
    size_t kw = expect(Tok::KwWhile);
    auto w = std::make_unique<ast::While>(pos_of(kw));
    w->test = named_expression();
    colon();
    block(w->body, "'while' statement on line " + line_of(kw));
    if (at(Tok::KwElse)) else_block(w->orelse);
    return w;
  }

  // 'for' star_targets 'in' ~ ...: targets are parsed as expressions and
  // checked; a bad one is CPython's invalid_for_target in the second pass.
  ExprPtr for_target() {
    size_t start = pos_;
    ExprPtr t;
    bool ok = attempt([&] {
      t = star_targets();
      if (invalid_target(t.get(), Targets::Star) || !at(Tok::KwIn)) fail();
    });
    if (!ok) {
      if (diag_) {
        pos_ = start;
        auto e = star_expressions();
        if (auto bad = invalid_target(e.get(), Targets::For)) raise_expr(bad, "cannot assign to " + expr_name(*bad));
      }
      fail();
    }
    next();  // 'in'
    set_ctx(t.get(), ast::Ctx::Store);
    return t;
  }

  StmtPtr for_stmt() {
    size_t kw = expect(Tok::KwFor);
    auto f = std::make_unique<ast::For>(pos_of(kw));
    f->target = for_target();
    f->iter = star_expressions();
    colon();
    block(f->body, "'for' statement on line " + line_of(kw));
    if (at(Tok::KwElse)) else_block(f->orelse);
    return f;
  }

  ast::WithItem with_item() {
    ast::WithItem item;
    item.context_expr = expression();
    size_t as = pos_;
    if (!accept(Tok::KwAs)) return item;
    ExprPtr t;
    bool ok = attempt([&] {
      t = star_target();
      if (invalid_target(t.get(), Targets::Star) || !(at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon))) fail();
    });
    if (ok) {
      set_ctx(t.get(), ast::Ctx::Store);
      item.optional_vars = std::move(t);
      return item;
    }
    if (diag_) {  // invalid_with_item
      attempt([&] {
        auto e = expression();
        if (!(at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon))) fail();
        if (auto bad = invalid_target(e.get(), Targets::Star)) raise_expr(bad, "cannot assign to " + expr_name(*bad));
      });
    }
    pos_ = as;  // the item is just the expression; the caller fails at 'as'
    return item;
  }

  StmtPtr with_stmt() {
    size_t kw = expect(Tok::KwWith);
    auto w = std::make_unique<ast::With>(pos_of(kw));
    size_t after = pos_;
    bool paren = at(Tok::LPar) && attempt([&] {
      next();
      do w->items.push_back(with_item());
      while (accept(Tok::Comma) && !at(Tok::RPar));
      expect(Tok::RPar);
      if (!at(Tok::Colon)) fail();
    });
    if (!paren) {
      w->items.clear();
      do w->items.push_back(with_item());
      while (accept(Tok::Comma));
    }
    if (!at(Tok::Colon)) {
      if (diag_) {  // invalid_with_stmt
        pos_ = after;
        attempt([&] {
          do {
            expression();
            if (accept(Tok::KwAs)) star_target();
          } while (accept(Tok::Comma));
          if (at(Tok::Newline)) raise_last("expected ':'");
        });
        attempt([&] {
          expect(Tok::LPar);
          do {
            expressions();
            if (accept(Tok::KwAs)) star_target();
          } while (accept(Tok::Comma) && !at(Tok::RPar));
          expect(Tok::RPar);
          if (at(Tok::Newline)) raise_last("expected ':'");
        });
      }
      fail();
    }
    next();
    block(w->body, "'with' statement on line " + line_of(kw));
    return w;
  }

  ExprPtr expressions() {
    size_t start = pos_;
    auto first = expression();
    if (!at(Tok::Comma)) return first;
    auto t = node<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::Comma) && starts_expression(kind()) && extend([&] { t->elts.push_back(expression()); })) {
    }
    return done(std::move(t));
  }

  StmtPtr try_stmt() {
    size_t kw = expect(Tok::KwTry);
    auto t = std::make_unique<ast::Try>(pos_of(kw));
    expect_forced(Tok::Colon);
    block(t->body, "'try' statement on line " + line_of(kw));
    if (!at(Tok::KwExcept) && !at(Tok::KwFinally)) {
      if (diag_) raise_last("expected 'except' or 'finally' block");
      fail();
    }
    while (at(Tok::KwExcept)) t->handlers.push_back(except_block());
    if (!t->handlers.empty() && at(Tok::KwElse)) else_block(t->orelse);
    if (at(Tok::KwFinally)) {
      size_t f = next();
      expect_forced(Tok::Colon);
      block(t->finalbody, "'finally' statement on line " + line_of(f));
    }
    return t;
  }

  ast::ExceptHandler except_block() {
    size_t kw = expect(Tok::KwExcept);
    ast::ExceptHandler h;
    h.pos = pos_of(kw);
    if (at(Tok::Star)) {
      unsupported(kw, pos_, "'except*' is");
      next();
      if (at(Tok::Colon) || at(Tok::Newline)) {
        if (diag_) raise_last("expected one or more exception types");
        fail();
      }
    }
    bool ok = attempt([&] {
      if (!at(Tok::Colon)) {
        h.type = expression();
        if (accept(Tok::KwAs)) h.name = text(expect(Tok::Name));
      }
      if (!at(Tok::Colon)) fail();
    });
    if (!ok) {
      if (diag_) {  // invalid_except_stmt
        pos_ = kw + 1;
        attempt([&] {
          size_t a = pos_;
          expression();
          expect(Tok::Comma);
          expressions();
          if (accept(Tok::KwAs)) expect(Tok::Name);
          expect(Tok::Colon);
          raise_range(a, pos_ - 1, "multiple exception types must be parenthesized");
        });
        attempt([&] {
          if (!at(Tok::Newline)) {
            expression();
            if (accept(Tok::KwAs)) expect(Tok::Name);
          }
          if (at(Tok::Newline)) raise_last("expected ':'");
        });
      }
      fail();
    }
    next();
    block(h.body, "'except' statement on line " + line_of(kw));
    return h;
  }

  // ------------------------------------------------------------ parameters

  // parameters / lambda_parameters, for `def` (annotations allowed and
  // dropped) and `lambda`. The second pass names the mistakes as CPython's
  // invalid_parameters and friends do.
  void params(ast::Arguments& a, bool lambda) {
    Tok end = lambda ? Tok::Colon : Tok::RPar;
    bool star = false, slash = false;
    auto param = [&]() {
      size_t n = expect(Tok::Name);
      if (!lambda && accept(Tok::Colon)) expression();
      return ast::Arg{pos_of(n), text(n)};
    };
    for (;;) {
      size_t here = pos_;
      if (at(Tok::Slash)) {
        if (!slash && !star && !a.args.empty() && (kind(1) == Tok::Comma || kind(1) == end)) {
          unsupported(here, here, "positional-only parameters are");
          slash = true;
          next();
          if (!accept(Tok::Comma) || at(end)) return;
          continue;
        }
        if (diag_) {
          if (a.args.empty() && !star) raise_range(here, here, "at least one argument must precede /");
          if (slash) raise_range(here, here, "/ may appear only once");
          raise_range(here, here, "/ must be ahead of *");
        }
        fail();
      }
      if (at(Tok::Star)) {
        if (star) {  // invalid_star_etc: only when the second '*' is well formed
          if (diag_ && (kind(1) == Tok::Comma || (kind(1) == Tok::Name && (kind(2) == Tok::Comma || kind(2) == end))))
            raise_range(here, here, "* argument may appear only once");
          fail();
        }
        star = true;
        next();
        if (at(Tok::Name)) {
          size_t n = next();
          if (!lambda && accept(Tok::Colon)) star_expression();
          a.vararg = ast::Arg{pos_of(n), text(n)};
          if (at(Tok::Equal)) {
            if (diag_) raise_range(pos_, pos_, "var-positional argument cannot have default value");
            fail();
          }
        } else if (!at(Tok::Comma) || kind(1) == end || kind(1) == Tok::DoubleStar) {
          if (diag_) {
            if (at(end) || (at(Tok::Comma) && (kind(1) == end || kind(1) == Tok::DoubleStar))) {
              if (lambda) raise_last("named arguments must follow bare *");
              raise_range(here, here, "named arguments must follow bare *");
            }
          }
          fail();
        }
      } else if (at(Tok::DoubleStar)) {
        next();
        a.kwarg = param();
        if (at(Tok::Equal)) {
          if (diag_) raise_range(pos_, pos_, "var-keyword argument cannot have default value");
          fail();
        }
        if (accept(Tok::Comma) && !at(end)) {
          if (diag_ && (at(Tok::Name) || at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Slash)))
            raise_range(pos_, pos_, "arguments cannot follow var-keyword argument");
          fail();
        }
        return;
      } else if (at(Tok::LPar)) {
        if (diag_) {
          attempt([&] {
            size_t open = next();
            do expect(Tok::Name);
            while (accept(Tok::Comma) && !at(Tok::RPar));
            size_t close = expect(Tok::RPar);
            raise_range(open, close, lambda ? "Lambda expression parameters cannot be parenthesized"
                                            : "Function parameters cannot be parenthesized");
          });
        }
        fail();
      } else {
        ast::Arg p = param();
        ExprPtr def;
        if (at(Tok::Equal)) {
          size_t eq = next();
          if (diag_ && (at(Tok::RPar) || at(Tok::Comma))) raise_range(eq, eq, "expected default value expression");
          def = expression();
        }
        if (star) {
          a.kwonlyargs.push_back(std::move(p));
          a.kw_defaults.push_back(std::move(def));
        } else {
          if (!def && !a.defaults.empty()) {
            if (diag_ && (at(Tok::Comma) || at(end))) raise_range(here, here, "non-default argument follows default argument");
            fail();
          }
          a.args.push_back(std::move(p));
          if (def) a.defaults.push_back(std::move(def));
        }
      }
      if (!accept(Tok::Comma) || at(end)) return;
    }
  }

  // ------------------------------------------------------------ expressions

  ExprPtr star_expressions() {
    size_t start = pos_;
    auto first = star_expression();
    if (!at(Tok::Comma)) return first;
    auto t = node<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::Comma) && (starts_expression(kind()) || at(Tok::Star)) &&
           extend([&] { t->elts.push_back(star_expression()); })) {
    }
    return done(std::move(t));
  }

  ExprPtr star_expression() {
    if (!at(Tok::Star)) return expression();
    auto s = node<ast::Starred>(next());
    s->value = bitwise_or();
    return done(std::move(s));
  }

  ExprPtr star_named_expression() {
    if (!at(Tok::Star)) return named_expression();
    auto s = node<ast::Starred>(next());
    s->value = bitwise_or();
    return done(std::move(s));
  }

  ExprPtr assignment_expression() {
    size_t start = pos_;
    auto target = name_node();
    set_ctx(target.get(), ast::Ctx::Store);
    expect(Tok::ColonEqual);
    auto n = node<ast::NamedExpr>(start);
    n->target = std::move(target);
    n->value = expression();
    return done(std::move(n));
  }

  ExprPtr named_expression() {
    if (at(Tok::Name) && kind(1) == Tok::ColonEqual) return assignment_expression();
    if (checks_) invalid_named_expression();
    auto e = expression();
    if (at(Tok::ColonEqual)) fail();
    return e;
  }

  // Second-pass checks run once per position, like CPython's memoized rules.
  enum Check {
    kNamedExpr, kExpression, kLegacy, kKwarg, kArguments, kGroup, kCompStar, kCompParens, kDictValue,
    kExpressionFails, kCallFails, kAtomFails, kSubscriptFails,
  };
  bool first_visit(Check rule) { return checked_.insert(pos_ * 16 + rule).second; }

  // The second pass backtracks a lot; remembering where a rule failed keeps
  // a failure deep inside nested brackets from being found (and its
  // exception unwound through every level) again and again, as CPython's
  // memoization does.
  template <class F>
  auto remember_failure(Check rule, F&& f) -> decltype(f()) {
    if (!diag_) return f();
    size_t key = pos_ * 16 + rule;
    if (failed_.count(key)) throw Generic{};
    try {
      return f();
    } catch (Generic&) {
      failed_.insert(key);
      throw;
    }
  }

  void invalid_named_expression() {
    size_t start = pos_;
    if (!first_visit(kNamedExpr)) return;
    attempt([&] {
      auto a = expression();
      expect(Tok::ColonEqual);
      expression();
      raise_expr(a.get(), "cannot use assignment expressions with " + expr_name(*a));
    });
    attempt([&] {
      size_t a = expect(Tok::Name);
      expect(Tok::Equal);
      auto b = bitwise_or();
      if (at(Tok::Equal) || at(Tok::ColonEqual)) fail();
      raise_range(a, info(b.get()).last, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
    attempt([&] {
      if (starts_with_display_or_singleton()) fail();
      auto a = bitwise_or();
      expect(Tok::Equal);
      bitwise_or();
      if (at(Tok::Equal) || at(Tok::ColonEqual)) fail();
      raise_expr(a.get(), "cannot assign to " + expr_name(*a) + " here. Maybe you meant '==' instead of '='?");
    });
    pos_ = start;
  }

  // The lookahead !(list|tuple|genexp|'True'|'None'|'False').
  bool starts_with_display_or_singleton() {
    if (at(Tok::KwTrue) || at(Tok::KwNone) || at(Tok::KwFalse)) return true;
    if (!at(Tok::LSqb) && !at(Tok::LPar)) return false;
    size_t start = pos_;
    ExprPtr e;
    bool display = attempt([&] { e = atom(); }) && info(e.get()).first == static_cast<int>(start) &&
                   (e->kind == ExprKind::List || e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp);
    pos_ = start;
    return display;
  }

  ExprPtr expression() {
    return remember_failure(kExpressionFails, [&] { return expression_rule(); });
  }

  ExprPtr expression_rule() {
    Recursion r(*this);
    if (checks_) {
      invalid_expression();
      invalid_legacy_expression();
    }
    if (at(Tok::KwLambda)) return lambdef();
    size_t start = pos_;
    auto body = disjunction();
    if (!at(Tok::KwIf)) return body;
    ExprPtr test, orelse;
    if (!extend([&] {
          next();
          test = disjunction();
          expect(Tok::KwElse);
          orelse = expression();
        }))
      return body;
    auto e = node<ast::IfExp>(start);
    e->test = std::move(test);
    e->body = std::move(body);
    e->orelse = std::move(orelse);
    return done(std::move(e));
  }

  static bool is_legacy_name(const Expr& e) {
    if (e.kind != ExprKind::Name) return false;
    auto& id = as<ast::Name>(e).id;
    return id == "print" || id == "exec";
  }

  void invalid_expression() {
    size_t start = pos_;
    if (!first_visit(kExpression)) return;
    // CPython 3.11 compares soft keywords by prefix, so "m", "ca" or "_" count too.
    auto soft_keyword = [](std::string_view n) {
      return n == "_" || std::string_view("match").substr(0, n.size()) == n ||
             std::string_view("case").substr(0, n.size()) == n;
    };
    bool soft = at(Tok::Name) && (kind(1) == Tok::String || soft_keyword(peek().text));
    if (!soft) {
      attempt([&] {
        auto a = disjunction();
        {
          NoChecks nc(*this);
          expression();
        }
        if (is_legacy_name(*a) || tok(pos_ - 1).level == 0) fail();
        raise_range(info(a.get()).first, pos_ - 1, "invalid syntax. Perhaps you forgot a comma?");
      });
    }
    attempt([&] {
      auto a = disjunction();
      expect(Tok::KwIf);
      auto b = disjunction();
      if (at(Tok::KwElse) || at(Tok::Colon)) fail();
      raise_range(info(a.get()).first, info(b.get()).last, "expected 'else' after 'if' expression");
    });
    pos_ = start;
  }

  void invalid_legacy_expression() {
    if (!at(Tok::Name) || kind(1) == Tok::LPar) return;
    size_t start = pos_;
    if (!first_visit(kLegacy)) return;
    attempt([&] {
      size_t a = next();
      auto b = star_expressions();
      std::string n = text(a);
      if (n != "print" && n != "exec") fail();
      raise_range(a, info(b.get()).last, "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
    });
    pos_ = start;
  }

  ExprPtr lambdef() {
    size_t kw = expect(Tok::KwLambda);
    auto l = node<ast::Lambda>(kw);
    if (!at(Tok::Colon)) params(l->args, true);
    expect(Tok::Colon);
    l->body = expression();
    return done(std::move(l));
  }

  ExprPtr disjunction() { return boolop(Tok::KwOr, ast::BoolOpKind::Or, &Parser::conjunction); }
  ExprPtr conjunction() { return boolop(Tok::KwAnd, ast::BoolOpKind::And, &Parser::inversion); }

  ExprPtr boolop(Tok op, ast::BoolOpKind k, ExprPtr (Parser::*operand)()) {
    size_t start = pos_;
    auto first = (this->*operand)();
    if (!at(op)) return first;
    ExprList values;
    values.push_back(std::move(first));
    while (at(op) && extend([&] {
             next();
             values.push_back((this->*operand)());
           })) {
    }
    if (values.size() == 1) return std::move(values[0]);
    auto b = node<ast::BoolOp>(start, k);
    b->values = std::move(values);
    return done(std::move(b));
  }

  ExprPtr inversion() {
    if (!at(Tok::KwNot)) return comparison();
    Recursion r(*this);
    auto u = node<ast::UnaryOp>(next(), ast::UnaryOpKind::Not);
    u->operand = inversion();
    return done(std::move(u));
  }

  ExprPtr comparison() {
    size_t start = pos_;
    auto left = bitwise_or();
    std::unique_ptr<ast::Compare> c;
    for (;;) {
      using C = ast::CmpOpKind;
      C op;
      switch (kind()) {
        case Tok::EqEqual: op = C::Eq; break;
        case Tok::NotEqual: op = C::NotEq; break;
        case Tok::Less: op = C::Lt; break;
        case Tok::LessEqual: op = C::LtE; break;
        case Tok::Greater: op = C::Gt; break;
        case Tok::GreaterEqual: op = C::GtE; break;
        case Tok::KwIn: op = C::In; break;
        case Tok::KwNot:
          if (kind(1) != Tok::KwIn) return finish_compare(std::move(c), std::move(left));
          next();
          op = C::NotIn;
          break;
        case Tok::KwIs:
          op = C::Is;
          if (kind(1) == Tok::KwNot) {
            next();
            op = C::IsNot;
          }
          break;
        default:
          return finish_compare(std::move(c), std::move(left));
      }
      size_t save = pos_;
      ExprPtr right;
      if (!extend([&] {
            next();
            right = bitwise_or();
          })) {
        pos_ = save;
        if (op == C::NotIn || op == C::IsNot) --pos_;
        return finish_compare(std::move(c), std::move(left));
      }
      if (!c) {
        c = node<ast::Compare>(start);
        c->left = std::move(left);
      }
      c->ops.push_back(op);
      c->comparators.push_back(std::move(right));
    }
  }

  ExprPtr finish_compare(std::unique_ptr<ast::Compare> c, ExprPtr left) {
    if (!c) return left;
    return done(std::move(c));
  }

  ExprPtr bitwise_or() { return binary(1); }

  // bitwise_or down to term: all left-associative.
  ExprPtr binary(int min_prec) {
    size_t start = pos_;
    auto left = factor();
    for (;;) {
      ast::BinOpKind op;
      int prec = binop_prec(kind(), op);
      if (prec == 0 || prec < min_prec) return left;
      ExprPtr right;
      if (!extend([&] {
            next();
            right = binary(prec + 1);
          }))
        return left;
      auto b = node<ast::BinOp>(start, op);
      b->left = std::move(left);
      b->right = std::move(right);
      left = done(std::move(b));
    }
  }

  ExprPtr factor() {
    ast::UnaryOpKind op;
    switch (kind()) {
      case Tok::Plus: op = ast::UnaryOpKind::Pos; break;
      case Tok::Minus: op = ast::UnaryOpKind::Neg; break;
      case Tok::Tilde: op = ast::UnaryOpKind::Invert; break;
      default: return power();
    }
    Recursion r(*this);
    auto u = node<ast::UnaryOp>(next(), op);
    u->operand = factor();
    return done(std::move(u));
  }

  // '**' binds tighter than a unary operator on its left, looser on its right.
  ExprPtr power() {
    size_t start = pos_;
    auto base = await_primary();
    if (!at(Tok::DoubleStar)) return base;
    Recursion r(*this);
    ExprPtr exponent;
    if (!extend([&] {
          next();
          exponent = factor();
        }))
      return base;
    auto b = node<ast::BinOp>(start, ast::BinOpKind::Pow);
    b->left = std::move(base);
    b->right = std::move(exponent);
    return done(std::move(b));
  }

  ExprPtr await_primary() {
    if (!at(Tok::KwAwait)) return primary();
    size_t a = next();
    auto e = primary();
    unsupported(a, pos_ - 1, "'await' expressions are");
    return e;
  }

  ExprPtr primary() {
    size_t start = pos_;
    auto e = atom();
    for (;;) {
      switch (kind()) {
        case Tok::Dot: {
          size_t name = 0;
          if (!extend([&] {
                next();
                name = expect(Tok::Name);
              }))
            return e;
          auto a = node<ast::Attribute>(start);
          a->attr = text(name);
          a->value = std::move(e);
          e = done(std::move(a));
          break;
        }
        case Tok::LPar: {
          std::unique_ptr<ast::Call> c;
          if (!extend([&] { c = remember_failure(kCallFails, [&] { return call(start); }); })) return e;
          c->func = std::move(e);
          e = done(std::move(c));
          break;
        }
        case Tok::LSqb: {
          ExprPtr index;
          if (!extend([&] {
                index = remember_failure(kSubscriptFails, [&] {
                  next();
                  auto i = slices();
                  expect(Tok::RSqb);
                  return i;
                });
              }))
            return e;
          auto s = node<ast::Subscript>(start);
          s->value = std::move(e);
          s->index = std::move(index);
          e = done(std::move(s));
          break;
        }
        default:
          return e;
      }
    }
  }

  // ------------------------------------------------------------ calls

  // '(' arguments ')' after a primary; the caller fills in the function.
  std::unique_ptr<ast::Call> call(size_t start) {
    size_t lpar = expect(Tok::LPar);
    auto c = node<ast::Call>(start);
    if (diag_ && at(Tok::Star)) invalid_comprehension_star();
    arguments(c->args, c->keywords, lpar);
    expect(Tok::RPar);
    return c;
  }

  // arguments: args [','] &')' | invalid_arguments. After the '(' of a call
  // (`lpar`), a generator expression may be the only argument (CPython's
  // `primary genexp`).
  void arguments(ExprList& args, std::vector<ast::Keyword>& keywords, size_t lpar = SIZE_MAX) {
    size_t start = pos_;
    bool ok = attempt([&] {
      bool saw_keyword = false, saw_dstar = false;
      while (!at(Tok::RPar)) {
        size_t a = pos_;
        if (diag_) invalid_kwarg();
        if (at(Tok::Star)) {
          if (saw_dstar) fail();
          next();
          auto s = node<ast::Starred>(a);
          s->value = expression();
          args.push_back(done(std::move(s)));
        } else if (at(Tok::DoubleStar)) {
          next();
          keywords.push_back(ast::Keyword{pos_of(a), std::nullopt, expression()});
          saw_dstar = true;
        } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
          next(), next();
          keywords.push_back(ast::Keyword{pos_of(a), text(a), expression()});
          saw_keyword = true;
        } else {
          if (saw_keyword || saw_dstar) fail();
          auto e = at(Tok::Name) && kind(1) == Tok::ColonEqual ? assignment_expression() : expression();
          if (at(Tok::Equal) || at(Tok::ColonEqual)) fail();
          if (lpar != SIZE_MAX && a == start && at_for()) {
            auto g = node<ast::Comp>(lpar, ExprKind::GeneratorExp);
            g->elt = std::move(e);
            g->generators = for_if_clauses();
            if (!at(Tok::RPar)) fail();
            args.push_back(done(std::move(g)));
            break;
          }
          args.push_back(std::move(e));
        }
        if (!accept(Tok::Comma)) break;
      }
      if (!at(Tok::RPar)) fail();
    });
    if (ok) return;
    if (diag_) {
      args.clear();
      keywords.clear();
      pos_ = start;
      invalid_arguments();
    }
    fail();
  }

  // invalid_kwarg, the first alternative of every keyword argument.
  void invalid_kwarg() {
    size_t start = pos_;
    if (!first_visit(kKwarg)) return;
    if (at(Tok::KwTrue) || at(Tok::KwFalse) || at(Tok::KwNone)) {
      if (kind(1) == Tok::Equal) raise_range(start, start + 1, "cannot assign to " + text(start));
    }
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
      attempt([&] {
        next(), next();
        expression();
        if (!at_for()) fail();
        for_if_clauses();
        raise_range(start, start + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      });
      pos_ = start;
      return;
    }
    if (at(Tok::Star) || at(Tok::DoubleStar)) return;
    attempt([&] {
      auto a = expression();
      if (!at(Tok::Equal)) fail();
      raise_range(info(a.get()).first, pos_, "expression cannot contain assignment, perhaps you meant \"==\"?");
    });
    pos_ = start;
  }

  // CPython's `args` rule as invalid_arguments sees it: how far a
  // well-formed argument list reaches.
  struct Args {
    std::vector<const Expr*> positional;
    bool keywords = false;  // it has a kwargs part
    bool keyword_unpacking = false;
    std::vector<ExprPtr> keep;
  };
  Args args_rule(bool kwargs_only = false) {
    Args r;
    auto positional = [&] {
      return attempt([&] {
        ExprPtr e;
        if (at(Tok::Star)) {
          auto s = node<ast::Starred>(next());
          s->value = expression();
          e = done(std::move(s));
        } else {
          e = at(Tok::Name) && kind(1) == Tok::ColonEqual ? assignment_expression() : expression();
          if (at(Tok::Equal) || at(Tok::ColonEqual)) fail();
        }
        r.positional.push_back(e.get());
        r.keep.push_back(std::move(e));
      });
    };
    auto kwarg = [&](bool dstar) {
      return attempt([&] {
        invalid_kwarg();
        if (at(Tok::Name) && kind(1) == Tok::Equal) {
          next(), next();
          r.keep.push_back(expression());
        } else if (!dstar && at(Tok::Star)) {
          next();
          r.keep.push_back(expression());
        } else if (dstar && at(Tok::DoubleStar)) {
          next();
          r.keep.push_back(expression());
          r.keyword_unpacking = true;
        } else {
          fail();
        }
      });
    };
    auto list = [&](auto&& one) {  // ','.one+
      if (!one()) return false;
      for (;;) {
        size_t save = pos_;
        if (!accept(Tok::Comma) || !one()) {
          pos_ = save;
          return true;
        }
      }
    };
    auto kwargs = [&] {
      bool any = list([&] { return kwarg(false); });
      if (any) {
        size_t save = pos_;
        if (!accept(Tok::Comma) || !list([&] { return kwarg(true); })) pos_ = save;
        return true;
      }
      return list([&] { return kwarg(true); });
    };
    if (kwargs_only) {
      if (!(r.keywords = kwargs())) fail();
    } else if (list(positional)) {
      size_t save = pos_;
      if (!accept(Tok::Comma) || !(r.keywords = kwargs())) pos_ = save;
    } else if (!(r.keywords = kwargs())) {
      fail();
    }
    return r;
  }

  const Expr* last_comprehension_item(const std::vector<ast::Comprehension>& gens) {
    const ast::Comprehension& c = gens.back();
    return c.ifs.empty() ? c.iter.get() : c.ifs.back().get();
  }

  void invalid_arguments() {
    size_t start = pos_;
    if (!first_visit(kArguments)) return;
    const char* genexp = "Generator expression must be parenthesized";
    for (bool kwargs_only : {false, true}) {  // ((args ',' kwargs) | kwargs) ',' '*'
      attempt([&] {
        if (!args_rule(kwargs_only).keywords) fail();
        expect(Tok::Comma);
        if (at(Tok::Star)) raise_range(pos_, pos_, "iterable argument unpacking follows keyword argument unpacking");
        fail();
      });
    }
    attempt([&] {
      auto a = expression();
      auto gens = for_if_clauses();
      expect(Tok::Comma);
      raise_range(info(a.get()).first, info(last_comprehension_item(gens)).last, genexp);
    });
    attempt([&] {
      size_t a = expect(Tok::Name);
      expect(Tok::Equal);
      expression();
      for_if_clauses();
      raise_range(a, a + 1, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
    attempt([&] {
      Args a = args_rule();
      if (!at_for()) fail();
      auto gens = for_if_clauses();
      if (a.positional.size() <= 1) fail();
      raise_range(info(a.positional.back()).first, info(last_comprehension_item(gens)).last, genexp);
    });
    attempt([&] {
      args_rule();
      expect(Tok::Comma);
      auto a = expression();
      auto gens = for_if_clauses();
      raise_range(info(a.get()).first, info(last_comprehension_item(gens)).last, genexp);
    });
    attempt([&] {
      Args a = args_rule();
      expect(Tok::Comma);
      args_rule();
      raise_last(a.keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
    });
    pos_ = start;
  }

  // ------------------------------------------------------------ subscripts

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  ExprPtr slices() {
    size_t start = pos_;
    auto one = [&]() -> ExprPtr {
      if (!at(Tok::Star)) return slice();
      auto s = node<ast::Starred>(next());
      s->value = expression();
      return done(std::move(s));
    };
    auto first = one();
    if (!at(Tok::Comma) && first->kind != ExprKind::Starred) return first;
    auto t = node<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::Comma) && !at(Tok::RSqb)) t->elts.push_back(one());
    return done(std::move(t));
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  ExprPtr slice() {
    size_t start = pos_;
    ExprPtr lower;
    if (!at(Tok::Colon)) {
      if (at(Tok::Name) && kind(1) == Tok::ColonEqual) return named_expression();
      lower = expression();
      if (!at(Tok::Colon)) {
        if (at(Tok::ColonEqual)) fail();
        if (checks_) {  // the named_expression alternative, as the second pass sees it
          size_t end = pos_;
          pos_ = start;
          invalid_named_expression();
          pos_ = end;
        }
        return lower;
      }
    }
    auto s = node<ast::Slice>(start);
    s->lower = std::move(lower);
    expect(Tok::Colon);
    if (starts_expression(kind())) s->upper = expression();
    if (accept(Tok::Colon) && starts_expression(kind())) s->step = expression();
    return done(std::move(s));
  }

  // ------------------------------------------------------------ atoms

  ExprPtr atom() {
    size_t start = pos_;
    switch (kind()) {
      case Tok::Name: return name_node(next());
      case Tok::KwTrue: next(); return node<ast::Constant>(start, ast::Constant::True);
      case Tok::KwFalse: next(); return node<ast::Constant>(start, ast::Constant::False);
      case Tok::KwNone: next(); return node<ast::Constant>(start, ast::Constant::None);
      case Tok::Ellipsis: next(); return node<ast::Constant>(start, ast::Constant::Ellipsis);
      case Tok::Number: return number();
      case Tok::String: return strings();
      case Tok::LPar: return remember_failure(kAtomFails, [&] { return paren(); });
      case Tok::LSqb: return remember_failure(kAtomFails, [&] { return list_display(); });
      case Tok::LBrace: return remember_failure(kAtomFails, [&] { return brace_display(); });
      default: fail();
    }
  }

  ExprPtr number() {
    size_t i = next();
    std::string s;
    for (char c : tok(i).text)
      if (c != '_') s += c;
    if ((s.back() | 0x20) == 'j') {
      unsupported(i, i, "imaginary literals are");
      s.pop_back();
    }
    bool is_float = false;
    int base = 10;
    size_t digits = 0;
    if (s.size() > 1 && s[0] == '0' && std::isalpha(static_cast<unsigned char>(s[1]))) {
      char b = static_cast<char>(s[1] | 0x20);
      base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
      digits = 2;
    } else {
      is_float = s.find_first_of(".eE") != std::string::npos;
    }
    if (is_float) {
      auto f = node<ast::FloatLit>(i);
      auto r = std::from_chars(s.data(), s.data() + s.size(), f->value);
      if (r.ec == std::errc::result_out_of_range) f->value = std::strtod(s.c_str(), nullptr);
      return f;
    }
    auto n = node<ast::IntLit>(i);
    n->text = text(i);
    uint64_t v = 0;
    for (size_t k = digits; k < s.size(); ++k) {
      uint64_t d = static_cast<uint64_t>(hex_value(s[k]));
      if (v > (static_cast<uint64_t>(INT64_MAX) - d) / static_cast<uint64_t>(base)) {
        n->overflow = true;
        return n;
      }
      v = v * static_cast<uint64_t>(base) + d;
    }
    n->value = static_cast<int64_t>(v);
    return n;
  }

  // '(' (tuple | group | genexp)
  ExprPtr paren() {
    size_t lpar = expect(Tok::LPar);
    if (accept(Tok::RPar)) return done(node<ast::Tuple>(lpar));
    if (at(Tok::KwYield)) {
      auto y = yield_expr();
      expect(Tok::RPar);
      return y;
    }
    if (diag_ && (at(Tok::Star) || at(Tok::DoubleStar))) invalid_group_or_comprehension();
    auto first = star_named_expression();
    if (at(Tok::Comma)) {
      auto t = node<ast::Tuple>(lpar);
      t->elts.push_back(std::move(first));
      while (accept(Tok::Comma) && !at(Tok::RPar)) t->elts.push_back(star_named_expression());
      expect(Tok::RPar);
      return done(std::move(t));
    }
    if (first->kind == ExprKind::Starred) fail();
    if (at_for()) {
      auto g = node<ast::Comp>(lpar, ExprKind::GeneratorExp);
      g->elt = std::move(first);
      g->generators = for_if_clauses();
      expect(Tok::RPar);
      return done(std::move(g));
    }
    expect(Tok::RPar);
    return first;
  }

  // invalid_group and the '(' form of invalid_comprehension.
  void invalid_group_or_comprehension() {
    size_t start = pos_;
    if (!first_visit(kGroup)) return;
    if (at(Tok::Star)) {
      attempt([&] {
        auto s = node<ast::Starred>(next());
        s->value = expression();
        auto a = done(std::move(s));
        if (at(Tok::RPar)) raise_expr(a.get(), "cannot use starred expression here");
        for_if_clauses();
        raise_expr(a.get(), "iterable unpacking cannot be used in comprehension");
      });
    } else {
      attempt([&] {
        size_t a = next();
        expression();
        if (at(Tok::RPar)) raise_range(a, a, "cannot use double starred expression here");
      });
    }
    pos_ = start;
  }

  // '(' '*' expression for_if_clauses in a call: "iterable unpacking cannot be used in comprehension".
  void invalid_comprehension_star() {
    size_t start = pos_;
    if (!first_visit(kCompStar)) return;
    attempt([&] {
      auto s = node<ast::Starred>(next());
      s->value = expression();
      auto a = done(std::move(s));
      for_if_clauses();
      raise_expr(a.get(), "iterable unpacking cannot be used in comprehension");
    });
    pos_ = start;
  }

  // After '[' or '{' elements: "did you forget parentheses around the comprehension target?"
  void forgot_comprehension_parens(const ExprList& elts, size_t comma) {
    if (!diag_ || !at_for()) return;
    size_t start = pos_;
    if (!first_visit(kCompParens)) return;
    attempt([&] {
      for_if_clauses();
      if (elts.size() > 1) raise_range(info(elts[0].get()).first, info(elts.back().get()).last,
                                       "did you forget parentheses around the comprehension target?");
      raise_range(info(elts[0].get()).first, comma, "did you forget parentheses around the comprehension target?");
    });
    pos_ = start;
  }

  ExprPtr list_display() {
    size_t lsqb = expect(Tok::LSqb);
    if (accept(Tok::RSqb)) return done(node<ast::List>(lsqb));
    auto first = star_named_expression();
    if (at_for()) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) {
          size_t save = pos_;
          attempt([&] {
            for_if_clauses();
            raise_expr(first.get(), "iterable unpacking cannot be used in comprehension");
          });
          pos_ = save;
        }
        fail();
      }
      auto c = node<ast::Comp>(lsqb, ExprKind::ListComp);
      c->elt = std::move(first);
      c->generators = for_if_clauses();
      expect(Tok::RSqb);
      return done(std::move(c));
    }
    auto l = node<ast::List>(lsqb);
    l->elts.push_back(std::move(first));
    size_t comma = pos_;
    while (accept(Tok::Comma) && !at(Tok::RSqb)) {
      comma = pos_ - 1;
      if (at(Tok::KwFor)) break;
      l->elts.push_back(star_named_expression());
      comma = pos_;
    }
    forgot_comprehension_parens(l->elts, comma);
    expect(Tok::RSqb);
    return done(std::move(l));
  }

  ExprPtr dict_value(size_t colon) {
    if (diag_ && first_visit(kDictValue)) {
      if (at(Tok::RBrace) || at(Tok::Comma)) raise_range(colon, colon, "expression expected after dictionary key and ':'");
      if (at(Tok::Star)) {
        size_t star = pos_;
        attempt([&] {
          next();
          bitwise_or();
          raise_range(star, pos_ - 1, "cannot use a starred expression in a dictionary value");
        });
      }
    }
    return expression();
  }

  ExprPtr brace_display() {
    size_t lbrace = expect(Tok::LBrace);
    if (accept(Tok::RBrace)) return done(node<ast::Dict>(lbrace));
    ExprPtr key, value;
    if (at(Tok::DoubleStar)) {
      size_t dstar = next();
      value = bitwise_or();
      if (at_for()) {
        if (diag_) raise_range(dstar, dstar, "dict unpacking cannot be used in dict comprehension");
        fail();
      }
    } else if (at(Tok::Star) || (at(Tok::Name) && kind(1) == Tok::ColonEqual)) {
      return set_display(lbrace, star_named_expression());
    } else {
      size_t start = pos_;
      key = expression();
      if (!at(Tok::Colon)) {
        if (at(Tok::ColonEqual)) fail();
        if (checks_) {  // the element of a set is a named_expression
          size_t end = pos_;
          pos_ = start;
          invalid_named_expression();
          pos_ = end;
        }
        return set_display(lbrace, std::move(key));
      }
      value = dict_value(next());
      if (at_for()) {
        auto c = node<ast::Comp>(lbrace, ExprKind::DictComp);
        c->key = std::move(key);
        c->value = std::move(value);
        c->generators = for_if_clauses();
        expect(Tok::RBrace);
        return done(std::move(c));
      }
    }
    auto d = node<ast::Dict>(lbrace);
    d->keys.push_back(std::move(key));
    d->values.push_back(std::move(value));
    while (accept(Tok::Comma) && !at(Tok::RBrace)) {
      if (accept(Tok::DoubleStar)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
        continue;
      }
      if (diag_) {  // invalid_kvpair, which CPython 3.11 finds before any error inside the key
        size_t save = pos_;
        ExprPtr k;
        bool parsed = attempt([&] {
          NoChecks nc(*this);
          k = expression();
        });
        if (parsed && !at(Tok::Colon)) {
          const Token& t = tok(info(k.get()).last);
          throw Specific{make_syntax_error(lines_, "SyntaxError", "':' expected after dictionary key", t.end_line,
                                           t.end_col, 0)};
        }
        pos_ = save;
      }
      d->keys.push_back(expression());
      d->values.push_back(dict_value(expect(Tok::Colon)));
    }
    expect(Tok::RBrace);
    return done(std::move(d));
  }

  ExprPtr set_display(size_t lbrace, ExprPtr first) {
    if (at_for()) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) {
          attempt([&] {
            for_if_clauses();
            raise_expr(first.get(), "iterable unpacking cannot be used in comprehension");
          });
        }
        fail();
      }
      auto c = node<ast::Comp>(lbrace, ExprKind::SetComp);
      c->elt = std::move(first);
      c->generators = for_if_clauses();
      expect(Tok::RBrace);
      return done(std::move(c));
    }
    auto s = node<ast::Set>(lbrace);
    s->elts.push_back(std::move(first));
    size_t comma = pos_;
    while (accept(Tok::Comma) && !at(Tok::RBrace)) {
      comma = pos_ - 1;
      if (at(Tok::KwFor)) break;
      s->elts.push_back(star_named_expression());
      comma = pos_;
    }
    forgot_comprehension_parens(s->elts, comma);
    expect(Tok::RBrace);
    return done(std::move(s));
  }

  // for_if_clauses: ('for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
  std::vector<ast::Comprehension> for_if_clauses() {
    std::vector<ast::Comprehension> gens;
    do {
      if (at(Tok::KwAsync)) unsupported(next(), pos_, "asynchronous comprehensions are");
      expect(Tok::KwFor);
      ast::Comprehension c;
      c.target = for_target();
      c.iter = disjunction();
      while (accept(Tok::KwIf)) c.ifs.push_back(disjunction());
      gens.push_back(std::move(c));
    } while (at_for());
    return gens;
  }

  // Where a comprehension may start; CPython's lookahead for `async for` reads one token further.
  bool at_for() { return at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor); }

  // star_targets, parsed as expressions for the caller to check.
  ExprPtr star_targets() {
    size_t start = pos_;
    auto first = star_target();
    if (!at(Tok::Comma)) return first;
    auto t = node<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(Tok::Comma) && (starts_expression(kind()) || at(Tok::Star)) &&
           extend([&] { t->elts.push_back(star_target()); })) {
    }
    return done(std::move(t));
  }

  ExprPtr star_target() {
    if (!at(Tok::Star)) return bitwise_or();
    Recursion r(*this);
    auto s = node<ast::Starred>(next());
    if (at(Tok::Star)) fail();
    s->value = star_target();
    return done(std::move(s));
  }

  ExprPtr yield_expr() {
    size_t kw = expect(Tok::KwYield);
    if (accept(Tok::KwFrom)) {
      auto y = node<ast::YieldFrom>(kw);
      y->value = expression();
      return done(std::move(y));
    }
    auto y = node<ast::Yield>(kw);
    if (starts_expression(kind()) || at(Tok::Star)) y->value = star_expressions();
    return done(std::move(y));
  }

  // ------------------------------------------------------------ strings

  // strings: STRING+, concatenated; with any f-string among them the result
  // is a JoinedStr (CPython's _PyPegen_concatenate_strings and FstringParser).
  ExprPtr strings() {
    size_t first = pos_;
    while (at(Tok::String)) next();
    size_t last = pos_ - 1;
    FParts parts;
    bool fmode = false;
    int bytes = 0;
    for (size_t i = first; i <= last; ++i) bytes += split_string(tok(i).text).bytes;
    if (bytes && bytes != static_cast<int>(last - first + 1)) raise_last("cannot mix bytes and nonbytes literals");
    for (size_t i = first; i <= last; ++i) {
      StringToken s = split_string(tok(i).text);
      if (s.bytes) unsupported(i, i, "bytes literals are");
      if (!s.f) {
        parts.last += s.raw ? std::string(s.body) : decode_escapes(s.body, i);
        continue;
      }
      fmode = true;
      FString f{i, s.body, s.body_off, s.raw};
      size_t at_char = 0;
      fstring_parse(f, at_char, 0, parts, first);
    }
    if (!fmode) {
      auto str = node<ast::StrLit>(first);
      str->value = std::move(parts.last);
      return done(std::move(str));
    }
    flush(parts, first);
    auto j = node<ast::JoinedStr>(first);
    j->values = std::move(parts.values);
    return done(std::move(j));
  }

  struct FString {
    size_t tok;  // the STRING token
    std::string_view body;
    size_t body_off;
    bool raw;
  };
  struct FParts {
    std::string last;  // literal text not yet turned into a node
    ExprList values;
  };

  void flush(FParts& p, size_t first) {
    if (p.last.empty()) return;
    auto s = node<ast::StrLit>(first);
    s->value = std::move(p.last);
    p.last.clear();
    p.values.push_back(done(std::move(s)));
  }

  // Literal text and replacement fields up to the end of the string (level
  // 0) or of a format spec (level 1).
  void fstring_parse(const FString& f, size_t& i, int level, FParts& out, size_t first) {
    std::string_view b = f.body;
    for (;;) {
      size_t lit = i;
      bool doubled = false;
      while (i < b.size()) {
        char ch = b[i++];
        if (!f.raw && ch == '\\' && i < b.size()) {
          ch = b[i++];
          if (ch == 'N') {  // skip "\N{...}" so its brace does not open a field
            if (i < b.size() && b[i++] == '{')
              while (i < b.size() && b[i++] != '}') {
              }
            continue;
          }
        }
        if (ch == '{' || ch == '}') {
          if (level == 0) {
            if (i < b.size() && b[i] == ch) {
              doubled = true;
              break;
            }
            if (ch == '}') raise_last("f-string: single '}' is not allowed");
          }
          --i;
          break;
        }
      }
      std::string_view text = b.substr(lit, i - lit);
      if (!text.empty()) out.last += f.raw ? std::string(text) : decode_escapes(text, f.tok);
      if (doubled) {
        ++i;
        continue;
      }
      if (i >= b.size() || b[i] == '}') break;
      fstring_field(f, i, level, out, first);
    }
    if (level != 0 && (i >= b.size() || b[i] != '}')) raise_last("f-string: expecting '}'");
  }

  // One replacement field "{expr[=][!c][:spec]}" (CPython's fstring_find_expr).
  void fstring_field(const FString& f, size_t& i, int level, FParts& out, size_t first) {
    std::string_view b = f.body;
    if (level >= 2) raise_last("f-string: expressions nested too deeply");
    size_t start = ++i;
    char quote = 0;
    int quote_size = 0;
    std::string stack;
    for (; i < b.size(); ++i) {
      char ch = b[i];
      if (ch == '\\') raise_last("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch != quote) continue;
        if (quote_size == 3) {
          if (i + 2 < b.size() && b[i + 1] == ch && b[i + 2] == ch) {
            i += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      } else if (ch == '\'' || ch == '"') {
        quote_size = i + 2 < b.size() && b[i + 1] == ch && b[i + 2] == ch ? 3 : 1;
        if (quote_size == 3) i += 2;
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (stack.size() >= 200) raise_last("f-string: too many nested parenthesis");
        stack += ch;
      } else if (ch == '#') {
        raise_last("f-string expression part cannot include '#'");
      } else if (stack.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < b.size() && b[i + 1] == '=' && ch != ':' && ch != '}') {
          ++i;  // "!=", "==", "<=", ">="
          continue;
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (stack.empty()) raise_last(std::string("f-string: unmatched '") + ch + "'");
        char open = stack.back();
        stack.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
          raise_last(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                     open + "'");
      }
    }
    size_t end = i;
    if (quote) raise_last("f-string: unterminated string");
    if (!stack.empty()) raise_last(std::string("f-string: unmatched '") + stack.back() + "'");
    if (i >= b.size()) raise_last("f-string: expecting '}'");
    auto value = fstring_expr(f, start, end);
    bool debug = false;
    std::string_view debug_text;
    if (b[i] == '=') {  // f"{x=}": the source text, then its repr
      ++i;
      while (i < b.size() && std::strchr(" \t\n\r\v\f", b[i])) ++i;
      if (i >= b.size()) raise_last("f-string: expecting '}'");
      debug = true;
      debug_text = b.substr(start, i - start);
    }
    char conversion = 0;
    if (b[i] == '!') {
      if (++i >= b.size()) raise_last("f-string: expecting '}'");
      conversion = b[i++];
      if (conversion != 's' && conversion != 'r' && conversion != 'a')
        raise_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    ExprPtr spec;
    if (i < b.size() && b[i] == ':') {
      if (++i >= b.size()) raise_last("f-string: expecting '}'");
      FParts sp;
      fstring_parse(f, i, level + 1, sp, first);
      flush(sp, first);
      auto j = node<ast::JoinedStr>(first);
      j->values = std::move(sp.values);
      spec = done(std::move(j));
    }
    if (i >= b.size() || b[i] != '}') raise_last("f-string: expecting '}'");
    ++i;
    if (debug && !spec && !conversion) conversion = 'r';
    if (debug) out.last += debug_text;
    flush(out, first);
    auto fv = node<ast::FormattedValue>(first);
    fv->value = std::move(value);
    fv->conversion = conversion;
    fv->format_spec = std::move(spec);
    out.values.push_back(done(std::move(fv)));
  }

  // Parses the expression of a replacement field on its own, wrapped in
  // parentheses as CPython 3.11 does, with line numbers as in the file.
  ExprPtr fstring_expr(const FString& f, size_t start, size_t end) {
    std::string_view expr = f.body.substr(start, end - start);
    if (expr.find_first_not_of(" \t\n\f") == std::string_view::npos) {
      char c = end < f.body.size() ? f.body[end] : 0;
      if (c == '!' || c == ':' || c == '=') raise_last(std::string("f-string: expression required before '") + c + "'");
      raise_last("f-string: empty expression not allowed");
    }
    Recursion r(*this);
    const Token& t = tok(f.tok);
    std::string_view before = t.text.substr(0, f.body_off + start);
    size_t nl = before.rfind('\n');
    int line = t.line + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    int col = nl == std::string_view::npos ? pos_of(f.tok).col + static_cast<int>(before.size())
                                           : static_cast<int>(before.size() - nl - 1);
    std::string src = "(" + std::string(expr) + ")\n";
    LexResult lex = tokenize(src, line);
    SourceLines lines(src, line);
    Parser sub(lex, lines, floor_, rec_);
    std::optional<SyntaxErrorInfo> err;
    ExprPtr e = sub.parse_fstring(err, col - 1);
    if (err) {
      if (sub.fatal()) throw Fatal{*err};
      if (!sub.only_unsupported()) throw Specific{*err};
      if (!unsupported_ && !diag_)
        unsupported_ = make_syntax_error(lines_, "SyntaxError", err->msg, t.line, t.col + 1,
                                         t.end_line == t.line ? t.end_col + 1 : 0);
      return std::make_unique<ast::Constant>(pos_of(f.tok), ast::Constant::None);
    }
    info_[e.get()] = NodeInfo{sub.depth_of(e.get()), static_cast<int>(f.tok), static_cast<int>(f.tok)};
    return e;
  }

  // Backslash escapes, as CPython's decode_unicode_with_escapes. Error
  // positions count each non-ASCII character as the ten bytes of the
  // "\U%08x" CPython first rewrites it to.
  std::string decode_escapes(std::string_view s, size_t token) {
    std::string out;
    size_t vpos = 0;  // position in CPython's rewritten buffer
    auto error = [&](size_t from, size_t to, const char* what) {
      raise_last("(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(from) + "-" +
                 std::to_string(to) + ": " + what);
    };
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c != '\\') {
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.append(s.substr(i, len));
        i += len;
        vpos += len == 1 ? 1 : 10;
        continue;
      }
      size_t esc = vpos;
      if (i + 1 >= s.size()) {
        raise_last("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " + std::to_string(esc) +
                   ": \\ at end of string");
      }
      char e = s[i + 1];
      i += 2;
      vpos += 2;
      switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          uint32_t v = static_cast<uint32_t>(e - '0');
          for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k, ++i, ++vpos)
            v = v * 8 + static_cast<uint32_t>(s[i] - '0');
          append_utf8(out, v);
          break;
        }
        case 'x': case 'u': case 'U': {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          uint32_t v = 0;
          for (int k = 0; k < n; ++k, ++i, ++vpos) {
            int h = i < s.size() ? hex_value(s[i]) : -1;
            if (h < 0) {
              error(esc, vpos - 1, e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                               : "truncated \\UXXXXXXXX escape");
            }
            v = v * 16 + static_cast<uint32_t>(h);
          }
          if (v > 0x10FFFF) error(esc, vpos - 1, "illegal Unicode character");
          append_utf8(out, v);
          break;
        }
        case 'N': {  // needs Unicode's name table, which lockvm does not carry
          size_t close = i < s.size() && s[i] == '{' ? s.find('}', i) : std::string_view::npos;
          if (close == std::string_view::npos || close == i + 1) {
            size_t end = close != std::string_view::npos ? i + 1 : i < s.size() && s[i] == '{' ? s.size() : i;
            error(esc, vpos + (end - i) - 1, "malformed \\N character escape");
          }
          unsupported(token, token, "\\N{...} escapes are");
          vpos += close + 1 - i;
          i = close + 1;
          break;
        }
        default:  // not an escape: kept as written (CPython only warns)
          out += '\\';
          --i, --vpos;
      }
    }
    return out;
  }

  // ------------------------------------------------------------ state

  const LexResult& lex_;
  const std::vector<Token>& toks_;
  const SourceLines& lines_;
  uintptr_t floor_;
  size_t pos_ = 0;
  size_t max_pos_ = 0;     // furthest token the first pass looked at
  size_t fill_ = 0;        // furthest token either pass looked at
  size_t stmt_start_ = 0;  // where the first pass began its last statement
  bool diag_ = false;      // in the second pass
  bool checks_ = false;    // invalid_* rules enabled (off inside *_without_invalid)
  long budget_ = 0;
  int rec_;
  int rec_base_ = rec_;
  int stmt_depth_ = 0;
  bool fstring_ = false;
  bool fatal_ = false;
  std::optional<SyntaxErrorInfo> unsupported_;  // the first construct lockvm does not support
  bool only_unsupported_ = false;
  int col_shift_ = 0;
  std::unordered_map<const Expr*, NodeInfo> info_;
  std::unordered_set<size_t> checked_;
  std::unordered_set<size_t> failed_;  // (position, rule) that failed in the second pass
};

// Decodes as CPython reads a source file: UTF-8 with an optional BOM, any of
// \n, \r\n and \r as line ends, no NUL bytes, a final newline supplied.
std::optional<SyntaxErrorInfo> prepare_source(std::string_view in, std::string& out) {
  if (in.substr(0, 3) == "\xEF\xBB\xBF") in.remove_prefix(3);
  out.reserve(in.size() + 1);
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == 0) {
      SyntaxErrorInfo e;
      e.msg = "source code cannot contain null bytes";
      e.line = line;
      e.text = out.substr(line_start);
      return e;
    }
    if (c == '\r') {
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
      c = '\n';
    }
    if (c == '\n') {
      out += '\n';
      ++line;
      line_start = out.size();
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    // A multi-byte sequence; reject what Python's UTF-8 decoder rejects.
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    const char* why = "invalid start byte";
    size_t k = 1;
    if (len) {
      for (; k < len && i + k < in.size(); ++k) {
        unsigned char d = static_cast<unsigned char>(in[i + k]);
        bool ok = (d & 0xC0) == 0x80;
        if (k == 1 && c == 0xE0) ok = d >= 0xA0 && d <= 0xBF;
        if (k == 1 && c == 0xED) ok = d >= 0x80 && d <= 0x9F;
        if (k == 1 && c == 0xF0) ok = d >= 0x90 && d <= 0xBF;
        if (k == 1 && c == 0xF4) ok = d >= 0x80 && d <= 0x8F;
        if (!ok) break;
      }
      if (k == len) {
        out.append(in.substr(i, len));
        i += len - 1;
        continue;
      }
      why = i + k >= in.size() ? "unexpected end of data" : "invalid continuation byte";
    }
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02x", c);
    SyntaxErrorInfo e;
    e.msg = std::string("(unicode error) 'utf-8' codec can't decode byte ") + hex + " in position " +
            std::to_string(i) + ": " + why;
    e.line = line;
    e.text = out.substr(line_start);
    return e;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return std::nullopt;
}

}  // namespace

ParseResult parse_module(std::string_view source) {
  ParseResult result;
  std::string src;
  if (auto err = prepare_source(source, src)) {
    result.error = std::move(err);
    return result;
  }
  LexResult lex = tokenize(src);
  SourceLines lines(src);
  thread_local uintptr_t floor = stack_floor();
  Parser parser(lex, lines, floor);
  result.module = parser.parse_file(result.error);
  if (result.error) result.module.reset();
  return result;
}

}  // namespace lockvm
