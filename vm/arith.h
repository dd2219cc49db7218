// The operators: arithmetic with Python's semantics on 64-bit ints (floor
// division and modulo toward negative infinity, OverflowError instead of
// wrapping) and floats, sequence concatenation and repetition, set algebra,
// and the user's __add__/__radd__/__iadd__ family.
#pragma once

#include <cmath>

#include "vm/ast.h"
#include "vm/attributes.h"

namespace lockvm {

using ast::BinOpKind;

inline const char* binop_symbol(BinOpKind op, bool inplace) {
  static const char* const kSym[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"};
  static const char* const kInplace[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "@="};
  return inplace ? kInplace[static_cast<int>(op)] : kSym[static_cast<int>(op)];
}

template <Policy P>
Value overflow(ThreadState<P>& ts) {
  return raise(ts, ts.rt->t.OverflowError, "integer result does not fit in 64 bits (lockvm ints are 64-bit)");
}

inline int64_t floordiv_i64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t mod_i64(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

inline double float_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}
inline double float_floordiv(double a, double b) {
  double m = std::fmod(a, b);
  double div = (a - m) / b;
  if (m != 0.0 && ((b < 0) != (m < 0))) div -= 1.0;
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  return floordiv;
}

// Integer power with overflow detection; exp >= 0.
inline bool ipow_checked(int64_t base, int64_t exp, int64_t* out) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return false;
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

template <Policy P>
Value int_binop(ThreadState<P>& ts, int64_t a, int64_t b, BinOpKind op) {
  int64_t r;
  switch (op) {
    case BinOpKind::Add:
      if (__builtin_add_overflow(a, b, &r)) return overflow(ts);
      return new_int(ts, r);
    case BinOpKind::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return overflow(ts);
      return new_int(ts, r);
    case BinOpKind::Mul:
      if (__builtin_mul_overflow(a, b, &r)) return overflow(ts);
      return new_int(ts, r);
    case BinOpKind::Div:
      if (b == 0) return raise(ts, ts.rt->t.ZeroDivisionError, "division by zero");
      return new_float(ts, static_cast<double>(a) / static_cast<double>(b));
    case BinOpKind::FloorDiv:
      if (b == 0) return raise(ts, ts.rt->t.ZeroDivisionError, "integer division or modulo by zero");
      if (a == INT64_MIN && b == -1) return overflow(ts);
      return new_int(ts, floordiv_i64(a, b));
    case BinOpKind::Mod:
      if (b == 0) return raise(ts, ts.rt->t.ZeroDivisionError, "integer modulo by zero");
      if (b == -1) return new_int(ts, 0);
      return new_int(ts, mod_i64(a, b));
    case BinOpKind::Pow:
      if (b < 0) {
        if (a == 0)
          return raise(ts, ts.rt->t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return new_float(ts, std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      if (!ipow_checked(a, b, &r)) return overflow(ts);
      return new_int(ts, r);
    case BinOpKind::LShift:
      if (b < 0) return raise(ts, ts.rt->t.ValueError, "negative shift count");
      if (a == 0) return new_int(ts, 0);
      if (b >= 64) return overflow(ts);
      r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
      if ((r >> b) != a) return overflow(ts);
      return new_int(ts, r);
    case BinOpKind::RShift:
      if (b < 0) return raise(ts, ts.rt->t.ValueError, "negative shift count");
      return new_int(ts, b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
    case BinOpKind::BitOr: return new_int(ts, a | b);
    case BinOpKind::BitXor: return new_int(ts, a ^ b);
    case BinOpKind::BitAnd: return new_int(ts, a & b);
    case BinOpKind::MatMul: break;
  }
  return not_implemented(ts);
}

template <Policy P>
Value float_binop(ThreadState<P>& ts, double a, double b, BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return new_float(ts, a + b);
    case BinOpKind::Sub: return new_float(ts, a - b);
    case BinOpKind::Mul: return new_float(ts, a * b);
    case BinOpKind::Div:
      if (b == 0.0) return raise(ts, ts.rt->t.ZeroDivisionError, "float division by zero");
      return new_float(ts, a / b);
    case BinOpKind::FloorDiv:
      if (b == 0.0) return raise(ts, ts.rt->t.ZeroDivisionError, "float floor division by zero");
      return new_float(ts, float_floordiv(a, b));
    case BinOpKind::Mod:
      if (b == 0.0) return raise(ts, ts.rt->t.ZeroDivisionError, "float modulo");
      return new_float(ts, float_mod(a, b));
    case BinOpKind::Pow: {
      if (a == 0.0 && b < 0.0)
        return raise(ts, ts.rt->t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (a < 0.0 && b != std::floor(b) && std::isfinite(b))
        return raise(ts, ts.rt->t.ValueError, "math domain error (complex results are not supported)");
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) {
        // CPython reports errno: OverflowError(34, 'Numerical result out of range').
        Value msg = str_value(ts, "Numerical result out of range");
        Value args = tuple_steal(ts, {Value::from_small(34), msg});
        Value e = call(ts, Value::from_obj(ts.rt->t.OverflowError), static_cast<Tuple*>(args.obj())->items, 2);
        decref(ts, args);
        if (e) set_exception(ts, e);
        return Value();
      }
      return new_float(ts, r);
    }
    default: break;
  }
  return not_implemented(ts);
}

template <Policy P> Value sequence_repeat(ThreadState<P>& ts, Value seq, int64_t n);
template <Policy P> Value sequence_concat(ThreadState<P>& ts, Value a, Value b);
template <Policy P> Value set_binop(ThreadState<P>& ts, Value a, Value b, BinOpKind op, bool inplace);
template <Policy P> Value str_percent_format(ThreadState<P>& ts, Value fmt, Value args);
template <Policy P> int list_extend(ThreadState<P>& ts, List* l, Value iterable);
template <Policy P> Value dict_merge_new(ThreadState<P>& ts, Value a, Value b, bool inplace);

// dict.keys() and dict.items() are set-like: `d.keys() & s` gives a set.
inline bool is_set_like_view(Value v) {
  return v.is_obj() && v.obj()->type->layout == Kind::DictView && static_cast<DictView*>(v.obj())->which != 1;
}
template <Policy P> Value view_set_binop(ThreadState<P>& ts, Value a, Value b, BinOpKind op);

template <Policy P>
Value call_binop_method(ThreadState<P>& ts, Value self, Value other, Str* name) {
  Type* t = type_of(ts, self);
  if (t->flags & Type::kBuiltin) return not_implemented(ts);
  Value m = type_lookup(ts, t, name);
  if (!m) return not_implemented(ts);
  Value args[2] = {self, other};
  return call(ts, m, args, 2);
}

template <Policy P>
Value binop_method_names(ThreadState<P>& ts, BinOpKind op, Str** fwd, Str** rev, Str** inp) {
  const Names& n = ts.rt->n;
  switch (op) {
    case BinOpKind::Add: *fwd = n.__add__; *rev = n.__radd__; *inp = n.__iadd__; break;
    case BinOpKind::Sub: *fwd = n.__sub__; *rev = n.__rsub__; *inp = n.__isub__; break;
    case BinOpKind::Mul: *fwd = n.__mul__; *rev = n.__rmul__; *inp = n.__imul__; break;
    case BinOpKind::Div: *fwd = n.__truediv__; *rev = n.__rtruediv__; *inp = n.__itruediv__; break;
    case BinOpKind::FloorDiv: *fwd = n.__floordiv__; *rev = n.__rfloordiv__; *inp = n.__ifloordiv__; break;
    case BinOpKind::Mod: *fwd = n.__mod__; *rev = n.__rmod__; *inp = n.__imod__; break;
    case BinOpKind::Pow: *fwd = n.__pow__; *rev = n.__rpow__; *inp = n.__ipow__; break;
    case BinOpKind::LShift: *fwd = n.__lshift__; *rev = n.__rlshift__; *inp = n.__ilshift__; break;
    case BinOpKind::RShift: *fwd = n.__rshift__; *rev = n.__rrshift__; *inp = n.__irshift__; break;
    case BinOpKind::BitOr: *fwd = n.__or__; *rev = n.__ror__; *inp = n.__ior__; break;
    case BinOpKind::BitXor: *fwd = n.__xor__; *rev = n.__rxor__; *inp = n.__ixor__; break;
    case BinOpKind::BitAnd: *fwd = n.__and__; *rev = n.__rand__; *inp = n.__iand__; break;
    case BinOpKind::MatMul: *fwd = n.__matmul__; *rev = n.__rmatmul__; *inp = n.__imatmul__; break;
  }
  return Value();
}

// a op b for built-in operand types; NotImplemented when neither knows how.
template <Policy P>
Value builtin_binop(ThreadState<P>& ts, Value a, Value b, BinOpKind op, bool inplace) {
  Kind ka = kind_of(a), kb = kind_of(b);
  bool ia = ka == Kind::Int || ka == Kind::Bool, ib = kb == Kind::Int || kb == Kind::Bool;
  if (ia && ib) {
    if (ka == Kind::Bool && kb == Kind::Bool &&
        (op == BinOpKind::BitAnd || op == BinOpKind::BitOr || op == BinOpKind::BitXor)) {
      int64_t x = int_value(a), y = int_value(b);
      return py_bool(ts, op == BinOpKind::BitAnd ? (x & y) : op == BinOpKind::BitOr ? (x | y) : (x ^ y));
    }
    return int_binop(ts, int_value(a), int_value(b), op);
  }
  bool fa = ka == Kind::Float, fb = kb == Kind::Float;
  if ((fa || ia) && (fb || ib) && (fa || fb)) {
    double x = fa ? float_value(a) : static_cast<double>(int_value(a));
    double y = fb ? float_value(b) : static_cast<double>(int_value(b));
    return float_binop(ts, x, y, op);
  }
  switch (op) {
    case BinOpKind::Add:
      if (ka == kb && (ka == Kind::Str || ka == Kind::Tuple)) return sequence_concat(ts, a, b);
      if (ka == Kind::List && kb == Kind::List && !inplace) return sequence_concat(ts, a, b);
      if (ka == Kind::List && inplace) {
        if (list_extend(ts, static_cast<List*>(a.obj()), b) < 0) return Value();
        return newref(ts, a);
      }
      break;
    case BinOpKind::Mul:
      if ((ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple) && ib) {
        if (ka == Kind::List && inplace) {
          Value r = sequence_repeat(ts, a, int_value(b));
          if (!r) return r;
          auto* l = static_cast<List*>(a.obj());
          auto* nl = static_cast<List*>(r.obj());
          {
            auto guard = list_lock(ts, l);
            Value* old_items = l->items;
            int64_t old_size = l->size, old_capacity = l->capacity;
            // The new storage is published before the size that covers it.
            list_set_size<P>(l, std::min(old_size, nl->size));
            list_set_items<P>(l, nl->items, nl->capacity);
            list_set_size<P>(l, nl->size);
            nl->items = nullptr;
            nl->size = nl->capacity = 0;
            if constexpr (kOptimisticReads<P>) {
              // Readers may still hold the old items and the old block.
              // (Taken by exchange under CAS writes: see list_take.)
              for (int64_t i = 0; i < old_size; ++i) release_removed(ts, list_take<P>(ts, old_items, i));
              list_block_retire(ts, old_items);
            } else {
              nl->items = old_items;
              nl->size = old_size;
              nl->capacity = old_capacity;
            }
          }
          decref(ts, r);
          return newref(ts, a);
        }
        return sequence_repeat(ts, a, int_value(b));
      }
      if ((kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple) && ia) return sequence_repeat(ts, b, int_value(a));
      break;
    case BinOpKind::Mod:
      if (ka == Kind::Str) return str_percent_format(ts, a, b);
      break;
    case BinOpKind::BitOr:
    case BinOpKind::BitAnd:
    case BinOpKind::BitXor:
    case BinOpKind::Sub:
      if ((ka == Kind::Set || ka == Kind::FrozenSet) && (kb == Kind::Set || kb == Kind::FrozenSet))
        return set_binop(ts, a, b, op, inplace);
      if (is_set_like_view(a) || is_set_like_view(b)) return view_set_binop(ts, a, b, op);
      if (op == BinOpKind::BitOr && ka == Kind::Dict && kb == Kind::Dict) return dict_merge_new(ts, a, b, inplace);
      break;
    default: break;
  }
  return not_implemented(ts);
}

template <Policy P>
Value binop_type_error(ThreadState<P>& ts, Value a, Value b, BinOpKind op, bool inplace) {
  Kind ka = kind_of(a);
  if (op == BinOpKind::Add && (ka == Kind::Str || ka == Kind::Tuple || (ka == Kind::List && !inplace))) {
    return raisef(ts, ts.rt->t.TypeError, "can only concatenate %s (not \"%s\") to %s", type_name(ts, a),
                  type_name(ts, b), type_name(ts, a));
  }
  if (op == BinOpKind::Mul) {
    Kind kb = kind_of(b);
    bool seq_a = ka == Kind::Str || ka == Kind::List || ka == Kind::Tuple;
    bool seq_b = kb == Kind::Str || kb == Kind::List || kb == Kind::Tuple;
    if (seq_a || seq_b)
      return raisef(ts, ts.rt->t.TypeError, "can't multiply sequence by non-int of type '%s'",
                    type_name(ts, seq_a ? b : a));
  }
  if (op == BinOpKind::Pow && !inplace)
    return raisef(ts, ts.rt->t.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                  type_name(ts, a), type_name(ts, b));
  return raisef(ts, ts.rt->t.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                binop_symbol(op, inplace), type_name(ts, a), type_name(ts, b));
}

template <Policy P>
Value binary_op(ThreadState<P>& ts, Value a, Value b, BinOpKind op, bool inplace) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small(), y = b.small(), r;
    switch (op) {
      // 63-bit operands cannot overflow int64; the result may need boxing.
      case BinOpKind::Add: return new_int(ts, x + y);
      case BinOpKind::Sub: return new_int(ts, x - y);
      case BinOpKind::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return new_int(ts, r);
        return overflow(ts);
      case BinOpKind::BitAnd: return Value::from_small(x & y);
      case BinOpKind::BitOr: return Value::from_small(x | y);
      case BinOpKind::BitXor: return Value::from_small(x ^ y);
      case BinOpKind::MatMul: return binop_type_error(ts, a, b, op, inplace);
      default: return int_binop(ts, x, y, op);
    }
  }
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  bool user = !(ta->flags & Type::kBuiltin) || !(tb->flags & Type::kBuiltin);
  if (!user) {
    Value r = builtin_binop(ts, a, b, op, inplace);
    if (!r || !is_not_implemented(ts, r)) return r;
    decref(ts, r);
    return binop_type_error(ts, a, b, op, inplace);
  }
  Str *fwd = nullptr, *rev = nullptr, *inp = nullptr;
  binop_method_names(ts, op, &fwd, &rev, &inp);
  if (inplace) {
    Value r = call_binop_method(ts, a, b, inp);
    if (!r || !is_not_implemented(ts, r)) return r;
    decref(ts, r);
  }
  bool b_first = ta != tb && is_subtype<P>(tb, ta) && !(tb->flags & Type::kBuiltin);
  for (int pass = 0; pass < 2; ++pass) {
    bool try_b = (pass == 0) == b_first;
    if (try_b && ta == tb && pass == 1) break;  // same type: no reflected call
    Value r;
    if (try_b) {
      r = (tb->flags & Type::kBuiltin) ? builtin_binop(ts, a, b, op, inplace) : call_binop_method(ts, b, a, rev);
    } else {
      r = (ta->flags & Type::kBuiltin) ? builtin_binop(ts, a, b, op, inplace) : call_binop_method(ts, a, b, fwd);
    }
    if (!r || !is_not_implemented(ts, r)) return r;
    decref(ts, r);
  }
  return binop_type_error(ts, a, b, op, inplace);
}

template <Policy P>
Value unary_op(ThreadState<P>& ts, Value v, ast::UnaryOpKind op) {
  using ast::UnaryOpKind;
  Kind k = kind_of(v);
  if (k == Kind::Int || k == Kind::Bool) {
    int64_t x = int_value(v);
    switch (op) {
      case UnaryOpKind::Neg:
        if (x == INT64_MIN) return overflow(ts);
        return new_int(ts, -x);
      case UnaryOpKind::Pos: return new_int(ts, x);
      case UnaryOpKind::Invert: return new_int(ts, ~x);
      case UnaryOpKind::Not: break;
    }
  }
  if (k == Kind::Float) {
    if (op == UnaryOpKind::Neg) return new_float(ts, -float_value(v));
    if (op == UnaryOpKind::Pos) return newref(ts, v);
  }
  if (op == UnaryOpKind::Not) {
    int t = truthy(ts, v);
    if (t < 0) return Value();
    return py_bool(ts, !t);
  }
  Type* t = type_of(ts, v);
  Str* name = op == UnaryOpKind::Neg ? ts.rt->n.__neg__ : op == UnaryOpKind::Pos ? ts.rt->n.__pos__ : ts.rt->n.__invert__;
  if (!(t->flags & Type::kBuiltin)) {
    Value m = type_lookup(ts, t, name);
    if (m) return call(ts, m, &v, 1);
  }
  const char* sym = op == UnaryOpKind::Neg ? "-" : op == UnaryOpKind::Pos ? "+" : "~";
  return raisef(ts, ts.rt->t.TypeError, "bad operand type for unary %s: '%s'", sym, sv(t->name));
}

}  // namespace lockvm
