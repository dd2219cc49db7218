// The methods of str, str.format and format() (the f-string field hook), and
// printf-style `str % args`, with CPython 3.11's results and messages. Number
// and spec rendering is vm/format.h's; this file parses templates, fetches
// the values and holds the few Unicode tables the methods need.
//
// Text is UTF-8 throughout. Searching, splitting on a separator, replacing
// and parsing templates work on bytes, which UTF-8 makes exact; code-point
// indices are converted only at the edges (start/end arguments, find
// results), and only strings that are not ASCII pay for that.
//
// Unicode coverage: character classes and case mappings are CPython's for
// ASCII and Latin-1. Beyond that, case mappings cover Latin Extended-A/B with
// the IPA letters they pair with, Latin Extended Additional, Greek (not Greek
// Extended), Cyrillic, Armenian, Georgian, roman numerals, circled and
// fullwidth letters, with CPython's multi-character results for ß, ŉ, İ, the
// ligatures ﬀ-ﬆ and the final-sigma rule. isdecimal/isdigit are exact;
// isalpha and isidentifier are exact for the scripts of the kAlpha table
// (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Devanagari, Thai, Georgian, Hangul, kana, CJK); isnumeric adds fractions,
// roman numerals, circled numbers and CJK numerals to the digits. Other code
// points count as uncased non-letters and map to themselves.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "vm/builtins_core.h"
#include "vm/format.h"

namespace lockvm {
namespace str_impl {

// ================================================================= Unicode

// Lenient like vm/format.cc: lone surrogates arrive as 3-byte sequences.
inline char32_t decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  for (; extra > 0 && i < s.size() && (s[i] & 0xC0) == 0x80; --extra) cp = (cp << 6) | (s[i++] & 0x3F);
  return cp;
}

// The code point ending just before byte i; i moves to its start.
inline char32_t decode_back(std::string_view s, size_t& i) {
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  size_t k = j;
  char32_t c = decode(s, k);
  i = j;
  return c;
}

inline void encode(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  static constexpr unsigned char kLead[] = {0, 0xC0, 0xE0, 0xF0};
  int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  out += static_cast<char>(kLead[extra] | (cp >> (6 * extra)));
  while (extra-- > 0) out += static_cast<char>(0x80 | ((cp >> (6 * extra)) & 0x3F));
}

inline std::u32string decode_all(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out += decode(s, i);
  return out;
}

inline int64_t cp_count(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

template <size_t N>
bool in_ranges(char32_t c, const char32_t (&r)[N][2]) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (r[mid][1] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo < N && r[lo][0] <= c;
}

// Each starts a run of ten Nd code points 0-9 (Unicode 14).
inline constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,   0xC66,
    0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,
    0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,
    0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0};
// Digits that are not decimals: superscripts, circled and dingbat digits.
inline constexpr char32_t kDigitOnly[][2] = {
    {0xB2, 0xB3},       {0xB9, 0xB9},       {0x1369, 0x1371},   {0x19DA, 0x19DA},   {0x2070, 0x2070},
    {0x2074, 0x2079},   {0x2080, 0x2089},   {0x2460, 0x2468},   {0x2474, 0x247C},   {0x2488, 0x2490},
    {0x24EA, 0x24EA},   {0x24F5, 0x24FD},   {0x24FF, 0x24FF},   {0x2776, 0x277E},   {0x2780, 0x2788},
    {0x278A, 0x2792},   {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A}};
// Numerics that are not digits: fractions, roman numerals, circled numbers.
inline constexpr char32_t kNumericOnly[][2] = {
    {0xBC, 0xBE},     {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487},
    {0x2491, 0x249B}, {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789},
    {0x2793, 0x2793}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195},
    {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF}};
// CJK ideographs with a numeric value (一, 二, 十, 百, 千, 万, 零, ...).
inline constexpr char32_t kCjkNumerals[] = {
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
    0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
    0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
    0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6};
// Letters beyond ASCII, exact within the blocks listed at the top.
inline constexpr char32_t kAlpha[][2] = {
    {0xAA, 0xAA},       {0xB5, 0xB5},       {0xBA, 0xBA},       {0xC0, 0xD6},       {0xD8, 0xF6},
    {0xF8, 0x2C1},      {0x2C6, 0x2D1},     {0x2E0, 0x2E4},     {0x2EC, 0x2EC},     {0x2EE, 0x2EE},
    {0x370, 0x374},     {0x376, 0x377},     {0x37A, 0x37D},     {0x37F, 0x37F},     {0x386, 0x386},
    {0x388, 0x38A},     {0x38C, 0x38C},     {0x38E, 0x3A1},     {0x3A3, 0x3F5},     {0x3F7, 0x481},
    {0x48A, 0x52F},     {0x531, 0x556},     {0x559, 0x559},     {0x560, 0x588},     {0x5D0, 0x5EA},
    {0x5EF, 0x5F2},     {0x620, 0x64A},     {0x66E, 0x66F},     {0x671, 0x6D3},     {0x6D5, 0x6D5},
    {0x6E5, 0x6E6},     {0x6EE, 0x6EF},     {0x6FA, 0x6FC},     {0x6FF, 0x6FF},     {0x710, 0x710},
    {0x712, 0x72F},     {0x74D, 0x7A5},     {0x7B1, 0x7B1},     {0x7CA, 0x7EA},     {0x7F4, 0x7F5},
    {0x7FA, 0x7FA},     {0x904, 0x939},     {0x93D, 0x93D},     {0x950, 0x950},     {0x958, 0x961},
    {0x971, 0x97F},     {0xE01, 0xE30},     {0xE32, 0xE33},     {0xE40, 0xE46},     {0x10A0, 0x10C5},
    {0x10C7, 0x10C7},   {0x10CD, 0x10CD},   {0x10D0, 0x10FA},   {0x10FC, 0x10FF},   {0x1100, 0x11FF},
    {0x1C90, 0x1CBA},   {0x1CBD, 0x1CBF},   {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},   {0x1F20, 0x1F45},
    {0x1F48, 0x1F4D},   {0x1F50, 0x1F57},   {0x1F59, 0x1F59},   {0x1F5B, 0x1F5B},   {0x1F5D, 0x1F5D},
    {0x1F5F, 0x1F7D},   {0x1F80, 0x1FB4},   {0x1FB6, 0x1FBC},   {0x1FBE, 0x1FBE},   {0x1FC2, 0x1FC4},
    {0x1FC6, 0x1FCC},   {0x1FD0, 0x1FD3},   {0x1FD6, 0x1FDB},   {0x1FE0, 0x1FEC},   {0x1FF2, 0x1FF4},
    {0x1FF6, 0x1FFC},   {0x2183, 0x2184},   {0x3041, 0x3096},   {0x309D, 0x309F},   {0x30A1, 0x30FA},
    {0x30FC, 0x30FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xAC00, 0xD7A3},   {0xF900, 0xFA6D},
    {0xFA70, 0xFAD9},   {0xFB00, 0xFB06},   {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},   {0xFF66, 0xFFBE},
    {0xFFC2, 0xFFC7},   {0xFFCA, 0xFFCF},   {0xFFD2, 0xFFD7},   {0xFFDA, 0xFFDC},   {0x20000, 0x2A6DF},
    {0x2A700, 0x2B738}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}};
// Identifier continuation characters that are neither letters nor decimals:
// combining marks, connector punctuation, middle dot.
inline constexpr char32_t kIdContinue[][2] = {
    {0xB7, 0xB7},     {0x300, 0x36F},   {0x387, 0x387},   {0x483, 0x487},   {0x591, 0x5BD},   {0x5BF, 0x5BF},
    {0x5C1, 0x5C2},   {0x5C4, 0x5C5},   {0x5C7, 0x5C7},   {0x610, 0x61A},   {0x64B, 0x65F},   {0x670, 0x670},
    {0x6D6, 0x6DC},   {0x6DF, 0x6E4},   {0x6E7, 0x6E8},   {0x6EA, 0x6ED},   {0x711, 0x711},   {0x730, 0x74A},
    {0x7A6, 0x7B0},   {0x7EB, 0x7F3},   {0x7FD, 0x7FD},   {0x900, 0x903},   {0x93A, 0x93C},   {0x93E, 0x94F},
    {0x951, 0x957},   {0x962, 0x963},   {0xE31, 0xE31},   {0xE34, 0xE3A},   {0xE47, 0xE4E},   {0x203F, 0x2040},
    {0x2054, 0x2054}, {0x20D0, 0x20DC}, {0x20E1, 0x20E1}, {0x20E5, 0x20F0}, {0x3007, 0x3007}, {0x3021, 0x302F},
    {0x3038, 0x303A}, {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F},
    {0xFF3F, 0xFF3F}};

inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x9 && c <= 0xD) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_linebreak(char32_t c) {
  return (c >= 0xA && c <= 0xD) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

inline bool is_decimal(char32_t c) {
  if (c < 0x80) return c - '0' < 10;
  if (c >= 0x1D7CE && c <= 0x1D7FF) return true;  // mathematical digits: five runs back to back
  const char32_t* end = std::end(kDecimalZeros);
  const char32_t* it = std::upper_bound(std::begin(kDecimalZeros), end, c);
  return it != std::begin(kDecimalZeros) && c - it[-1] < 10;
}
inline bool is_digit(char32_t c) { return is_decimal(c) || (c >= 0xB2 && in_ranges(c, kDigitOnly)); }
inline bool is_numeric(char32_t c) {
  return is_digit(c) || (c >= 0xBC && (in_ranges(c, kNumericOnly) ||
                                       std::binary_search(std::begin(kCjkNumerals), std::end(kCjkNumerals), c)));
}
inline bool is_alpha(char32_t c) {
  if (c < 0x80) return ((c | 0x20) - 'a') < 26;
  return in_ranges(c, kAlpha);
}
inline bool is_alnum(char32_t c) { return is_alpha(c) || is_numeric(c); }
// Letter numbers: roman numerals and the Suzhou numerals.
inline constexpr char32_t kLetterNumbers[][2] = {
    {0x16EE, 0x16F0}, {0x2160, 0x2182}, {0x2185, 0x2188}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}};
inline bool is_id_start(char32_t c) {
  return c == '_' || is_alpha(c) || (c >= 0x16EE && in_ranges(c, kLetterNumbers));
}
inline bool is_id_continue(char32_t c) {
  return is_id_start(c) || is_decimal(c) || (c >= 0xB7 && in_ranges(c, kIdContinue));
}

// ----------------------------------------------------------------- case

// Runs of letters whose lowercase is the code point plus delta.
struct CaseDelta {
  char32_t lo, hi;
  int32_t delta;
};
inline constexpr CaseDelta kCaseDeltas[] = {
    {0x386, 0x386, 38},     {0x388, 0x38A, 37},     {0x38C, 0x38C, 64},   {0x38E, 0x38F, 63},
    {0x391, 0x3A1, 32},     {0x3A3, 0x3AB, 32},     {0x400, 0x40F, 80},   {0x410, 0x42F, 32},
    {0x37F, 0x37F, 116},    {0x3CF, 0x3CF, 8},      {0x3F9, 0x3F9, -7},   {0x3FD, 0x3FF, -130},
    {0x4C0, 0x4C0, 15},     {0x531, 0x556, 48},     {0x10A0, 0x10C5, 7264}, {0x10C7, 0x10C7, 7264},
    {0x10CD, 0x10CD, 7264}, {0x1C90, 0x1CBA, -3008}, {0x1CBD, 0x1CBF, -3008}, {0x2160, 0x216F, 16},
    {0x24B6, 0x24CF, 26},   {0xFF21, 0xFF3A, 32}};
// Runs where upper- and lowercase alternate, uppercase first.
inline constexpr char32_t kCasePairs[][2] = {
    {0x100, 0x12F}, {0x132, 0x137}, {0x139, 0x148}, {0x14A, 0x177}, {0x179, 0x17E}, {0x182, 0x185},
    {0x187, 0x188}, {0x18B, 0x18C}, {0x191, 0x192}, {0x198, 0x199}, {0x1A0, 0x1A5}, {0x1A7, 0x1A8},
    {0x1AC, 0x1AD}, {0x1AF, 0x1B0}, {0x1B3, 0x1B6}, {0x1B8, 0x1B9}, {0x1BC, 0x1BD}, {0x1CD, 0x1DC},
    {0x1DE, 0x1EF}, {0x1F4, 0x1F5}, {0x1F8, 0x21F}, {0x222, 0x233}, {0x23B, 0x23C}, {0x241, 0x242},
    {0x246, 0x24F}, {0x370, 0x373}, {0x376, 0x377}, {0x3D8, 0x3EF}, {0x3F7, 0x3F8}, {0x3FA, 0x3FB},
    {0x460, 0x481}, {0x48A, 0x4BF}, {0x4C1, 0x4CE}, {0x4D0, 0x52F}, {0x1E00, 0x1E95}, {0x1EA0, 0x1EFF},
    {0x2183, 0x2184}};
// Pairs outside any run: {upper, lower}, mostly the letters of African
// alphabets that Latin Extended-B takes from the IPA block.
inline constexpr char32_t kCaseIrregular[][2] = {
    {0x181, 0x253}, {0x186, 0x254}, {0x189, 0x256}, {0x18A, 0x257}, {0x18E, 0x1DD}, {0x18F, 0x259},
    {0x190, 0x25B}, {0x193, 0x260}, {0x194, 0x263}, {0x196, 0x269}, {0x197, 0x268}, {0x19C, 0x26F},
    {0x19D, 0x272}, {0x19F, 0x275}, {0x1A6, 0x280}, {0x1A9, 0x283}, {0x1AE, 0x288}, {0x1B1, 0x28A},
    {0x1B2, 0x28B}, {0x1B7, 0x292}, {0x1F6, 0x195}, {0x1F7, 0x1BF}, {0x220, 0x19E}, {0x23D, 0x19A},
    {0x243, 0x180}, {0x244, 0x289}, {0x245, 0x28C}};
// Lowercase variants whose uppercase maps back to the plain letter.
inline constexpr char32_t kUpperOnly[][2] = {
    {0x345, 0x399}, {0x3D0, 0x392}, {0x3D1, 0x398}, {0x3D5, 0x3A6}, {0x3D6, 0x3A0},
    {0x3F0, 0x39A}, {0x3F1, 0x3A1}, {0x3F5, 0x395}, {0x1E9B, 0x1E60}};

// The DŽ/Dž/dž families: upper, title, lower at base, base+1, base+2.
inline char32_t digraph_base(char32_t c) {
  if (c >= 0x1C4 && c <= 0x1CC) return 0x1C4 + (c - 0x1C4) / 3 * 3;
  if (c >= 0x1F1 && c <= 0x1F3) return 0x1F1;
  return 0;
}

inline char32_t to_lower1(char32_t c) {
  if (c < 0x80) return c - 'A' < 26 ? c + 32 : c;
  if (c < 0x100) return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 32 : c;
  if (char32_t b = digraph_base(c)) return b + 2;
  if (c == 0x130) return 'i';
  if (c == 0x178) return 0xFF;
  if (c == 0x1E9E) return 0xDF;
  if (c == 0x3F4) return 0x3B8;
  for (const auto& p : kCaseIrregular)
    if (p[0] == c) return p[1];
  for (const CaseDelta& d : kCaseDeltas)
    if (c >= d.lo && c <= d.hi) return c + d.delta;
  for (const auto& r : kCasePairs)
    if (c >= r[0] && c <= r[1]) return (c - r[0]) % 2 == 0 ? c + 1 : c;
  return c;
}

inline char32_t to_upper1(char32_t c) {
  if (c < 0x80) return c - 'a' < 26 ? c - 32 : c;
  if (c < 0x100) {
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    return c == 0xFF ? 0x178 : c == 0xB5 ? 0x39C : c;
  }
  if (char32_t b = digraph_base(c)) return b;
  if (c == 0x131) return 'I';
  if (c == 0x17F) return 'S';
  if (c == 0x3C2) return 0x3A3;
  for (const auto& p : kCaseIrregular)
    if (p[1] == c) return p[0];
  for (const auto& p : kUpperOnly)
    if (p[0] == c) return p[1];
  for (const CaseDelta& d : kCaseDeltas)
    if (c >= d.lo + d.delta && c <= d.hi + d.delta) return c - d.delta;
  for (const auto& r : kCasePairs)
    if (c >= r[0] && c <= r[1]) return (c - r[0]) % 2 == 1 ? c - 1 : c;
  return c;
}

// Lowercase letters with no simple uppercase partner, and the modifier
// letters Unicode counts as lowercase.
inline constexpr char32_t kLowerOnly[][2] = {
    {0xAA, 0xAA},   {0xBA, 0xBA},   {0xDF, 0xDF},   {0x138, 0x138},   {0x149, 0x149},   {0x18D, 0x18D},
    {0x19B, 0x19B}, {0x1AA, 0x1AB}, {0x1BA, 0x1BA}, {0x1BE, 0x1BE},   {0x1F0, 0x1F0},   {0x221, 0x221},
    {0x234, 0x239}, {0x23F, 0x240}, {0x250, 0x293}, {0x295, 0x2B8},   {0x2C0, 0x2C1},   {0x2E0, 0x2E4},
    {0x345, 0x345}, {0x37A, 0x37A}, {0x390, 0x390}, {0x3B0, 0x3B0},   {0x3FC, 0x3FC},   {0x560, 0x560},
    {0x587, 0x588}, {0x1D00, 0x1DBF}, {0x1E96, 0x1E9D}, {0x1E9F, 0x1E9F}, {0xFB00, 0xFB06}};

inline bool is_title(char32_t c) { return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2; }
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c - 'A' < 26;
  return !is_title(c) && to_lower1(c) != c;
}
inline bool is_lower(char32_t c) {
  if (c < 0x80) return c - 'a' < 26;
  if (is_title(c)) return false;
  return to_upper1(c) != c || in_ranges(c, kLowerOnly);
}
inline bool is_cased(char32_t c) { return is_upper(c) || is_lower(c) || is_title(c); }

