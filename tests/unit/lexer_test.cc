// Tests of the tokenizer: token streams (INDENT/DEDENT, implicit joining,
// continuation), number and string forms, operators, tokenizer errors as
// CPython 3.11 words them, and the rendering of syntax errors.
#include "vm/lexer.h"

#include <gtest/gtest.h>

#include <string>

namespace lockvm {
namespace {

// The tokens of `src` as one line: names, numbers and strings as written,
// operators and keywords by spelling, NL/IN/DE/EOF for the layout tokens.
std::string toks(std::string src) {
  if (!src.empty() && src.back() != '\n') src += '\n';
  LexResult r = tokenize(src);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::Newline: out += "NL"; break;
      case Tok::Indent: out += "IN"; break;
      case Tok::Dedent: out += "DE"; break;
      case Tok::EndMarker: out += "EOF"; break;
      case Tok::Error: out += "ERR"; break;
      case Tok::Name: case Tok::Number: case Tok::String: case Tok::Unknown: out += std::string(t.text); break;
      default: out += tok_spelling(t.kind);
    }
  }
  return out;
}

SyntaxErrorInfo lex_error(std::string src) {
  if (src.back() != '\n') src += '\n';
  LexResult r = tokenize(src);
  EXPECT_TRUE(r.error.has_value()) << src;
  return r.error.value_or(SyntaxErrorInfo{});
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(toks("x = 1 + y"), "x = 1 + y NL EOF");
  EXPECT_EQ(toks(""), "EOF");
  EXPECT_EQ(toks("pass"), "pass NL EOF");
}

TEST(Lexer, IndentAndDedent) {
  EXPECT_EQ(toks("if a:\n    b\n    if c:\n        d\ne\n"),
            "if a : NL IN b NL if c : NL IN d NL DE DE e NL EOF");
  EXPECT_EQ(toks("if a:\n  b\n"), "if a : NL IN b NL DE EOF");  // dedents before EOF
  EXPECT_EQ(toks("if a:\n\tb\n"), "if a : NL IN b NL DE EOF");
}

TEST(Lexer, BlankLinesAndCommentsMakeNoTokens) {
  EXPECT_EQ(toks("# a comment\n\nx = 1  # trailing\n   \n      # indented comment\ny\n"),
            "x = 1 NL y NL EOF");
  EXPECT_EQ(toks("if a:\n    b\n\n# c\n    d\n"), "if a : NL IN b NL d NL DE EOF");
}

TEST(Lexer, ImplicitLineJoiningInsideBrackets) {
  EXPECT_EQ(toks("f(1,\n      2,\n  3)\n"), "f ( 1 , 2 , 3 ) NL EOF");
  EXPECT_EQ(toks("x = [\n    1,\n]\ny = {\n}\n"), "x = [ 1 , ] NL y = { } NL EOF");
}

TEST(Lexer, BackslashContinuation) {
  EXPECT_EQ(toks("x = 1 + \\\n    2\n"), "x = 1 + 2 NL EOF");
  EXPECT_EQ(toks("if a:\n    \\\n    b\n"), "if a : NL IN b NL DE EOF");
}

TEST(Lexer, CrlfAndNoFinalNewlineAreHandledByParseModule) {
  // tokenize() expects normalized input; parse_module normalizes. Here: no
  // trailing newline still yields NEWLINE (the helper adds it, as CPython does).
  EXPECT_EQ(toks("x"), "x NL EOF");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(toks("a -> b ** c **= d // e //= f >> g >>= h << i <<= j := k ... @ l @= m"),
            "a -> b ** c **= d // e //= f >> g >>= h << i <<= j := k ... @ l @= m NL EOF");
  EXPECT_EQ(toks("a != b == c <= d >= e < f > g"), "a != b == c <= d >= e < f > g NL EOF");
  EXPECT_EQ(toks("a+=1;b-=2;c*=3;d/=4;e%=5;f&=6;g|=7;h^=8"),
            "a += 1 ; b -= 2 ; c *= 3 ; d /= 4 ; e %= 5 ; f &= 6 ; g |= 7 ; h ^= 8 NL EOF");
  EXPECT_EQ(toks("~a.b[c]{d}"), "~ a . b [ c ] { d } NL EOF");
  EXPECT_EQ(toks("a $ b ? c ! d"), "a $ b ? c ! d NL EOF");  // for the parser to reject
}

