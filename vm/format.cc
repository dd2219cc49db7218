// Digit strings come from std::to_chars, which rounds exactly (ties to even)
// and finds shortest round-trip digits like David Gay's dtoa used by CPython;
// the layout around them transliterates CPython 3.11's pystrtod.c,
// formatter_unicode.c and unicodeobject.c so that corner cases agree.
#include "vm/format.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace lockvm {
namespace {

// Debian's Abseil has its own string_view type.
absl::string_view av(std::string_view s) { return {s.data(), s.size()}; }

absl::Status value_error(std::string_view msg) {
  return absl::InvalidArgumentError(av(msg));
}

// Lenient: the VM's strings may hold lone surrogates as 3-byte sequences.
char32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = s[i++];
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = c & (0x3F >> extra);
  for (; extra > 0 && i < s.size() && (s[i] & 0xC0) == 0x80; --extra) {
    cp = (cp << 6) | (s[i++] & 0x3F);
  }
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
    return;
  }
  static constexpr unsigned char kLead[] = {0, 0xC0, 0xE0, 0xF0};
  int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  out += char(kLead[extra] | (cp >> (6 * extra)));
  while (extra-- > 0) out += char(0x80 | ((cp >> (6 * extra)) & 0x3F));
}

int64_t count_code_points(std::string_view s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return (c & 0xC0) != 0x80; });
}

// Byte length of the first n code points of s.
size_t prefix_bytes(std::string_view s, int64_t n) {
  size_t i = 0;
  while (n-- > 0 && i < s.size()) decode_utf8(s, i);
  return i;
}

// Code points repr() escapes: exactly those CPython 3.11's str.isprintable()
// rejects (generated table).
constexpr std::pair<char32_t, char32_t> kNonPrintable[] = {
#include "vm/unicode_printable.inc"
};

bool is_printable(char32_t c) {
  auto it = std::upper_bound(
      std::begin(kNonPrintable), std::end(kNonPrintable), c,
      [](char32_t v, const auto& range) { return v < range.first; });
  return it == std::begin(kNonPrintable) || c > std::prev(it)->second;
}

bool is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The zeros of Unicode 14's runs of ten decimal digits (category Nd).
constexpr char32_t kDigitZeros[] = {
    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,
    0xBE6,   0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,
    0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,
    0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,
    0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0,
    0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730,
    0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950,
    0x1FBF0,
};

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and
// float() parse: non-ASCII white space becomes ' ', non-ASCII decimal digits
// their ASCII digit, and any other non-ASCII character ends the text as '?'.
std::string to_ascii(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = decode_utf8(s, i);
    if (c < 127) {
      out += char(c);
    } else if (c == 0x85 || c == 0xA0 || c == 0x1680 ||
               (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
               c == 0x202F || c == 0x205F || c == 0x3000) {
      out += ' ';
    } else {
      const char32_t* z = std::upper_bound(std::begin(kDigitZeros),
                                           std::end(kDigitZeros), c);
      if (z == std::begin(kDigitZeros) || c - z[-1] > 9) {
        out += '?';
        break;
      }
      out += char('0' + (c - z[-1]));
    }
  }
  return out;
}

uint64_t magnitude(int64_t v) { return v < 0 ? 0 - uint64_t(v) : v; }

std::string base_digits(uint64_t v, int base) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v, base).ptr);
}

// Plain decimal text ("123.5e-7", optional '-') to the nearest double.
double decimal_to_double(std::string_view t) {
  double v = 0;
  if (std::from_chars(t.data(), t.data() + t.size(), v).ec ==
      std::errc::result_out_of_range) {
    // from_chars leaves v alone on overflow and underflow; strtod saturates
    // to +-inf or +-0 (lockvm never changes the C locale).
    v = std::strtod(std::string(t).c_str(), nullptr);
  }
  return v;
}

// What _Py_dg_dtoa returns: the digits (trailing zeros dropped; zero is "0"
// with decpt 1) and the decimal point position, the value being
// 0.<digits> * 10**decpt. Mode 0: shortest round-trip; mode 2: nd significant
// digits; mode 3: nd digits after the point (no digits when that rounds to 0).
struct Digits {
  std::string digits;
  int64_t decpt = 1;
  bool neg = false;
};

