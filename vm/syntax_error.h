// A syntax error as CPython 3.11 reports it: the exception type, its wording,
// and the location fields of the SyntaxError object, so that an uncaught one
// prints byte for byte what `python3 file.py` prints.
#pragma once

#include <string>
#include <string_view>

namespace lockvm {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError", "RecursionError"
  std::string msg;                   // CPython 3.11's wording, e.g. "expected ':'"
  int line = 0;                      // 1-based; 0 = no location (only "Type: msg" is printed)
  int col = 0;                       // 1-based column of the caret (CPython's offset)
  int end_col = 0;                   // 1-based end (exclusive) for a ^^^ range; 0 = single caret
  std::string text;                  // the source line (without newline)
};

// Renders CPython 3.11's report for an uncaught SyntaxError in file `filename`:
//   '  File "x.py", line 3\n    if x\n        ^\nSyntaxError: expected \':\'\n'
std::string format_syntax_error(const SyntaxErrorInfo&, std::string_view filename);

}  // namespace lockvm