// Word-internal punctuation and marks that the final-sigma rule looks past.
inline bool is_case_ignorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD || c == 0xAF ||
         c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) ||
         c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027;
}

// Full (one-to-many) mappings from Unicode's SpecialCasing.txt.
struct SpecialCase {
  char32_t c;
  char32_t upper[3], title[3], fold[3];
};
inline constexpr SpecialCase kSpecialCases[] = {
    {0xDF, {'S', 'S'}, {'S', 's'}, {'s', 's'}},
    {0x149, {0x2BC, 'N'}, {0x2BC, 'N'}, {0x2BC, 'n'}},
    {0x1F0, {'J', 0x30C}, {'J', 0x30C}, {'j', 0x30C}},
    {0x390, {0x399, 0x308, 0x301}, {0x399, 0x308, 0x301}, {0x3B9, 0x308, 0x301}},
    {0x3B0, {0x3A5, 0x308, 0x301}, {0x3A5, 0x308, 0x301}, {0x3C5, 0x308, 0x301}},
    {0x587, {0x535, 0x552}, {0x535, 0x582}, {0x565, 0x582}},
    {0x1E96, {'H', 0x331}, {'H', 0x331}, {'h', 0x331}},
    {0x1E97, {'T', 0x308}, {'T', 0x308}, {'t', 0x308}},
    {0x1E98, {'W', 0x30A}, {'W', 0x30A}, {'w', 0x30A}},
    {0x1E99, {'Y', 0x30A}, {'Y', 0x30A}, {'y', 0x30A}},
    {0x1E9A, {'A', 0x2BE}, {'A', 0x2BE}, {'a', 0x2BE}},
    {0x1E9E, {0x1E9E}, {0x1E9E}, {'s', 's'}},
    {0xFB00, {'F', 'F'}, {'F', 'f'}, {'f', 'f'}},
    {0xFB01, {'F', 'I'}, {'F', 'i'}, {'f', 'i'}},
    {0xFB02, {'F', 'L'}, {'F', 'l'}, {'f', 'l'}},
    {0xFB03, {'F', 'F', 'I'}, {'F', 'f', 'i'}, {'f', 'f', 'i'}},
    {0xFB04, {'F', 'F', 'L'}, {'F', 'f', 'l'}, {'f', 'f', 'l'}},
    {0xFB05, {'S', 'T'}, {'S', 't'}, {'s', 't'}},
    {0xFB06, {'S', 'T'}, {'S', 't'}, {'s', 't'}},
};

inline const SpecialCase* special_case(char32_t c) {
  if (c != 0xDF && c != 0x149 && c != 0x1F0 && c != 0x390 && c != 0x3B0 && c != 0x587 &&
      !(c >= 0x1E96 && c <= 0x1E9E) && !(c >= 0xFB00 && c <= 0xFB06))
    return nullptr;
  for (const SpecialCase& s : kSpecialCases)
    if (s.c == c) return &s;
  return nullptr;
}

inline void encode_all(std::string& out, const char32_t (&cps)[3]) {
  for (char32_t c : cps)
    if (c) encode(out, c);
}

inline void append_upper(std::string& out, char32_t c) {
  if (const SpecialCase* s = special_case(c)) return encode_all(out, s->upper);
  encode(out, to_upper1(c));
}
inline void append_title(std::string& out, char32_t c) {
  if (const SpecialCase* s = special_case(c)) return encode_all(out, s->title);
  if (char32_t b = digraph_base(c)) return encode(out, b + 1);
  if (c >= 0x10D0 && c <= 0x10FF) return encode(out, c);  // Georgian has no titlecase
  encode(out, to_upper1(c));
}
// Lowercases cps[i]; capital sigma needs its neighbours.
inline void append_lower(std::string& out, const std::u32string& cps, size_t i) {
  char32_t c = cps[i];
  if (c == 0x130) {
    out += "i\xCC\x87";  // i + COMBINING DOT ABOVE
  } else if (c == 0x3A3) {
    size_t j = i;
    while (j > 0 && is_case_ignorable(cps[j - 1])) --j;
    bool final_sigma = j > 0 && is_cased(cps[j - 1]);
    if (final_sigma) {
      size_t k = i + 1;
      while (k < cps.size() && is_case_ignorable(cps[k])) ++k;
      final_sigma = k == cps.size() || !is_cased(cps[k]);
    }
    encode(out, final_sigma ? 0x3C2 : 0x3C3);
  } else {
    encode(out, to_lower1(c));
  }
}
inline void append_fold(std::string& out, char32_t c) {
  if (const SpecialCase* s = special_case(c)) return encode_all(out, s->fold);
  if (c == 0x130) {
    out += "i\xCC\x87";
    return;
  }
  if (c == 0xB5) return encode(out, 0x3BC);
  if (c == 0x17F) return encode(out, 's');
  if (c == 0x3C2) return encode(out, 0x3C3);
  for (const auto& p : kUpperOnly)
    if (p[0] == c) return encode(out, to_lower1(p[1]));
  encode(out, to_lower1(c));
}

enum class CaseOp { kUpper, kLower, kFold, kSwap, kTitle, kCapitalize };

inline std::string change_case(std::string_view s, bool ascii, CaseOp op) {
  std::string out;
  if (ascii) {
    out.assign(s);
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
      char& c = out[i];
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      bool to_up;
      switch (op) {
        case CaseOp::kUpper: to_up = true; break;
        case CaseOp::kSwap: to_up = low; break;
        case CaseOp::kTitle: to_up = !prev_cased; break;
        case CaseOp::kCapitalize: to_up = i == 0; break;
        default: to_up = false; break;
      }
      prev_cased = up || low;
      if (to_up && low) c = static_cast<char>(c - 32);
      else if (!to_up && up) c = static_cast<char>(c + 32);
    }
    return out;
  }
  std::u32string cps = decode_all(s);
  out.reserve(s.size());
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    switch (op) {
      case CaseOp::kUpper: append_upper(out, c); break;
      case CaseOp::kLower: append_lower(out, cps, i); break;
      case CaseOp::kFold: append_fold(out, c); break;
      case CaseOp::kSwap:
        if (is_upper(c)) append_lower(out, cps, i);
        else if (is_lower(c)) append_upper(out, c);
        else encode(out, c);
        break;
      case CaseOp::kTitle:
        if (prev_cased) append_lower(out, cps, i);
        else append_title(out, c);
        prev_cased = is_cased(c);
        break;
      case CaseOp::kCapitalize:
        if (i == 0) append_title(out, c);
        else append_lower(out, cps, i);
        break;
    }
  }
  return out;
}

