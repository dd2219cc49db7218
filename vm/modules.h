// The built-in modules math, time, sys and random. Each follows CPython 3.11:
// the same results (hypot and fsum are CPython's algorithms, random is its
// Mersenne Twister) and the same error messages, argument-count messages
// included, since a failing program's last stderr line is compared.
#pragma once

#include <time.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <iterator>
#include <numeric>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"
#include "vm/io.h"

namespace lockvm {
namespace modules {

// ----------------------------------------------------------------- shared helpers

// CPython's argument-count messages for C functions: METH_NOARGS and METH_O
// name the function with its owner ("math.sqrt"), _PyArg_CheckPositional
// only by its own name ("pow").
template <Policy P>
bool arity(ThreadState<P>& ts, std::string_view owner, std::string_view name, int64_t n, const KwArgs& kw,
           int64_t lo, int64_t hi) {
  if (kw.count > 0) {
    raisef(ts, ts.rt->t.TypeError, "%s.%s() takes no keyword arguments", owner, name);
    return false;
  }
  if (n >= lo && n <= hi) return true;
  if (hi == 0) {
    raisef(ts, ts.rt->t.TypeError, "%s.%s() takes no arguments (%d given)", owner, name, n);
  } else if (lo == 1 && hi == 1) {
    raisef(ts, ts.rt->t.TypeError, "%s.%s() takes exactly one argument (%d given)", owner, name, n);
  } else {
    int64_t m = n < lo ? lo : hi;
    raisef(ts, ts.rt->t.TypeError, "%s expected %s%d argument%s, got %d", name,
           lo == hi ? "" : n < lo ? "at least " : "at most ", m, m == 1 ? "" : "s", n);
  }
  return false;
}

// Keyword arguments as Argument Clinic checks them (math.isclose, math.prod).
template <Policy P>
bool clinic_kwargs(ThreadState<P>& ts, std::string_view func, const KwArgs& kw,
                   std::initializer_list<std::string_view> names, Value* out) {
  for (int64_t i = 0; i < kw.count; ++i) {
    size_t j = 0;
    for (std::string_view n : names) {
      if (n == sv(kw.names[i])) break;
      ++j;
    }
    if (j == names.size()) {
      raisef(ts, ts.rt->t.TypeError, "'%s' is an invalid keyword argument for %s()", sv(kw.names[i]), func);
      return false;
    }
    out[j] = kw.values[i];
  }
  return true;
}

// PyLong_FromDouble.
template <Policy P>
Value float_to_int(ThreadState<P>& ts, double d) {
  if (std::isinf(d)) return raise(ts, ts.rt->t.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(ts, ts.rt->t.ValueError, "cannot convert float NaN to integer");
  if (d < -0x1p63 || d >= 0x1p63) return overflow(ts);
  return new_int(ts, static_cast<int64_t>(d));
}

// Calls type(v).name() when a user class defines it (__floor__, __trunc__);
// null with nothing pending when it does not.
template <Policy P>
Value call_special(ThreadState<P>& ts, Value v, std::string_view name) {
  if (kind_of(v) != Kind::Instance) return Value();
  Value m = type_lookup(ts, type_of(ts, v), intern(ts, name));
  return m ? call(ts, m, &v, 1) : Value();
}

// ----------------------------------------------------------------- math

template <Policy P>
Value math_error(ThreadState<P>& ts, bool domain) {
  return domain ? raise(ts, ts.rt->t.ValueError, "math domain error")
                : raise(ts, ts.rt->t.OverflowError, "math range error");
}

// What an infinite result from a finite argument means: math_1's
// can_overflow, or no check at all (degrees and radians just multiply).
enum class OnInf : uint8_t { Domain, Range, Unchecked };

struct MathUnary {
  std::string_view name;
  double (*fn)(double);
  OnInf on_inf;
};

inline constexpr MathUnary kMathUnary[] = {
    {"sqrt", [](double x) { return std::sqrt(x); }, OnInf::Domain},
    {"exp", [](double x) { return std::exp(x); }, OnInf::Range},
    {"exp2", [](double x) { return std::exp2(x); }, OnInf::Range},
    {"expm1", [](double x) { return std::expm1(x); }, OnInf::Range},
    {"log2", [](double x) { return std::log2(x); }, OnInf::Domain},
    {"log10", [](double x) { return std::log10(x); }, OnInf::Domain},
    {"log1p", [](double x) { return std::log1p(x); }, OnInf::Domain},
    {"fabs", [](double x) { return std::fabs(x); }, OnInf::Domain},
    {"cbrt", [](double x) { return std::cbrt(x); }, OnInf::Domain},
    {"sin", [](double x) { return std::sin(x); }, OnInf::Domain},
    {"cos", [](double x) { return std::cos(x); }, OnInf::Domain},
    {"tan", [](double x) { return std::tan(x); }, OnInf::Domain},
    {"asin", [](double x) { return std::asin(x); }, OnInf::Domain},
    {"acos", [](double x) { return std::acos(x); }, OnInf::Domain},
    {"atan", [](double x) { return std::atan(x); }, OnInf::Domain},
    {"sinh", [](double x) { return std::sinh(x); }, OnInf::Range},
    {"cosh", [](double x) { return std::cosh(x); }, OnInf::Range},
    {"tanh", [](double x) { return std::tanh(x); }, OnInf::Domain},
    {"asinh", [](double x) { return std::asinh(x); }, OnInf::Domain},
    {"acosh", [](double x) { return std::acosh(x); }, OnInf::Domain},
    {"atanh", [](double x) { return std::atanh(x); }, OnInf::Domain},
    {"erf", [](double x) { return std::erf(x); }, OnInf::Domain},
    {"erfc", [](double x) { return std::erfc(x); }, OnInf::Domain},
    {"degrees", [](double x) { return x * (180.0 / M_PI); }, OnInf::Unchecked},
    {"radians", [](double x) { return x * (M_PI / 180.0); }, OnInf::Unchecked},
};

// CPython's math_1.
template <Policy P, size_t I>
Value math_unary(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  constexpr const MathUnary& f = kMathUnary[I];
  double x;
  if (!arity(ts, "math", f.name, n, kw, 1, 1) || !arg_float(ts, args[0], &x)) return Value();
  double r = f.fn(x);
  if (f.on_inf != OnInf::Unchecked) {
    if (std::isnan(r) && !std::isnan(x)) return math_error(ts, true);
    if (std::isinf(r) && std::isfinite(x)) return math_error(ts, f.on_inf == OnInf::Domain);
  }
  return new_float(ts, r);
}

struct MathPredicate {
  std::string_view name;
  bool (*fn)(double);
};

inline constexpr MathPredicate kMathPredicates[] = {
    {"isnan", [](double x) { return std::isnan(x); }},
    {"isinf", [](double x) { return std::isinf(x); }},
    {"isfinite", [](double x) { return std::isfinite(x); }},
};

template <Policy P, size_t I>
Value math_predicate(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  constexpr const MathPredicate& f = kMathPredicates[I];
  double x;
  if (!arity(ts, "math", f.name, n, kw, 1, 1) || !arg_float(ts, args[0], &x)) return Value();
  return py_bool(ts, f.fn(x));
}

// floor, ceil and trunc give ints; a user class may answer through
// __floor__/__ceil__/__trunc__.
template <Policy P, int Which>
Value math_rounding(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  static constexpr std::string_view kNames[] = {"floor", "ceil", "trunc"};
  constexpr std::string_view name = kNames[Which];
  if (!arity(ts, "math", name, n, kw, 1, 1)) return Value();
  Value v = args[0];
  if (is_intlike(v)) return new_int(ts, int_value(v));
  if (kind_of(v) != Kind::Float) {
    Value r = call_special(ts, v, "__" + std::string(name) + "__");
    if (r || ts.exc) return r;
    if (Which == 2) return raisef(ts, ts.rt->t.TypeError, "type %s doesn't define __trunc__ method", type_name(ts, v));
  }
  double x;
  if (!arg_float(ts, v, &x)) return Value();
  return float_to_int(ts, Which == 0 ? std::floor(x) : Which == 1 ? std::ceil(x) : std::trunc(x));
}

template <Policy P>
Value math_log(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "log() takes no keyword arguments");
  if (n < 1 || n > 2) return raise(ts, ts.rt->t.TypeError, "math.log requires 1 to 2 arguments");
  double logs[2];
  for (int64_t i = 0; i < n; ++i) {
    double x;
    if (!arg_float(ts, args[i], &x)) return Value();
    double r = std::log(x);
    if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x))) return math_error(ts, true);
    logs[i] = r;
  }
  if (n == 1) return new_float(ts, logs[0]);
  if (logs[1] == 0.0) return raise(ts, ts.rt->t.ZeroDivisionError, "float division by zero");
  return new_float(ts, logs[0] / logs[1]);
}