TEST(Lexer, KeywordsAndNames) {
  LexResult r = tokenize("if ifx None none async await match _\n");
  ASSERT_GE(r.tokens.size(), 8u);
  EXPECT_EQ(r.tokens[0].kind, Tok::KwIf);
  EXPECT_EQ(r.tokens[1].kind, Tok::Name);
  EXPECT_EQ(r.tokens[2].kind, Tok::KwNone);
  EXPECT_EQ(r.tokens[3].kind, Tok::Name);
  EXPECT_EQ(r.tokens[4].kind, Tok::KwAsync);
  EXPECT_EQ(r.tokens[5].kind, Tok::KwAwait);
  EXPECT_EQ(r.tokens[6].kind, Tok::Name);  // a soft keyword is a name to the tokenizer
  EXPECT_EQ(toks("é = π_2"), "é = π_2 NL EOF");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(toks("0 00 0_0 7 1_000 0x1F 0XdEaD_bEeF 0o17 0O7_7 0b101 0B1_0"),
            "0 00 0_0 7 1_000 0x1F 0XdEaD_bEeF 0o17 0O7_7 0b101 0B1_0 NL EOF");
  EXPECT_EQ(toks("1. .5 1.5 1e10 1E-3 1_000.5e-3 0.0 00.5 1e+1_0"),
            "1. .5 1.5 1e10 1E-3 1_000.5e-3 0.0 00.5 1e+1_0 NL EOF");
  EXPECT_EQ(toks("1j 1.5J"), "1j 1.5J NL EOF");  // the parser rejects imaginary literals
  // A number followed by a keyword that can follow it in valid code.
  EXPECT_EQ(toks("1if x else 2"), "1 if x else 2 NL EOF");
  EXPECT_EQ(toks("[0x1for x in y]"), "[ 0x1f or x in y ] NL EOF");
  EXPECT_EQ(toks("1 .real"), "1 . real NL EOF");
  EXPECT_EQ(lex_error("x = 1.real").msg, "invalid decimal literal");
}