// ascii(): repr with every non-ASCII code point escaped.
inline std::string ascii_escape(std::string_view repr_text) {
  std::string out;
  for (size_t i = 0; i < repr_text.size();) {
    char32_t c = decode(repr_text, i);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    char buf[12];
    if (c <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    out += buf;
  }
  return out;
}

// ================================================================= arguments

template <Policy P>
Value raise_status(ThreadState<P>& ts, const absl::Status& st) {
  if (st.code() == absl::StatusCode::kResourceExhausted) return raise_with(ts, ts.rt->t.MemoryError, Value());
  Type* t = st.code() == absl::StatusCode::kOutOfRange ? ts.rt->t.OverflowError : ts.rt->t.ValueError;
  return raise(ts, t, std::string_view(st.message().data(), st.message().size()));
}

template <Policy P>
Value str_result(ThreadState<P>& ts, absl::StatusOr<std::string> r) {
  if (!r.ok()) return raise_status(ts, r.status());
  return str_value(ts, *r);
}

// The receiver, checked as CPython's method descriptors check it.
template <Policy P>
Str* self_str(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name) {
  if (nargs == 0) {
    raisef(ts, ts.rt->t.TypeError, "unbound method str.%s() needs an argument", name);
    return nullptr;
  }
  if (!is_str(args[0])) {
    raisef(ts, ts.rt->t.TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
           type_name(ts, args[0]));
    return nullptr;
  }
  return static_cast<Str*>(args[0].obj());
}

// Counts of arguments after self. CPython words them two ways: argument
// clinic's "strip expected at most 1 argument, got 2" and the older
// "find() takes at most 3 arguments (4 given)".
template <Policy P>
bool check_count(ThreadState<P>& ts, int64_t nargs, const char* name, int64_t lo, int64_t hi, bool clinic) {
  int64_t n = nargs - 1;
  if (n >= lo && n <= hi) return true;
  bool few = n < lo;
  int64_t k = few ? lo : hi;
  if (clinic)
    raisef(ts, ts.rt->t.TypeError, "%s expected %s %d argument%s, got %d", name, few ? "at least" : "at most", k,
           k == 1 ? "" : "s", n);
  else
    raisef(ts, ts.rt->t.TypeError, "%s() takes %s %d argument%s (%d given)", name, few ? "at least" : "at most", k,
           k == 1 ? "" : "s", n);
  return false;
}

// Binds the arguments after self to named optional parameters as argument
// clinic does; unbound ones stay null.
template <Policy P, size_t N>
bool bind_args(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw, const char* name,
               const std::array<const char*, N>& params, Value (&out)[N]) {
  int64_t npos = nargs - 1, total = npos + kw.count;
  if (total > static_cast<int64_t>(N)) {
    raisef(ts, ts.rt->t.TypeError, "%s() takes at most %d %sargument%s (%d given)", name, N,
           npos == 0 ? "keyword " : "", N == 1 ? "" : "s", total);
    return false;
  }
  for (int64_t i = 0; i < npos; ++i) out[i] = args[i + 1];
  for (int64_t i = 0; i < kw.count; ++i) {
    std::string_view k = sv(kw.names[i]);
    size_t j = 0;
    while (j < N && k != params[j]) ++j;
    if (j == N) {
      raisef(ts, ts.rt->t.TypeError, "'%s' is an invalid keyword argument for %s()", k, name);
      return false;
    }
    if (static_cast<int64_t>(j) < npos) {
      raisef(ts, ts.rt->t.TypeError, "argument for %s() given by name ('%s') and position (%d)", name, k, j + 1);
      return false;
    }
    out[j] = kw.values[i];
  }
  return true;
}

// A str argument; `what` begins the TypeError ("must be str", ...).
template <Policy P>
Str* str_arg(ThreadState<P>& ts, Value v, const char* what) {
  if (is_str(v)) return static_cast<Str*>(v.obj());
  // Argument-clinic messages ("replace() argument 1 must be str") spell
  // None as None; the others name its type.
  bool clinic = std::string_view(what).find("argument") != std::string_view::npos;
  raisef(ts, ts.rt->t.TypeError, "%s, not %s", what, clinic ? arg_type_name(ts, v) : type_name(ts, v));
  return nullptr;
}

// A code-point range of s: start/end arguments (args[first], args[first+1],
// None or absent for the ends) clamped as CPython's ADJUST_INDICES does.
// start may end up past the string; callers compare before converting.
struct Span {
  int64_t start, end;
};

template <Policy P>
bool span_args(ThreadState<P>& ts, const Value* args, int64_t nargs, int64_t first, int64_t len, Span* out) {
  int64_t v[2] = {0, len};
  for (int k = 0; k < 2; ++k) {
    if (first + k >= nargs || is_none(ts, args[first + k])) continue;
    Value a = args[first + k];
    if (is_intlike(a)) {
      v[k] = int_value(a);
    } else if (kind_of(a) == Kind::Instance && type_lookup(ts, type_of(ts, a), ts.rt->n.__index__)) {
      if (!index_value(ts, a, &v[k])) return false;
    } else {
      raise(ts, ts.rt->t.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
  }
  int64_t start = v[0], end = v[1];
  if (end > len) end = len;
  else if (end < 0) end = std::max<int64_t>(end + len, 0);
  if (start < 0) start = std::max<int64_t>(start + len, 0);
  *out = {start, end};
  return true;
}

// The bytes of s[span] (start <= end <= length).
inline std::string_view span_bytes(const Str* s, Span sp) {
  int64_t b0 = utf8_offset(s, sp.start), b1 = utf8_offset(s, sp.end);
  return {s->data + b0, static_cast<size_t>(b1 - b0)};
}

template <Policy P>
Value list_of(ThreadState<P>& ts, const std::vector<std::string_view>& parts) {
  List* l = new_list(ts, static_cast<int64_t>(parts.size()));
  for (size_t i = 0; i < parts.size(); ++i) l->items[i] = str_value(ts, parts[i]);
  l->size = static_cast<int64_t>(parts.size());
  return Value::from_obj(l);
}

// ================================================================= methods

// ----------------------------------------------------------------- join

template <Policy P>
Value m_join(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* sep = self_str(ts, args, nargs, "join");
  if (!sep) return Value();
  Value iterable = args[1];
  Tuple* items;
  Kind k = kind_of(iterable);
  if (k == Kind::Tuple || k == Kind::List) {
    items = tuple_from_iterable(ts, iterable);  // a list is copied under its lock
  } else {
    Value it = get_iter(ts, iterable);
    if (!it) {
      if (exception_matches(ts, ts.rt->t.TypeError)) {
        clear_exception(ts);
        raise(ts, ts.rt->t.TypeError, "can only join an iterable");
      }
      return Value();
    }
    items = tuple_from_iterable(ts, it);
    decref(ts, it);
  }
  if (!items) return Value();
  Ref<P> hold(ts, Value::from_obj(items));
  int64_t n = items->size;
  if (n == 0) return str_value(ts, "");
  int64_t nbytes = sep->nbytes * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->ascii || n == 1;
  for (int64_t i = 0; i < n; ++i) {
    Value x = items->items[i];
    if (!is_str(x))
      return raisef(ts, ts.rt->t.TypeError, "sequence item %d: expected str instance, %s found", i,
                    type_name(ts, x));
    auto* s = static_cast<Str*>(x.obj());
    nbytes += s->nbytes;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  if (n == 1) return newref(ts, items->items[0]);
  Str* r = alloc_str(ts, nbytes);
  char* p = r->data;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) {
      std::memcpy(p, sep->data, static_cast<size_t>(sep->nbytes));
      p += sep->nbytes;
    }
    auto* s = static_cast<Str*>(items->items[i].obj());
    std::memcpy(p, s->data, static_cast<size_t>(s->nbytes));
    p += s->nbytes;
  }
  r->length = length;
  r->ascii = ascii;
  return Value::from_obj(r);
}

// ----------------------------------------------------------------- split

inline void split_whitespace(std::string_view t, int64_t maxsplit, std::vector<std::string_view>& parts) {
  size_t i = 0, n = t.size();
  auto space_at = [&](size_t pos, size_t* next) {
    *next = pos;
    return is_space(decode(t, *next));
  };
  size_t next;
  while (maxsplit-- > 0) {
    while (i < n && space_at(i, &next)) i = next;
    if (i == n) return;
    size_t j = i;
    while (i < n && !space_at(i, &next)) i = next;
    parts.push_back(t.substr(j, i - j));
  }
  while (i < n && space_at(i, &next)) i = next;
  if (i < n) parts.push_back(t.substr(i));
}

inline void rsplit_whitespace(std::string_view t, int64_t maxsplit, std::vector<std::string_view>& parts) {
  size_t i = t.size();
  auto space_before = [&](size_t pos, size_t* prev) {
    *prev = pos;
    return is_space(decode_back(t, *prev));
  };
  size_t prev;
  while (maxsplit-- > 0) {
    while (i > 0 && space_before(i, &prev)) i = prev;
    if (i == 0) return;
    size_t j = i;
    while (i > 0 && !space_before(i, &prev)) i = prev;
    parts.push_back(t.substr(i, j - i));
  }
  while (i > 0 && space_before(i, &prev)) i = prev;
  if (i > 0) parts.push_back(t.substr(0, i));
}

template <Policy P>
Value split_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw, bool right) {
  const char* name = right ? "rsplit" : "split";
  Str* s = self_str(ts, args, nargs, name);
  if (!s) return Value();
  Value a[2] = {};
  if (!bind_args(ts, args, nargs, kw, name, std::array{"sep", "maxsplit"}, a)) return Value();
  int64_t maxsplit = -1;
  if (a[1] && !arg_int(ts, a[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view t = sv(s);
  std::vector<std::string_view> parts;
  if (!a[0] || is_none(ts, a[0])) {
    if (right) rsplit_whitespace(t, maxsplit, parts);
    else split_whitespace(t, maxsplit, parts);
  } else {
    Str* sep = str_arg(ts, a[0], "must be str or None");
    if (!sep) return Value();
    std::string_view p = sv(sep);
    if (p.empty()) return raise(ts, ts.rt->t.ValueError, "empty separator");
    if (!right) {
      size_t i = 0, pos;
      for (; maxsplit > 0 && (pos = t.find(p, i)) != std::string_view::npos; --maxsplit) {
        parts.push_back(t.substr(i, pos - i));
        i = pos + p.size();
      }
      parts.push_back(t.substr(i));
    } else {
      size_t j = t.size(), pos;
      for (; maxsplit > 0 && (pos = t.substr(0, j).rfind(p)) != std::string_view::npos; --maxsplit) {
        parts.push_back(t.substr(pos + p.size(), j - pos - p.size()));
        j = pos;
      }
      parts.push_back(t.substr(0, j));
    }
  }
  if (right) std::reverse(parts.begin(), parts.end());
  if (parts.size() == 1 && parts[0].size() == t.size()) {
    List* l = new_list(ts, 1);
    l->items[0] = newref(ts, args[0]);
    l->size = 1;
    return Value::from_obj(l);
  }
  return list_of(ts, parts);
}

template <Policy P>
Value m_split(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  return split_impl(ts, args, nargs, kw, false);
}
template <Policy P>
Value m_rsplit(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  return split_impl(ts, args, nargs, kw, true);
}

template <Policy P>
Value m_splitlines(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  Str* s = self_str(ts, args, nargs, "splitlines");
  if (!s) return Value();
  Value a[1] = {};
  if (!bind_args(ts, args, nargs, kw, "splitlines", std::array{"keepends"}, a)) return Value();
  int64_t keepends = 0;
  if (a[0] && !arg_int(ts, a[0], &keepends)) return Value();
  std::string_view t = sv(s);
  std::vector<std::string_view> parts;
  size_t i = 0, n = t.size();
  while (i < n) {
    size_t start = i, eol;
    char32_t c = 0;
    for (;;) {
      eol = i;
      if (i >= n) break;
      c = decode(t, i);
      if (is_linebreak(c)) break;
    }
    if (c == '\r' && i < n && t[i] == '\n') ++i;
    parts.push_back(t.substr(start, (keepends ? i : eol) - start));
    if (eol >= n) break;
  }
  return list_of(ts, parts);
}

template <Policy P>
Value partition_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, bool right) {
  Str* s = self_str(ts, args, nargs, right ? "rpartition" : "partition");
  if (!s) return Value();
  Str* sep = str_arg(ts, args[1], "must be str");
  if (!sep) return Value();
  if (sep->nbytes == 0) return raise(ts, ts.rt->t.ValueError, "empty separator");
  std::string_view t = sv(s), p = sv(sep);
  size_t pos = right ? t.rfind(p) : t.find(p);
  if (pos == std::string_view::npos) {
    Value empty = str_value(ts, "");
    if (right) return tuple_steal(ts, {empty, newref(ts, empty), newref(ts, args[0])});
    return tuple_steal(ts, {newref(ts, args[0]), empty, newref(ts, empty)});
  }
  return tuple_steal(ts, {str_value(ts, t.substr(0, pos)), newref(ts, args[1]),
                          str_value(ts, t.substr(pos + p.size()))});
}

template <Policy P>
Value m_partition(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return partition_impl(ts, args, nargs, false);
}
template <Policy P>
Value m_rpartition(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return partition_impl(ts, args, nargs, true);
}

// ----------------------------------------------------------------- strip

// which: 1 strips the left, 2 the right, 3 both.
template <Policy P>
Value strip_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, int which) {
  Str* s = self_str(ts, args, nargs, name);
  if (!s || !check_count(ts, nargs, name, 0, 1, true)) return Value();
  std::u32string chars;
  bool whitespace = nargs < 2 || is_none(ts, args[1]);
  if (!whitespace) {
    if (!is_str(args[1])) return raisef(ts, ts.rt->t.TypeError, "%s arg must be None or str", name);
    chars = decode_all(str_view(args[1]));
  }
  auto strip_char = [&](char32_t c) {
    return whitespace ? is_space(c) : chars.find(c) != std::u32string::npos;
  };
  std::string_view t = sv(s);
  size_t i = 0, j = t.size(), next;
  if (which & 1)
    while (i < j && (next = i, strip_char(decode(t, next)))) i = next;
  if (which & 2)
    while (j > i && (next = j, strip_char(decode_back(t, next)))) j = next;
  if (i == 0 && j == t.size()) return newref(ts, args[0]);
  return str_value(ts, t.substr(i, j - i));
}

template <Policy P>
Value m_strip(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return strip_impl(ts, args, nargs, "strip", 3);
}
template <Policy P>
Value m_lstrip(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return strip_impl(ts, args, nargs, "lstrip", 1);
}
template <Policy P>
Value m_rstrip(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return strip_impl(ts, args, nargs, "rstrip", 2);
}

template <Policy P>
Value remove_affix(ThreadState<P>& ts, const Value* args, int64_t nargs, bool suffix) {
  Str* s = self_str(ts, args, nargs, suffix ? "removesuffix" : "removeprefix");
  if (!s) return Value();
  Str* a = str_arg(ts, args[1], suffix ? "removesuffix() argument must be str"
                                       : "removeprefix() argument must be str");
  if (!a) return Value();
  std::string_view t = sv(s), x = sv(a);
  if (x.empty() || !(suffix ? t.ends_with(x) : t.starts_with(x))) return newref(ts, args[0]);
  return str_value(ts, suffix ? t.substr(0, t.size() - x.size()) : t.substr(x.size()));
}

template <Policy P>
Value m_removeprefix(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return remove_affix(ts, args, nargs, false);
}
template <Policy P>
Value m_removesuffix(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return remove_affix(ts, args, nargs, true);
}

// ----------------------------------------------------------------- search

// The code-point index of sub in s[sp], or -1.
inline int64_t find_in(const Str* s, const Str* sub, Span sp, bool reverse) {
  if (sp.end - sp.start < sub->length) return -1;
  if (sub->nbytes == 0) return reverse ? sp.end : sp.start;
  std::string_view hay = span_bytes(s, sp);
  size_t pos = reverse ? hay.rfind(sv(sub)) : hay.find(sv(sub));
  if (pos == std::string_view::npos) return -1;
  return sp.start + (s->ascii ? static_cast<int64_t>(pos) : cp_count(hay.substr(0, pos)));
}

// find, rfind, index, rindex and count share their argument handling.
template <Policy P>
bool search_args(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, Str** s, Str** sub,
                 Span* sp) {
  *s = self_str(ts, args, nargs, name);
  if (!*s || !check_count(ts, nargs, name, 1, 3, false)) return false;
  if (!span_args(ts, args, nargs, 2, (*s)->length, sp)) return false;
  *sub = str_arg(ts, args[1], "must be str");
  return *sub != nullptr;
}

template <Policy P>
Value find_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, bool reverse, bool raises) {
  Str *s, *sub;
  Span sp;
  if (!search_args(ts, args, nargs, name, &s, &sub, &sp)) return Value();
  int64_t r = find_in(s, sub, sp, reverse);
  if (r < 0 && raises) return raise(ts, ts.rt->t.ValueError, "substring not found");
  return Value::from_small(r);
}

template <Policy P>
Value m_find(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return find_impl(ts, args, nargs, "find", false, false);
}
template <Policy P>
Value m_rfind(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return find_impl(ts, args, nargs, "rfind", true, false);
}
template <Policy P>
Value m_index(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return find_impl(ts, args, nargs, "index", false, true);
}
template <Policy P>
Value m_rindex(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return find_impl(ts, args, nargs, "rindex", true, true);
}

template <Policy P>
Value m_count(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str *s, *sub;
  Span sp;
  if (!search_args(ts, args, nargs, "count", &s, &sub, &sp)) return Value();
  if (sp.end - sp.start < sub->length) return Value::from_small(0);
  if (sub->nbytes == 0) return Value::from_small(sp.end - sp.start + 1);
  std::string_view hay = span_bytes(s, sp), x = sv(sub);
  int64_t n = 0;
  for (size_t pos = hay.find(x); pos != std::string_view::npos; pos = hay.find(x, pos + x.size())) ++n;
  return Value::from_small(n);
}

template <Policy P>
Value affix_match(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, bool suffix) {
  Str* s = self_str(ts, args, nargs, name);
  Span sp;
  if (!s || !check_count(ts, nargs, name, 1, 3, false) || !span_args(ts, args, nargs, 2, s->length, &sp))
    return Value();
  auto match = [&](Str* x) {
    if (sp.end - x->length < sp.start) return false;
    if (x->nbytes == 0) return true;
    std::string_view hay = span_bytes(s, sp);
    return suffix ? hay.ends_with(sv(x)) : hay.starts_with(sv(x));
  };
  Value x = args[1];
  if (kind_of(x) == Kind::Tuple) {
    auto* t = static_cast<Tuple*>(x.obj());
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i]))
        return raisef(ts, ts.rt->t.TypeError, "tuple for %s must only contain str, not %s", name,
                      type_name(ts, t->items[i]));
      if (match(static_cast<Str*>(t->items[i].obj()))) return py_bool(ts, true);
    }
    return py_bool(ts, false);
  }
  if (!is_str(x))
    return raisef(ts, ts.rt->t.TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                  type_name(ts, x));
  return py_bool(ts, match(static_cast<Str*>(x.obj())));
}