// math_2's error rules, shared by atan2, copysign, fmod and remainder.
template <Policy P>
Value math_2_result(ThreadState<P>& ts, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_error(ts, true);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return math_error(ts, false);
  return new_float(ts, r);
}

template <Policy P>
bool two_floats(ThreadState<P>& ts, std::string_view name, const Value* args, int64_t n, const KwArgs& kw, double* x,
                double* y) {
  return arity(ts, "math", name, n, kw, 2, 2) && arg_float(ts, args[0], x) && arg_float(ts, args[1], y);
}

template <Policy P>
Value math_atan2(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double y, x;
  if (!two_floats(ts, "atan2", args, n, kw, &y, &x)) return Value();
  return math_2_result(ts, y, x, std::atan2(y, x));
}

template <Policy P>
Value math_copysign(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x, y;
  if (!two_floats(ts, "copysign", args, n, kw, &x, &y)) return Value();
  return new_float(ts, std::copysign(x, y));
}

template <Policy P>
Value math_fmod(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x, y;
  if (!two_floats(ts, "fmod", args, n, kw, &x, &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return new_float(ts, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_error(ts, true);
  return new_float(ts, r);
}

template <Policy P>
Value math_remainder(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x, y;
  if (!two_floats(ts, "remainder", args, n, kw, &x, &y)) return Value();
  // IEEE remainder is exact, so libm agrees with CPython's own m_remainder.
  return math_2_result(ts, x, y, std::isinf(y) && std::isfinite(x) ? x : std::remainder(x, y));
}

// CPython's math_pow: IEEE special cases first, then libm with its errors
// classified as domain (NaN, or 0 to a negative power) or range.
template <Policy P>
Value math_pow(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x, y, r;
  if (!two_floats(ts, "pow", args, n, kw, &x, &y)) return Value();
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else if (std::fabs(x) == 1.0) {
      r = 1.0;
    } else if (y > 0.0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0.0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
    return new_float(ts, r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return math_error(ts, true);
  if (std::isinf(r)) return math_error(ts, x == 0.0);
  return new_float(ts, r);
}

// CPython's vector_norm: power-of-two scaling, Veltkamp-Dekker squaring,
// compensated summation and a differential correction of the square root,
// so hypot is correctly rounded where CPython's is and equal where not.
inline double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  constexpr double kT27 = 134217729.0;  // 2**27 + 1
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  auto add = [&csum](double x, double& frac) {
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  };
  auto split = [](double x, double& hi, double& lo) {
    double t = x * kT27;
    hi = t - (t - x);
    lo = x - hi;
  };
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for (double x : vec) {
      x /= max;
      add(x * x, frac1);
    }
    return max * std::sqrt(csum - 1.0 + frac1);
  }
  double scale = std::ldexp(1.0, -max_e), hi, lo;
  for (double x : vec) {
    split(x * scale, hi, lo);
    add(hi * hi, frac1);
    add(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  split(h, hi, lo);
  add(-hi * hi, frac1);
  add(-2.0 * hi * lo, frac2);
  add(-lo * lo, frac3);
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

template <Policy P>
Value math_hypot(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "math", "hypot", n, kw, 0, INT64_MAX)) return Value();
  std::vector<double> coords(static_cast<size_t>(n));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < n; ++i) {
    double x;
    if (!arg_float(ts, args[i], &x)) return Value();
    x = std::fabs(x);
    coords[static_cast<size_t>(i)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return new_float(ts, vector_norm(coords, max, found_nan));
}

// CPython's math_fsum: Shewchuk's exact partial sums, with the final
// half-even correction across partials.
template <Policy P>
Value math_fsum(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "math", "fsum", n, kw, 1, 1)) return Value();
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  bool overflowed = false;
  bool ok = for_each(ts, args[0], [&](Value item) {
    double x;
    if (!arg_float(ts, item, &x)) return false;
    double xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x == 0.0) return true;
    if (std::isfinite(x)) {
      p.push_back(x);
      return true;
    }
    if (std::isfinite(xsave)) {
      overflowed = true;
      return false;
    }
    if (std::isinf(xsave)) inf_sum += xsave;
    special_sum += xsave;
    p.clear();
    return true;
  });
  if (overflowed) return raise(ts, ts.rt->t.OverflowError, "intermediate overflow in fsum");
  if (!ok) return Value();
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(ts, ts.rt->t.ValueError, "-inf + inf in fsum");
    return new_float(ts, special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t k = p.size();
  if (k > 0) {
    hi = p[--k];
    while (k > 0) {
      double x = hi, y = p[--k];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    if (k > 0 && ((lo < 0.0 && p[k - 1] < 0.0) || (lo > 0.0 && p[k - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return new_float(ts, hi);
}

template <Policy P>
Value math_prod(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (n != 1) return raisef(ts, ts.rt->t.TypeError, "prod() takes exactly 1 positional argument (%d given)", n);
  Value start;
  if (!clinic_kwargs(ts, "prod", kw, {"start"}, &start)) return Value();
  Ref<P> acc(ts, start ? newref(ts, start) : Value::from_small(1));
  bool ok = for_each(ts, args[0], [&](Value item) {
    acc.reset(binary_op(ts, acc.get(), item, BinOpKind::Mul, false));
    return static_cast<bool>(acc);
  });
  return ok ? acc.release() : Value();
}

template <Policy P>
Value math_isclose(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (n > 2) return raisef(ts, ts.rt->t.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", n);
  Value p[4] = {n > 0 ? args[0] : Value(), n > 1 ? args[1] : Value()};
  Value byname[4];
  if (!clinic_kwargs(ts, "isclose", kw, {"a", "b", "rel_tol", "abs_tol"}, byname)) return Value();
  for (int i = 0; i < 2; ++i)
    if (!p[i] && !byname[i])
      return raisef(ts, ts.rt->t.TypeError, "isclose() missing required argument '%s' (pos %d)", i == 0 ? "a" : "b", i + 1);
  for (int i = 0; i < 4; ++i) {
    if (p[i] && byname[i])
      return raisef(ts, ts.rt->t.TypeError, "argument for isclose() given by name ('%s') and position (%d)",
                    i == 0 ? "a" : "b", i + 1);
    if (byname[i]) p[i] = byname[i];
  }
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!arg_float(ts, p[0], &a) || !arg_float(ts, p[1], &b) || (p[2] && !arg_float(ts, p[2], &rel_tol)) ||
      (p[3] && !arg_float(ts, p[3], &abs_tol)))
    return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(ts, ts.rt->t.ValueError, "tolerances must be non-negative");
  if (a == b) return py_bool(ts, true);
  if (std::isinf(a) || std::isinf(b)) return py_bool(ts, false);
  double diff = std::fabs(b - a);
  return py_bool(ts, diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

template <Policy P>
Value math_modf(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x, ip;
  if (!arity(ts, "math", "modf", n, kw, 1, 1) || !arg_float(ts, args[0], &x)) return Value();
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  return tuple_steal(ts, {new_float(ts, fp), new_float(ts, ip)});
}

template <Policy P>
Value math_frexp(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x;
  if (!arity(ts, "math", "frexp", n, kw, 1, 1) || !arg_float(ts, args[0], &x)) return Value();
  int e = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
  return tuple_steal(ts, {new_float(ts, x), new_int(ts, e)});
}

template <Policy P>
Value math_ldexp(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double x;
  if (!arity(ts, "math", "ldexp", n, kw, 2, 2) || !arg_float(ts, args[0], &x)) return Value();
  if (!is_intlike(args[1])) return raise(ts, ts.rt->t.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e = int_value(args[1]);
  if (x == 0.0 || !std::isfinite(x)) return new_float(ts, x);
  if (e < INT_MIN) return new_float(ts, std::copysign(0.0, x));
  double r = e > INT_MAX ? HUGE_VAL : std::ldexp(x, static_cast<int>(e));
  return std::isinf(r) ? math_error(ts, false) : new_float(ts, r);
}

template <Policy P>
Value math_isqrt(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  int64_t v;
  if (!arity(ts, "math", "isqrt", n, kw, 1, 1) || !index_value(ts, args[0], &v)) return Value();
  if (v < 0) return raise(ts, ts.rt->t.ValueError, "isqrt() argument must be nonnegative");
  // The double estimate is within one of the answer; fix it up exactly.
  auto r = static_cast<__int128>(std::sqrt(static_cast<double>(v)));
  while (r * r > v) --r;
  while ((r + 1) * (r + 1) <= v) ++r;
  return new_int(ts, static_cast<int64_t>(r));
}

// gcd and lcm of any number of ints, on magnitudes: |INT64_MIN| is 2**63.
template <Policy P, bool kLcm>
Value math_gcd_lcm(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "math", kLcm ? "lcm" : "gcd", n, kw, 0, INT64_MAX)) return Value();
  uint64_t acc = kLcm ? 1 : 0;
  for (int64_t i = 0; i < n; ++i) {
    int64_t v;
    if (!index_value(ts, args[i], &v)) return Value();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    if (!kLcm) {
      acc = std::gcd(acc, m);
    } else if (acc == 0 || m == 0) {
      acc = 0;
    } else if (__builtin_mul_overflow(acc / std::gcd(acc, m), m, &acc)) {
      return overflow(ts);
    }
  }
  if (acc > static_cast<uint64_t>(INT64_MAX)) return overflow(ts);
  return new_int(ts, static_cast<int64_t>(acc));
}

template <Policy P>
Value math_factorial(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  int64_t v;
  if (!arity(ts, "math", "factorial", n, kw, 1, 1) || !index_value(ts, args[0], &v)) return Value();
  if (v < 0) return raise(ts, ts.rt->t.ValueError, "factorial() not defined for negative values");
  if (v > 20) return overflow(ts);
  int64_t r = 1;
  for (int64_t i = 2; i <= v; ++i) r *= i;
  return new_int(ts, r);
}

// comb(n, k) and perm(n, k=None), exact in 128 bits while they fit int64.
template <Policy P, bool kComb>
Value math_comb_perm(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  int64_t n, k;
  if (!arity(ts, "math", kComb ? "comb" : "perm", nargs, kw, kComb ? 2 : 1, 2) || !index_value(ts, args[0], &n)) return Value();
  bool k_none = nargs == 1 || is_none(ts, args[1]);
  if (kComb && k_none) return raisef(ts, ts.rt->t.TypeError, "'NoneType' object cannot be interpreted as an integer");
  if (k_none) k = n;
  else if (!index_value(ts, args[1], &k)) return Value();
  if (n < 0) return raise(ts, ts.rt->t.ValueError, "n must be a non-negative integer");
  if (k < 0) return raise(ts, ts.rt->t.ValueError, "k must be a non-negative integer");
  if (k > n) return new_int(ts, 0);
  if (kComb && k > n - k) k = n - k;
  __int128 r = 1;
  for (int64_t i = 0; i < k; ++i) {
    // comb: r * (n - i) / (i + 1) stays an exact binomial at every step.
    r = kComb ? r * (n - i) / (i + 1) : r * (n - i);
    if (r > INT64_MAX) return overflow(ts);
  }
  return new_int(ts, static_cast<int64_t>(r));
}

template <Policy P, size_t... I, size_t... J>
void add_math_tables(ThreadState<P>& ts, Dict* d, std::index_sequence<I...>, std::index_sequence<J...>) {
  (add_function(ts, d, kMathUnary[I].name, &math_unary<P, I>, -1, -1, true), ...);
  (add_function(ts, d, kMathPredicates[J].name, &math_predicate<P, J>, -1, -1, true), ...);
}

// ----------------------------------------------------------------- time

struct ClockSpec {
  std::string_view name;
  clockid_t id;
  bool ns;
};

// perf_counter is the monotonic clock, as in CPython on Linux.
inline constexpr ClockSpec kClocks[] = {
    {"time", CLOCK_REALTIME, false},
    {"time_ns", CLOCK_REALTIME, true},
    {"monotonic", CLOCK_MONOTONIC, false},
    {"monotonic_ns", CLOCK_MONOTONIC, true},
    {"perf_counter", CLOCK_MONOTONIC, false},
    {"perf_counter_ns", CLOCK_MONOTONIC, true},
    {"process_time", CLOCK_PROCESS_CPUTIME_ID, false},
    {"process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true},
    {"thread_time", CLOCK_THREAD_CPUTIME_ID, false},
    {"thread_time_ns", CLOCK_THREAD_CPUTIME_ID, true},
};

inline int64_t clock_ns(clockid_t id) {
  timespec t;
  clock_gettime(id, &t);
  return int64_t{t.tv_sec} * 1000000000 + t.tv_nsec;
}

template <Policy P, size_t I>
Value time_clock(ThreadState<P>& ts, const Value*, int64_t n, const KwArgs& kw) {
  constexpr const ClockSpec& c = kClocks[I];
  if (!arity(ts, "time", c.name, n, kw, 0, 0)) return Value();
  int64_t ns = clock_ns(c.id);
  if (c.ns) return new_int(ts, ns);
  // _PyTime_AsSecondsDouble: whole seconds convert exactly.
  return new_float(ts, ns % 1000000000 == 0 ? static_cast<double>(ns / 1000000000) : static_cast<double>(ns) / 1e9);
}

template <Policy P>
Value time_sleep(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "time", "sleep", n, kw, 1, 1)) return Value();
  int64_t ns;
  constexpr int64_t kMaxSeconds = INT64_MAX / 1000000000;
  if (kind_of(args[0]) == Kind::Float) {
    double d = float_value(args[0]);
    if (std::isnan(d)) return raise(ts, ts.rt->t.ValueError, "Invalid value NaN (not a number)");
    d *= 1e9;
    d = d >= 0 ? std::ceil(d) : std::floor(d);  // _PyTime_ROUND_TIMEOUT: away from zero
    if (!(d >= -0x1p63 && d < 0x1p63))
      return raise(ts, ts.rt->t.OverflowError, "timestamp out of range for platform time_t");
    ns = static_cast<int64_t>(d);
  } else {
    int64_t s;
    if (!index_value(ts, args[0], &s)) return Value();
    if (s > kMaxSeconds || s < -kMaxSeconds)
      return raise(ts, ts.rt->t.OverflowError, "timestamp too large to convert to C _PyTime_t");
    ns = s * 1000000000;
  }
  if (ns < 0) return raise(ts, ts.rt->t.ValueError, "sleep length must be non-negative");
  // An absolute deadline, so that signals interrupting the wait do not stretch it.
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  deadline.tv_sec += ns / 1000000000;
  deadline.tv_nsec += ns % 1000000000;
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_sec += 1;
    deadline.tv_nsec -= 1000000000;
  }
  P::detach(ts);
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
  }
  P::attach(ts);
  return none(ts);
}

template <Policy P, size_t... I>
void add_clocks(ThreadState<P>& ts, Dict* d, std::index_sequence<I...>) {
  (add_function(ts, d, kClocks[I].name, &time_clock<P, I>, -1, -1, true), ...);
}

// ----------------------------------------------------------------- sys

template <Policy P>
Value textio_write(ThreadState<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value text = args[1];
  if (!is_str(text))
    return raisef(ts, ts.rt->t.TypeError, "write() argument must be str, not %s",
                  is_none(ts, text) ? "None" : type_name(ts, text));
  if (!write_fd(ts, static_cast<TextIO*>(args[0].obj())->fd, str_view(text)))
    return raisef(ts, ts.rt->t.OSError, "[Errno %d] %s", errno, std::strerror(errno));
  return new_int(ts, static_cast<Str*>(text.obj())->length);
}

template <Policy P>
Value textio_flush(ThreadState<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (static_cast<TextIO*>(args[0].obj())->fd == 1 && !flush_stdout(ts))
    return raisef(ts, ts.rt->t.OSError, "[Errno %d] %s", errno, std::strerror(errno));
  return none(ts);
}

// PyErr_SetObject's rules: no argument or None gives SystemExit() (code
// None); a tuple becomes the args.
template <Policy P>
Value sys_exit(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "sys", "exit", n, kw, 0, 1)) return Value();
  Value code = n == 1 && !is_none(ts, args[0]) ? args[0] : Value();
  if (code && kind_of(code) == Kind::Tuple) {
    Value exc = new_exception(ts, ts.rt->t.SystemExit, Value());
    auto* e = static_cast<Exception*>(exc.obj());
    decref(ts, e->args);
    e->args = static_cast<Tuple*>(newref(ts, code).obj());
    set_exception(ts, exc);
    return Value();
  }
  set_exception(ts, new_exception(ts, ts.rt->t.SystemExit, code));
  return Value();
}

template <Policy P>
Value sys_setrecursionlimit(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  int64_t limit;
  if (!arity(ts, "sys", "setrecursionlimit", n, kw, 1, 1) || !arg_int(ts, args[0], &limit)) return Value();
  if (limit > INT_MAX || limit < INT_MIN)
    return raise(ts, ts.rt->t.OverflowError, "Python int too large to convert to C int");
  if (limit < 1) return raise(ts, ts.rt->t.ValueError, "recursion limit must be greater or equal than 1");
  // CPython 3.11 counts this call as one more level than the Python frames.
  if (ts.depth + 1 >= limit)
    return raisef(ts, ts.rt->t.RecursionError,
                  "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                  ts.depth + 1);
  ts.rt->recursion_limit = static_cast<int>(limit);
  return none(ts);
}

template <Policy P>
Value sys_getrecursionlimit(ThreadState<P>& ts, const Value*, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "sys", "getrecursionlimit", n, kw, 0, 0)) return Value();
  return new_int(ts, ts.rt->recursion_limit);
}

template <Policy P>
Value sys_setswitchinterval(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  double s;
  if (!arity(ts, "sys", "setswitchinterval", n, kw, 1, 1) || !arg_float(ts, args[0], &s)) return Value();
  if (s <= 0.0) return raise(ts, ts.rt->t.ValueError, "switch interval must be strictly positive");
  // CPython keeps whole microseconds and reads back 1e-6 * us (so 0.1 reads
  // 0.09999999999999999); a NaN passes its check, and is ignored here.
  if (s > 0.0) ts.rt->switch_interval = 1e-6 * static_cast<double>(static_cast<uint64_t>(std::min(s * 1e6, 0x1p63)));
  // Strategies with a GIL take the new interval at once.
  if constexpr (requires { P::set_switch_interval(ts, 0.0); }) P::set_switch_interval(ts, ts.rt->switch_interval);
  return none(ts);
}

template <Policy P>
Value sys_getswitchinterval(ThreadState<P>& ts, const Value*, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "sys", "getswitchinterval", n, kw, 0, 0)) return Value();
  return new_float(ts, ts.rt->switch_interval);
}

template <Policy P>
Value sys_exc_info(ThreadState<P>& ts, const Value*, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "sys", "exc_info", n, kw, 0, 0)) return Value();
  Value e = ts.handled;
  if (!e) return tuple_steal(ts, {none(ts), none(ts), none(ts)});
  auto* tb = static_cast<Exception*>(e.obj())->traceback;
  return tuple_steal(ts, {newref(ts, e.obj()->type), newref(ts, e), tb ? newref(ts, tb) : none(ts)});
}