TEST(Lexer, Strings) {
  EXPECT_EQ(toks(R"(a = 'x' "y" '''z''' """w""")"), R"(a = 'x' "y" '''z''' """w""" NL EOF)");
  EXPECT_EQ(toks(R"(r'\d' R"x" b'' Br"" rB'' f'{x}' F"" rf'' fR"" Rf'' u'' U"")"),
            R"(r'\d' R"x" b'' Br"" rB'' f'{x}' F"" rf'' fR"" Rf'' u'' U"" NL EOF)");
  EXPECT_EQ(toks(R"('it\'s' "a\"b" 'back\\')"), R"('it\'s' "a\"b" 'back\\' NL EOF)");
  EXPECT_EQ(toks("x = '''a\nb\n'''\ny"), "x = '''a\nb\n''' NL y NL EOF");
  EXPECT_EQ(toks("x = 'a\\\nb'\n"), "x = 'a\\\nb' NL EOF");  // continuation inside a string
  EXPECT_EQ(toks("ur'x'"), "ur 'x' NL EOF");  // not a prefix: a name, then a string
}

TEST(Lexer, Positions) {
  LexResult r = tokenize("if a:\n    bb = '''x\ny''' # c\n");
  ASSERT_FALSE(r.error);
  const Token& bb = r.tokens[5];
  EXPECT_EQ(std::string(bb.text), "bb");
  EXPECT_EQ(bb.line, 2);
  EXPECT_EQ(bb.col, 4);
  EXPECT_EQ(bb.end_col, 6);
  const Token& s = r.tokens[7];
  EXPECT_EQ(s.kind, Tok::String);
  EXPECT_EQ(s.line, 2);
  EXPECT_EQ(s.col, 9);
  EXPECT_EQ(s.end_line, 3);
  EXPECT_EQ(s.end_col, 4);
  const Token& nl = r.tokens[8];  // CPython's NEWLINE starts at a trailing comment
  EXPECT_EQ(nl.kind, Tok::Newline);
  EXPECT_EQ(nl.line, 3);
  EXPECT_EQ(nl.col, 5);
}

TEST(Lexer, BracketLevel) {
  LexResult r = tokenize("f(a[b])\n");
  std::string levels;
  for (const Token& t : r.tokens) levels += std::to_string(t.level);
  EXPECT_EQ(levels, "011221000");  // f ( a [ b ] ) NL EOF: the depth after each token
}

TEST(Lexer, StringErrors) {
  SyntaxErrorInfo e = lex_error("x = 'abc");
  EXPECT_EQ(e.msg, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.col, 5);
  e = lex_error("x = 1\ny = '''abc\n\ndef");
  EXPECT_EQ(e.msg, "unterminated triple-quoted string literal (detected at line 4)");
  EXPECT_EQ(e.line, 2);
  e = lex_error("x = 'a\\\nb");
  EXPECT_EQ(e.msg, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(e.line, 1);
}

TEST(Lexer, NumberErrors) {
  struct Case {
    const char* src;
    const char* msg;
  } cases[] = {
      {"1abc", "invalid decimal literal"},
      {"1_", "invalid decimal literal"},
      {"1__0", "invalid decimal literal"},
      {"1e", "invalid decimal literal"},
      {"1e+", "invalid decimal literal"},
      {"39andy", "invalid decimal literal"},
      {"0x", "invalid hexadecimal literal"},
      {"0x1g", "invalid hexadecimal literal"},
      {"0o8", "invalid digit '8' in octal literal"},
      {"0o", "invalid octal literal"},
      {"0b2", "invalid digit '2' in binary literal"},
      {"0b", "invalid binary literal"},
      {"012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
      {"1jx", "invalid imaginary literal"},
  };
  for (const Case& c : cases) {
    SyntaxErrorInfo e = lex_error(std::string("x = ") + c.src);
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.type, "SyntaxError");
  }
}

TEST(Lexer, CharacterErrors) {
  EXPECT_EQ(lex_error("x = 1 \xE2\x80\x93 2").msg, "invalid character '\xE2\x80\x93' (U+2013)");
  EXPECT_EQ(lex_error("x = \xE2\x80\x9Chi\xE2\x80\x9D").msg, "invalid character '\xE2\x80\x9C' (U+201C)");
  EXPECT_EQ(lex_error("x = 1\xC2\xA0+ 2").msg, "invalid non-printable character U+00A0");
  EXPECT_EQ(lex_error("x = 5\xE2\x82\xAC").msg, "invalid character '\xE2\x82\xAC' (U+20AC)");
  EXPECT_EQ(toks("1\xC3\xA9"), "1 \xC3\xA9 NL EOF");  // a number ends before a non-ASCII character
  EXPECT_EQ(lex_error("x = a\xC2\xA0+ 2").msg, "invalid non-printable character U+00A0");
  EXPECT_EQ(lex_error("x = \x01").msg, "invalid non-printable character U+0001");
}

TEST(Lexer, BracketErrors) {
  SyntaxErrorInfo e = lex_error("foo)");
  EXPECT_EQ(e.msg, "unmatched ')'");
  EXPECT_TRUE(tokenize("foo)\n").eager);
  EXPECT_EQ(lex_error("foo(]").msg, "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(lex_error("foo(\n]").msg, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  e = lex_error("x = [1,\n2");
  EXPECT_EQ(e.msg, "'[' was never closed");
  EXPECT_EQ(e.line, 1);
  EXPECT_FALSE(tokenize("x = [1,\n2\n").eager);  // only when the parser gets there
  EXPECT_EQ(lex_error(std::string(201, '(')).msg, "too many nested parentheses");
  EXPECT_FALSE(tokenize(std::string(200, '(') + "\n").eager);  // 200 is fine; EOF inside them is not
}

TEST(Lexer, IndentationErrors) {
  SyntaxErrorInfo e = lex_error("if x:\n    a\n  b");
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.msg, "unindent does not match any outer indentation level");
  EXPECT_EQ(e.line, 3);
  e = lex_error("if x:\n\ta\n        b");
  EXPECT_EQ(e.type, "TabError");
  EXPECT_EQ(e.msg, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(e.line, 3);
  std::string deep;
  for (int i = 0; i <= 100; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  e = lex_error(deep);
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.msg, "too many levels of indentation");
  EXPECT_EQ(e.line, 101);
}

TEST(Lexer, ContinuationErrors) {
  SyntaxErrorInfo e = lex_error("x = 1 \\ 2");
  EXPECT_EQ(e.msg, "unexpected character after line continuation character");
  e = lex_error("x = 1 + \\\n");
  EXPECT_EQ(e.msg, "unexpected EOF while parsing");
}

TEST(Lexer, LaterTokensStopAtTheError) {
  LexResult r = tokenize("a b 'c\nd\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.tokens.back().kind, Tok::Error);
  EXPECT_EQ(r.tokens.size(), 3u);
}

TEST(FormatSyntaxError, MatchesCPython) {
  SyntaxErrorInfo e;
  e.msg = "expected ':'";
  e.line = 3;
  e.col = 9;
  e.text = "    if x";
  EXPECT_EQ(format_syntax_error(e, "x.py"), "  File \"x.py\", line 3\n    if x\n        ^\nSyntaxError: expected ':'\n");
  e.msg = "cannot assign to function call here. Maybe you meant '==' instead of '='?";
  e.line = 1, e.col = 1, e.end_col = 4, e.text = "f() = 1";
  EXPECT_EQ(format_syntax_error(e, "a.py"),
            "  File \"a.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. "
            "Maybe you meant '==' instead of '='?\n");
  // A caret left of the stripped text is not drawn.
  e.type = "IndentationError", e.msg = "unexpected indent", e.line = 2, e.col = 4, e.end_col = 0, e.text = "    y = 2";
  EXPECT_EQ(format_syntax_error(e, "a.py"), "  File \"a.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n");
  // Columns count characters, and a caret past the end sits at the end.
  e.type = "SyntaxError", e.msg = "invalid syntax", e.line = 1, e.col = 11, e.end_col = 12, e.text = "x = \"\xC3\xA9\" + $";
  std::string head = "  File \"a.py\", line 1\n    x = \"\xC3\xA9\" + $\n";
  EXPECT_EQ(format_syntax_error(e, "a.py"), head + std::string(4 + 10, ' ') + "^\nSyntaxError: invalid syntax\n");
  e.col = 40, e.end_col = 0;
  EXPECT_EQ(format_syntax_error(e, "a.py"), head + std::string(4 + 11, ' ') + "^\nSyntaxError: invalid syntax\n");
  // No location: just the last line, as CPython prints a compile-time RecursionError.
  SyntaxErrorInfo r;
  r.type = "RecursionError";
  r.msg = "maximum recursion depth exceeded during compilation";
  EXPECT_EQ(format_syntax_error(r, "a.py"), "RecursionError: maximum recursion depth exceeded during compilation\n");
}

}  // namespace
}  // namespace lockvm
