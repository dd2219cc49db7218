// The tokenizer: turns Python source into the token stream CPython 3.11's
// tokenizer produces (NEWLINE/INDENT/DEDENT, implicit line joining inside
// brackets, backslash continuation), with the same error wording.
//
// It runs over the whole source up front, but keeps CPython's distinction
// between errors its tokenizer raises as soon as it sees them ("eager": bad
// numbers, unterminated strings, unmatched brackets) and errors that only
// surface when the parser asks for the offending token ("lazy": indentation
// mismatches, a stray backslash, end of file inside brackets); the parser
// uses that distinction to pick the same error CPython reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/syntax_error.h"

namespace lockvm {

#define LOCKVM_OPERATORS(X)                                                        \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}") \
  X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")  \
  X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">")             \
  X(Equal, "=") X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=")      \
  X(LessEqual, "<=") X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^")         \
  X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=")     \
  X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=")    \
  X(AmperEqual, "&=") X(VBarEqual, "|=") X(CircumflexEqual, "^=")                   \
  X(LeftShiftEqual, "<<=") X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")      \
  X(DoubleSlash, "//") X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=")       \
  X(RArrow, "->") X(Ellipsis, "...") X(ColonEqual, ":=")

#define LOCKVM_KEYWORDS(X)                                                        \
  X(False, "False") X(None, "None") X(True, "True") X(And, "and") X(As, "as")     \
  X(Assert, "assert") X(Async, "async") X(Await, "await") X(Break, "break")       \
  X(Class, "class") X(Continue, "continue") X(Def, "def") X(Del, "del")           \
  X(Elif, "elif") X(Else, "else") X(Except, "except") X(Finally, "finally")       \
  X(For, "for") X(From, "from") X(Global, "global") X(If, "if") X(Import, "import") \
  X(In, "in") X(Is, "is") X(Lambda, "lambda") X(Nonlocal, "nonlocal") X(Not, "not") \
  X(Or, "or") X(Pass, "pass") X(Raise, "raise") X(Return, "return") X(Try, "try")  \
  X(While, "while") X(With, "with") X(Yield, "yield")

enum class Tok : uint8_t {
  EndMarker, Newline, Indent, Dedent, Name, Number, String,
  Unknown,  // a character no rule accepts ('$', '?', '!'): the parser reports it
  Error,    // the tokenizer stopped here; LexResult::error says why
#define X(name, text) name,
  LOCKVM_OPERATORS(X)
#undef X
#define X(name, text) Kw##name,
  LOCKVM_KEYWORDS(X)
#undef X
};

// The spelling of an operator or keyword; a description for the other kinds.
const char* tok_spelling(Tok);

struct Token {
  Tok kind;
  uint16_t level;         // bracket depth after this token (CPython's token->level)
  int line, col;          // start: 1-based line, 0-based byte column
  int end_line, end_col;  // end, exclusive; a NEWLINE is zero-width as in CPython
  std::string_view text;  // the source bytes (names, numbers, strings)
};

struct LexResult {
  std::vector<Token> tokens;             // ends with EndMarker, or with Error
  std::optional<SyntaxErrorInfo> error;  // what the Error token stands for
  bool eager = false;                    // CPython raises it even if the parser fails first
  int unclosed_line = 0;  // >0: a bracket opened on this line was still open at the error
  std::optional<SyntaxErrorInfo> unclosed;  // "'(' was never closed" for that bracket
};

// The lines of a source text, for the `text` of error reports.
class SourceLines {
 public:
  explicit SourceLines(std::string_view src, int first_line = 1);
  std::string_view line(int n) const;  // without '\n'; empty when out of range
  int first_line() const { return first_; }
  // CPython's 1-based character offset for a 1-based byte offset within line n.
  int char_offset(int n, int byte_offset) const;

 private:
  std::string_view src_;
  int first_;
  std::vector<size_t> starts_;
};

// Builds an error located at 1-based byte offsets within line `line` of `lines`.
SyntaxErrorInfo make_syntax_error(const SourceLines& lines, std::string type, std::string msg,
                                  int line, int byte_col, int byte_end_col);

// `src` must be what parse_module hands over: valid UTF-8 with '\n' line ends,
// no NUL, ending in '\n' unless empty. Line numbers start at `first_line` (f-string
// replacement fields are tokenized on their own, numbered as in the file).
LexResult tokenize(std::string_view src, int first_line = 1);

}  // namespace lockvm
