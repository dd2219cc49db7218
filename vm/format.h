// CPython 3.11's text rendering of numbers and strings — repr, format() and
// f-string specs, printf-style %, int()/float() parsing, round() — on plain
// C++ values, so lockvm prints byte for byte what CPython prints.
//
// Error statuses carry CPython's exception message without the type prefix:
// InvalidArgument means ValueError, OutOfRange means OverflowError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace lockvm {

// repr(float), which str(float) equals.
std::string float_repr(double v);

// repr(str) for UTF-8 text (surrogates encoded as 3-byte sequences are
// accepted). Printability of non-ASCII code points follows Unicode 14 for
// controls, format characters, separators, surrogates, private use and the
// large unassigned blocks; scattered unassigned code points print as is.
std::string str_repr(std::string_view utf8);

// bin()/oct()/hex() for base 2/8/16 ("-0b101", "0o17", "0x1f"); base 10 gives
// str(int).
std::string int_to_str_base(int64_t v, int base);

// format(v, spec) for int, float and str. An empty spec gives str(v); for a
// bool with an empty spec the caller prints "True"/"False" itself, and passes
// type_name "bool" so that error messages name the right type.
absl::StatusOr<std::string> format_int(int64_t v, std::string_view spec,
                                       std::string_view type_name = "int");
absl::StatusOr<std::string> format_float(double v, std::string_view spec);
absl::StatusOr<std::string> format_str(std::string_view utf8,
                                       std::string_view spec);

// One printf-style conversion, "%[(key)][flags][width][.prec][hlL]conv".
struct PercentSpec {
  std::optional<std::string> key;  // the mapping key of "%(key)s"
  bool left = false;               // '-'
  bool plus = false;               // '+'
  bool blank = false;              // ' '
  bool alt = false;                // '#'
  bool zero = false;               // '0'
  int64_t width = -1;              // -1: none
  int prec = -1;                   // -1: none
  char32_t conv = 0;
  size_t end = 0;  // byte offset just past the conversion character
};

// Supplies the value of a '*' width or precision: the caller takes the next
// argument and returns its int value, or its own error ("* wants int",
// "not enough arguments for format string"), which is passed through.
using StarArg = absl::FunctionRef<absl::StatusOr<int64_t>()>;

// Parses the conversion starting at byte `pos`, just past a '%' of `fmt`.
// The caller has already dealt with "%%" and, when fmt[pos] == '(' and the
// right operand is not a mapping, raised TypeError "format requires a mapping"
// itself. After parsing, the caller fetches the value (so that a missing
// argument is reported before a bad conversion character, as in CPython) and
// dispatches on conv; an unknown conv gets percent_unsupported().
absl::StatusOr<PercentSpec> parse_percent_spec(std::string_view fmt,
                                               size_t pos, StarArg star_arg);
absl::Status percent_unsupported(std::string_view fmt, const PercentSpec& spec);

// %d %i %u %o %x %X of an int (the caller converts floats with int() first).
absl::StatusOr<std::string> percent_format_int(int64_t v,
                                               const PercentSpec& spec);
// %e %E %f %F %g %G.
std::string percent_format_float(double v, const PercentSpec& spec);
// %c of an int: the character, OverflowError when out of range.
absl::StatusOr<std::string> percent_char(int64_t code);
// Width and precision applied to the text of %s, %r, %a and %c.
std::string percent_pad(std::string_view utf8, const PercentSpec& spec);

// int(s, base). A literal that is valid but beyond int64 gives OutOfRange.
absl::StatusOr<int64_t> parse_int_literal_str(std::string_view s, int base);
// float(s).
absl::StatusOr<double> parse_float_str(std::string_view s);

// round(x, ndigits); OutOfRange "rounded value too large to represent".
absl::StatusOr<double> python_round(double x, int64_t ndigits);
// round(x) before the conversion to int: nearest, ties to even.
double round_half_even(double x);

}  // namespace lockvm
