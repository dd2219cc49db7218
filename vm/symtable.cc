// Builds and analyses the symbol table (see symtable.h). The walk mirrors
// CPython 3.11's symtable.c closely, including the order in which it visits
// children, because that order decides which SyntaxError a bad program
// reports first.
#include "vm/symtable.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace lockvm {

namespace {

using NameSet = std::unordered_set<std::string>;

struct SymtableError {
  SyntaxErrorInfo info;
};

std::string_view source_line(std::string_view source, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? end : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace

SyntaxErrorInfo make_syntax_error(std::string msg, ast::Pos pos, int width,
                                  std::string_view source) {
  SyntaxErrorInfo e;
  e.msg = std::move(msg);
  e.line = pos.line;
  e.col = pos.col + 1;
  std::string_view text = source_line(source, pos.line);
  e.text = std::string(text);
  if (width < 0) {
    size_t last = text.find_last_not_of(" \t\f");
    int end = last == std::string_view::npos ? 0 : static_cast<int>(last) + 2;
    e.end_col = std::max(end, e.col + 1);
  } else {
    e.end_col = e.col + std::max(width, 1);
  }
  return e;
}

SyntaxErrorInfo nesting_error() {
  SyntaxErrorInfo e;
  e.type = "RecursionError";
  e.msg = "maximum recursion depth exceeded during compilation";
  return e;
}

std::string mangle(std::string_view class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t strip = class_name.find_first_not_of('_');
  if (strip == std::string_view::npos) return name;
  return "_" + std::string(class_name.substr(strip)) + name;
}

NameScope Scope::scope_of(const std::string& mangled) const {
  auto it = symbols.find(mangled);
  return it == symbols.end() ? NameScope::Unknown : it->second.scope;
}

std::vector<std::string> Scope::cellvars() const {
  std::vector<std::string> out;
  for (const auto& [name, sym] : symbols)
    if (sym.scope == NameScope::Cell) out.push_back(name);
  if (needs_class_cell) out.push_back("__class__");
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Scope::freevars() const {
  std::vector<std::string> out;
  for (const auto& [name, sym] : symbols)
    if (sym.scope == NameScope::Free || (sym.flags & kDefFreeClass)) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// ---------------------------------------------------------------- pass 1

class Builder {
 public:
  Builder(SymbolTable& st, std::string_view source) : st_(st), source_(source) {}

  void build(const ast::Module& m) {
    st_.top = enter(Scope::Kind::Module, "<module>", 1, &m);
    for (const auto& s : m.body) visit_stmt(*s);
    exit();
  }

 private:
  [[noreturn, gnu::noinline]] void error(const std::string& msg, ast::Pos pos, int width = -1) {
    throw SymtableError{make_syntax_error(msg, pos, width, source_)};
  }

  [[noreturn, gnu::noinline]] static void throw_nesting_error() {
    throw SymtableError{nesting_error()};
  }

  struct DepthGuard {
    Builder& b;
    explicit DepthGuard(Builder& builder) : b(builder) {
      if (++b.depth_ > kMaxNestingDepth) throw_nesting_error();
    }
    ~DepthGuard() { --b.depth_; }
  };

  [[gnu::noinline]] Scope* enter(Scope::Kind kind, std::string name, int line, const void* node) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->name = std::move(name);
    scope->line = line;
    scope->parent = cur_;
    if (cur_) cur_->children.push_back(scope.get());
    cur_ = scope.get();
    st_.by_node[node] = cur_;
    st_.scopes.push_back(std::move(scope));
    return cur_;
  }
  void exit() { cur_ = cur_->parent; }

  uint32_t lookup(const std::string& name) const {
    auto it = cur_->symbols.find(mangle(private_, name));
    return it == cur_->symbols.end() ? 0 : it->second.flags;
  }

  [[gnu::noinline]] void add_def(const std::string& name, uint32_t flag, ast::Pos pos) {
    add_def_mangled(mangle(private_, name), name, flag, pos, cur_);
  }

  [[gnu::noinline]] void add_def_mangled(const std::string& mangled, const std::string& name,
                                         uint32_t flag, ast::Pos pos, Scope* scope) {
    auto [it, inserted] = scope->symbols.try_emplace(mangled);
    if (inserted) scope->order.push_back(mangled);
    uint32_t& val = it->second.flags;
    if ((flag & kDefParam) && (val & kDefParam))
      error("duplicate argument '" + name + "' in function definition", pos,
            static_cast<int>(name.size()));
    val |= flag;
    if (comp_iter_target_ && scope == cur_) {
      if (val & (kDefGlobal | kDefNonlocal))
        error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
              pos, static_cast<int>(name.size()));
      val |= kDefCompIter;
    }
    if (flag & kDefParam) scope->params.push_back(mangled);
  }

  // -------------------------------------------------------------- statements

  void visit_body(const ast::StmtList& body) {
    for (const auto& s : body) visit_stmt(*s);
  }

  [[gnu::noinline]] void visit_stmt(const ast::Stmt& s) {
    DepthGuard guard(*this);
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef: {
        auto& f = static_cast<const ast::FunctionDef&>(s);
        add_def(f.name, kDefLocal, f.pos);
        visit_defaults(f.args);
        visit_exprs(f.decorators);
        int line = f.decorators.empty() ? f.pos.line : f.decorators[0]->pos.line;
        enter(Scope::Kind::Function, f.name, line, &f);
        visit_params(f.args);
        visit_body(f.body);
        exit();
        break;
      }
      case K::ClassDef: {
        auto& c = static_cast<const ast::ClassDef&>(s);
        add_def(c.name, kDefLocal, c.pos);
        visit_exprs(c.bases);
        for (const auto& kw : c.keywords) visit_expr(*kw.value);
        visit_exprs(c.decorators);
        int line = c.decorators.empty() ? c.pos.line : c.decorators[0]->pos.line;
        enter(Scope::Kind::Class, c.name, line, &c);
        std::string saved = std::exchange(private_, c.name);
        visit_body(c.body);
        private_ = std::move(saved);
        exit();
        break;
      }
      case K::Return: {
        auto& r = static_cast<const ast::Return&>(s);
        if (r.value) visit_expr(*r.value);
        break;
      }
      case K::Delete:
        for (const auto& t : static_cast<const ast::Delete&>(s).targets) visit_target(*t);
        break;
      case K::Assign: {
        auto& a = static_cast<const ast::Assign&>(s);
        for (const auto& t : a.targets) visit_target(*t);
        visit_expr(*a.value);
        break;
      }
      case K::AugAssign: {
        auto& a = static_cast<const ast::AugAssign&>(s);
        visit_target(*a.target);
        visit_expr(*a.value);
        break;
      }
      case K::AnnAssign: {
        auto& a = static_cast<const ast::AnnAssign&>(s);
        if (a.target->kind == ast::ExprKind::Name) {
          auto& name = static_cast<const ast::Name&>(*a.target).id;
          uint32_t cur = lookup(name);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != st_.top)
            error("annotated name '" + name + "' can't be " +
                      ((cur & kDefGlobal) ? "global" : "nonlocal"),
                  a.pos);
          add_def(name, kDefAnnot | kDefLocal, a.target->pos);
        } else {
          visit_target(*a.target);
        }
        visit_expr(*a.annotation);
        if (a.value) visit_expr(*a.value);
        break;
      }
      case K::For: {
        auto& f = static_cast<const ast::For&>(s);
        visit_target(*f.target);
        visit_expr(*f.iter);
        visit_body(f.body);
        visit_body(f.orelse);
        break;
      }
      case K::While: {
        auto& w = static_cast<const ast::While&>(s);
        visit_expr(*w.test);
        visit_body(w.body);
        visit_body(w.orelse);
        break;
      }
      case K::If: {
        auto& i = static_cast<const ast::If&>(s);
        visit_expr(*i.test);
        visit_body(i.body);
        visit_body(i.orelse);
        break;
      }
      case K::With: {
        auto& w = static_cast<const ast::With&>(s);
        for (const auto& item : w.items) {
          visit_expr(*item.context_expr);
          if (item.optional_vars) visit_target(*item.optional_vars);
        }
        visit_body(w.body);
        break;
      }
      case K::Raise: {
        auto& r = static_cast<const ast::Raise&>(s);
        if (r.exc) visit_expr(*r.exc);
        if (r.cause) visit_expr(*r.cause);
        break;
      }
      case K::Try: {
        auto& t = static_cast<const ast::Try&>(s);
        visit_body(t.body);
        visit_body(t.orelse);
        for (const auto& h : t.handlers) {
          if (h.type) visit_expr(*h.type);
          if (h.name) add_def(*h.name, kDefLocal, h.pos);
          visit_body(h.body);
        }
        visit_body(t.finalbody);
        break;
      }
      case K::Assert: {
        auto& a = static_cast<const ast::Assert&>(s);
        visit_expr(*a.test);
        if (a.msg) visit_expr(*a.msg);
        break;
      }
      case K::Import:
        for (const auto& a : static_cast<const ast::Import&>(s).names) visit_alias(a);
        break;
      case K::ImportFrom:
        for (const auto& a : static_cast<const ast::ImportFrom&>(s).names) visit_alias(a);
        break;
      case K::Global:
        for (const auto& name : static_cast<const ast::Global&>(s).names)
          visit_directive(name, s.pos, true);
        break;
      case K::Nonlocal:
        for (const auto& name : static_cast<const ast::Nonlocal&>(s).names)
          visit_directive(name, s.pos, false);
        break;
      case K::ExprStmt: visit_expr(*static_cast<const ast::ExprStmt&>(s).value); break;
      case K::Pass:
      case K::Break:
      case K::Continue: break;
    }
  }