// ----------------------------------------------------------------- random

// CPython's module functions are bound methods of a hidden Random instance
// and report errors as "Random.randint()". Here the module is bound as self
// instead, and its object lock serializes the shared generator under the
// free-threaded strategies (a no-op under gil and nosync). The lock is never
// held across Python code.
template <Policy P, class F>
auto with_rng(ThreadState<P>& ts, const Value* args, F&& f) {
  auto guard = P::lock(ts, args[0].obj());
  return f(ts.rt->random);
}

// Binds the arguments of a Random method written in Python (self is
// args[0]): `params` names the parameters, the first `npos` positional, the
// first `required` without default. out[i] is borrowed, null when absent.
template <Policy P>
bool bind_method(ThreadState<P>& ts, std::string_view name, std::initializer_list<std::string_view> params,
                 size_t npos, size_t required, const Value* args, int64_t nargs, const KwArgs& kw, Value* out) {
  auto given = static_cast<size_t>(nargs - 1);
  if (given > npos) {
    if (required == npos)
      raisef(ts, ts.rt->t.TypeError, "Random.%s() takes %d positional argument%s but %d were given", name, npos + 1,
             npos == 0 ? "" : "s", given + 1);
    else
      raisef(ts, ts.rt->t.TypeError, "Random.%s() takes from %d to %d positional arguments but %d were given", name,
             required + 1, npos + 1, given + 1);
    return false;
  }
  for (size_t i = 0; i < params.size(); ++i) out[i] = i < given ? args[i + 1] : Value();
  for (int64_t i = 0; i < kw.count; ++i) {
    size_t j = 0;
    for (std::string_view p : params) {
      if (p == sv(kw.names[i])) break;
      ++j;
    }
    if (j == params.size()) {
      raisef(ts, ts.rt->t.TypeError, "Random.%s() got an unexpected keyword argument '%s'", name, sv(kw.names[i]));
      return false;
    }
    if (out[j]) {
      raisef(ts, ts.rt->t.TypeError, "Random.%s() got multiple values for argument '%s'", name, sv(kw.names[i]));
      return false;
    }
    out[j] = kw.values[i];
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < required; ++i)
    if (!out[i]) missing.push_back("'" + std::string(params.begin()[i]) + "'");
  if (missing.empty()) return true;
  size_t count = missing.size();
  std::string list = missing.back();
  if (count > 1) {
    missing.pop_back();
    list = absl::StrCat(absl::StrJoin(missing, ", "), count > 2 ? ", and " : " and ", list);
  }
  raisef(ts, ts.rt->t.TypeError, "Random.%s() missing %d required positional argument%s: %s", name, count,
         count == 1 ? "" : "s", list);
  return false;
}

