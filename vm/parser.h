// The parser: Python source in, the AST of vm/ast.h out, or the SyntaxError
// CPython 3.11 would report for the same source (same type, wording and line).
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "vm/ast.h"
#include "vm/syntax_error.h"

namespace lockvm {

struct ParseResult {
  std::unique_ptr<ast::Module> module;   // null when `error` is set
  std::optional<SyntaxErrorInfo> error;
};

// Accepts any bytes: it never crashes, hangs or overflows the stack. The AST
// it returns is at most ~3000 levels deep (deeper nesting is reported as
// CPython's "RecursionError: maximum recursion depth exceeded during compilation").
ParseResult parse_module(std::string_view source);

}  // namespace lockvm