Digits dtoa(double v, int mode, int64_t nd) {
  // No double has significant digits beyond these, so larger requests only
  // add zeros, which are dropped anyway.
  nd = std::min<int64_t>(nd, 1100);
  Digits d{"0", 1, std::signbit(v)};
  v = std::fabs(v);
  if (v == 0) return d;
  std::string buf(size_t(std::max<int64_t>(nd, 0)) + 400, '\0');
  char* first = buf.data();
  char* last = first + buf.size();
  std::string_view text;
  if (mode == 3) {
    text = {first, size_t(std::to_chars(first, last, v,
                                        std::chars_format::fixed, int(nd))
                              .ptr -
                          first)};
    size_t dot = text.find('.');
    d.decpt = dot == text.npos ? text.size() : dot;
  } else {
    auto r = mode == 0
                 ? std::to_chars(first, last, v, std::chars_format::scientific)
                 : std::to_chars(first, last, v, std::chars_format::scientific,
                                 int(nd) - 1);
    text = {first, size_t(r.ptr - first)};
    size_t e = text.find('e');
    int exp = 0;
    std::from_chars(text.data() + e + 2, r.ptr, exp);
    d.decpt = (text[e + 1] == '-' ? -exp : exp) + 1;
    text = text.substr(0, e);
  }
  d.digits.clear();
  for (char c : text) {
    if (c != '.') d.digits += c;
  }
  size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) {
    d.digits.clear();
    d.decpt = -nd;
    return d;
  }
  d.digits.erase(0, lead);
  d.decpt -= lead;
  d.digits.erase(d.digits.find_last_not_of('0') + 1);
  return d;
}

// PyOS_double_to_string: code is one of e E f F g G r ('r' is repr's mode,
// which needs precision 0).
std::string double_to_string(double v, char code, int64_t precision,
                             bool add_dot_0, bool alt, bool no_neg_0) {
  bool upper = code >= 'A' && code <= 'Z';
  code = char(code | 0x20);
  if (std::isnan(v)) return upper ? "NAN" : "nan";
  if (std::isinf(v)) return std::string(v < 0 ? "-" : "") + (upper ? "INF" : "inf");
  int mode = 0;
  if (code == 'e') {
    mode = 2;
    ++precision;
  } else if (code == 'f') {
    mode = 3;
  } else if (code == 'g') {
    mode = 2;
    precision = std::max<int64_t>(precision, 1);
  }
  Digits d = dtoa(v, mode, precision);
  const std::string& digits = d.digits;
  const int64_t len = digits.size();
  int64_t decpt = d.decpt;
  int64_t vend = len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alt) vend = precision;
      break;
    default:
      use_exp = decpt <= -4 || decpt > 16;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  vend = std::max(vend, !use_exp && add_dot_0 ? decpt + 1 : decpt);

  std::string out;
  if (d.neg && !(no_neg_0 && (digits.empty() || digits == "0"))) out += '-';
  if (decpt <= 0) {
    out += "0.";
    out.append(-decpt, '0');
  }
  if (0 < decpt && decpt <= len) {
    out.append(digits, 0, decpt);
    out += '.';
    out.append(digits, decpt);
  } else {
    out += digits;
  }
  if (len < decpt) {
    out.append(decpt - len, '0');
    out += '.';
    out.append(vend - decpt, '0');
  } else {
    out.append(vend - len, '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    absl::StrAppend(&out, upper ? "E" : "e", exp < 0 ? "-" : "+",
                    std::abs(exp) < 10 ? "0" : "", std::abs(exp));
  }
  return out;
}

// ---- format() specs (formatter_unicode.c) ----

struct FormatSpec {
  char32_t fill = ' ';
  char32_t align = 0;
  char32_t sign = 0;
  bool no_neg_0 = false;
  bool alt = false;
  int64_t width = -1;
  char sep = 0;  // ',' or '_'
  int group = 3;
  int64_t precision = -1;
  char32_t type = 0;
};

// A presentation type as CPython's messages quote it.
std::string quoted_code(char32_t t) {
  return t > 32 && t < 128 ? absl::StrFormat("'%c'", char(t))
                           : absl::StrFormat("'\\x%x'", uint32_t(t));
}

absl::Status unknown_code(char32_t type, std::string_view type_name) {
  return value_error(absl::StrCat("Unknown format code ", quoted_code(type),
                                  " for object of type '", av(type_name), "'"));
}

