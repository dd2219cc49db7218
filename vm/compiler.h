// The bytecode compiler: turns a parsed module into a tree of CodeProtos
// (module body, and nested function, lambda, class-body and comprehension
// bodies as constants), modelled on CPython 3.11's compile.c. Exceptions are
// handled through per-code exception tables, never a run-time block stack.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "vm/ast.h"
#include "vm/code.h"
#include "vm/syntax_error.h"

namespace lockvm {

struct CompileResult {
  std::shared_ptr<CodeProto> code;       // null when error is set
  std::optional<SyntaxErrorInfo> error;  // CPython 3.11's wording and location
};

// `source` is the module's text, for the source line of a SyntaxError.
CompileResult compile_module(const ast::Module& module, std::string_view filename,
                             std::string_view source);

}  // namespace lockvm