template <Policy P>
Value int_or_error(ThreadState<P>& ts, const absl::StatusOr<int64_t>& r) {
  return r.ok() ? new_int(ts, *r) : raise(ts, ts.rt->t.ValueError, std::string(r.status().message()));
}

// randrange's conversion: _index(v), else int(v), which must equal v
// (CPython 3.11 only warns that integral floats are deprecated).
template <Policy P>
bool randrange_arg(ThreadState<P>& ts, Value v, std::string_view what, int64_t* out) {
  if (is_intlike(v)) {
    *out = int_value(v);
    return true;
  }
  if (kind_of(v) == Kind::Instance) {
    if (index_value(ts, v, out)) return true;
    if (!exception_matches(ts, ts.rt->t.TypeError)) return false;
    clear_exception(ts);
  }
  Ref<P> i(ts, call(ts, Value::from_obj(ts.rt->t.int_), &v, 1));
  if (!i) return false;
  int eq = compare_eq(ts, i.get(), v);
  if (eq < 0) return false;
  if (eq == 0 || !is_intlike(i.get())) {
    raisef(ts, ts.rt->t.ValueError, "non-integer %s for randrange()", what);
    return false;
  }
  *out = int_value(i.get());
  return true;
}

template <Policy P>
Value random_seed(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[2];
  if (!bind_method(ts, "seed", {"a", "version"}, 2, 0, args, n, kw, p)) return Value();
  Value a = p[0];
  if (a && is_str(a) && p[1] && is_intlike(p[1]) && int_value(p[1]) == 1)
    return raise(ts, ts.rt->t.NotImplementedError, "random.seed(a, version=1) is not supported");
  bool ok = with_rng(ts, args, [&](MersenneTwister& mt) {
    if (!a || is_none(ts, a)) mt.seed_from_os();
    else if (is_intlike(a)) mt.seed_from_int(int_value(a));
    else if (kind_of(a) == Kind::Float) mt.seed_from_hash(hash_double(float_value(a), a.obj()));
    else if (is_str(a)) mt.seed_from_str(str_view(a));
    else return false;
    return true;
  });
  if (!ok)
    return raise(ts, ts.rt->t.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  return none(ts);
}

template <Policy P>
Value random_random(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  if (!arity(ts, "Random", "random", n - 1, kw, 0, 0)) return Value();
  return new_float(ts, with_rng(ts, args, [](MersenneTwister& mt) { return mt.random(); }));
}

template <Policy P>
Value random_getrandbits(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  int64_t k;
  if (!arity(ts, "Random", "getrandbits", n - 1, kw, 1, 1) ||
      !arg_int(ts, args[1], &k))
    return Value();
  if (k < 0) return raise(ts, ts.rt->t.ValueError, "number of bits must be non-negative");
  if (k > 64) return overflow(ts);
  uint64_t r = with_rng(ts, args, [k](MersenneTwister& mt) { return mt.getrandbits(static_cast<int>(k)); });
  return r > static_cast<uint64_t>(INT64_MAX) ? overflow(ts) : new_int(ts, static_cast<int64_t>(r));
}

template <Policy P>
Value random_randrange(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[3];
  if (!bind_method(ts, "randrange", {"start", "stop", "step"}, 3, 1, args, n, kw, p)) return Value();
  int64_t start, stop, step = 1;
  if (!randrange_arg(ts, p[0], "arg 1", &start)) return Value();
  if (!p[1] || is_none(ts, p[1])) {
    if (p[2]) {
      int eq = compare_eq(ts, p[2], Value::from_small(1));
      if (eq < 0) return Value();
      if (eq == 0) return raise(ts, ts.rt->t.TypeError, "Missing a non-None stop argument");
    }
    return int_or_error(ts, with_rng(ts, args, [&](MersenneTwister& mt) { return mt.randrange(start); }));
  }
  if (!randrange_arg(ts, p[1], "stop", &stop) || (p[2] && !randrange_arg(ts, p[2], "step", &step))) return Value();
  return int_or_error(ts, with_rng(ts, args, [&](MersenneTwister& mt) { return mt.randrange(start, stop, step); }));
}

// randint(a, b) is randrange(a, b + 1); the int case goes straight to the
// generator, which computes b + 1 in 128 bits.
template <Policy P>
Value random_randint(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[2];
  if (!bind_method(ts, "randint", {"a", "b"}, 2, 2, args, n, kw, p)) return Value();
  if (is_intlike(p[1])) {
    int64_t a, b = int_value(p[1]);
    if (!randrange_arg(ts, p[0], "arg 1", &a)) return Value();
    return int_or_error(ts, with_rng(ts, args, [&](MersenneTwister& mt) { return mt.randint(a, b); }));
  }
  Ref<P> stop(ts, binary_op(ts, p[1], Value::from_small(1), BinOpKind::Add, false));
  if (!stop) return Value();
  const Value call_args[] = {args[0], p[0], stop.get()};
  return random_randrange(ts, call_args, 3, KwArgs{});
}

template <Policy P>
Value random_choice(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value seq;
  if (!bind_method(ts, "choice", {"seq"}, 1, 1, args, n, kw, &seq)) return Value();
  int64_t len = length(ts, seq);
  if (len < 0) return Value();
  if (len == 0) return raise(ts, ts.rt->t.IndexError, "Cannot choose from an empty sequence");
  uint64_t i = with_rng(ts, args, [len](MersenneTwister& mt) { return mt.randbelow(static_cast<uint64_t>(len)); });
  return getitem(ts, seq, Value::from_small(static_cast<int64_t>(i)));
}

template <Policy P>
Value random_shuffle(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value x;
  if (!bind_method(ts, "shuffle", {"x"}, 1, 1, args, n, kw, &x)) return Value();
  int64_t len = length(ts, x);
  if (len < 0) return Value();
  for (int64_t i = len - 1; i > 0; --i) {
    auto j = static_cast<int64_t>(
        with_rng(ts, args, [i](MersenneTwister& mt) { return mt.randbelow(static_cast<uint64_t>(i + 1)); }));
    if (kind_of(x) == Kind::List) {
      auto* l = static_cast<List*>(x.obj());
      auto guard = list_lock(ts, l);
      if (i < l->size) {  // another thread may have shrunk it
        if constexpr (kCasWrites<P>) {
          if (i == j) continue;
          Value a = list_take<P>(ts, l->items, i), b = list_take<P>(ts, l->items, j);
          list_store<P>(l->items, i, b);
          list_store<P>(l->items, j, a);
        } else {
          std::swap(l->items[i], l->items[j]);
        }
      }
      continue;
    }
    // x[i], x[j] = x[j], x[i]
    Ref<P> xj(ts, getitem(ts, x, Value::from_small(j)));
    if (!xj) return Value();
    Ref<P> xi(ts, getitem(ts, x, Value::from_small(i)));
    if (!xi || setitem(ts, x, Value::from_small(i), xj.get()) < 0 || setitem(ts, x, Value::from_small(j), xi.get()) < 0)
      return Value();
  }
  return none(ts);
}

// a + (b - a) * random(), with Python's arithmetic so ints, floats and
// errors behave as in CPython.
template <Policy P>
Value random_uniform(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[2];
  if (!bind_method(ts, "uniform", {"a", "b"}, 2, 2, args, n, kw, p)) return Value();
  Ref<P> width(ts, binary_op(ts, p[1], p[0], BinOpKind::Sub, false));
  if (!width) return Value();
  Ref<P> r(ts, new_float(ts, with_rng(ts, args, [](MersenneTwister& mt) { return mt.random(); })));
  Ref<P> scaled(ts, binary_op(ts, width.get(), r.get(), BinOpKind::Mul, false));
  if (!scaled) return Value();
  return binary_op(ts, p[0], scaled.get(), BinOpKind::Add, false);
}

// CPython 3.11's sample: a shrinking pool for small populations, rejection
// of repeats otherwise; the pool holds indices, which draws the same numbers.
template <Policy P>
Value random_sample(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[3];
  if (!bind_method(ts, "sample", {"population", "k", "counts"}, 2, 2, args, n, kw, p)) return Value();
  if (p[2] && !is_none(ts, p[2])) return raise(ts, ts.rt->t.NotImplementedError, "random.sample(counts=...) is not supported");
  Value pop = p[0];
  Kind pk = kind_of(pop);
  if (pk != Kind::List && pk != Kind::Tuple && pk != Kind::Str && pk != Kind::Range)
    return raise(ts, ts.rt->t.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t size = length(ts, pop), k;
  if (size < 0 || !arg_int(ts, p[1], &k)) return Value();
  if (k < 0 || k > size) return raise(ts, ts.rt->t.ValueError, "Sample larger than population or is negative");
  int64_t setsize = 21;
  if (k > 5) setsize += int64_t{1} << (2 * static_cast<int>(std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  auto below = [&](int64_t m) {
    return static_cast<int64_t>(with_rng(ts, args, [m](MersenneTwister& mt) { return mt.randbelow(static_cast<uint64_t>(m)); }));
  };
  std::vector<int64_t> picks;
  picks.reserve(static_cast<size_t>(k));
  if (size <= setsize) {
    std::vector<int64_t> pool(static_cast<size_t>(size));
    std::iota(pool.begin(), pool.end(), int64_t{0});
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = below(size - i);
      picks.push_back(pool[static_cast<size_t>(j)]);
      pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(size - i - 1)];
    }
  } else {
    absl::flat_hash_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = below(size);
      while (selected.contains(j)) j = below(size);
      selected.insert(j);
      picks.push_back(j);
    }
  }
  Ref<P> result(ts, Value::from_obj(new_list(ts, k)));
  for (int64_t j : picks) {
    Value item = getitem(ts, pop, Value::from_small(j));
    if (!item) return Value();
    list_append_steal(ts, static_cast<List*>(result.get().obj()), item);
  }
  return result.release();
}

// choices(population, weights=None, *, cum_weights=None, k=1). Weights are
// accumulated as doubles, exact for the ints and floats CPython would sum.
template <Policy P>
Value random_choices(ThreadState<P>& ts, const Value* args, int64_t n, const KwArgs& kw) {
  Value p[4];
  if (!bind_method(ts, "choices", {"population", "weights", "cum_weights", "k"}, 2, 1, args, n, kw, p)) return Value();
  Value pop = p[0];
  int64_t size = length(ts, pop), k = 1;
  if (size < 0 || (p[3] && !arg_int(ts, p[3], &k))) return Value();
  bool weights = p[1] && !is_none(ts, p[1]), cum_weights = p[2] && !is_none(ts, p[2]);
  auto draw = [&] { return with_rng(ts, args, [](MersenneTwister& mt) { return mt.random(); }); };
  std::vector<int64_t> picks;
  if (!weights && !cum_weights) {
    for (int64_t i = 0; i < k; ++i) picks.push_back(static_cast<int64_t>(std::floor(draw() * static_cast<double>(size))));
  } else {
    if (weights && cum_weights)
      return raise(ts, ts.rt->t.TypeError, "Cannot specify both weights and cumulative weights");
    std::vector<double> cum;
    bool ok = for_each(ts, cum_weights ? p[2] : p[1], [&](Value w) {
      double x;
      if (!arg_float(ts, w, &x)) return false;
      cum.push_back(cum_weights || cum.empty() ? x : cum.back() + x);
      return true;
    });
    if (!ok) return Value();
    if (static_cast<int64_t>(cum.size()) != size)
      return raise(ts, ts.rt->t.ValueError, "The number of weights does not match the population");
    if (cum.empty()) return raise(ts, ts.rt->t.IndexError, "list index out of range");
    double total = cum.back();
    if (total <= 0.0) return raise(ts, ts.rt->t.ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(total)) return raise(ts, ts.rt->t.ValueError, "Total of weights must be finite");
    for (int64_t i = 0; i < k; ++i) {
      // bisect.bisect(cum, x, 0, size - 1), step for step: weights may be
      // negative, so the list need not be sorted.
      double x = draw() * total;
      int64_t lo = 0, hi = size - 1;
      while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (x < cum[static_cast<size_t>(mid)]) hi = mid;
        else lo = mid + 1;
      }
      picks.push_back(lo);
    }
  }
  Ref<P> result(ts, Value::from_obj(new_list(ts, static_cast<int64_t>(picks.size()))));
  for (int64_t j : picks) {
    Value item = getitem(ts, pop, Value::from_small(j));
    if (!item) return Value();
    list_append_steal(ts, static_cast<List*>(result.get().obj()), item);
  }
  return result.release();
}

}  // namespace modules