template <Policy P>
Value m_startswith(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return affix_match(ts, args, nargs, "startswith", false);
}
template <Policy P>
Value m_endswith(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return affix_match(ts, args, nargs, "endswith", true);
}

// ----------------------------------------------------------------- replace

template <Policy P>
Value m_replace(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "replace");
  if (!s || !check_count(ts, nargs, "replace", 2, 3, true)) return Value();
  Str* old = str_arg(ts, args[1], "replace() argument 1 must be str");
  if (!old) return Value();
  Str* repl = str_arg(ts, args[2], "replace() argument 2 must be str");
  if (!repl) return Value();
  int64_t count = -1;
  if (nargs > 3 && !arg_int(ts, args[3], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view t = sv(s), x = sv(old), y = sv(repl);
  if (count == 0 || s->length < old->length) return newref(ts, args[0]);
  std::string out;
  if (x.empty()) {
    // The replacement goes before every code point and at the end.
    size_t i = 0;
    while (i < t.size() && count > 0) {
      out += y;
      --count;
      size_t j = i;
      decode(t, j);
      out.append(t, i, j - i);
      i = j;
    }
    if (i < t.size()) out.append(t, i);
    else if (count > 0) out += y;
    return str_value(ts, out);
  }
  size_t i = 0, pos = t.find(x);
  if (pos == std::string_view::npos) return newref(ts, args[0]);
  for (; pos != std::string_view::npos && count > 0; --count, pos = t.find(x, i)) {
    out.append(t, i, pos - i);
    out += y;
    i = pos + x.size();
  }
  out.append(t, i);
  return str_value(ts, out);
}

// ----------------------------------------------------------------- case

template <Policy P>
Value case_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, CaseOp op) {
  Str* s = self_str(ts, args, nargs, name);
  if (!s) return Value();
  return str_value(ts, change_case(sv(s), s->ascii, op));
}

