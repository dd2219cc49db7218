// The tokenizer, a transcription of the logic of CPython 3.11's
// Parser/tokenizer.c (tok_get): the same indentation stack with its tab
// consistency check, the same number and string scanning, the same error
// wording and caret columns. Also the rendering of syntax errors, which
// mirrors print_error_text() in CPython's Python/pythonrun.c.
#include "vm/lexer.h"

#include <algorithm>
#include <cstdio>

namespace lockvm {

const char* tok_spelling(Tok k) {
  switch (k) {
    case Tok::EndMarker: return "end of file";
    case Tok::Newline: return "newline";
    case Tok::Indent: return "indent";
    case Tok::Dedent: return "dedent";
    case Tok::Name: return "name";
    case Tok::Number: return "number";
    case Tok::String: return "string";
    case Tok::Unknown: return "unknown character";
    case Tok::Error: return "error";
#define X(name, text) \
  case Tok::name: return text;
      LOCKVM_OPERATORS(X)
#undef X
#define X(name, text) \
  case Tok::Kw##name: return text;
      LOCKVM_KEYWORDS(X)
#undef X
  }
  return "?";
}

// ---------------------------------------------------------------- lines

SourceLines::SourceLines(std::string_view src, int first_line) : src_(src), first_(first_line) {
  starts_.push_back(0);
  for (size_t i = 0; i < src.size(); ++i)
    if (src[i] == '\n') starts_.push_back(i + 1);
}

std::string_view SourceLines::line(int n) const {
  size_t i = static_cast<size_t>(n - first_);
  if (n < first_ || i >= starts_.size() || starts_[i] >= src_.size()) return {};
  size_t end = src_.find('\n', starts_[i]);
  if (end == std::string_view::npos) end = src_.size();
  return src_.substr(starts_[i], end - starts_[i]);
}

// Counts what PyUnicode_DecodeUTF8(line, offset, "replace") would hold: a
// sequence cut short still counts as one character, and an offset past the
// end counts the line terminator, as _PyPegen_byte_offset_to_character_offset does.
int SourceLines::char_offset(int n, int byte_offset) const {
  if (byte_offset <= 0) return byte_offset;
  std::string_view text = line(n);
  size_t b = std::min(static_cast<size_t>(byte_offset), text.size() + 1);
  int chars = b > text.size() ? 1 : 0;
  for (size_t i = 0; i < std::min(b, text.size()); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

SyntaxErrorInfo make_syntax_error(const SourceLines& lines, std::string type, std::string msg,
                                  int line, int byte_col, int byte_end_col) {
  SyntaxErrorInfo e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = line;
  e.col = lines.char_offset(line, byte_col);
  e.end_col = byte_end_col > 0 ? lines.char_offset(line, byte_end_col) : 0;
  e.text = std::string(lines.line(line));
  return e;
}

// CPython's print_error_text(): strip the indentation, clip the caret to the
// line, and draw a caret range only when the end lies after the start.
std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename) {
  std::string out;
  if (e.line > 0) {
    out += "  File \"";
    out += filename;
    out += "\", line " + std::to_string(e.line) + "\n";
    std::string_view text = e.text;
    auto chars = [](std::string_view s) {
      int n = 0;
      for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      return n;
    };
    int len_all = chars(text);
    int end = e.end_col > 0 ? std::min(e.end_col, len_all + 1) : 0;
    int carets = end > e.col ? end - e.col : 1;
    int offset = e.col - 1;
    size_t strip = 0;
    while (strip < text.size() && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f'))
      ++strip, --offset;
    text.remove_prefix(strip);
    offset = std::min(offset, chars(text));
    out += "    ";
    out += text;
    out += "\n";
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += "\n";
    }
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

// ---------------------------------------------------------------- characters

namespace {

constexpr int kTabSize = 8;
constexpr size_t kMaxIndent = 100;  // CPython's MAXINDENT
constexpr size_t kMaxLevel = 200;   // CPython's MAXLEVEL

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ident_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

char32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  for (; extra > 0 && i < s.size(); --extra) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Python's str.isprintable() for non-ASCII code points: no controls, format
// characters, separators, surrogates or private use.
bool is_printable(char32_t c) {
  return !(in(c, 0x80, 0xA0) || c == 0xAD || c == 0x61C || c == 0x180E || in(c, 0x2000, 0x200F) ||
           in(c, 0x2028, 0x202F) || in(c, 0x205F, 0x206F) || c == 0x3000 || in(c, 0xD800, 0xF8FF) ||
           c == 0xFEFF || in(c, 0xFFF9, 0xFFFB) || in(c, 0xE0000, 0xE007F) || c >= 0xF0000);
}

// CPython accepts identifiers made of Unicode's XID_Start/XID_Continue
// characters. Short of carrying those tables, this rejects the punctuation,
// symbol and space blocks that creep into source by accident (smart quotes,
// dashes, no-break spaces, arrows, emoji, full-width punctuation) and
// accepts the letters of every script. 0: invalid, 1: continue only, 2: start.
int xid_class(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ? 2 : is_digit(static_cast<int>(c)) ? 1 : 0;
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA ? 2 : c == 0xB7 ? 1 : 0;
  if (c == 0xD7 || c == 0xF7 || c == 0x37E || c == 0x387 || in(c, 0x55A, 0x55F) || c == 0x589 ||
      c == 0x60C || c == 0x61B || c == 0x61F || in(c, 0x66A, 0x66D) || in(c, 0x964, 0x965))
    return c == 0x387 ? 1 : 0;
  if (in(c, 0x300, 0x36F) || in(c, 0x20D0, 0x20FF) || in(c, 0x302A, 0x302F) || in(c, 0x3099, 0x309A) ||
      in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) || in(c, 0xFF10, 0xFF19) || c == 0xFF3F ||
      c == 0x203F || c == 0x2040 || c == 0x2054 || in(c, 0xFE33, 0xFE34) || in(c, 0xFE4D, 0xFE4F) ||
      in(c, 0xE0100, 0xE01EF))
    return 1;
  if (c == 0x2071 || c == 0x207F || in(c, 0x2090, 0x209C) || in(c, 0x2160, 0x2188) || in(c, 0x3005, 0x3007) ||
      in(c, 0x3021, 0x3029) || in(c, 0x3031, 0x3035) || in(c, 0x3038, 0x303C))
    return 2;
  if (in(c, 0x2000, 0x20CF) || in(c, 0x2150, 0x215F) || in(c, 0x2189, 0x2BFF) || in(c, 0x2E00, 0x2FFF) ||
      in(c, 0x3000, 0x303F) || in(c, 0xD800, 0xF8FF) || in(c, 0xFD3E, 0xFD3F) || in(c, 0xFE10, 0xFE6F) ||
      in(c, 0xFEFF, 0xFF20) || in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) || in(c, 0xFFE0, 0xFFFF) ||
      in(c, 0x1F000, 0x1FBFF) || in(c, 0xE0000, 0xE007F) || c >= 0xF0000)
    return 0;
  return 2;
}

struct Keyword {
  std::string_view text;
  Tok kind;
};
constexpr Keyword kKeywords[] = {
#define X(name, text) {text, Tok::Kw##name},
    LOCKVM_KEYWORDS(X)
#undef X
};

struct Operator {
  std::string_view text;
  Tok kind;
};
constexpr Operator kOperators[] = {
#define X(name, text) {text, Tok::name},
    LOCKVM_OPERATORS(X)
#undef X
};

class Lexer {
 public:
  Lexer(std::string_view src, int first_line) : s_(src), lines_(src, first_line), line_(first_line) {}

  LexResult run() {
    while (step()) {
    }
    return std::move(out_);
  }

 private:
  int peekc(size_t k = 0) const { return p_ + k < s_.size() ? static_cast<unsigned char>(s_[p_ + k]) : -1; }
  int col() const { return static_cast<int>(p_ - line_start_); }

  void emit(Tok kind, size_t start, int line, int col) {
    Token t{kind, static_cast<uint16_t>(opens_.size()), line, col, line_, this->col(), s_.substr(start, p_ - start)};
    out_.tokens.push_back(t);
  }

  // Stops tokenizing: the rest of the source is unreachable for the parser.
  bool fail(std::string msg, int line, int byte_col, int byte_end, bool eager, std::string type = "SyntaxError") {
    out_.error = make_syntax_error(lines_, std::move(type), std::move(msg), line, byte_col, byte_end);
    out_.eager = eager;
    if (!opens_.empty()) {
      const Open& o = opens_.back();
      out_.unclosed_line = o.line;
      out_.unclosed = make_syntax_error(lines_, "SyntaxError", std::string("'") + o.c + "' was never closed",
                                        o.line, o.col + 1, 0);
    }
    out_.tokens.push_back(Token{Tok::Error, static_cast<uint16_t>(opens_.size()), line_, col(), line_, col(), {}});
    return false;
  }
  bool fail_here(std::string msg, bool eager = true) { return fail(std::move(msg), line_, col(), col(), eager); }
  bool never_closed() {
    const Open& o = opens_.back();
    return fail(std::string("'") + o.c + "' was never closed", o.line, o.col + 1, 0, false);
  }

  // A backslash joins the next line; it must end its own. False after an error.
  bool continuation() {
    int line = line_, bs = col();
    if (peekc(1) != '\n') {
      ++p_;
      return fail("unexpected character after line continuation character", line_, col() + 1, 0, false);
    }
    p_ += 2;
    ++line_;
    line_start_ = p_;
    if (p_ < s_.size()) return true;
    return opens_.empty() ? fail("unexpected EOF while parsing", line, bs + 2, 0, false) : never_closed();
  }

  // CPython numbers what follows the final newline as the last line.
  int eof_line() const { return !s_.empty() && s_.back() == '\n' && line_ > lines_.first_line() ? line_ - 1 : line_; }

  void newline() {
    ++line_;
    line_start_ = p_;
    atbol_ = true;
  }

  bool step() {
    if (atbol_ && !indentation()) return false;
    if (pending_ != 0) {
      emit(pending_ > 0 ? Tok::Indent : Tok::Dedent, p_, p_ >= s_.size() ? eof_line() : line_, col());
      pending_ += pending_ > 0 ? -1 : 1;
      return true;
    }
    while (peekc() == ' ' || peekc() == '\t' || peekc() == '\f') ++p_;
    size_t comment = p_;  // CPython's NEWLINE token starts at a trailing comment
    if (peekc() == '#')
      while (p_ < s_.size() && s_[p_] != '\n') ++p_;
    if (p_ >= s_.size()) {
      if (!opens_.empty()) return never_closed();
      emit(Tok::EndMarker, p_, eof_line(), 0);
      return false;
    }
    size_t start = p_;
    int line = line_, c0 = col(), c = peekc();
    if (c == '\n') {
      ++p_;
      bool skip = blankline_ || !opens_.empty();
      int from = static_cast<int>(comment - line_start_);
      if (!skip) out_.tokens.push_back(Token{Tok::Newline, static_cast<uint16_t>(opens_.size()), line, from, line, c0, {}});
      newline();
      return true;
    }
    if (is_ident_start(c)) return name_or_string(start, line, c0);
    if (is_digit(c) || (c == '.' && is_digit(peekc(1)))) return number(start, line, c0);
    if (c == '"' || c == '\'') return string(start, line, c0);
    if (c == '\\') return continuation();
    for (size_t len = 3; len >= 1; --len) {  // longest match first
      for (const Operator& op : kOperators) {
        if (op.text.size() != len || op.text[0] != c || s_.compare(p_, len, op.text) != 0) continue;
        p_ += len;
        if (!bracket(op.kind, line, c0)) return false;
        emit(op.kind, start, line, c0);
        return true;
      }
    }
    ++p_;  // an ASCII character no rule takes (bytes >= 0x80 start names)
    if (c < ' ' || c == 0x7F) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", c);
      return fail_here(std::string("invalid non-printable character U+") + hex);
    }
    emit(Tok::Unknown, start, line, c0);
    return true;
  }

  bool bracket(Tok kind, int line, int c0) {
    char c = kind == Tok::LPar ? '(' : kind == Tok::LSqb ? '[' : kind == Tok::LBrace ? '{' : 0;
    if (c) {
      if (opens_.size() >= kMaxLevel) return fail_here("too many nested parentheses");
      opens_.push_back(Open{c, line, c0});
      return true;
    }
    char close = kind == Tok::RPar ? ')' : kind == Tok::RSqb ? ']' : kind == Tok::RBrace ? '}' : 0;
    if (!close) return true;
    if (opens_.empty()) return fail_here(std::string("unmatched '") + close + "'");
    Open o = opens_.back();
    if ((o.c == '(' && close != ')') || (o.c == '[' && close != ']') || (o.c == '{' && close != '}')) {
      std::string msg = std::string("closing parenthesis '") + close + "' does not match opening parenthesis '" + o.c + "'";
      if (o.line != line) msg += " on line " + std::to_string(o.line);
      return fail_here(msg);
    }
    opens_.pop_back();
    return true;
  }

  // Measures the indentation of a new line and queues INDENT/DEDENT tokens.
  bool indentation() {
    atbol_ = false;
    blankline_ = false;
    int width = 0, altcol = 0, cont_col = 0;
    for (;; ++p_) {
      int c = peekc();
      if (c == ' ') {
        ++width, ++altcol;
      } else if (c == '\t') {
        width = (width / kTabSize + 1) * kTabSize;
        ++altcol;
      } else if (c == '\f') {
        width = altcol = 0;
      } else if (c == '\\') {
        // A backslash in the indentation joins the next line; the first
        // one found fixes the indentation of what follows.
        cont_col = cont_col ? cont_col : width;
        if (!continuation()) return false;
        --p_;
      } else {
        break;
      }
    }
    if (peekc() == '#' || peekc() == '\n') blankline_ = true;
    if (blankline_ || !opens_.empty()) return true;
    if (cont_col) width = altcol = cont_col;
    auto tab_error = [&] {
      return fail("inconsistent use of tabs and spaces in indentation", line_, 1, 0, false, "TabError");
    };
    if (width == ind_.back()) {
      if (altcol != altind_.back()) return tab_error();
    } else if (width > ind_.back()) {
      if (ind_.size() >= kMaxIndent)
        return fail("too many levels of indentation", line_, 1, 0, false, "IndentationError");
      if (altcol <= altind_.back()) return tab_error();
      ++pending_;
      ind_.push_back(width);
      altind_.push_back(altcol);
    } else {
      while (ind_.size() > 1 && width < ind_.back()) {
        --pending_;
        ind_.pop_back();
        altind_.pop_back();
      }
      if (width != ind_.back()) {
        int len = static_cast<int>(lines_.line(line_).size());
        return fail("unindent does not match any outer indentation level", line_, len + 1, 0, false,
                    "IndentationError");
      }
      if (altcol != altind_.back()) return tab_error();
    }
    return true;
  }

  bool name_or_string(size_t start, int line, int c0) {
    // String prefixes: any case of b, r, u, f, br, rb, fr, rf.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      int c = peekc() | 0x20;
      if (!(saw_b || saw_u || saw_f) && c == 'b') saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && c == 'u') saw_u = true;
      else if (!(saw_r || saw_u) && c == 'r') saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && c == 'f') saw_f = true;
      else break;
      ++p_;
      if (peekc() == '"' || peekc() == '\'') return string(start, line, c0);
    }
    bool ascii = true;
    while (p_ < s_.size() && is_ident_char(static_cast<unsigned char>(s_[p_]))) {
      ascii = ascii && static_cast<unsigned char>(s_[p_]) < 0x80;
      ++p_;
    }
    std::string_view text = s_.substr(start, p_ - start);
    if (!ascii && !verify_identifier(start)) return false;
    for (const Keyword& kw : kKeywords) {
      if (kw.text[0] == text[0] && kw.text == text) {
        emit(kw.kind, start, line, c0);
        return true;
      }
    }
    emit(Tok::Name, start, line, c0);
    return true;
  }

  bool verify_identifier(size_t start) {
    size_t i = start;
    bool first = true;
    while (i < p_) {
      size_t at = i;
      char32_t c = decode_utf8(s_, i);
      int cls = xid_class(c);
      if (cls == 2 || (cls == 1 && !first)) {
        first = false;
        continue;
      }
      p_ = i;  // CPython puts the caret just after the offending character
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
      if (is_printable(c))
        return fail_here("invalid character '" + std::string(s_.substr(at, i - at)) + "' (U+" + hex + ")");
      return fail_here(std::string("invalid non-printable character U+") + hex);
    }
    return true;
  }

  // ------------------------------------------------------------ numbers

  // Scans digits with single underscores between them; false after an error.
  bool decimal_tail() {
    for (;;) {
      while (is_digit(peekc())) ++p_;
      if (peekc() != '_') return true;
      ++p_;
      if (!is_digit(peekc())) return fail_here("invalid decimal literal");
    }
  }

  // A number running straight into a name is an error, except before the
  // keywords that may follow a number in valid code (`1if x else y`).
  bool verify_end(const char* kind) {
    int c = peekc();
    auto ahead = [&](std::string_view w) {
      return s_.compare(p_, w.size(), w) == 0 && !is_ident_char(peekc(w.size()));
    };
    int c1 = peekc(1);
    if (ahead("and") || ahead("else") || ahead("for") || ahead("not") || ahead("or") ||
        (c == 'i' && (c1 == 'f' || c1 == 'n' || c1 == 's')))
      return true;
    if (c >= 0 && c < 0x80 && is_ident_char(c)) return fail_here(std::string("invalid ") + kind + " literal");
    return true;
  }

  bool radix(const char* kind, int max_digit, bool (*ok)(int)) {
    ++p_;  // the x, o or b
    do {
      if (peekc() == '_') ++p_;
      if (!ok(peekc())) {
        int c = peekc();
        if (max_digit && is_digit(c)) {
          ++p_;
          return fail_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
        }
        return fail_here(std::string("invalid ") + kind + " literal");
      }
      while (ok(peekc())) ++p_;
    } while (peekc() == '_');
    if (max_digit && is_digit(peekc())) {
      int c = peekc();
      ++p_;
      return fail_here(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
    }
    return verify_end(kind);
  }

  bool number(size_t start, int line, int c0) {
    auto done = [&] {
      emit(Tok::Number, start, line, c0);
      return true;
    };
    auto exponent_and_imag = [&]() -> bool {
      if ((peekc() | 0x20) == 'e') {
        size_t e = p_++;
        if (peekc() == '+' || peekc() == '-') {
          ++p_;
          if (!is_digit(peekc())) return fail_here("invalid decimal literal");
        } else if (!is_digit(peekc())) {
          p_ = e;  // `1else`: the e belongs to what follows
          if (!verify_end("decimal")) return false;
          return done();
        }
        if (!decimal_tail()) return false;
      }
      if ((peekc() | 0x20) == 'j') {
        ++p_;
        if (!verify_end("imaginary")) return false;
        return done();
      }
      if (!verify_end("decimal")) return false;
      return done();
    };
    auto fraction = [&]() -> bool {
      if (is_digit(peekc()) && !decimal_tail()) return false;
      return exponent_and_imag();
    };
    if (peekc() == '.') {
      ++p_;
      return fraction();
    }
    if (peekc() == '0') {
      ++p_;
      int x = peekc() | 0x20;
      if (x == 'x') return radix("hexadecimal", 0, is_xdigit) && done();
      if (x == 'o') return radix("octal", 7, [](int c) { return c >= '0' && c <= '7'; }) && done();
      if (x == 'b') return radix("binary", 1, [](int c) { return c == '0' || c == '1'; }) && done();
      for (;;) {  // "0", "00", "0_0": zeros only, unless it is a float
        if (peekc() == '_') {
          ++p_;
          if (!is_digit(peekc())) return fail_here("invalid decimal literal");
        }
        if (peekc() != '0') break;
        ++p_;
      }
      int zeros_end = col();
      bool nonzero = is_digit(peekc());
      if (nonzero && !decimal_tail()) return false;
      if (peekc() == '.') {
        ++p_;
        return fraction();
      }
      if ((peekc() | 0x20) == 'e' || (peekc() | 0x20) == 'j') return exponent_and_imag();
      if (nonzero)
        return fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, c0 + 1, zeros_end + 1, true);
      if (!verify_end("decimal")) return false;
      return done();
    }
    if (!decimal_tail()) return false;
    if (peekc() == '.') {
      ++p_;
      return fraction();
    }
    return exponent_and_imag();
  }

  // ------------------------------------------------------------ strings

  // Finds the end of a string literal; the parser decodes its contents.
  bool string(size_t start, int line, int c0) {
    char quote = s_[p_];
    size_t quote_size = s_.compare(p_, 3, std::string(3, quote)) == 0 ? 3 : 1;
    p_ += quote_size;
    size_t start_line_start = line_start_;
    for (size_t run = 0; run < quote_size;) {
      int c = peekc();
      if (c < 0 || (quote_size == 1 && c == '\n')) {
        int detected = c < 0 ? eof_line() : line_;
        line_ = line;
        line_start_ = start_line_start;
        std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return fail(msg + " (detected at line " + std::to_string(detected) + ")", line, c0 + 1, c0 + 1, true);
      }
      ++p_;
      if (c == '\n') {
        ++line_;
        line_start_ = p_;
      }
      if (c == quote) {
        ++run;
        continue;
      }
      run = 0;
      if (c == '\\' && p_ < s_.size()) {
        if (s_[p_] == '\n') {
          ++line_;
          line_start_ = p_ + 1;
        }
        ++p_;
      }
    }
    out_.tokens.push_back(Token{Tok::String, static_cast<uint16_t>(opens_.size()), line, c0, line_, col(),
                                s_.substr(start, p_ - start)});
    return true;
  }

  struct Open {
    char c;
    int line, col;
  };

  std::string_view s_;
  SourceLines lines_;
  LexResult out_;
  size_t p_ = 0;
  int line_;
  size_t line_start_ = 0;
  bool atbol_ = true, blankline_ = false;
  int pending_ = 0;
  std::vector<int> ind_{0}, altind_{0};
  std::vector<Open> opens_;
};

}  // namespace

LexResult tokenize(std::string_view src, int first_line) { return Lexer(src, first_line).run(); }

}  // namespace lockvm