template <Policy P>
Module* make_math_module(ThreadState<P>& ts) {
  using namespace modules;
  Module* m = new_module(ts, "math");
  Dict* d = m->dict;
  add_math_tables(ts, d, std::make_index_sequence<std::size(kMathUnary)>(),
                  std::make_index_sequence<std::size(kMathPredicates)>());
  add_function(ts, d, "floor", &math_rounding<P, 0>, -1, -1, true);
  add_function(ts, d, "ceil", &math_rounding<P, 1>, -1, -1, true);
  add_function(ts, d, "trunc", &math_rounding<P, 2>, -1, -1, true);
  add_function(ts, d, "log", &math_log<P>, -1, -1, true);
  add_function(ts, d, "pow", &math_pow<P>, -1, -1, true);
  add_function(ts, d, "atan2", &math_atan2<P>, -1, -1, true);
  add_function(ts, d, "copysign", &math_copysign<P>, -1, -1, true);
  add_function(ts, d, "fmod", &math_fmod<P>, -1, -1, true);
  add_function(ts, d, "remainder", &math_remainder<P>, -1, -1, true);
  add_function(ts, d, "hypot", &math_hypot<P>, -1, -1, true);
  add_function(ts, d, "fsum", &math_fsum<P>, -1, -1, true);
  add_function(ts, d, "prod", &math_prod<P>, -1, -1, true);
  add_function(ts, d, "isclose", &math_isclose<P>, -1, -1, true);
  add_function(ts, d, "modf", &math_modf<P>, -1, -1, true);
  add_function(ts, d, "frexp", &math_frexp<P>, -1, -1, true);
  add_function(ts, d, "ldexp", &math_ldexp<P>, -1, -1, true);
  add_function(ts, d, "isqrt", &math_isqrt<P>, -1, -1, true);
  add_function(ts, d, "gcd", &math_gcd_lcm<P, false>, -1, -1, true);
  add_function(ts, d, "lcm", &math_gcd_lcm<P, true>, -1, -1, true);
  add_function(ts, d, "factorial", &math_factorial<P>, -1, -1, true);
  add_function(ts, d, "comb", &math_comb_perm<P, true>, -1, -1, true);
  add_function(ts, d, "perm", &math_comb_perm<P, false>, -1, -1, true);
  add_value(ts, d, "pi", new_float(ts, M_PI));
  add_value(ts, d, "e", new_float(ts, M_E));
  add_value(ts, d, "tau", new_float(ts, 2 * M_PI));
  add_value(ts, d, "inf", new_float(ts, HUGE_VAL));
  add_value(ts, d, "nan", new_float(ts, NAN));
  return m;
}

