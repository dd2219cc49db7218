// The AST as compact s-expressions, so tests can state a whole tree in one
// line. Expressions: a Name is its id, suffixed /S or /D when assigned to or
// deleted (likewise the heads of Attribute `.`, Subscript `[]`, Starred `*`,
// `tuple` and `list`); literals are written as in Python (`1`, `2.5`, `'s'`,
// `None`, `...`, `(bigint 99999999999999999999)`); operators head their
// operands: `(+ a b)`, `(neg a)`, `(not a)`, `(and a b)`, `(cmp a < b not-in c)`,
// `(ifexp test body orelse)`, `(call f x (kw key v) (kw ** d))`,
// `(slice lo hi step)` with `_` for a missing part, `(dict (: k v) (** m))`,
// `(listcomp elt (for target iter (if cond)))`, `(lambda (args ...) body)`,
// `(f 'text' (fv value !r spec))` for f-strings. Arguments:
// `(args a b=1 *rest k=2 **kw)`, with a bare `*` before keyword-only ones.
// Statements: `(= target... value)`, `(+= t v)`, `(ann t annotation value)`,
// `(expr e)`, `(def name (@ decorator...) (args ...) [body])`,
// `(if test [body] [orelse])`, `(try [body] (except T as e [body]) (else [...])
// (finally [...]))`, `(import a.b (as c d))`, `(from ..m a (as b c))`, and so on.
#include "vm/ast_dump.h"

#include <charconv>
#include <cstdio>

namespace lockvm {
namespace {

using namespace ast;

template <class T>
const T& as(const Expr& e) {
  return static_cast<const T&>(e);
}
template <class T>
const T& as(const Stmt& s) {
  return static_cast<const T&>(s);
}

const char* binop(BinOpKind k) {
  switch (k) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mul: return "*";
    case BinOpKind::Div: return "/";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "**";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::BitAnd: return "&";
    case BinOpKind::MatMul: return "@";
  }
  return "?";
}

const char* cmpop(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    case CmpOpKind::Is: return "is";
    case CmpOpKind::IsNot: return "is-not";
    case CmpOpKind::In: return "in";
    case CmpOpKind::NotIn: return "not-in";
  }
  return "?";
}

const char* ctx(Ctx c) { return c == Ctx::Store ? "/S" : c == Ctx::Del ? "/D" : ""; }

class Dumper {
 public:
  std::string out;