template <Policy P>
Value m_upper(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "upper", CaseOp::kUpper);
}
template <Policy P>
Value m_lower(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "lower", CaseOp::kLower);
}
template <Policy P>
Value m_casefold(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "casefold", CaseOp::kFold);
}
template <Policy P>
Value m_swapcase(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "swapcase", CaseOp::kSwap);
}
template <Policy P>
Value m_title(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "title", CaseOp::kTitle);
}
template <Policy P>
Value m_capitalize(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return case_impl(ts, args, nargs, "capitalize", CaseOp::kCapitalize);
}

// ----------------------------------------------------------------- predicates

// True when s is non-empty and every code point satisfies pred.
template <Policy P>
Value all_chars(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, bool (*pred)(char32_t)) {
  Str* s = self_str(ts, args, nargs, name);
  if (!s) return Value();
  std::string_view t = sv(s);
  bool ok = !t.empty();
  for (size_t i = 0; ok && i < t.size();) ok = pred(decode(t, i));
  return py_bool(ts, ok);
}

template <Policy P>
Value m_isdigit(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isdigit", is_digit);
}
template <Policy P>
Value m_isdecimal(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isdecimal", is_decimal);
}
template <Policy P>
Value m_isnumeric(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isnumeric", is_numeric);
}
template <Policy P>
Value m_isalpha(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isalpha", is_alpha);
}
template <Policy P>
Value m_isalnum(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isalnum", is_alnum);
}
template <Policy P>
Value m_isspace(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return all_chars(ts, args, nargs, "isspace", is_space);
}

template <Policy P>
Value m_isascii(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "isascii");
  return s ? py_bool(ts, s->ascii) : Value();
}

template <Policy P>
Value m_isidentifier(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "isidentifier");
  if (!s) return Value();
  std::string_view t = sv(s);
  size_t i = 0;
  bool ok = !t.empty() && is_id_start(decode(t, i));
  while (ok && i < t.size()) ok = is_id_continue(decode(t, i));
  return py_bool(ts, ok);
}

// isupper/islower: some cased character, and none of the other case.
template <Policy P>
Value cased_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, bool upper) {
  Str* s = self_str(ts, args, nargs, upper ? "isupper" : "islower");
  if (!s) return Value();
  std::string_view t = sv(s);
  bool cased = false;
  for (size_t i = 0; i < t.size();) {
    char32_t c = decode(t, i);
    if ((upper ? is_lower(c) : is_upper(c)) || is_title(c)) return py_bool(ts, false);
    cased = cased || (upper ? is_upper(c) : is_lower(c));
  }
  return py_bool(ts, cased);
}

template <Policy P>
Value m_isupper(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return cased_impl(ts, args, nargs, true);
}
template <Policy P>
Value m_islower(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return cased_impl(ts, args, nargs, false);
}

template <Policy P>
Value m_istitle(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "istitle");
  if (!s) return Value();
  std::string_view t = sv(s);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < t.size();) {
    char32_t c = decode(t, i);
    if (is_upper(c) || is_title(c)) {
      if (prev_cased) return py_bool(ts, false);
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return py_bool(ts, false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return py_bool(ts, cased);
}

// ----------------------------------------------------------------- padding

template <Policy P>
Value m_zfill(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "zfill");
  int64_t width;
  if (!s || !arg_int(ts, args[1], &width)) return Value();
  if (s->length >= width) return newref(ts, args[0]);
  if (width > kMaxItems) return raise_with(ts, ts.rt->t.MemoryError, Value());
  std::string_view t = sv(s);
  std::string out(static_cast<size_t>(width - s->length), '0');
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    out.insert(out.begin(), t[0]);
    t.remove_prefix(1);
  }
  out += t;
  return str_value(ts, out);
}

// align: '<' ljust, '>' rjust, '^' center.
template <Policy P>
Value pad_impl(ThreadState<P>& ts, const Value* args, int64_t nargs, const char* name, char align) {
  Str* s = self_str(ts, args, nargs, name);
  if (!s || !check_count(ts, nargs, name, 1, 2, true)) return Value();
  int64_t width;
  if (!arg_int(ts, args[1], &width)) return Value();
  std::string_view fill = " ";
  if (nargs > 2) {
    Value f = args[2];
    if (!is_str(f))
      return raisef(ts, ts.rt->t.TypeError, "The fill character must be a unicode character, not %s",
                    type_name(ts, f));
    if (static_cast<Str*>(f.obj())->length != 1)
      return raise(ts, ts.rt->t.TypeError, "The fill character must be exactly one character long");
    fill = str_view(f);
  }
  if (s->length >= width) return newref(ts, args[0]);
  if (width > kMaxItems) return raise_with(ts, ts.rt->t.MemoryError, Value());
  int64_t marg = width - s->length;
  int64_t left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & width & 1);
  std::string out;
  out.reserve(static_cast<size_t>(s->nbytes + marg * static_cast<int64_t>(fill.size())));
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += sv(s);
  for (int64_t i = left; i < marg; ++i) out += fill;
  return str_value(ts, out);
}

template <Policy P>
Value m_ljust(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return pad_impl(ts, args, nargs, "ljust", '<');
}
template <Policy P>
Value m_rjust(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return pad_impl(ts, args, nargs, "rjust", '>');
}
template <Policy P>
Value m_center(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return pad_impl(ts, args, nargs, "center", '^');
}

template <Policy P>
Value m_expandtabs(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  Str* s = self_str(ts, args, nargs, "expandtabs");
  if (!s) return Value();
  Value a[1] = {};
  if (!bind_args(ts, args, nargs, kw, "expandtabs", std::array{"tabsize"}, a)) return Value();
  int64_t tabsize = 8;
  if (a[0] && !arg_int(ts, a[0], &tabsize)) return Value();
  std::string_view t = sv(s);
  if (t.find('\t') == std::string_view::npos) return newref(ts, args[0]);
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < t.size();) {
    size_t j = i;
    char32_t c = decode(t, j);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out.append(t, i, j - i);
      col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    i = j;
  }
  return str_value(ts, out);
}

// ================================================================= format()

// format(v, spec) for one value; spec_obj is spec as a str object when the
// caller has one (handed to a user __format__ without a copy).
template <Policy P>
Value format_one(ThreadState<P>& ts, Value v, std::string_view spec, Value spec_obj) {
  Type* t = type_of(ts, v);
  if (!(t->flags & Type::kBuiltin)) {
    Value m = type_lookup(ts, t, ts.rt->n.__format__);
    if (m && kind_of(m) == Kind::Function) {
      Value s = spec_obj ? newref(ts, spec_obj) : str_value(ts, spec);
      Value a[2] = {v, s};
      Value r = call(ts, m, a, 2);
      decref(ts, s);
      if (r && !is_str(r)) {
        raisef(ts, ts.rt->t.TypeError, "__format__ must return a str, not %s", type_name(ts, r));
        decref(ts, r);
        return Value();
      }
      return r;
    }
  }
  switch (kind_of(v)) {
    case Kind::Str:
      if (spec.empty()) return to_str(ts, v);
      return str_result(ts, format_str(str_view(v), spec));
    case Kind::Int:
      if (spec.empty()) return to_str(ts, v);
      return str_result(ts, format_int(int_value(v), spec));
    case Kind::Bool:
      if (spec.empty()) return to_str(ts, v);
      return str_result(ts, format_int(int_value(v), spec, "bool"));
    case Kind::Float:
      if (spec.empty()) return to_str(ts, v);
      return str_result(ts, format_float(float_value(v), spec));
    default:
      if (spec.empty()) return to_str(ts, v);
      return raisef(ts, ts.rt->t.TypeError, "unsupported format string passed to %s.__format__", sv(t->name));
  }
}

// ================================================================= str.format

// Where a template's fields come from: str.format's arguments, or
// format_map's mapping (args null: positional fields are an error).
struct FieldSource {
  const Value* args = nullptr;
  int64_t nargs = 0;
  const KwArgs* kw = nullptr;
  Value mapping;
  enum { kUnset, kAuto, kManual } numbering = kUnset;
  int64_t next_auto = 0;
};