template <Policy P>
Module* make_time_module(ThreadState<P>& ts) {
  using namespace modules;
  Module* m = new_module(ts, "time");
  add_clocks(ts, m->dict, std::make_index_sequence<std::size(kClocks)>());
  add_function(ts, m->dict, "sleep", &time_sleep<P>, -1, -1, true);
  return m;
}

template <Policy P>
Module* make_sys_module(ThreadState<P>& ts) {
  using namespace modules;
  Runtime<P>& rt = *ts.rt;
  Module* m = new_module(ts, "sys");
  Dict* d = m->dict;
  for (Object** stream : {&rt.sys_stdout, &rt.sys_stderr}) {
    if (*stream != nullptr) continue;
    auto* io = alloc_object<P, TextIO>(ts, rt.t.TextIOWrapper);
    io->fd = stream == &rt.sys_stdout ? 1 : 2;
    immortalize(ts, io);
    *stream = io;
  }
  add_method(ts, rt.t.TextIOWrapper, "write", &textio_write<P>, 2, 2);
  add_method(ts, rt.t.TextIOWrapper, "flush", &textio_flush<P>, 1, 1);
  add_value(ts, d, "stdout", newref(ts, rt.sys_stdout));
  add_value(ts, d, "stderr", newref(ts, rt.sys_stderr));
  add_value(ts, d, "__stdout__", newref(ts, rt.sys_stdout));
  add_value(ts, d, "__stderr__", newref(ts, rt.sys_stderr));
  List* argv = new_list(ts, static_cast<int64_t>(rt.options.argv.size()));
  for (const std::string& a : rt.options.argv) list_append_steal(ts, argv, str_value(ts, a));
  add_value(ts, d, "argv", Value::from_obj(argv));
  if (rt.modules != nullptr) add_value(ts, d, "modules", newref(ts, rt.modules));
  add_value(ts, d, "maxsize", new_int(ts, INT64_MAX));
  add_value(ts, d, "platform", str_value(ts, "linux"));
  add_value(ts, d, "byteorder", str_value(ts, "little"));
  add_function(ts, d, "exit", &sys_exit<P>, -1, -1, true);
  add_function(ts, d, "setrecursionlimit", &sys_setrecursionlimit<P>, -1, -1, true);
  add_function(ts, d, "getrecursionlimit", &sys_getrecursionlimit<P>, -1, -1, true);
  add_function(ts, d, "setswitchinterval", &sys_setswitchinterval<P>, -1, -1, true);
  add_function(ts, d, "getswitchinterval", &sys_getswitchinterval<P>, -1, -1, true);
  add_function(ts, d, "exc_info", &sys_exc_info<P>, -1, -1, true);
  return m;
}

template <Policy P>
Module* make_random_module(ThreadState<P>& ts) {
  using namespace modules;
  Module* m = new_module(ts, "random");
  // Its functions hold it as self, a cycle: it lives as long as the process.
  immortalize(ts, m);
  const std::pair<std::string_view, BuiltinFn<P>> fns[] = {
      {"seed", &random_seed<P>},         {"random", &random_random<P>},   {"getrandbits", &random_getrandbits<P>},
      {"randrange", &random_randrange<P>}, {"randint", &random_randint<P>}, {"choice", &random_choice<P>},
      {"shuffle", &random_shuffle<P>},   {"uniform", &random_uniform<P>}, {"sample", &random_sample<P>},
      {"choices", &random_choices<P>},
  };
  for (const auto& [name, fn] : fns) {
    Builtin* b = new_builtin(ts, name, fn, -1, -1, true);
    b->self = newref(ts, m);
    dict_set_str(ts, m->dict, b->name, Value::from_obj(b));
  }
  return m;
}

}  // namespace lockvm
