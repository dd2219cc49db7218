// A compact s-expression rendering of the AST, for tests and debugging:
// `x = a + 1` dumps as `(= x/S (+ a 1))`. The format is documented in ast_dump.cc.
#pragma once

#include <string>

#include "vm/ast.h"

namespace lockvm {

// One line per top-level statement.
std::string ast_dump(const ast::Module&);
std::string ast_dump(const ast::Expr&);

}  // namespace lockvm