  void expr(const Expr* e) {
    if (!e) {
      out += '_';
      return;
    }
    switch (e->kind) {
      case ExprKind::IntLit: {
        auto& i = as<IntLit>(*e);
        out += i.overflow ? "(bigint " + i.text + ")" : std::to_string(i.value);
        break;
      }
      case ExprKind::FloatLit: {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, as<FloatLit>(*e).value);
        std::string s(buf, r.ptr);
        if (s.find_first_of(".eni") == std::string::npos) s += ".0";
        out += s;
        break;
      }
      case ExprKind::StrLit: str(as<StrLit>(*e).value); break;
      case ExprKind::Constant:
        switch (as<Constant>(*e).which) {
          case Constant::None: out += "None"; break;
          case Constant::True: out += "True"; break;
          case Constant::False: out += "False"; break;
          case Constant::Ellipsis: out += "..."; break;
        }
        break;
      case ExprKind::JoinedStr: open("f"), list(as<JoinedStr>(*e).values), close(); break;
      case ExprKind::FormattedValue: {
        auto& f = as<FormattedValue>(*e);
        open("fv"), arg(f.value.get());
        if (f.conversion) out += std::string(" !") + f.conversion;
        if (f.format_spec) arg(f.format_spec.get());
        close();
        break;
      }
      case ExprKind::Name: out += as<Name>(*e).id + ctx(as<Name>(*e).ctx); break;
      case ExprKind::Attribute: {
        auto& a = as<Attribute>(*e);
        open(std::string(".") + ctx(a.ctx)), arg(a.value.get()), out += " " + a.attr, close();
        break;
      }
      case ExprKind::Subscript: {
        auto& s = as<Subscript>(*e);
        open(std::string("[]") + ctx(s.ctx)), arg(s.value.get()), arg(s.index.get()), close();
        break;
      }
      case ExprKind::Slice: {
        auto& s = as<Slice>(*e);
        open("slice"), arg(s.lower.get()), arg(s.upper.get()), arg(s.step.get()), close();
        break;
      }
      case ExprKind::Starred: {
        auto& s = as<Starred>(*e);
        open(std::string("*") + ctx(s.ctx)), arg(s.value.get()), close();
        break;
      }
      case ExprKind::Call: {
        auto& c = as<Call>(*e);
        open("call"), arg(c.func.get()), list(c.args);
        for (auto& k : c.keywords) {
          out += " (kw " + (k.name ? *k.name : std::string("**"));
          arg(k.value.get());
          out += ')';
        }
        close();
        break;
      }
      case ExprKind::BinOp: {
        auto& b = as<BinOp>(*e);
        open(binop(b.op)), arg(b.left.get()), arg(b.right.get()), close();
        break;
      }
      case ExprKind::UnaryOp: {
        auto& u = as<UnaryOp>(*e);
        const char* names[] = {"neg", "pos", "~", "not"};
        open(names[static_cast<int>(u.op)]), arg(u.operand.get()), close();
        break;
      }
      case ExprKind::BoolOp: {
        auto& b = as<BoolOp>(*e);
        open(b.op == BoolOpKind::And ? "and" : "or"), list(b.values), close();
        break;
      }
      case ExprKind::Compare: {
        auto& c = as<Compare>(*e);
        open("cmp"), arg(c.left.get());
        for (size_t i = 0; i < c.ops.size(); ++i) out += std::string(" ") + cmpop(c.ops[i]), arg(c.comparators[i].get());
        close();
        break;
      }
      case ExprKind::IfExp: {
        auto& i = as<IfExp>(*e);
        open("ifexp"), arg(i.test.get()), arg(i.body.get()), arg(i.orelse.get()), close();
        break;
      }
      case ExprKind::Lambda: {
        auto& l = as<Lambda>(*e);
        open("lambda"), out += ' ', args(l.args), arg(l.body.get()), close();
        break;
      }
      case ExprKind::List: open(std::string("list") + ctx(as<List>(*e).ctx)), list(as<List>(*e).elts), close(); break;
      case ExprKind::Tuple: open(std::string("tuple") + ctx(as<Tuple>(*e).ctx)), list(as<Tuple>(*e).elts), close(); break;
      case ExprKind::Set: open("set"), list(as<Set>(*e).elts), close(); break;
      case ExprKind::Dict: {
        auto& d = as<Dict>(*e);
        open("dict");
        for (size_t i = 0; i < d.keys.size(); ++i) {
          out += d.keys[i] ? " (:" : " (**";
          if (d.keys[i]) arg(d.keys[i].get());
          arg(d.values[i].get());
          out += ')';
        }
        close();
        break;
      }
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp: {
        auto& c = as<Comp>(*e);
        open(e->kind == ExprKind::ListComp ? "listcomp" : e->kind == ExprKind::SetComp ? "setcomp"
             : e->kind == ExprKind::DictComp ? "dictcomp" : "genexp");
        if (e->kind == ExprKind::DictComp) arg(c.key.get()), arg(c.value.get());
        else arg(c.elt.get());
        for (auto& g : c.generators) {
          out += " (for", arg(g.target.get()), arg(g.iter.get());
          for (auto& i : g.ifs) out += " (if", arg(i.get()), out += ')';
          out += ')';
        }
        close();
        break;
      }
      case ExprKind::Yield:
        open("yield");
        if (as<Yield>(*e).value) arg(as<Yield>(*e).value.get());
        close();
        break;
      case ExprKind::YieldFrom: open("yield-from"), arg(as<YieldFrom>(*e).value.get()), close(); break;
      case ExprKind::NamedExpr: {
        auto& n = as<NamedExpr>(*e);
        open(":="), arg(n.target.get()), arg(n.value.get()), close();
        break;
      }
    }
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        auto& f = as<FunctionDef>(s);
        open("def " + f.name), decorators(f.decorators), out += ' ', args(f.args), block(f.body), close();
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = as<ClassDef>(s);
        open("class " + c.name), decorators(c.decorators);
        if (!c.bases.empty() || !c.keywords.empty()) {
          out += " (bases", list(c.bases);
          for (auto& k : c.keywords) {
            out += " (kw " + (k.name ? *k.name : std::string("**"));
            arg(k.value.get());
            out += ')';
          }
          out += ')';
        }
        block(c.body), close();
        break;
      }
      case StmtKind::Return:
        open("return");
        if (as<Return>(s).value) arg(as<Return>(s).value.get());
        close();
        break;
      case StmtKind::Delete: open("del"), list(as<Delete>(s).targets), close(); break;
      case StmtKind::Assign: open("="), list(as<Assign>(s).targets), arg(as<Assign>(s).value.get()), close(); break;
      case StmtKind::AugAssign: {
        auto& a = as<AugAssign>(s);
        open(std::string(binop(a.op)) + "="), arg(a.target.get()), arg(a.value.get()), close();
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = as<AnnAssign>(s);
        open("ann"), arg(a.target.get()), arg(a.annotation.get());
        if (a.value) arg(a.value.get());
        close();
        break;
      }
      case StmtKind::For: {
        auto& f = as<For>(s);
        open("for"), arg(f.target.get()), arg(f.iter.get()), block(f.body), opt_block(f.orelse), close();
        break;
      }
      case StmtKind::While: {
        auto& w = as<While>(s);
        open("while"), arg(w.test.get()), block(w.body), opt_block(w.orelse), close();
        break;
      }
      case StmtKind::If: {
        auto& i = as<If>(s);
        open("if"), arg(i.test.get()), block(i.body), opt_block(i.orelse), close();
        break;
      }
      case StmtKind::With: {
        auto& w = as<With>(s);
        open("with");
        for (auto& item : w.items) {
          if (!item.optional_vars) {
            arg(item.context_expr.get());
            continue;
          }
          out += " (as", arg(item.context_expr.get()), arg(item.optional_vars.get()), out += ')';
        }
        block(w.body), close();
        break;
      }
      case StmtKind::Raise: {
        auto& r = as<Raise>(s);
        open("raise");
        if (r.exc) arg(r.exc.get());
        if (r.cause) out += " (from", arg(r.cause.get()), out += ')';
        close();
        break;
      }
      case StmtKind::Try: {
        auto& t = as<Try>(s);
        open("try"), block(t.body);
        for (auto& h : t.handlers) {
          out += " (except";
          if (h.type) arg(h.type.get());
          if (h.name) out += " as " + *h.name;
          block(h.body), out += ')';
        }
        if (!t.orelse.empty()) out += " (else", block(t.orelse), out += ')';
        if (!t.finalbody.empty()) out += " (finally", block(t.finalbody), out += ')';
        close();
        break;
      }
      case StmtKind::Assert: {
        auto& a = as<Assert>(s);
        open("assert"), arg(a.test.get());
        if (a.msg) arg(a.msg.get());
        close();
        break;
      }
      case StmtKind::Import: open("import"), aliases(as<Import>(s).names), close(); break;
      case StmtKind::ImportFrom: {
        auto& i = as<ImportFrom>(s);
        open("from " + std::string(static_cast<size_t>(i.level), '.') + i.module), aliases(i.names), close();
        break;
      }
      case StmtKind::Global: case StmtKind::Nonlocal: {
        bool g = s.kind == StmtKind::Global;
        open(g ? "global" : "nonlocal");
        for (auto& n : g ? as<Global>(s).names : as<Nonlocal>(s).names) out += " " + n;
        close();
        break;
      }
      case StmtKind::ExprStmt: open("expr"), arg(as<ExprStmt>(s).value.get()), close(); break;
      case StmtKind::Pass: out += "(pass)"; break;
      case StmtKind::Break: out += "(break)"; break;
      case StmtKind::Continue: out += "(continue)"; break;
    }
  }

 private:
  void open(const std::string& head) { out += "(" + head; }
  void close() { out += ')'; }
  void arg(const Expr* e) {
    out += ' ';
    expr(e);
  }
  void list(const ExprList& l) {
    for (auto& e : l) arg(e.get());
  }
  void block(const StmtList& body) {
    out += " [";
    for (size_t i = 0; i < body.size(); ++i) {
      if (i) out += ' ';
      stmt(*body[i]);
    }
    out += ']';
  }
  void opt_block(const StmtList& body) {
    if (!body.empty()) block(body);
  }
  void decorators(const ExprList& d) {
    if (d.empty()) return;
    out += " (@", list(d), out += ')';
  }
  void aliases(const std::vector<Alias>& names) {
    for (auto& a : names) out += a.asname ? " (as " + a.name + " " + *a.asname + ")" : " " + a.name;
  }
  void args(const Arguments& a) {
    out += "(args";
    size_t first_default = a.args.size() - a.defaults.size();
    for (size_t i = 0; i < a.args.size(); ++i) {
      out += " " + a.args[i].name;
      if (i >= first_default) out += '=', expr(a.defaults[i - first_default].get());
    }
    if (a.vararg) out += " *" + a.vararg->name;
    else if (!a.kwonlyargs.empty()) out += " *";
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      out += " " + a.kwonlyargs[i].name;
      if (i < a.kw_defaults.size() && a.kw_defaults[i]) out += '=', expr(a.kw_defaults[i].get());
    }
    if (a.kwarg) out += " **" + a.kwarg->name;
    out += ')';
  }
  void str(const std::string& s) {
    out += '\'';
    for (unsigned char c : s) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '\'': out += "\\'"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    out += '\'';
  }
};

}  // namespace

std::string ast_dump(const Module& m) {
  Dumper d;
  for (size_t i = 0; i < m.body.size(); ++i) {
    if (i) d.out += '\n';
    d.stmt(*m.body[i]);
  }
  return d.out;
}

std::string ast_dump(const Expr& e) {
  Dumper d;
  d.expr(&e);
  return d.out;
}

}  // namespace lockvm
