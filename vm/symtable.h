// The symbol table: one Scope per module, function, lambda, class and
// comprehension, each name classified as CPython's symtable.c does (local,
// cell, free, explicit or implicit global), so the compiler can pick the
// FAST/DEREF/GLOBAL/NAME instruction family for every name. Built in two
// passes as in CPython: a walk that records how each name is used in each
// scope, then an analysis that resolves free variables through the enclosing
// function scopes (class scopes are skipped) and turns captured locals into
// cells. Both passes report CPython 3.11's SyntaxErrors.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/ast.h"
#include "vm/syntax_error.h"

namespace lockvm {

// Nesting of expressions and statements beyond this is reported rather
// than risking the C++ stack; CPython 3.11 gives up somewhere between 1000
// and 3000 levels, with nesting_error()'s RecursionError.
constexpr int kMaxNestingDepth = 4000;
SyntaxErrorInfo nesting_error();

// A SyntaxError at a 0-based column `col` of `line`, spanning `width` bytes
// (width < 0: to the end of the line), with the source line as its text.
SyntaxErrorInfo make_syntax_error(std::string msg, ast::Pos pos, int width,
                                  std::string_view source);

// CPython's private-name mangling: `__x` inside class `A` is `_A__x`.
std::string mangle(std::string_view class_name, const std::string& name);

enum class NameScope : uint8_t { Unknown, Local, Cell, Free, GlobalExplicit, GlobalImplicit };

// How a name is used in one scope (CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1,      // `global x`
  kDefLocal = 2,       // assigned
  kDefParam = 4,       // a parameter
  kDefNonlocal = 8,    // `nonlocal x`
  kUse = 16,           // read
  kDefFreeClass = 32,  // class scope: also free in a method (needs a closure slot)
  kDefImport = 64,     // bound by an import
  kDefAnnot = 128,     // annotated (`x: int`)
  kDefCompIter = 256,  // iteration variable of a comprehension
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

struct Scope {
  enum class Kind : uint8_t { Module, Function, Class };
  enum class Comp : uint8_t { None, List, Set, Dict, Gen };

  Kind kind = Kind::Module;
  Comp comp = Comp::None;  // comprehensions are function scopes
  std::string name;        // the code object's name: "f", "<lambda>", "<listcomp>", "A"
  int line = 1;
  Scope* parent = nullptr;
  std::vector<Scope*> children;

  std::vector<std::string> params;  // positional, kw-only, *args, **kwargs (mangled)
  int argcount = 0;
  int kwonlyargcount = 0;
  bool varargs = false;
  bool varkw = false;
  bool generator = false;
  bool needs_class_cell = false;  // class scope whose methods use __class__ or super()

  std::vector<std::string> order;  // names in first-use order
  std::unordered_map<std::string, Symbol> symbols;
  // Where the first `global`/`nonlocal` naming each name is, for errors found
  // by the analysis.
  std::unordered_map<std::string, ast::Pos> directives;

  bool is_function() const { return kind == Kind::Function; }
  NameScope scope_of(const std::string& mangled) const;
  // Cell variables (sorted), then free variables (sorted), as CPython lays
  // out co_cellvars and co_freevars.
  std::vector<std::string> cellvars() const;
  std::vector<std::string> freevars() const;
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  std::unordered_map<const void*, Scope*> by_node;  // AST node -> its scope
  Scope* top = nullptr;

  Scope* scope_for(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

struct SymtableResult {
  std::unique_ptr<SymbolTable> table;
  std::optional<SyntaxErrorInfo> error;
};

SymtableResult build_symtable(const ast::Module& module, std::string_view source);

}  // namespace lockvm