// A field index written in decimal, -1 for anything else (a name), -2 with
// ValueError pending when it does not fit.
template <Policy P>
int64_t field_index(ThreadState<P>& ts, std::string_view s) {
  if (s.empty()) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    if (v > (INT64_MAX - (c - '0')) / 10) {
      raise(ts, ts.rt->t.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

// Resolves "first.attr[key]..." to a new reference.
template <Policy P>
Value field_value(ThreadState<P>& ts, std::string_view name, FieldSource& src) {
  size_t k = name.find_first_of(".[");
  std::string_view first = name.substr(0, k), rest = k == std::string_view::npos ? "" : name.substr(k);
  int64_t idx = field_index(ts, first);
  if (idx == -2) return Value();
  if (first.empty() || idx >= 0) {
    if (src.numbering == FieldSource::kUnset) src.numbering = first.empty() ? FieldSource::kAuto : FieldSource::kManual;
    if (src.numbering == FieldSource::kManual && first.empty())
      return raise(ts, ts.rt->t.ValueError,
                   "cannot switch from manual field specification to automatic field numbering");
    if (src.numbering == FieldSource::kAuto && !first.empty())
      return raise(ts, ts.rt->t.ValueError,
                   "cannot switch from automatic field numbering to manual field specification");
    if (first.empty()) idx = src.next_auto++;
  }
  Value obj;
  if (idx < 0) {
    Value key = str_value(ts, first);
    if (src.mapping) {
      obj = getitem(ts, src.mapping, key);
    } else {
      Value found = src.kw ? kwarg(*src.kw, first) : Value();
      obj = found ? newref(ts, found) : raise_with(ts, ts.rt->t.KeyError, key);
    }
    decref(ts, key);
    if (!obj) return obj;
  } else {
    if (!src.args) return raise(ts, ts.rt->t.ValueError, "Format string contains positional fields");
    if (idx >= src.nargs)
      return raisef(ts, ts.rt->t.IndexError, "Replacement index %d out of range for positional args tuple", idx);
    obj = newref(ts, src.args[idx]);
  }
  while (!rest.empty()) {
    char c = rest[0];
    rest.remove_prefix(1);
    std::string_view part;
    if (c == '.') {
      size_t e = rest.find_first_of(".[");
      part = rest.substr(0, e);
      rest = e == std::string_view::npos ? "" : rest.substr(e);
    } else if (c == '[') {
      size_t e = rest.find(']');
      if (e == std::string_view::npos) {
        decref(ts, obj);
        return raise(ts, ts.rt->t.ValueError, "Missing ']' in format string");
      }
      part = rest.substr(0, e);
      rest = rest.substr(e + 1);
    } else {
      decref(ts, obj);
      return raise(ts, ts.rt->t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) {
      decref(ts, obj);
      return raise(ts, ts.rt->t.ValueError, "Empty attribute in format string");
    }
    Value next;
    if (c == '.') {
      next = getattr(ts, obj, intern(ts, part));  // lookups compare interned names by pointer
    } else {
      int64_t i = field_index(ts, part);
      Value key = i >= 0 ? new_int(ts, i) : i == -1 ? str_value(ts, part) : Value();
      next = key ? getitem(ts, obj, key) : Value();
      xdecref(ts, key);
    }
    decref(ts, obj);
    if (!next) return next;
    obj = next;
  }
  return obj;
}

// Renders one template into out, as CPython's MarkupIterator and
// build_string do; a format spec with fields in it is a template one level
// deeper.
template <Policy P>
bool render_template(ThreadState<P>& ts, std::string_view fmt, FieldSource& src, int depth, std::string& out) {
  if (depth <= 0) {
    raise(ts, ts.rt->t.ValueError, "Max string recursion exceeded");
    return false;
  }
  auto fail = [&](const char* msg) {
    raise(ts, ts.rt->t.ValueError, msg);
    return false;
  };
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t j = fmt.find_first_of("{}", i);
    if (j == std::string_view::npos) {
      out.append(fmt, i);
      break;
    }
    out.append(fmt, i, j - i);
    bool doubled = j + 1 < n && fmt[j + 1] == fmt[j];
    if (fmt[j] == '}' && !doubled) return fail("Single '}' encountered in format string");
    if (j + 1 >= n) return fail("Single '{' encountered in format string");
    if (doubled) {
      out += fmt[j];
      i = j + 2;
      continue;
    }
    // A field: name, then optionally !conversion and :spec. Brackets in the
    // name may hold any character.
    i = j + 1;
    size_t name_start = i;
    char term = 0;
    while (i < n) {
      char c = fmt[i++];
      if (c == '{') return fail("unexpected '{' in field name");
      if (c == '[') {
        while (i < n && fmt[i] != ']') ++i;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        term = c;
        break;
      }
    }
    std::string_view name = fmt.substr(name_start, (term ? i - 1 : i) - name_start);
    char32_t conversion = 0;
    std::string_view spec;
    bool nested = false;
    if (term == '!' || term == ':') {
      bool done = false;
      if (term == '!') {
        if (i >= n) return fail("end of string while looking for conversion specifier");
        conversion = decode(fmt, i);
        if (i < n) {
          char c = fmt[i++];
          if (c == '}') done = true;
          else if (c != ':') return fail("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        size_t spec_start = i;
        int count = 1;
        while (i < n) {
          char c = fmt[i++];
          if (c == '{') {
            nested = true;
            ++count;
          } else if (c == '}' && --count == 0) {
            break;
          }
        }
        if (count != 0) return fail("unmatched '{' in format spec");
        spec = fmt.substr(spec_start, i - 1 - spec_start);
      }
    } else if (term != '}') {
      return fail("expected '}' before end of string");
    }

    Value obj = field_value(ts, name, src);
    if (!obj) return false;
    if (conversion) {
      Value conv;
      if (conversion == 'r' || conversion == 'a') conv = repr(ts, obj);
      else if (conversion == 's') conv = to_str(ts, obj);
      else if (conversion > 32 && conversion < 127)
        raisef(ts, ts.rt->t.ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
      else
        raisef(ts, ts.rt->t.ValueError, "Unknown conversion specifier \\x%x", static_cast<uint32_t>(conversion));
      if (conv && conversion == 'a') {
        Value esc = str_value(ts, ascii_escape(str_view(conv)));
        decref(ts, conv);
        conv = esc;
      }
      decref(ts, obj);
      if (!conv) return false;
      obj = conv;
    }
    std::string expanded;
    if (nested && !render_template(ts, spec, src, depth - 1, expanded)) {
      decref(ts, obj);
      return false;
    }
    Value r = format_one(ts, obj, nested ? std::string_view(expanded) : spec, Value());
    decref(ts, obj);
    if (!r) return false;
    out += str_view(r);
    decref(ts, r);
  }
  return true;
}

template <Policy P>
Value m_format(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  Str* s = self_str(ts, args, nargs, "format");
  if (!s) return Value();
  FieldSource src;
  src.args = args + 1;
  src.nargs = nargs - 1;
  src.kw = &kw;
  std::string out;
  if (!render_template(ts, sv(s), src, 2, out)) return Value();
  return str_value(ts, out);
}

template <Policy P>
Value m_format_map(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* s = self_str(ts, args, nargs, "format_map");
  if (!s) return Value();
  FieldSource src;
  src.mapping = args[1];
  std::string out;
  if (!render_template(ts, sv(s), src, 2, out)) return Value();
  return str_value(ts, out);
}

// ================================================================= %

// What PyMapping_Check accepts, so that `"%(k)s" % obj` may look keys up.
template <Policy P>
bool is_mapping(ThreadState<P>& ts, Value v) {
  switch (kind_of(v)) {
    case Kind::Dict:
    case Kind::List:
    case Kind::Range:
      return true;
    case Kind::Instance:
    case Kind::Exception:
      return static_cast<bool>(type_lookup(ts, type_of(ts, v), ts.rt->n.__getitem__));
    default:
      return false;
  }
}

// The int a %d/%x conversion prints, or false with TypeError pending.
template <Policy P>
bool percent_int_arg(ThreadState<P>& ts, Value v, char32_t conv, int64_t* out) {
  bool index_only = conv == 'o' || conv == 'x' || conv == 'X';
  if (is_intlike(v)) {
    *out = int_value(v);
    return true;
  }
  Kind k = kind_of(v);
  if (k == Kind::Float && !index_only) {
    double d = float_value(v);
    if (std::isnan(d)) return raise(ts, ts.rt->t.ValueError, "cannot convert float NaN to integer"), false;
    if (std::isinf(d)) return raise(ts, ts.rt->t.OverflowError, "cannot convert float infinity to integer"), false;
    d = std::trunc(d);
    if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return overflow(ts), false;
    *out = static_cast<int64_t>(d);
    return true;
  }
  if (k == Kind::Instance) {
    Type* t = type_of(ts, v);
    Value m = index_only ? Value() : type_lookup(ts, t, ts.rt->n.__int__);
    if (!m) m = type_lookup(ts, t, ts.rt->n.__index__);
    if (m) {
      Value r = call(ts, m, &v, 1);
      if (!r) return false;
      bool ok = is_intlike(r);
      if (ok) *out = int_value(r);
      else raisef(ts, ts.rt->t.TypeError, "__int__ returned non-int (type %s)", type_name(ts, r));
      decref(ts, r);
      return ok;
    }
  }
  if (index_only)
    raisef(ts, ts.rt->t.TypeError, "%%%c format: an integer is required, not %s", static_cast<char>(conv),
           type_name(ts, v));
  else
    raisef(ts, ts.rt->t.TypeError, "%%%c format: a real number is required, not %s", static_cast<char>(conv),
           type_name(ts, v));
  return false;
}

// Appends one converted argument; false with an exception pending.
template <Policy P>
bool percent_convert(ThreadState<P>& ts, std::string_view fmt, const PercentSpec& spec, Value v, std::string& out) {
  switch (spec.conv) {
    case 's':
    case 'r':
    case 'a': {
      Value r = spec.conv == 's' ? to_str(ts, v) : repr(ts, v);
      if (!r) return false;
      std::string_view text = str_view(r);
      std::string esc;
      if (spec.conv == 'a') text = esc = ascii_escape(text);
      if (spec.width < 0 && spec.prec < 0) out += text;
      else out += percent_pad(text, spec);
      decref(ts, r);
      return true;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      int64_t n;
      if (!percent_int_arg(ts, v, spec.conv, &n)) return false;
      absl::StatusOr<std::string> r = percent_format_int(n, spec);
      if (!r.ok()) return raise_status(ts, r.status()), false;
      out += *r;
      return true;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double d;
      if (!arg_float(ts, v, &d)) return false;
      out += percent_format_float(d, spec);
      return true;
    }
    case 'c': {
      std::string ch;
      if (is_str(v) && static_cast<Str*>(v.obj())->length == 1) {
        ch = str_view(v);
      } else if (is_intlike(v)) {
        absl::StatusOr<std::string> r = percent_char(int_value(v));
        if (!r.ok()) return raise_status(ts, r.status()), false;
        ch = *r;
      } else {
        return raise(ts, ts.rt->t.TypeError, "%c requires int or char"), false;
      }
      out += percent_pad(ch, spec);
      return true;
    }
    default:
      return raise_status(ts, percent_unsupported(fmt, spec)), false;
  }
}

}  // namespace str_impl

// ================================================================= entry points

template <Policy P>
Value format_value(ThreadState<P>& ts, Value v, Value spec) {
  return str_impl::format_one(ts, v, spec ? str_view(spec) : std::string_view(), spec);
}

template <Policy P>
Value str_percent_format(ThreadState<P>& ts, Value fmt, Value args) {
  using namespace str_impl;
  std::string_view f = str_view(fmt);
  // CPython's argument cursor: a tuple's items, or one value (arglen -1,
  // index -2 until taken). A mapping key swaps in the looked-up value.
  bool tuple = kind_of(args) == Kind::Tuple;
  const Value* items = tuple ? static_cast<Tuple*>(args.obj())->items : nullptr;
  int64_t arglen = tuple ? static_cast<Tuple*>(args.obj())->size : -1;
  int64_t argidx = tuple ? 0 : -2;
  Value single = args;
  Value dict = !tuple && !is_str(args) && is_mapping(ts, args) ? args : Value();
  Ref<P> keyed(ts, Value());
  auto next_arg = [&]() -> Value {
    if (argidx < arglen) {
      int64_t i = argidx++;
      return arglen < 0 ? single : items[i];
    }
    return raise(ts, ts.rt->t.TypeError, "not enough arguments for format string");
  };
  std::string out;
  out.reserve(f.size() + 16);
  size_t i = 0;
  while (i < f.size()) {
    size_t j = f.find('%', i);
    if (j == std::string_view::npos) {
      out.append(f, i);
      break;
    }
    out.append(f, i, j - i);
    i = j + 1;
    if (i < f.size() && f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    if (i < f.size() && f[i] == '(') {
      if (!dict) return raise(ts, ts.rt->t.TypeError, "format requires a mapping");
      int depth = 1;
      size_t k = i + 1;
      while (depth > 0 && k < f.size()) depth += f[k] == '(' ? 1 : f[k] == ')' ? -1 : 0, ++k;
      if (depth > 0) return raise(ts, ts.rt->t.ValueError, "incomplete format key");
      Value key = str_value(ts, f.substr(i + 1, k - i - 2));
      Value v = getitem(ts, dict, key);
      decref(ts, key);
      if (!v) return v;
      keyed.reset(v);
      single = v;
      arglen = -1;
      argidx = -2;
    }
    bool raised = false;
    auto star = [&]() -> absl::StatusOr<int64_t> {
      Value v = next_arg();
      if (v && !is_intlike(v)) v = raise(ts, ts.rt->t.TypeError, "* wants int");
      raised = !v;
      if (!v) return absl::CancelledError();
      return int_value(v);
    };
    absl::StatusOr<PercentSpec> spec = parse_percent_spec(f, i, star);
    if (!spec.ok()) return raised ? Value() : raise_status(ts, spec.status());
    i = spec->end;
    Value v = next_arg();
    if (!v || !percent_convert(ts, f, *spec, v, out)) return Value();
    if (dict && argidx < arglen)
      return raise(ts, ts.rt->t.TypeError, "not all arguments converted during string formatting");
  }
  if (argidx < arglen && !dict)
    return raise(ts, ts.rt->t.TypeError, "not all arguments converted during string formatting");
  return str_value(ts, out);
}

template <Policy P>
void register_str_methods(ThreadState<P>& ts) {
  using namespace str_impl;
  struct Entry {
    const char* name;
    BuiltinFn<P> fn;
    int min, max;  // self included; -1: the method checks its own arguments
    bool kwargs;
  };
  // Methods with optional arguments count them themselves: CPython's
  // messages for them differ from the generic ones (see check_count).
  const Entry entries[] = {
      {"join", m_join<P>, 2, 2, false},
      {"split", m_split<P>, -1, -1, true},
      {"rsplit", m_rsplit<P>, -1, -1, true},
      {"splitlines", m_splitlines<P>, -1, -1, true},
      {"partition", m_partition<P>, 2, 2, false},
      {"rpartition", m_rpartition<P>, 2, 2, false},
      {"strip", m_strip<P>, -1, -1, false},
      {"lstrip", m_lstrip<P>, -1, -1, false},
      {"rstrip", m_rstrip<P>, -1, -1, false},
      {"removeprefix", m_removeprefix<P>, 2, 2, false},
      {"removesuffix", m_removesuffix<P>, 2, 2, false},
      {"startswith", m_startswith<P>, -1, -1, false},
      {"endswith", m_endswith<P>, -1, -1, false},
      {"find", m_find<P>, -1, -1, false},
      {"rfind", m_rfind<P>, -1, -1, false},
      {"index", m_index<P>, -1, -1, false},
      {"rindex", m_rindex<P>, -1, -1, false},
      {"count", m_count<P>, -1, -1, false},
      {"replace", m_replace<P>, -1, -1, false},
      {"upper", m_upper<P>, 1, 1, false},
      {"lower", m_lower<P>, 1, 1, false},
      {"casefold", m_casefold<P>, 1, 1, false},
      {"swapcase", m_swapcase<P>, 1, 1, false},
      {"title", m_title<P>, 1, 1, false},
      {"capitalize", m_capitalize<P>, 1, 1, false},
      {"isdigit", m_isdigit<P>, 1, 1, false},
      {"isdecimal", m_isdecimal<P>, 1, 1, false},
      {"isnumeric", m_isnumeric<P>, 1, 1, false},
      {"isalpha", m_isalpha<P>, 1, 1, false},
      {"isalnum", m_isalnum<P>, 1, 1, false},
      {"isspace", m_isspace<P>, 1, 1, false},
      {"isascii", m_isascii<P>, 1, 1, false},
      {"isidentifier", m_isidentifier<P>, 1, 1, false},
      {"isupper", m_isupper<P>, 1, 1, false},
      {"islower", m_islower<P>, 1, 1, false},
      {"istitle", m_istitle<P>, 1, 1, false},
      {"zfill", m_zfill<P>, 2, 2, false},
      {"ljust", m_ljust<P>, -1, -1, false},
      {"rjust", m_rjust<P>, -1, -1, false},
      {"center", m_center<P>, -1, -1, false},
      {"expandtabs", m_expandtabs<P>, -1, -1, true},
      {"format", m_format<P>, -1, -1, true},
      {"format_map", m_format_map<P>, 2, 2, false},
  };
  for (const Entry& e : entries) add_method(ts, ts.rt->t.str, e.name, e.fn, e.min, e.max, e.kwargs);
}

// ascii(v): repr(v) with non-ASCII characters escaped (f-string !a).
template <Policy P>
Value ascii_repr(ThreadState<P>& ts, Value v) {
  Value r = repr(ts, v);
  if (!r) return r;
  Value out = str_value(ts, str_impl::ascii_escape(str_view(r)));
  decref(ts, r);
  return out;
}

}  // namespace lockvm