  [[gnu::noinline]] void visit_directive(const std::string& name, ast::Pos pos, bool global) {
    uint32_t cur = lookup(name);
    const char* what = global ? "global" : "nonlocal";
    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      std::string msg;
      if (cur & kDefParam)
        msg = "name '" + name + "' is parameter and " + what;
      else if (cur & kUse)
        msg = "name '" + name + "' is used prior to " + what + " declaration";
      else if (cur & kDefAnnot)
        msg = "annotated name '" + name + "' can't be " + what;
      else
        msg = "name '" + name + "' is assigned to before " + what + " declaration";
      error(msg, pos);
    }
    add_def(name, global ? kDefGlobal : kDefNonlocal, pos);
    cur_->directives.try_emplace(mangle(private_, name), pos);
  }

  [[gnu::noinline]] void visit_alias(const ast::Alias& a) {
    const std::string& name = a.asname ? *a.asname : a.name;
    if (name == "*") {
      if (cur_->kind != Scope::Kind::Module)
        error("import * only allowed at module level", a.pos, 1);
      return;
    }
    add_def(name.substr(0, name.find('.')), kDefImport, a.pos);
  }

  void visit_defaults(const ast::Arguments& args) {
    visit_exprs(args.defaults);
    for (const auto& d : args.kw_defaults)
      if (d) visit_expr(*d);
  }

  [[gnu::noinline]] void visit_params(const ast::Arguments& args) {
    for (const auto& a : args.args) add_def(a.name, kDefParam, a.pos);
    for (const auto& a : args.kwonlyargs) add_def(a.name, kDefParam, a.pos);
    if (args.vararg) add_def(args.vararg->name, kDefParam, args.vararg->pos);
    if (args.kwarg) add_def(args.kwarg->name, kDefParam, args.kwarg->pos);
    cur_->argcount = static_cast<int>(args.args.size());
    cur_->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
    cur_->varargs = args.vararg.has_value();
    cur_->varkw = args.kwarg.has_value();
  }

  // -------------------------------------------------------------- expressions

  void visit_exprs(const ast::ExprList& list) {
    for (const auto& e : list) visit_expr(*e);
  }

  // An assignment or deletion target: names in it are bound here.
  [[gnu::noinline]] void visit_target(const ast::Expr& e) {
    DepthGuard guard(*this);
    switch (e.kind) {
      case ast::ExprKind::Name:
        add_def(static_cast<const ast::Name&>(e).id, kDefLocal, e.pos);
        break;
      case ast::ExprKind::Tuple:
        for (const auto& elt : static_cast<const ast::Tuple&>(e).elts) visit_target(*elt);
        break;
      case ast::ExprKind::List:
        for (const auto& elt : static_cast<const ast::List&>(e).elts) visit_target(*elt);
        break;
      case ast::ExprKind::Starred: visit_target(*static_cast<const ast::Starred&>(e).value); break;
      default:  // attributes and subscripts read their parts
        visit_expr(e);
        break;
    }
  }

  [[gnu::noinline]] void visit_expr(const ast::Expr& e) {
    DepthGuard guard(*this);
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::IntLit:
      case K::FloatLit:
      case K::StrLit:
      case K::Constant: break;
      case K::JoinedStr: visit_exprs(static_cast<const ast::JoinedStr&>(e).values); break;
      case K::FormattedValue: {
        auto& f = static_cast<const ast::FormattedValue&>(e);
        visit_expr(*f.value);
        if (f.format_spec) visit_expr(*f.format_spec);
        break;
      }
      case K::Name: visit_name_load(static_cast<const ast::Name&>(e)); break;
      case K::Attribute: visit_expr(*static_cast<const ast::Attribute&>(e).value); break;
      case K::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(e);
        visit_expr(*s.value);
        visit_expr(*s.index);
        break;
      }
      case K::Slice: {
        auto& s = static_cast<const ast::Slice&>(e);
        if (s.lower) visit_expr(*s.lower);
        if (s.upper) visit_expr(*s.upper);
        if (s.step) visit_expr(*s.step);
        break;
      }
      case K::Starred: visit_expr(*static_cast<const ast::Starred&>(e).value); break;
      case K::Call: {
        auto& c = static_cast<const ast::Call&>(e);
        visit_expr(*c.func);
        visit_exprs(c.args);
        for (const auto& kw : c.keywords) visit_expr(*kw.value);
        break;
      }
      case K::BinOp: {
        auto& b = static_cast<const ast::BinOp&>(e);
        visit_expr(*b.left);
        visit_expr(*b.right);
        break;
      }
      case K::UnaryOp: visit_expr(*static_cast<const ast::UnaryOp&>(e).operand); break;
      case K::BoolOp: visit_exprs(static_cast<const ast::BoolOp&>(e).values); break;
      case K::Compare: {
        auto& c = static_cast<const ast::Compare&>(e);
        visit_expr(*c.left);
        visit_exprs(c.comparators);
        break;
      }
      case K::IfExp: {
        auto& i = static_cast<const ast::IfExp&>(e);
        visit_expr(*i.test);
        visit_expr(*i.body);
        visit_expr(*i.orelse);
        break;
      }
      case K::Lambda: visit_lambda(static_cast<const ast::Lambda&>(e)); break;
      case K::List: visit_exprs(static_cast<const ast::List&>(e).elts); break;
      case K::Tuple: visit_exprs(static_cast<const ast::Tuple&>(e).elts); break;
      case K::Set: visit_exprs(static_cast<const ast::Set&>(e).elts); break;
      case K::Dict: {
        auto& d = static_cast<const ast::Dict&>(e);
        for (size_t i = 0; i < d.values.size(); ++i) {
          if (i < d.keys.size() && d.keys[i]) visit_expr(*d.keys[i]);
          visit_expr(*d.values[i]);
        }
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp: visit_comprehension(static_cast<const ast::Comp&>(e)); break;
      case K::Yield: {
        auto& y = static_cast<const ast::Yield&>(e);
        if (y.value) visit_expr(*y.value);
        mark_generator(e);
        break;
      }
      case K::YieldFrom:
        visit_expr(*static_cast<const ast::YieldFrom&>(e).value);
        mark_generator(e);
        break;
      case K::NamedExpr: visit_named_expr(static_cast<const ast::NamedExpr&>(e)); break;
    }
  }

  [[gnu::noinline]] void visit_name_load(const ast::Name& n) {
    add_def(n.id, kUse, n.pos);
    // Zero-argument super() needs the method's __class__ cell.
    if (cur_->is_function() && n.id == "super") add_def("__class__", kUse, n.pos);
  }

  [[gnu::noinline]] void visit_lambda(const ast::Lambda& l) {
    visit_defaults(l.args);
    enter(Scope::Kind::Function, "<lambda>", l.pos.line, &l);
    visit_params(l.args);
    visit_expr(*l.body);
    exit();
  }

  [[gnu::noinline]] void visit_named_expr(const ast::NamedExpr& n) {
    if (comp_iter_expr_ > 0)
      error("assignment expression cannot be used in a comprehension iterable expression", n.pos);
    if (cur_->comp != Scope::Comp::None && n.target->kind == ast::ExprKind::Name)
      extend_namedexpr_scope(*n.target);
    visit_expr(*n.value);
    visit_target(*n.target);
  }

  [[gnu::noinline]] void mark_generator(const ast::Expr& e) {
    cur_->generator = true;
    static const char* const kWhere[] = {"", "list comprehension", "set comprehension",
                                         "dict comprehension", "generator expression"};
    if (cur_->comp != Scope::Comp::None)
      error(std::string("'yield' inside ") + kWhere[static_cast<int>(cur_->comp)], e.pos, 5);
  }

  // `x := v` inside a comprehension binds x in the nearest enclosing
  // function (or module) scope, as PEP 572 specifies.
  [[gnu::noinline]] void extend_namedexpr_scope(const ast::Expr& target) {
    const std::string& name = static_cast<const ast::Name&>(target).id;
    std::string mangled = mangle(private_, name);
    int width = static_cast<int>(name.size());
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->comp != Scope::Comp::None) {
        auto it = s->symbols.find(mangled);
        if (it != s->symbols.end() && (it->second.flags & kDefCompIter))
          error(
              "assignment expression cannot rebind comprehension iteration variable '" + name + "'",
              target.pos, width);
        continue;
      }
      if (s->kind == Scope::Kind::Function) {
        auto it = s->symbols.find(mangled);
        bool global = it != s->symbols.end() && (it->second.flags & kDefGlobal);
        add_def_mangled(mangled, name, global ? kDefGlobal : kDefNonlocal, target.pos, cur_);
        cur_->directives.try_emplace(mangled, target.pos);
        add_def_mangled(mangled, name, kDefLocal, target.pos, s);
        return;
      }
      if (s->kind == Scope::Kind::Module) {
        add_def_mangled(mangled, name, kDefGlobal, target.pos, cur_);
        cur_->directives.try_emplace(mangled, target.pos);
        add_def_mangled(mangled, name, kDefGlobal, target.pos, s);
        return;
      }
      error("assignment expression within a comprehension cannot be used in a class body",
            target.pos, width);
    }
  }

  [[gnu::noinline]] void visit_comprehension(const ast::Comp& e) {
    using K = ast::ExprKind;
    const auto& outermost = e.generators.at(0);
    ++comp_iter_expr_;
    visit_expr(*outermost.iter);
    --comp_iter_expr_;

    Scope::Comp comp = e.kind == K::ListComp   ? Scope::Comp::List
                       : e.kind == K::SetComp  ? Scope::Comp::Set
                       : e.kind == K::DictComp ? Scope::Comp::Dict
                                               : Scope::Comp::Gen;
    static const char* const kNames[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    Scope* scope = enter(Scope::Kind::Function, kNames[static_cast<int>(comp)], e.pos.line, &e);
    scope->comp = comp;
    add_def_mangled(".0", ".0", kDefParam, e.pos, scope);
    scope->argcount = 1;

    comp_iter_target_ = true;
    visit_target(*outermost.target);
    comp_iter_target_ = false;
    visit_exprs(outermost.ifs);
    for (size_t i = 1; i < e.generators.size(); ++i) {
      const auto& gen = e.generators[i];
      comp_iter_target_ = true;
      visit_target(*gen.target);
      comp_iter_target_ = false;
      ++comp_iter_expr_;
      visit_expr(*gen.iter);
      --comp_iter_expr_;
      visit_exprs(gen.ifs);
    }
    if (e.value) visit_expr(*e.value);
    if (e.elt) visit_expr(*e.elt);
    if (e.key) visit_expr(*e.key);
    scope->generator = comp == Scope::Comp::Gen;
    exit();
  }

  SymbolTable& st_;
  std::string_view source_;
  Scope* cur_ = nullptr;
  std::string private_;  // enclosing class name, for mangling
  int depth_ = 0;
  int comp_iter_expr_ = 0;
  bool comp_iter_target_ = false;
};