absl::StatusOr<FormatSpec> parse_spec(std::string_view spec,
                                      char32_t default_type,
                                      char32_t default_align,
                                      std::string_view type_name) {
  std::u32string s;
  for (size_t i = 0; i < spec.size();) s += decode_utf8(spec, i);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  const size_t end = s.size();
  size_t pos = 0;
  auto is_align = [](char32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  };
  bool fill_given = false, align_given = false;
  if (end >= 2 && is_align(s[1])) {
    f.fill = s[0];
    f.align = s[1];
    fill_given = align_given = true;
    pos = 2;
  } else if (end >= 1 && is_align(s[0])) {
    f.align = s[0];
    align_given = true;
    pos = 1;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
    f.sign = s[pos++];
  }
  if (pos < end && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alt = true;
    ++pos;
  }
  if (!fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  // Returns the number of digits read, or -1 when the value overflows.
  auto get_integer = [&](int64_t& out) {
    out = 0;
    int count = 0;
    for (; pos < end && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++count) {
      int digit = s[pos] - '0';
      if (out > (INT64_MAX - digit) / 10) return -1;
      out = out * 10 + digit;
    }
    return count;
  };
  const auto too_many = [] {
    return value_error("Too many decimal digits in format string");
  };
  const auto both = [] { return value_error("Cannot specify both ',' and '_'."); };
  int consumed = get_integer(f.width);
  if (consumed < 0) return too_many();
  if (consumed == 0) f.width = -1;
  // A width no string can have: CPython's MemoryError, not a long loop.
  if (f.width > (int64_t{1} << 34)) return absl::ResourceExhaustedError("width too large");
  if (pos < end && s[pos] == ',') {
    f.sep = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.sep) return both();
    f.sep = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.sep == '_') return both();
  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = get_integer(f.precision);
    if (consumed < 0) return too_many();
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    return value_error(absl::StrCat("Invalid format specifier '", av(spec),
                                    "' for object of type '", av(type_name),
                                    "'"));
  }
  if (end - pos == 1) f.type = s[pos];
  if (f.sep) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
      case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.sep == '_') {
          f.group = 4;
          break;
        }
        [[fallthrough]];
      default:
        return value_error(absl::StrCat("Cannot specify '", std::string(1, f.sep),
                                        "' with ", quoted_code(f.type), "."));
    }
  }
  return f;
}

// CPython's _PyUnicode_InsertThousandsGrouping: groups the digits from the
// right and, when zero padding asks for min_width, pads with zeros that are
// grouped too.
std::string group_digits(std::string_view digits, int64_t min_width, int group,
                         char sep) {
  min_width = std::max<int64_t>(0, min_width);
  std::string out;  // reversed
  int64_t remaining = digits.size();
  bool use_sep = false;
  auto emit = [&](int64_t len) {
    int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_sep) out += sep;
    for (int64_t k = 1; k <= chars; ++k) out += digits[remaining - k];
    out.append(std::max<int64_t>(0, len - remaining), '0');
    remaining -= chars;
    use_sep = true;
  };
  if (sep) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max({remaining, min_width, int64_t{1}}));
      emit(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  } else {
    emit(std::max({remaining, min_width, int64_t{1}}));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// calc_number_widths + fill_number: the result reads
// [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
std::string render_number(const FormatSpec& f, bool negative,
                          std::string_view prefix, std::string_view digits,
                          bool has_decimal, std::string_view remainder) {
  char sign = 0;
  if (f.sign == '+') {
    sign = negative ? '-' : '+';
  } else if (f.sign == ' ') {
    sign = negative ? '-' : ' ';
  } else if (negative) {
    sign = '-';
  }
  const int64_t non_digit = (sign != 0) + int64_t(prefix.size()) + has_decimal +
                            count_code_points(remainder);
  const int64_t min_width =
      f.fill == '0' && f.align == '=' ? f.width - non_digit : 0;
  // 'n' groups by the C locale, which does not group.
  const char sep = f.type == 'n' ? 0 : f.sep;
  const std::string grouped =
      digits.empty() ? "" : group_digits(digits, min_width, f.group, sep);
  const int64_t padding = f.width - (non_digit + int64_t(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding;
    }
  }
  std::string fill;
  append_utf8(fill, f.fill);
  std::string out;
  auto pad = [&](int64_t n) { while (n-- > 0) out += fill; };
  pad(lpad);
  if (sign) out += sign;
  out += prefix;
  pad(spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  pad(rpad);
  return out;
}

absl::StatusOr<std::string> format_int_spec(int64_t v, const FormatSpec& f) {
  if (f.precision != -1) {
    return value_error("Precision not allowed in integer format specifier");
  }
  if (f.no_neg_0) {
    return value_error(
        "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.type == 'c') {
    if (f.sign) {
      return value_error("Sign not allowed with integer format specifier 'c'");
    }
    if (f.alt) {
      return value_error(
          "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    absl::StatusOr<std::string> ch = percent_char(v);
    if (!ch.ok()) return ch;
    return render_number(f, false, "", "", false, *ch);
  }
  const int base = f.type == 'b' ? 2 : f.type == 'o' ? 8
                 : f.type == 'x' || f.type == 'X' ? 16 : 10;
  std::string digits = base_digits(magnitude(v), base);
  std::string prefix;
  if (f.alt && base != 10) prefix = {'0', char(f.type | 0x20)};
  if (f.type == 'X') {
    for (char& c : digits) c = char(std::toupper(c));
    prefix = absl::AsciiStrToUpper(prefix);
  }
  return render_number(f, v < 0, prefix, digits, false, "");
}

absl::StatusOr<std::string> format_float_spec(double v, const FormatSpec& f) {
  if (f.precision > INT_MAX) return value_error("precision too big");
  char type = char(f.type);
  bool add_dot_0 = false, pct = false;
  int default_precision = 6;
  if (type == 0) {
    // Like repr without a precision, else like 'g' keeping a ".0".
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    v *= 100;
    pct = true;
  }
  const int64_t precision = f.precision < 0 ? default_precision : f.precision;
  if (f.precision >= 0 && type == 'r') type = 'g';
  std::string buf =
      double_to_string(v, type, precision, add_dot_0, f.alt, f.no_neg_0);
  if (pct) buf += '%';
  std::string_view body = buf;
  const bool negative = body[0] == '-';
  if (negative) body.remove_prefix(1);
  size_t nd = 0;
  while (nd < body.size() && body[nd] >= '0' && body[nd] <= '9') ++nd;
  const bool has_decimal = nd < body.size() && body[nd] == '.';
  return render_number(f, negative, "", body.substr(0, nd), has_decimal,
                       body.substr(nd + has_decimal));
}

// unicode_format_arg_output: pads one converted %-argument; `numeric` marks
// the conversions whose sign, '+', ' ' and '0' flags apply.
std::string percent_output(std::string_view str, const PercentSpec& a,
                           bool numeric) {
  const char fill = numeric && a.zero ? '0' : ' ';
  int64_t len = count_code_points(str);
  const char32_t c = a.conv;
  if ((c == 's' || c == 'r' || c == 'a') && a.prec >= 0 && len > a.prec) {
    len = a.prec;
  }
  size_t p = 0;
  char sign_char = 0;
  bool sign = numeric;
  if (sign) {
    if (str[0] == '-' || str[0] == '+') {
      sign_char = str[0];
      --len;
      ++p;
    } else if (a.plus) {
      sign_char = '+';
    } else if (a.blank) {
      sign_char = ' ';
    } else {
      sign = false;
    }
  }
  int64_t width = std::max(a.width, len);
  std::string out;
  if (sign) {
    if (fill != ' ') out += sign_char;
    if (width > len) --width;
  }
  const bool prefix = a.alt && (c == 'x' || c == 'X' || c == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.append(str, p, 2);
      p += 2;
    }
    width = std::max<int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !a.left) {
    out.append(width - len, fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += sign_char;
    if (prefix) {
      out.append(str, p, 2);
      p += 2;
    }
  }
  str.remove_prefix(p);
  out.append(str.substr(0, prefix_bytes(str, len)));
  if (width > len) out.append(width - len, ' ');
  return out;
}

}  // namespace

std::string float_repr(double v) {
  return double_to_string(v, 'r', 0, true, false, false);
}

std::string str_repr(std::string_view utf8) {
  const bool single = utf8.find('\'') != utf8.npos;
  const char quote = single && utf8.find('"') == utf8.npos ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = decode_utf8(utf8, i);
    if (c == char32_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      append_utf8(out, c);
    } else {
      const uint32_t u = c;
      if (u <= 0xFF) {
        absl::StrAppend(&out, "\\x", absl::Hex(u, absl::kZeroPad2));
      } else if (u <= 0xFFFF) {
        absl::StrAppend(&out, "\\u", absl::Hex(u, absl::kZeroPad4));
      } else {
        absl::StrAppend(&out, "\\U", absl::Hex(u, absl::kZeroPad8));
      }
    }
  }
  out += quote;
  return out;
}

std::string int_to_str_base(int64_t v, int base) {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  return absl::StrCat(v < 0 ? "-" : "", prefix, base_digits(magnitude(v), base));
}

absl::StatusOr<std::string> format_int(int64_t v, std::string_view spec,
                                       std::string_view type_name) {
  if (spec.empty()) return std::to_string(v);
  absl::StatusOr<FormatSpec> f = parse_spec(spec, 'd', '>', type_name);
  if (!f.ok()) return f.status();
  switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_int_spec(v, *f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_spec(double(v), *f);
    default:
      return unknown_code(f->type, type_name);
  }
}

absl::StatusOr<std::string> format_float(double v, std::string_view spec) {
  if (spec.empty()) return float_repr(v);
  absl::StatusOr<FormatSpec> f = parse_spec(spec, 0, '>', "float");
  if (!f.ok()) return f.status();
  switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
      return format_float_spec(v, *f);
    default:
      return unknown_code(f->type, "float");
  }
}

absl::StatusOr<std::string> format_str(std::string_view utf8,
                                       std::string_view spec) {
  if (spec.empty()) return std::string(utf8);
  absl::StatusOr<FormatSpec> f = parse_spec(spec, 's', '<', "str");
  if (!f.ok()) return f.status();
  if (f->type != 's') return unknown_code(f->type, "str");
  if (f->sign) {
    return value_error(f->sign == ' '
                           ? "Space not allowed in string format specifier"
                           : "Sign not allowed in string format specifier");
  }
  if (f->no_neg_0) {
    return value_error(
        "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f->alt) {
    return value_error(
        "Alternate form (#) not allowed in string format specifier");
  }
  if (f->align == '=') {
    return value_error("'=' alignment not allowed in string format specifier");
  }
  int64_t len = count_code_points(utf8);
  if (f->precision >= 0 && len > f->precision) {
    utf8 = utf8.substr(0, prefix_bytes(utf8, f->precision));
    len = f->precision;
  }
  const int64_t total = std::max(len, f->width);
  const int64_t lpad = f->align == '>'   ? total - len
                       : f->align == '^' ? (total - len) / 2
                                         : 0;
  std::string fill;
  append_utf8(fill, f->fill);
  std::string out;
  for (int64_t i = 0; i < lpad; ++i) out += fill;
  out += utf8;
  for (int64_t i = lpad + len; i < total; ++i) out += fill;
  return out;
}

absl::StatusOr<PercentSpec> parse_percent_spec(std::string_view fmt,
                                               size_t pos, StarArg star_arg) {
  PercentSpec a;
  size_t p = pos;
  if (p < fmt.size() && fmt[p] == '(') {
    int depth = 1;
    const size_t key_start = ++p;
    while (depth > 0 && p < fmt.size()) {
      char c = fmt[p++];
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth > 0) return value_error("incomplete format key");
    a.key = std::string(fmt.substr(key_start, p - 1 - key_start));
  }
  // Mirrors CPython's countdown: once the text runs out, `ch` keeps the last
  // character read and the conversion is incomplete.
  char32_t ch = 0;
  bool exhausted = false;
  auto next = [&] {
    if (p >= fmt.size()) {
      exhausted = true;
      return false;
    }
    ch = decode_utf8(fmt, p);
    return true;
  };
  auto is_digit = [&] { return ch >= '0' && ch <= '9'; };
  while (next()) {
    switch (ch) {
      case '-': a.left = true; continue;
      case '+': a.plus = true; continue;
      case ' ': a.blank = true; continue;
      case '#': a.alt = true; continue;
      case '0': a.zero = true; continue;
    }
    break;
  }
  if (ch == '*') {
    absl::StatusOr<int64_t> w = star_arg();
    if (!w.ok()) return w.status();
    a.width = *w;
    if (a.width < 0) {
      a.left = true;
      a.width = a.width == INT64_MIN ? INT64_MAX : -a.width;
    }
    if (a.width > (int64_t{1} << 34)) return absl::ResourceExhaustedError("width too large");
    next();
  } else if (is_digit()) {
    a.width = ch - '0';
    while (next() && is_digit()) {
      if (a.width > (INT64_MAX - int(ch - '0')) / 10) {
        return value_error("width too big");
      }
      a.width = a.width * 10 + (ch - '0');
    }
    if (a.width > (int64_t{1} << 34)) return absl::ResourceExhaustedError("width too large");
  }
  if (ch == '.') {
    a.prec = 0;
    next();
    if (ch == '*') {
      absl::StatusOr<int64_t> pr = star_arg();
      if (!pr.ok()) return pr.status();
      if (*pr > INT_MAX || *pr < INT_MIN) {
        return absl::OutOfRangeError("Python int too large to convert to C int");
      }
      a.prec = std::max(int(*pr), 0);
      next();
    } else if (is_digit()) {
      a.prec = ch - '0';
      while (next() && is_digit()) {
        if (a.prec > (INT_MAX - int(ch - '0')) / 10) {
          return value_error("precision too big");
        }
        a.prec = a.prec * 10 + int(ch - '0');
      }
    }
  }
  if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) next();
  if (exhausted) return value_error("incomplete format");
  a.conv = ch;
  a.end = p;
  return a;
}

absl::Status percent_unsupported(std::string_view fmt, const PercentSpec& spec) {
  const char shown = spec.conv >= 31 && spec.conv <= 126 ? char(spec.conv) : '?';
  return value_error(absl::StrFormat(
      "unsupported format character '%c' (0x%x) at index %d", shown,
      uint32_t(spec.conv), count_code_points(fmt.substr(0, spec.end)) - 1));
}

absl::StatusOr<std::string> percent_format_int(int64_t v,
                                               const PercentSpec& spec) {
  if (spec.prec > INT_MAX - 3) {
    return absl::OutOfRangeError("precision too large");
  }
  const char32_t c = spec.conv;
  const int base = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
  std::string digits = base_digits(magnitude(v), base);
  if (spec.prec > int64_t(digits.size())) {
    digits.insert(0, spec.prec - digits.size(), '0');
  }
  std::string s = v < 0 ? "-" : "";
  if (spec.alt && base != 10) s += {'0', c == 'o' ? 'o' : 'x'};
  s += digits;
  if (c == 'X') s = absl::AsciiStrToUpper(s);
  return percent_output(s, spec, true);
}

std::string percent_format_float(double v, const PercentSpec& spec) {
  return percent_output(
      double_to_string(v, char(spec.conv), spec.prec < 0 ? 6 : spec.prec,
                       false, spec.alt, false),
      spec, true);
}

absl::StatusOr<std::string> percent_char(int64_t code) {
  if (code < 0 || code > 0x10FFFF) {
    return absl::OutOfRangeError("%c arg not in range(0x110000)");
  }
  std::string out;
  append_utf8(out, char32_t(code));
  return out;
}

std::string percent_pad(std::string_view utf8, const PercentSpec& spec) {
  return percent_output(utf8, spec, false);
}

absl::StatusOr<int64_t> parse_int_literal_str(std::string_view s, int base) {
  if ((base != 0 && base < 2) || base > 36) {
    return value_error("int() base must be >= 2 and <= 36, or 0");
  }
  const std::string a = to_ascii(s);
  auto at = [&](size_t k) { return k < a.size() ? a[k] : '\0'; };
  auto invalid = [&] {
    // CPython quotes at most 200 characters of the repr.
    std::string r = str_repr(s);
    r.resize(prefix_bytes(r, 200));
    return value_error(absl::StrCat("invalid literal for int() with base ",
                                    base, ": ", r));
  };
  size_t i = 0;
  while (is_ascii_space(at(i))) ++i;
  bool negative = false;
  if (at(i) == '+' || at(i) == '-') negative = a[i++] == '-';
  int b = base;
  bool nonzero_is_error = false;  // "010" with base 0: old-style octal
  const char marker = char(at(i + 1) | 0x20);
  if (b == 0) {
    if (at(i) != '0') {
      b = 10;
    } else if (marker == 'x') {
      b = 16;
    } else if (marker == 'o') {
      b = 8;
    } else if (marker == 'b') {
      b = 2;
    } else {
      nonzero_is_error = true;
      b = 10;
    }
  }
  if (at(i) == '0' && ((b == 16 && marker == 'x') || (b == 8 && marker == 'o') ||
                       (b == 2 && marker == 'b'))) {
    i += 2;
    if (at(i) == '_') ++i;
  }
  if (at(i) == '_') return invalid();
  unsigned __int128 value = 0;
  bool huge = false;
  int64_t ndigits = 0;
  char prev = 0;
  for (;; ++i) {
    const char c = at(i);
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'z' ? c - 'a' + 10
                  : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                         : 99;
    if (c == '_') {
      if (prev == '_') return invalid();
    } else if (d < b) {
      ++ndigits;
      if (!huge) {
        value = value * b + d;
        huge = value > UINT64_MAX;
      }
    } else {
      break;
    }
    prev = c;
  }
  if (prev == '_') return invalid();
  if ((b & (b - 1)) != 0 && ndigits > 4300) {
    return value_error(absl::StrCat(
        "Exceeds the limit (4300 digits) for integer string conversion: value "
        "has ",
        ndigits, " digits; use sys.set_int_max_str_digits() to increase the limit"));
  }
  if ((nonzero_is_error && (huge || value != 0)) || ndigits == 0) {
    return invalid();
  }
  while (is_ascii_space(at(i))) ++i;
  if (i != a.size()) return invalid();
  if (huge || value > uint64_t(INT64_MAX) + negative) {
    return absl::OutOfRangeError("int too large to fit in 64 bits");
  }
  return int64_t(negative ? 0 - uint64_t(value) : uint64_t(value));
}

absl::StatusOr<double> parse_float_str(std::string_view s) {
  auto invalid = [&] {
    return value_error(
        absl::StrCat("could not convert string to float: ", str_repr(s)));
  };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string a = to_ascii(s);
  if (a.find('_') != a.npos) {
    // Underscores only between digits.
    std::string kept;
    char prev = 0;
    for (char c : a) {
      if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) {
        return invalid();
      }
      if (c != '_') kept += c;
      prev = c;
    }
    if (prev == '_') return invalid();
    a = kept;
  }
  std::string_view t = a;
  while (!t.empty() && is_ascii_space(t.front())) t.remove_prefix(1);
  while (!t.empty() && is_ascii_space(t.back())) t.remove_suffix(1);
  const bool negative = !t.empty() && t[0] == '-';
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  const std::string lower = absl::AsciiStrToLower(av(t));
  double v;
  if (lower == "inf" || lower == "infinity") {
    v = HUGE_VAL;
  } else if (lower == "nan") {
    v = std::nan("");
  } else {
    size_t k = 0, mantissa_digits = 0;
    auto skip_digits = [&] {
      size_t from = k;
      while (k < t.size() && is_digit(t[k])) ++k;
      return k - from;
    };
    mantissa_digits += skip_digits();
    if (k < t.size() && t[k] == '.') {
      ++k;
      mantissa_digits += skip_digits();
    }
    if (mantissa_digits == 0) return invalid();
    if (k < t.size() && (t[k] == 'e' || t[k] == 'E')) {
      ++k;
      if (k < t.size() && (t[k] == '+' || t[k] == '-')) ++k;
      if (skip_digits() == 0) return invalid();
    }
    if (k != t.size()) return invalid();
    v = decimal_to_double(t);
  }
  return negative ? -v : v;
}

absl::StatusOr<double> python_round(double x, int64_t ndigits) {
  // Beyond these every finite double rounds to itself, or to zero.
  if (!std::isfinite(x) || x == 0 || ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  Digits d = dtoa(x, 2, 767);  // every significant digit
  std::string& g = d.digits;
  const int64_t keep = d.decpt + ndigits;
  if (keep >= int64_t(g.size())) return x;  // nothing to round off
  if (keep < 0) {
    g.clear();
  } else {
    // Round half to even; g has no trailing zeros, so any digit past the
    // 5 makes it more than half.
    const bool up = g[keep] > '5' ||
                    (g[keep] == '5' && (keep + 1 < int64_t(g.size()) ||
                                        (keep > 0 && (g[keep - 1] - '0') % 2)));
    g.resize(keep);
    if (up) {
      int64_t k = keep - 1;
      while (k >= 0 && g[k] == '9') g[k--] = '0';
      if (k < 0) {
        g.insert(0, "1");
      } else {
        ++g[k];
      }
    }
  }
  const double r = decimal_to_double(
      absl::StrCat(d.neg ? "-" : "", g.empty() ? "0" : g, "e", -ndigits));
  if (std::isinf(r)) {
    return absl::OutOfRangeError("rounded value too large to represent");
  }
  return r;
}

double round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

}  // namespace lockvm