// ---------------------------------------------------------------- pass 2

class Analyzer {
 public:
  explicit Analyzer(std::string_view source) : source_(source) {}

  void analyze_top(Scope* top) {
    NameSet free, global;
    analyze(top, nullptr, free, global);
  }

 private:
  [[noreturn]] void error_at_directive(const Scope* s, const std::string& name,
                                       const std::string& msg) {
    auto it = s->directives.find(name);
    ast::Pos pos = it != s->directives.end() ? it->second : ast::Pos{s->line, 0};
    throw SymtableError{make_syntax_error(msg, pos, -1, source_)};
  }

  void analyze_name(Scope* s, const std::string& name, uint32_t flags, NameSet* bound,
                    NameSet& local, NameSet& free, NameSet& global) {
    NameScope& scope = s->symbols[name].scope;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        error_at_directive(s, name, "name '" + name + "' is nonlocal and global");
      scope = NameScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound) error_at_directive(s, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        error_at_directive(s, name, "no binding for nonlocal '" + name + "' found");
      scope = NameScope::Free;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      scope = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scope = NameScope::Free;
      free.insert(name);
      return;
    }
    scope = NameScope::GlobalImplicit;
  }

  void analyze(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newbound, newglobal, newfree;
    const bool is_class = s->kind == Scope::Kind::Class;
    // A class namespace is invisible to the functions nested in it.
    if (is_class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : s->order)
      analyze_name(s, name, s->symbols[name].flags, bound, local, free, global);
    if (!is_class) {
      if (s->kind == Scope::Kind::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }

    for (Scope* child : s->children) {
      NameSet child_bound = newbound, child_global = newglobal, child_free;
      analyze(child, &child_bound, child_free, child_global);
      newfree.insert(child_free.begin(), child_free.end());
    }

    if (s->kind == Scope::Kind::Function) {
      for (const std::string& name : s->order) {
        Symbol& sym = s->symbols[name];
        if (sym.scope == NameScope::Local && newfree.erase(name)) sym.scope = NameScope::Cell;
      }
    } else if (is_class && newfree.erase("__class__")) {
      s->needs_class_cell = true;
    }

    // Names free in children pass through this scope on their way out.
    for (const std::string& name : newfree) {
      auto it = s->symbols.find(name);
      if (it != s->symbols.end()) {
        if (is_class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      s->order.push_back(name);
      s->symbols[name].scope = NameScope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }

  std::string_view source_;
};

}  // namespace

SymtableResult build_symtable(const ast::Module& module, std::string_view source) {
  SymtableResult result;
  result.table = std::make_unique<SymbolTable>();
  try {
    Builder(*result.table, source).build(module);
    Analyzer(source).analyze_top(result.table->top);
  } catch (SymtableError& e) {
    result.error = std::move(e.info);
    result.table.reset();
  }
  return result;
}

}  // namespace lockvm
