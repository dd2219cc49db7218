// The built-in functions (print, len, sorted, ...), the constructors of the
// built-in types (int(), list(), dict(), ...) and the methods of list, tuple,
// dict, set, object, exceptions and generators. String methods live in
// vm/str_methods.h, modules in vm/modules.h.
#pragma once

#include <absl/strings/str_cat.h>

#include <cmath>

#include "vm/io.h"
#include "vm/str_methods.h"
#include "vm/timsort.h"

namespace lockvm {

namespace builtins_impl {

template <Policy P> using TS = ThreadState<P>;

// ----------------------------------------------------------------- sorting

// Sorts items in place (borrowed references) by key(item) or item, with
// CPython's timsort (vm/timsort.h), so a __lt__ that logs its calls sees the
// same comparisons as under CPython.
template <Policy P>
bool sort_values(TS<P>& ts, std::vector<Value>& items, Value key, bool reverse) {
  auto less = [&](Value a, Value b) { return compare_lt(ts, a, b); };
  if (!key || is_none(ts, key)) {
    bool ok = timsort_list<Value>(nullptr, items.data(), items.size(), reverse, less);
    // A false answer with nothing pending: timsort had no memory to merge in.
    if (!ok && !ts.exc) raise_with(ts, ts.rt->t.MemoryError, Value());
    return ok;
  }
  std::vector<Value> keys;
  keys.reserve(items.size());
  for (Value it : items) {
    Value k = call(ts, key, &it, 1);
    if (!k) {
      for (Value x : keys) decref(ts, x);
      return false;
    }
    keys.push_back(k);
  }
  bool ok = timsort_list(keys.data(), items.data(), items.size(), reverse, less);
  for (Value x : keys) decref(ts, x);
  if (!ok && !ts.exc) raise_with(ts, ts.rt->t.MemoryError, Value());  // no merge space
  return ok;
}

template <Policy P>
Value list_sort_impl(TS<P>& ts, List* l, Value key, bool reverse) {
  if (!key || is_none(ts, key)) {
    // Items whose comparisons run no Python code (ints, floats, strs) are
    // sorted in place under the list's lock, so other threads see the sort
    // as one step, as under CPython 3.13t's critical section.
    auto guard = list_lock(ts, l);
    // All strs, or all ints and floats (mixed, the comparison raises).
    int64_t strs = 0, nums = 0;
    for (int64_t i = 0; i < l->size; ++i) {
      Kind k = kind_of(list_load<P>(l->items, i));
      strs += k == Kind::Str;
      nums += k == Kind::Int || k == Kind::Float;
    }
    if (strs == l->size || nums == l->size) {
      if (kCasWrites<P> && !list_alone(ts)) {
        // Taken out (frozen) for the sort, so that no CAS store lands in
        // between; on failure they go back as they were. (Room for both
        // copies first: nothing is taken if that fails.)
        std::vector<Value> items, original;
        items.reserve(static_cast<size_t>(l->size));
        original.reserve(static_cast<size_t>(l->size));
        for (int64_t i = 0; i < l->size; ++i) items.push_back(list_take<P>(ts, l->items, i));
        original.assign(items.begin(), items.end());
        bool ok;
        try {
          ok = sort_values(ts, items, Value(), reverse);
        } catch (...) {
          ok = false;
        }
        const std::vector<Value>& back = ok ? items : original;
        for (size_t i = 0; i < back.size(); ++i) list_store<P>(l->items, static_cast<int64_t>(i), back[i]);
        if (!ok) return ts.exc ? Value() : raise_with(ts, ts.rt->t.MemoryError, Value());
      } else {
        std::vector<Value> items(l->items, l->items + l->size);
        if (!sort_values(ts, items, Value(), reverse)) return Value();
        for (size_t i = 0; i < items.size(); ++i) list_store<P>(l->items, static_cast<int64_t>(i), items[i]);
      }
      return none(ts);
    }
  }
  // Otherwise the items are detached while sorting so a key function or
  // __lt__ that mutates the list cannot corrupt it (CPython: "list modified
  // during sort"); other threads see an empty list meanwhile. The sort runs
  // Python code, so it is not done under the lock.
  std::vector<Value> items;
  Value* saved;
  int64_t saved_cap;
  {
    auto guard = list_lock(ts, l);
    if constexpr (kCasWrites<P>) {
      items.reserve(static_cast<size_t>(l->size));
      for (int64_t i = 0; i < l->size; ++i) items.push_back(list_take<P>(ts, l->items, i));
    } else {
      items.assign(l->items, l->items + l->size);
    }
    saved = l->items;
    saved_cap = l->capacity;
    list_set_size<P>(l, 0);
    list_set_items<P>(l, nullptr, 0);
  }
  bool modified = false;
  // Puts the items back; whatever was added meanwhile is dropped after the
  // lock is released. Allocates nothing, so it is safe after a bad_alloc.
  auto reattach = [&] {
    Value* added = nullptr;
    int64_t added_size = 0;
    {
      auto guard = list_lock(ts, l);
      modified = l->size != 0 || l->items != nullptr;
      added = l->items;
      added_size = l->size;
      for (size_t i = 0; i < items.size(); ++i) list_store<P>(saved, static_cast<int64_t>(i), items[i]);
      list_set_items<P>(l, saved, saved_cap);
      list_set_size<P>(l, static_cast<int64_t>(items.size()));
    }
    // Taken by exchange under CAS writes: a store that loaded the block
    // before it was replaced either lands first (and its item is the one
    // released here) or finds the slot frozen and tries the list again.
    for (int64_t i = 0; i < added_size; ++i) release_removed(ts, list_take<P>(ts, added, i));
    list_block_retire(ts, added);
  };
  bool ok;
  try {
    ok = sort_values(ts, items, key, reverse);
  } catch (...) {  // out of memory for keys or merge space: the items go back, unsorted
    reattach();
    throw;
  }
  reattach();
  if (!ok) return Value();
  if (modified) return raise(ts, ts.rt->t.ValueError, "list modified during sort");
  return none(ts);
}

// ----------------------------------------------------------------- builtins

template <Policy P>
Value b_print(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!check_kwargs(ts, kw, "print", {"sep", "end", "flush", "file"})) return Value();
  Value sepv = kwarg(kw, "sep"), endv = kwarg(kw, "end"), filev = kwarg(kw, "file"), flushv = kwarg(kw, "flush");
  std::string_view sep = " ", end = "\n";
  if (sepv && !is_none(ts, sepv)) {
    if (!is_str(sepv)) return raisef(ts, ts.rt->t.TypeError, "sep must be None or a string, not %s", type_name(ts, sepv));
    sep = str_view(sepv);
  }
  if (endv && !is_none(ts, endv)) {
    if (!is_str(endv)) return raisef(ts, ts.rt->t.TypeError, "end must be None or a string, not %s", type_name(ts, endv));
    end = str_view(endv);
  }
  if (filev && is_none(ts, filev)) filev = Value();
  // Pieces are written as they are made, as CPython does: a str() that
  // raises leaves what came before it written.
  auto write = [&](std::string_view text) -> bool {
    if (text.empty()) return true;
    if (!filev) return write_fd(ts, 1, text) || (raise(ts, ts.rt->t.OSError, "write failed"), false);
    if (kind_of(filev) == Kind::TextIO)
      return write_fd(ts, static_cast<TextIO*>(filev.obj())->fd, text) ||
             (raise(ts, ts.rt->t.OSError, "write failed"), false);
    Value s = str_value(ts, text);
    Value r = call_method(ts, filev, intern(ts, "write"), &s, 1);
    decref(ts, s);
    if (!r) return false;
    decref(ts, r);
    return true;
  };
  for (int64_t i = 0; i < nargs; ++i) {
    if (i && !write(sep)) return Value();
    Value s = to_str(ts, args[i]);
    if (!s) return s;
    bool ok = write(str_view(s));
    decref(ts, s);
    if (!ok) return Value();
  }
  if (!write(end)) return Value();
  if (flushv) {
    int t = truthy(ts, flushv);
    if (t < 0) return Value();
    if (t && !flush_stdout(ts)) return raise(ts, ts.rt->t.OSError, "write failed");
  }
  return none(ts);
}

template <Policy P>
Value b_len(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t n = length(ts, args[0]);
  if (n < 0) return Value();
  return new_int(ts, n);
}

template <Policy P>
Value b_repr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return repr(ts, args[0]); }

template <Policy P>
Value b_abs(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value v = args[0];
  Kind k = kind_of(v);
  if (k == Kind::Int || k == Kind::Bool) {
    int64_t x = int_value(v);
    if (x == INT64_MIN) return overflow(ts);
    return new_int(ts, x < 0 ? -x : x);
  }
  if (k == Kind::Float) return new_float(ts, std::fabs(float_value(v)));
  if (k == Kind::Instance) {
    Value m = type_lookup(ts, type_of(ts, v), ts.rt->n.__abs__);
    if (m) return call(ts, m, &v, 1);
  }
  return raisef(ts, ts.rt->t.TypeError, "bad operand type for abs(): '%s'", type_name(ts, v));
}

template <Policy P>
Value minmax(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  if (nargs == 0) return raisef(ts, ts.rt->t.TypeError, "%s expected at least 1 argument, got 0", name);
  if (!check_kwargs(ts, kw, name, {"key", "default"})) return Value();
  Value key = kwarg(kw, "key"), dflt = kwarg(kw, "default");
  if (nargs > 1 && dflt)
    return raisef(ts, ts.rt->t.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key && is_none(ts, key)) key = Value();
  Value best, best_key;
  auto consider = [&](Value item) -> bool {
    Value k = key ? call(ts, key, &item, 1) : newref(ts, item);
    if (!k) return false;
    if (!best) {
      best = newref(ts, item);
      best_key = k;
      return true;
    }
    // CPython asks `item > best` for max and `item < best` for min.
    Value cmp = rich_compare(ts, k, best_key, is_max ? CmpOp::Gt : CmpOp::Lt);
    int better = cmp ? truthy(ts, cmp) : -1;
    if (cmp) decref(ts, cmp);
    if (better < 0) {
      decref(ts, k);
      return false;
    }
    if (better) {
      decref(ts, best);
      decref(ts, best_key);
      best = newref(ts, item);
      best_key = k;
    } else {
      decref(ts, k);
    }
    return true;
  };
  bool ok;
  if (nargs == 1) {
    ok = for_each(ts, args[0], consider);
  } else {
    ok = true;
    for (int64_t i = 0; i < nargs && ok; ++i) ok = consider(args[i]);
  }
  xdecref(ts, best_key);
  if (!ok) {
    xdecref(ts, best);
    return Value();
  }
  if (!best) {
    if (dflt) return newref(ts, dflt);
    return raisef(ts, ts.rt->t.ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}

template <Policy P>
Value b_max(TS<P>& ts, const Value* a, int64_t n, const KwArgs& kw) { return minmax(ts, a, n, kw, true); }
template <Policy P>
Value b_min(TS<P>& ts, const Value* a, int64_t n, const KwArgs& kw) { return minmax(ts, a, n, kw, false); }

template <Policy P>
Value b_sum(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs == 0)
    return raise(ts, ts.rt->t.TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (!check_kwargs(ts, kw, "sum", {"start"})) return Value();
  if (nargs > 2) return raisef(ts, ts.rt->t.TypeError, "sum() takes at most 2 arguments (%d given)", nargs);
  Value start = nargs > 1 ? args[1] : kwarg(kw, "start");
  if (start && is_str(start)) return raise(ts, ts.rt->t.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value acc = start ? newref(ts, start) : Value::from_small(0);
  bool ok = for_each(ts, args[0], [&](Value item) {
    Value r = binary_op(ts, acc, item, BinOpKind::Add, false);
    if (!r) return false;
    decref(ts, acc);
    acc = r;
    return true;
  });
  if (!ok) {
    decref(ts, acc);
    return Value();
  }
  return acc;
}

template <Policy P>
Value b_any_all(TS<P>& ts, Value iterable, bool any) {
  bool result = !any;
  bool ok = for_each(ts, iterable, [&](Value item) {
    int t = truthy(ts, item);
    if (t < 0) return false;
    if ((t != 0) == any) {
      result = any;
      return false;
    }
    return true;
  });
  if (!ok && ts.exc) return Value();
  return py_bool(ts, result);
}
template <Policy P>
Value b_any(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return b_any_all(ts, args[0], true); }
template <Policy P>
Value b_all(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return b_any_all(ts, args[0], false); }

template <Policy P>
int isinstance_check(TS<P>& ts, Value obj, Value cls, const char* fname, bool sub) {
  if (kind_of(cls) == Kind::Tuple) {
    // Nested tuples of classes recurse; CPython bounds this by its recursion limit.
    RecursionGuard<P> guard(ts, sub ? " in __subclasscheck__" : " in __instancecheck__");
    if (guard.failed()) return -1;
    auto* t = static_cast<Tuple*>(cls.obj());
    for (int64_t i = 0; i < t->size; ++i) {
      int r = isinstance_check(ts, obj, t->items[i], fname, sub);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!is_type(cls)) {
    if (sub)
      raisef(ts, ts.rt->t.TypeError, "%s() arg 2 must be a class, a tuple of classes, or a union", fname);
    else
      raisef(ts, ts.rt->t.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    return -1;
  }
  Type* t = static_cast<Type*>(cls.obj());
  if (sub) return is_subtype<P>(static_cast<Type*>(obj.obj()), t);
  return isinstance(ts, obj, t);
}

template <Policy P>
Value b_isinstance(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int r = isinstance_check(ts, args[0], args[1], "isinstance", false);
  if (r < 0) return Value();
  return py_bool(ts, r);
}

template <Policy P>
Value b_issubclass(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (!is_type(args[0])) return raise(ts, ts.rt->t.TypeError, "issubclass() arg 1 must be a class");
  int r = isinstance_check(ts, args[0], args[1], "issubclass", true);
  if (r < 0) return Value();
  return py_bool(ts, r);
}

template <Policy P>
Value b_hash(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t h = hash_value(ts, args[0]);
  if (h == -1) return Value();
  return new_int(ts, h);
}

template <Policy P>
Value b_id(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return new_int(ts, static_cast<int64_t>(args[0].raw() >> 1));
}

template <Policy P>
Value b_iter(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  if (nargs == 2) return raise(ts, ts.rt->t.NotImplementedError, "iter(callable, sentinel) is not supported by lockvm");
  return get_iter(ts, args[0]);
}

template <Policy P>
Value b_next(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Value it = args[0];
  Kind k = kind_of(it);
  bool is_iter = k == Kind::Generator || k == Kind::SeqIter || k == Kind::RangeIter || k == Kind::StrIter ||
                 k == Kind::DictIter || k == Kind::SetIter || k == Kind::Enumerate || k == Kind::Zip ||
                 k == Kind::Map || k == Kind::Filter || k == Kind::Reversed ||
                 (k == Kind::Instance && type_lookup(ts, type_of(ts, it), ts.rt->n.__next__));
  if (!is_iter) return raisef(ts, ts.rt->t.TypeError, "'%s' object is not an iterator", type_name(ts, it));
  if (k == Kind::Instance) {
    // Call __next__ directly so the StopIteration (and its value) propagates.
    Value m = type_lookup(ts, type_of(ts, it), ts.rt->n.__next__);
    Value r = call(ts, m, &it, 1);
    if (!r && nargs > 1 && exception_matches(ts, ts.rt->t.StopIteration)) {
      clear_exception(ts);
      return newref(ts, args[1]);
    }
    return r;
  }
  if (k == Kind::Generator) {
    GenStatus st;
    Value r = gen_send(ts, static_cast<Generator*>(it.obj()), Value(), &st);
    if (st != GenStatus::Returned) return r;
    if (nargs > 1) {
      decref(ts, r);
      return newref(ts, args[1]);
    }
    if (is_none(ts, r)) {
      decref(ts, r);
      return raise_with(ts, ts.rt->t.StopIteration, Value());
    }
    Value e = raise_with(ts, ts.rt->t.StopIteration, r);
    decref(ts, r);
    return e;
  }
  Value r = iter_next(ts, it);
  if (r || ts.exc) return r;
  if (nargs > 1) return newref(ts, args[1]);
  return raise_with(ts, ts.rt->t.StopIteration, Value());
}

template <Policy P>
Str* attr_name_arg(TS<P>& ts, Value v) {
  if (!is_str(v)) {
    raisef(ts, ts.rt->t.TypeError, "attribute name must be string, not '%s'", type_name(ts, v));
    return nullptr;
  }
  return intern(ts, str_view(v));
}

template <Policy P>
Value b_getattr(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name) return Value();
  if (nargs > 2) {
    Value r = getattr_optional(ts, args[0], name);
    if (!r && !ts.exc) return newref(ts, args[2]);
    return r;
  }
  return getattr(ts, args[0], name);
}

template <Policy P>
Value b_setattr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name || setattr(ts, args[0], name, args[2]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value b_delattr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name || delattr(ts, args[0], name) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value b_hasattr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name) return Value();
  Value r = getattr_optional(ts, args[0], name);
  if (!r) return ts.exc ? Value() : py_bool(ts, false);
  decref(ts, r);
  return py_bool(ts, true);
}

template <Policy P>
Value b_chr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t c;
  if (!is_intlike(args[0]))
    return raisef(ts, ts.rt->t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[0]));
  c = int_value(args[0]);
  if (c > INT32_MAX || c < INT32_MIN) return raise(ts, ts.rt->t.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) return raise(ts, ts.rt->t.ValueError, "chr() arg not in range(0x110000)");
  std::string out;
  auto u = static_cast<uint32_t>(c);
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | (u >> 6));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | (u >> 12));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (u >> 18));
    out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
  return str_value(ts, out);
}

template <Policy P>
Value b_ord(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (!is_str(args[0]))
    return raisef(ts, ts.rt->t.TypeError, "ord() expected string of length 1, but %s found", type_name(ts, args[0]));
  auto* s = static_cast<Str*>(args[0].obj());
  if (s->length != 1)
    return raisef(ts, ts.rt->t.TypeError, "ord() expected a character, but string of length %d found", s->length);
  auto* p = reinterpret_cast<const unsigned char*>(s->data);
  uint32_t c = p[0];
  if (c >= 0xF0) c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  else if (c >= 0xE0) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  else if (c >= 0xC0) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
  return new_int(ts, c);
}

template <Policy P>
Value b_round(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs + kw.count > 2)
    return raisef(ts, ts.rt->t.TypeError, "round() takes at most 2 arguments (%d given)", nargs + kw.count);
  Value v = nargs > 0 ? args[0] : kwarg(kw, "number");
  if (!v) return raise(ts, ts.rt->t.TypeError, "round() missing required argument 'number' (pos 1)");
  if (!check_kwargs(ts, kw, "round", {"number", "ndigits"})) return Value();
  Value nd = nargs > 1 ? args[1] : kwarg(kw, "ndigits");
  if (nd && is_none(ts, nd)) nd = Value();
  Kind k = kind_of(v);
  if (k == Kind::Int || k == Kind::Bool) {
    int64_t x = int_value(v);
    if (!nd) return new_int(ts, x);
    int64_t n;
    if (!arg_int(ts, nd, &n)) return Value();
    if (n >= 0) return new_int(ts, x);
    if (n < -18) return new_int(ts, 0);
    int64_t p = 1;
    for (int64_t i = 0; i < -n; ++i) p *= 10;
    int64_t q = floordiv_i64(x, p), r = x - q * p;
    // Half to even on the dropped digits.
    if (r * 2 > p || (r * 2 == p && (q & 1))) ++q;
    int64_t out;
    if (__builtin_mul_overflow(q, p, &out)) return overflow(ts);
    return new_int(ts, out);
  }
  if (k == Kind::Float) {
    double x = float_value(v);
    if (!nd) {
      if (std::isnan(x)) return raise(ts, ts.rt->t.ValueError, "cannot convert float NaN to integer");
      if (std::isinf(x)) return raise(ts, ts.rt->t.OverflowError, "cannot convert float infinity to integer");
      double r = round_half_even(x);
      if (r >= 9.2233720368547758e18 || r < -9.2233720368547758e18) return overflow(ts);
      return new_int(ts, static_cast<int64_t>(r));
    }
    int64_t n;
    if (!arg_int(ts, nd, &n)) return Value();
    auto r = python_round(x, n);
    if (!r.ok()) return raise_status(ts, ts.rt->t.OverflowError, r.status());
    return new_float(ts, *r);
  }
  if (k == Kind::Instance) {
    Value m = type_lookup(ts, type_of(ts, v), ts.rt->n.__round__);
    if (m) {
      Value a[2] = {v, nd};
      return call(ts, m, a, nd ? 2 : 1);
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "type %s doesn't define __round__ method", type_name(ts, v));
}

// exit()/quit(), which CPython's site module provides: raise SystemExit.
template <Policy P>
Value b_exit(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  return raise_with(ts, ts.rt->t.SystemExit, nargs > 0 ? args[0] : Value());
}

template <Policy P>
Value b_divmod(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value a = args[0], b = args[1];
  if (kind_of(a) == Kind::Instance || kind_of(b) == Kind::Instance) {
    Value m = kind_of(a) == Kind::Instance ? type_lookup(ts, type_of(ts, a), ts.rt->n.__divmod__) : Value();
    if (m && kind_of(m) == Kind::Function) {
      Value r = call(ts, m, args, 2);
      if (!r || !is_not_implemented(ts, r)) return r;
      decref(ts, r);
    }
    Value rm = kind_of(b) == Kind::Instance ? type_lookup(ts, type_of(ts, b), ts.rt->n.__rdivmod__) : Value();
    if (rm && kind_of(rm) == Kind::Function) {
      Value swapped[2] = {b, a};
      Value r = call(ts, rm, swapped, 2);
      if (!r || !is_not_implemented(ts, r)) return r;
      decref(ts, r);
    }
  }
  bool nums = (is_intlike(a) || kind_of(a) == Kind::Float) && (is_intlike(b) || kind_of(b) == Kind::Float);
  if (!nums)
    return raisef(ts, ts.rt->t.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(ts, a),
                  type_name(ts, b));
  if (is_intlike(a) && is_intlike(b) && int_value(b) == 0)
    return raise(ts, ts.rt->t.ZeroDivisionError, "integer division or modulo by zero");
  if ((kind_of(a) == Kind::Float || kind_of(b) == Kind::Float) &&
      (kind_of(b) == Kind::Float ? float_value(b) == 0.0 : int_value(b) == 0))
    return raise(ts, ts.rt->t.ZeroDivisionError, "float divmod()");
  Value q = binary_op(ts, a, b, BinOpKind::FloorDiv, false);
  if (!q) return q;
  Value r = binary_op(ts, a, b, BinOpKind::Mod, false);
  if (!r) {
    decref(ts, q);
    return r;
  }
  return tuple_steal(ts, {q, r});
}

template <Policy P>
Value b_pow(TS<P>& ts, const Value* pos, int64_t npos, const KwArgs& kw) {
  if (npos + kw.count > 3)
    return raisef(ts, ts.rt->t.TypeError, "pow() takes at most 3 arguments (%d given)", npos + kw.count);
  Value args[3] = {npos > 0 ? pos[0] : kwarg(kw, "base"), npos > 1 ? pos[1] : kwarg(kw, "exp"),
                   npos > 2 ? pos[2] : kwarg(kw, "mod")};
  if (!args[0]) return raise(ts, ts.rt->t.TypeError, "pow() missing required argument 'base' (pos 1)");
  if (!args[1]) return raise(ts, ts.rt->t.TypeError, "pow() missing required argument 'exp' (pos 2)");
  if (!check_kwargs(ts, kw, "pow", {"base", "exp", "mod"})) return Value();
  if (!args[2] || is_none(ts, args[2])) return binary_op(ts, args[0], args[1], BinOpKind::Pow, false);
  if (kind_of(args[0]) == Kind::Instance) {
    Value m = type_lookup(ts, type_of(ts, args[0]), ts.rt->n.__pow__);
    if (m && kind_of(m) == Kind::Function) return call(ts, m, args, 3);
  }
  if (!is_intlike(args[0]) || !is_intlike(args[1]) || !is_intlike(args[2])) {
    bool numbers = true;
    for (Value a : args) numbers = numbers && (is_intlike(a) || kind_of(a) == Kind::Float);
    if (numbers)
      return raise(ts, ts.rt->t.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return raisef(ts, ts.rt->t.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  type_name(ts, args[0]), type_name(ts, args[1]), type_name(ts, args[2]));
  }
  __int128 base = int_value(args[0]), exp = int_value(args[1]), mod = int_value(args[2]);
  if (mod == 0) return raise(ts, ts.rt->t.ValueError, "pow() 3rd argument cannot be 0");
  bool neg_mod = mod < 0;
  if (neg_mod) mod = -mod;
  base %= mod;
  if (base < 0) base += mod;
  if (exp < 0) {
    // Modular inverse by the extended Euclidean algorithm.
    __int128 g = mod, x = 0, x1 = 1, a = base;
    while (a != 0) {
      __int128 q = g / a, t = g - q * a;
      g = a;
      a = t;
      t = x - q * x1;
      x = x1;
      x1 = t;
    }
    if (g != 1) return raise(ts, ts.rt->t.ValueError, "base is not invertible for the given modulus");
    base = x % mod;
    if (base < 0) base += mod;
    exp = -exp;
  }
  __int128 result = 1 % mod;
  while (exp > 0) {
    if (exp & 1) result = result * base % mod;
    base = base * base % mod;
    exp >>= 1;
  }
  if (neg_mod && result != 0) result -= mod;
  return new_int(ts, static_cast<int64_t>(result));
}

template <Policy P>
Value base_conversion(TS<P>& ts, Value v, int base) {
  int64_t x;
  if (!index_value(ts, v, &x)) return Value();
  return str_value(ts, int_to_str_base(x, base));
}
template <Policy P>
Value b_hex(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return base_conversion(ts, a[0], 16); }
template <Policy P>
Value b_bin(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return base_conversion(ts, a[0], 2); }
template <Policy P>
Value b_oct(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return base_conversion(ts, a[0], 8); }

template <Policy P>
Value b_callable(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Kind k = kind_of(args[0]);
  bool c = k == Kind::Function || k == Kind::Builtin || k == Kind::BoundMethod || k == Kind::Type ||
           ((k == Kind::Instance || k == Kind::Exception) && type_lookup(ts, type_of(ts, args[0]), ts.rt->n.__call__));
  return py_bool(ts, c);
}

template <Policy P>
Value b_format(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  if (nargs > 1 && !is_str(args[1]))
    return raisef(ts, ts.rt->t.TypeError, "format() argument 2 must be str, not %s", type_name(ts, args[1]));
  return format_value(ts, args[0], nargs > 1 ? args[1] : Value());
}

template <Policy P>
Value b_sorted(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs != 1) return raisef(ts, ts.rt->t.TypeError, "sorted expected 1 argument, got %d", nargs);
  if (!check_kwargs(ts, kw, "sort", {"key", "reverse"})) return Value();
  List* l = list_from_iterable(ts, args[0]);
  if (!l) return Value();
  Value rev = kwarg(kw, "reverse");
  int64_t rv = 0;
  if (rev && !index_value(ts, rev, &rv)) {
    decref(ts, l);
    return Value();
  }
  int r = rv != 0;
  Value res = list_sort_impl(ts, l, kwarg(kw, "key"), r != 0);
  if (!res) {
    decref(ts, l);
    return res;
  }
  decref(ts, res);
  return Value::from_obj(l);
}

template <Policy P>
Value b_vars(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value d = getattr(ts, args[0], ts.rt->n.__dict__);
  if (!d && exception_matches(ts, ts.rt->t.AttributeError)) {
    clear_exception(ts);
    return raise(ts, ts.rt->t.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// ----------------------------------------------------------------- constructors

template <Policy P>
Value int_from_float(TS<P>& ts, double d) {
  if (std::isnan(d)) return raise(ts, ts.rt->t.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(ts, ts.rt->t.OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t >= 9.2233720368547758e18 || t < -9.2233720368547758e18) return overflow(ts);
  return new_int(ts, static_cast<int64_t>(t));
}

template <Policy P>
Value ctor_int(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs + kw.count > 2)
    return raisef(ts, ts.rt->t.TypeError, "int() takes at most 2 arguments (%d given)", nargs + kw.count);
  if (!check_kwargs(ts, kw, "int", {"base"})) return Value();
  Value basev = nargs > 1 ? args[1] : kwarg(kw, "base");
  if (nargs > 2) return raisef(ts, ts.rt->t.TypeError, "int() takes at most 2 arguments (%d given)", nargs);
  if (nargs == 0) {
    if (basev) return raise(ts, ts.rt->t.TypeError, "int() missing string argument");
    return Value::from_small(0);
  }
  Value v = args[0];
  if (basev) {
    int64_t base;
    if (!arg_int(ts, basev, &base)) return Value();
    if (!is_str(v)) return raise(ts, ts.rt->t.TypeError, "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) return raise(ts, ts.rt->t.ValueError, "int() base must be >= 2 and <= 36, or 0");
    auto r = parse_int_literal_str(str_view(v), static_cast<int>(base));
    if (!r.ok()) {
      if (absl::IsOutOfRange(r.status())) return overflow(ts);
      return raise_status(ts, ts.rt->t.ValueError, r.status());
    }
    return new_int(ts, *r);
  }
  Kind k = kind_of(v);
  if (k == Kind::Int) return newref(ts, v);
  if (k == Kind::Bool) return new_int(ts, int_value(v));
  if (k == Kind::Float) return int_from_float(ts, float_value(v));
  if (k == Kind::Str) {
    auto r = parse_int_literal_str(str_view(v), 10);
    if (!r.ok()) {
      if (absl::IsOutOfRange(r.status())) return overflow(ts);
      return raise_status(ts, ts.rt->t.ValueError, r.status());
    }
    return new_int(ts, *r);
  }
  if (k == Kind::Instance) {
    Type* t = type_of(ts, v);
    for (Str* name : {ts.rt->n.__int__, ts.rt->n.__index__}) {
      Value m = type_lookup(ts, t, name);
      if (!m) continue;
      Value r = call(ts, m, &v, 1);
      if (!r) return r;
      if (!is_intlike(r)) {
        raisef(ts, ts.rt->t.TypeError, "%s returned non-int (type %s)", sv(name), type_name(ts, r));
        decref(ts, r);
        return Value();
      }
      return r;
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                type_name(ts, v));
}

template <Policy P>
Value ctor_float(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count) return raise(ts, ts.rt->t.TypeError, "float() takes no keyword arguments");
  if (nargs > 1) return raisef(ts, ts.rt->t.TypeError, "float expected at most 1 argument, got %d", nargs);
  if (nargs == 0) return new_float(ts, 0.0);
  Value v = args[0];
  Kind k = kind_of(v);
  if (k == Kind::Float) return newref(ts, v);
  if (k == Kind::Int || k == Kind::Bool) return new_float(ts, static_cast<double>(int_value(v)));
  if (k == Kind::Str) {
    auto r = parse_float_str(str_view(v));
    if (!r.ok()) return raise_status(ts, ts.rt->t.ValueError, r.status());
    return new_float(ts, *r);
  }
  if (k == Kind::Instance) {
    double d;
    if (type_lookup(ts, type_of(ts, v), ts.rt->n.__float__)) {
      if (!arg_float(ts, v, &d)) return Value();
      return new_float(ts, d);
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "float() argument must be a string or a real number, not '%s'",
                type_name(ts, v));
}

template <Policy P>
Value ctor_str(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count == 1 && nargs == 0 && sv(kw.names[0]) == "object") return to_str(ts, kw.values[0]);
  if (!check_kwargs(ts, kw, "str", {"object", "encoding", "errors"})) return Value();
  if (kw.count > 0) return raise(ts, ts.rt->t.NotImplementedError, "str() with an encoding is not supported by lockvm");
  if (nargs > 3) return raisef(ts, ts.rt->t.TypeError, "str() takes at most 3 arguments (%d given)", nargs);
  if (nargs == 0) return newref(ts, ts.rt->empty_str);
  if (nargs > 1) return raise(ts, ts.rt->t.NotImplementedError, "str() with an encoding is not supported by lockvm");
  return to_str(ts, args[0]);
}

// Argument checks of the one-argument constructors, in CPython's words.
template <Policy P>
bool ctor_args_ok(TS<P>& ts, std::string_view name, int64_t nargs, const KwArgs& kw, int64_t max_args = 1) {
  if (kw.count > 0) {
    raisef(ts, ts.rt->t.TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs > max_args) {
    raisef(ts, ts.rt->t.TypeError, "%s expected at most %d argument%s, got %d", name, max_args,
           max_args == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

template <Policy P>
Value ctor_bool(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!ctor_args_ok(ts, "bool", nargs, kw)) return Value();
  if (nargs == 0) return py_bool(ts, false);
  int t = truthy(ts, args[0]);
  if (t < 0) return Value();
  return py_bool(ts, t);
}

template <Policy P>
Value ctor_list(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!ctor_args_ok(ts, "list", nargs, kw)) return Value();
  if (nargs == 0) return Value::from_obj(new_list(ts));
  List* l = list_from_iterable(ts, args[0]);
  return l ? Value::from_obj(l) : Value();
}

template <Policy P>
Value ctor_tuple(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!ctor_args_ok(ts, "tuple", nargs, kw)) return Value();
  if (nargs == 0) return newref(ts, ts.rt->empty_tuple);
  Tuple* t = tuple_from_iterable(ts, args[0]);
  return t ? Value::from_obj(t) : Value();
}

template <Policy P>
Value ctor_dict(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs > 1) return raisef(ts, ts.rt->t.TypeError, "dict expected at most 1 argument, got %d", nargs);
  Dict* d = new_dict(ts);
  if (nargs == 1 && dict_update_from(ts, d, args[0]) < 0) {
    decref(ts, d);
    return Value();
  }
  for (int64_t i = 0; i < kw.count; ++i) {
    if (dict_set_str(ts, d, kw.names[i], kw.values[i]) < 0) {
      decref(ts, d);
      return Value();
    }
  }
  return Value::from_obj(d);
}

template <Policy P>
Value make_set_from(TS<P>& ts, const Value* args, int64_t nargs, bool frozen) {
  Set* s = new_set(ts, frozen);
  if (nargs > 0) {
    int r;
    Kind k = kind_of(args[0]);
    if (k == Kind::Set || k == Kind::FrozenSet) {
      auto* src = static_cast<Set*>(args[0].obj());
      TableOps<P> ops{ts};
      auto guard = P::lock(ts, src);  // another thread may be writing it
      r = s->table.add_all_from(src->table, ops);
    } else {
      r = set_update_from(ts, s, args[0]);
    }
    if (r < 0) {
      decref(ts, s);
      return Value();
    }
  }
  return Value::from_obj(s);
}

template <Policy P>
Value ctor_set(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!ctor_args_ok(ts, "set", nargs, kw)) return Value();
  return make_set_from(ts, args, nargs, false);
}

template <Policy P>
Value ctor_frozenset(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!ctor_args_ok(ts, "frozenset", nargs, kw)) return Value();
  return make_set_from(ts, args, nargs, true);
}

template <Policy P>
Value ctor_range(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count) return raise(ts, ts.rt->t.TypeError, "range() takes no keyword arguments");
  if (nargs < 1 || nargs > 3) {
    if (nargs == 0) return raise(ts, ts.rt->t.TypeError, "range expected at least 1 argument, got 0");
    return raisef(ts, ts.rt->t.TypeError, "range expected at most 3 arguments, got %d", nargs);
  }
  int64_t v[3];
  for (int64_t i = 0; i < nargs; ++i)
    if (!index_value(ts, args[i], &v[i])) return Value();
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    stop = v[0];
  } else {
    start = v[0];
    stop = v[1];
    if (nargs == 3) step = v[2];
  }
  if (step == 0) return raise(ts, ts.rt->t.ValueError, "range() arg 3 must not be zero");
  auto* r = alloc_object<P, Range>(ts, ts.rt->t.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  __int128 n = 0;
  if (step > 0 && start < stop) n = (static_cast<__int128>(stop) - start - 1) / step + 1;
  if (step < 0 && start > stop) n = (static_cast<__int128>(start) - stop - 1) / (-static_cast<__int128>(step)) + 1;
  r->huge = n > INT64_MAX;
  r->length = r->huge ? INT64_MAX : static_cast<int64_t>(n);
  return Value::from_obj(r);
}

template <Policy P>
Value ctor_type(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "type() takes 1 or 3 arguments");
  if (nargs == 1) return newref(ts, type_of(ts, args[0]));
  if (nargs == 3) return raise(ts, ts.rt->t.NotImplementedError, "type() with three arguments is not supported by lockvm");
  return raise(ts, ts.rt->t.TypeError, "type() takes 1 or 3 arguments");
}

template <Policy P>
Value ctor_none(TS<P>& ts, const Value*, int64_t nargs, const KwArgs& kw) {
  if (nargs > 0 || kw.count > 0) return raise(ts, ts.rt->t.TypeError, "NoneType takes no arguments");
  return none(ts);
}

template <Policy P>
Value ctor_object(TS<P>& ts, const Value*, int64_t nargs, const KwArgs&) {
  if (nargs > 0) return raise(ts, ts.rt->t.TypeError, "object() takes no arguments");
  auto* inst = alloc_object<P, Instance>(ts, ts.rt->t.object);
  inst->dict = nullptr;
  return Value::from_obj(inst);
}

template <Policy P>
Value ctor_property(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  auto* p = alloc_object<P, Property>(ts, ts.rt->t.property);
  Value fget = nargs > 0 ? args[0] : kwarg(kw, "fget");
  Value fset = nargs > 1 ? args[1] : kwarg(kw, "fset");
  Value fdel = nargs > 2 ? args[2] : kwarg(kw, "fdel");
  p->fget = fget && !is_none(ts, fget) ? newref(ts, fget) : Value();
  p->fset = fset && !is_none(ts, fset) ? newref(ts, fset) : Value();
  p->fdel = fdel && !is_none(ts, fdel) ? newref(ts, fdel) : Value();
  return Value::from_obj(p);
}

template <Policy P>
Value property_with(TS<P>& ts, const Value* args, int which) {
  auto* old = static_cast<Property*>(args[0].obj());
  auto* p = alloc_object<P, Property>(ts, ts.rt->t.property);
  p->fget = which == 0 ? newref(ts, args[1]) : (old->fget ? newref(ts, old->fget) : Value());
  p->fset = which == 1 ? newref(ts, args[1]) : (old->fset ? newref(ts, old->fset) : Value());
  p->fdel = which == 2 ? newref(ts, args[1]) : (old->fdel ? newref(ts, old->fdel) : Value());
  return Value::from_obj(p);
}
template <Policy P>
Value m_property_getter(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return property_with(ts, a, 0); }
template <Policy P>
Value m_property_setter(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return property_with(ts, a, 1); }
template <Policy P>
Value m_property_deleter(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return property_with(ts, a, 2); }

template <Policy P>
Value wrap_method(TS<P>& ts, Type* type, Value f) {
  auto* w = alloc_object<P, MethodWrapper>(ts, type);
  w->func = newref(ts, f);
  return Value::from_obj(w);
}
template <Policy P>
Value ctor_staticmethod(TS<P>& ts, const Value* a, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "staticmethod() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, ts.rt->t.TypeError, "staticmethod expected 1 argument, got %d", nargs);
  return wrap_method(ts, ts.rt->t.staticmethod, a[0]);
}
template <Policy P>
Value ctor_classmethod(TS<P>& ts, const Value* a, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "classmethod() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, ts.rt->t.TypeError, "classmethod expected 1 argument, got %d", nargs);
  return wrap_method(ts, ts.rt->t.classmethod, a[0]);
}

template <Policy P>
Value ctor_super(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  if (nargs != 2) return raise(ts, ts.rt->t.RuntimeError, "super(): no arguments");
  if (!is_type(args[0])) return raisef(ts, ts.rt->t.TypeError, "super() argument 1 must be a type, not %s", type_name(ts, args[0]));
  auto* t = static_cast<Type*>(args[0].obj());
  bool ok = is_type(args[1]) ? is_subtype<P>(static_cast<Type*>(args[1].obj()), t) : isinstance(ts, args[1], t);
  if (!ok) return raise(ts, ts.rt->t.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  auto* s = alloc_object<P, Super>(ts, ts.rt->t.super);
  s->start = t;
  s->obj = newref(ts, args[1]);
  return Value::from_obj(s);
}

template <Policy P>
Value ctor_enumerate(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs + kw.count > 2)
    return raisef(ts, ts.rt->t.TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs + kw.count);
  if (!check_kwargs(ts, kw, "enumerate", {"start", "iterable"})) return Value();
  Value src = nargs > 0 ? args[0] : kwarg(kw, "iterable");
  if (!src) return raise(ts, ts.rt->t.TypeError, "enumerate() missing required argument 'iterable'");
  Value startv = nargs > 1 ? args[1] : kwarg(kw, "start");
  int64_t start = 0;
  if (startv && !arg_int(ts, startv, &start)) return Value();
  Value it = get_iter(ts, src);
  if (!it) return it;
  auto* e = alloc_object<P, Enumerate>(ts, ts.rt->t.enumerate);
  e->iter = it;
  e->count = start;
  return Value::from_obj(e);
}

template <Policy P>
Tuple* iters_of(TS<P>& ts, const Value* args, int64_t n) {
  Tuple* t = new_tuple(ts, n);
  for (int64_t i = 0; i < n; ++i) {
    t->items[i] = get_iter(ts, args[i]);
    if (!t->items[i]) {
      decref(ts, t);
      return nullptr;
    }
  }
  return t;
}

template <Policy P>
Value ctor_zip(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!check_kwargs(ts, kw, "zip", {})) return Value();
  Tuple* iters = iters_of(ts, args, nargs);
  if (!iters) return Value();
  auto* z = alloc_object<P, Zip>(ts, ts.rt->t.zip);
  z->iters = iters;
  return Value::from_obj(z);
}

template <Policy P>
Value ctor_map(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "map() takes no keyword arguments");
  if (nargs < 2) return raise(ts, ts.rt->t.TypeError, "map() must have at least two arguments.");
  Tuple* iters = iters_of(ts, args + 1, nargs - 1);
  if (!iters) return Value();
  auto* m = alloc_object<P, MapIter>(ts, ts.rt->t.map);
  m->func = newref(ts, args[0]);
  m->iters = iters;
  return Value::from_obj(m);
}

template <Policy P>
Value ctor_filter(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "filter() takes no keyword arguments");
  if (nargs != 2) return raisef(ts, ts.rt->t.TypeError, "filter expected 2 arguments, got %d", nargs);
  Value it = get_iter(ts, args[1]);
  if (!it) return it;
  auto* f = alloc_object<P, Filter>(ts, ts.rt->t.filter);
  f->func = newref(ts, args[0]);
  f->iter = it;
  return Value::from_obj(f);
}

template <Policy P>
Value ctor_reversed(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "reversed() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, ts.rt->t.TypeError, "reversed expected 1 argument, got %d", nargs);
  Value seq = args[0];
  Kind k = kind_of(seq);
  if (k == Kind::Range) {
    auto* r = static_cast<Range*>(seq.obj());
    auto* it = alloc_object<P, RangeIter>(ts, ts.rt->t.range_iterator);
    it->remaining = r->length;
    it->step = -r->step;
    it->next = r->start + (r->length - 1) * r->step;
    return Value::from_obj(it);
  }
  if (k == Kind::Dict || k == Kind::DictView) {
    // Dicts and their views iterate backwards over a snapshot.
    List* keys = list_from_iterable(ts, seq);
    if (!keys) return Value();
    auto* r = alloc_object<P, Reversed>(ts, ts.rt->t.dict_reversekeyiterator);
    r->seq = Value::from_obj(keys);
    r->index = keys->size - 1;
    return Value::from_obj(r);
  }
  if (k == Kind::Instance) {
    Value m = type_lookup(ts, type_of(ts, seq), ts.rt->n.__reversed__);
    if (m) return call(ts, m, &seq, 1);
    if (!type_lookup(ts, type_of(ts, seq), ts.rt->n.__getitem__) || !type_lookup(ts, type_of(ts, seq), ts.rt->n.__len__))
      return raisef(ts, ts.rt->t.TypeError, "'%s' object is not reversible", type_name(ts, seq));
  } else if (k != Kind::List && k != Kind::Tuple && k != Kind::Str) {
    return raisef(ts, ts.rt->t.TypeError, "'%s' object is not reversible", type_name(ts, seq));
  }
  int64_t n = length(ts, seq);
  if (n < 0) return Value();
  auto* r = alloc_object<P, Reversed>(ts, k == Kind::List ? ts.rt->t.list_reverseiterator : ts.rt->t.reversed);
  r->seq = newref(ts, seq);
  r->index = n - 1;
  return Value::from_obj(r);
}

template <Policy P>
Value ctor_slice(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0) return raise(ts, ts.rt->t.TypeError, "slice() takes no keyword arguments");
  if (nargs < 1 || nargs > 3)
    return raisef(ts, ts.rt->t.TypeError, "slice expected %s, got %d", nargs < 1 ? "at least 1 argument" : "at most 3 arguments", nargs);
  Value none_v = Value::from_obj(ts.rt->none);
  if (nargs == 1) return new_slice(ts, none_v, args[0], none_v);
  return new_slice(ts, args[0], args[1], nargs > 2 ? args[2] : none_v);
}

// ----------------------------------------------------------------- list methods

template <Policy P>
List* self_list(const Value* args) { return static_cast<List*>(args[0].obj()); }

template <Policy P>
Value m_list_append(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  list_append(ts, self_list<P>(args), args[1]);
  return none(ts);
}

template <Policy P>
Value m_list_extend(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (list_extend(ts, self_list<P>(args), args[1]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_list_insert(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  int64_t i;
  if (!arg_int(ts, args[1], &i)) return Value();
  auto guard = list_lock(ts, l);
  if (i < 0) i = std::max<int64_t>(0, i + l->size);
  if (i > l->size) i = l->size;
  list_reserve(ts, l, l->size + 1);
  // The last item is copied to the new slot before the size grows, so a
  // reader that takes no lock never sees a slot past the end unwritten.
  list_move<P>(ts, l->items, i + 1, i, l->size - i);
  list_store<P>(l->items, i, newref(ts, args[2]));
  list_set_size<P>(l, l->size + 1);
  return none(ts);
}

template <Policy P>
Value m_list_pop(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  List* l = self_list<P>(args);
  int64_t i = -1;
  if (nargs > 1 && !arg_int(ts, args[1], &i)) return Value();
  auto guard = list_lock(ts, l);
  if (l->size == 0) return raise(ts, ts.rt->t.IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(ts, ts.rt->t.IndexError, "pop index out of range");
  Value v = list_take<P>(ts, l->items, i);
  list_move<P>(ts, l->items, i, i + 1, l->size - i - 1);
  list_set_size<P>(l, l->size - 1);
  if constexpr (kOptimisticReads<P>) {
    // A reader may have loaded v before the pop: the caller gets its own
    // reference, and the list's is released after a grace period.
    incref(ts, v);
    release_removed(ts, v);
  }
  return v;
}

// The index of the first item equal to x in [start, stop), -1 if none, -2
// on error; *found (if given) is the very item matched. Each item is taken
// under the list's lock (without one where reads take none) and compared
// outside it (__eq__ may run Python).
template <Policy P>
int64_t list_find(TS<P>& ts, List* l, Value x, int64_t start, int64_t stop, Value* found = nullptr) {
  for (int64_t i = start; i < stop; ++i) {
    Value item;
    if constexpr (kLockFreeReads<P>) {
      item = list_item_ref(ts, l, i);
      if (!item) break;
    } else {
      auto guard = P::lock(ts, l);
      if (i >= l->size) break;
      item = newref(ts, l->items[i]);
    }
    int r = compare_eq(ts, item, x);
    decref(ts, item);
    if (r < 0) return -2;
    if (r) {
      if (found) *found = item;
      return i;
    }
  }
  return -1;
}

template <Policy P>
Value m_list_remove(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  for (;;) {
    Value match;
    int64_t i = list_find(ts, l, args[1], 0, INT64_MAX, &match);
    if (i == -2) return Value();
    if (i < 0) return raise(ts, ts.rt->t.ValueError, "list.remove(x): x not in list");
    Value v;
    {
      // Removed only if the matched item is still there: another thread
      // (or __eq__) may have changed the list since it was compared.
      auto guard = list_lock(ts, l);
      if (i < l->size && list_load<P>(l->items, i) == match) {
        v = list_take<P>(ts, l->items, i);
        list_move<P>(ts, l->items, i, i + 1, l->size - i - 1);
        list_set_size<P>(l, l->size - 1);
      }
    }
    if (v) {
      release_removed(ts, v);
      return none(ts);
    }
  }
}

template <Policy P>
bool seq_range_args(TS<P>& ts, const Value* args, int64_t nargs, int64_t len, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = len;
  auto bound = [&](Value v, int64_t* out) {
    if (is_intlike(v) || (kind_of(v) == Kind::Instance && type_lookup(ts, type_of(ts, v), ts.rt->n.__index__)))
      return arg_int(ts, v, out);
    raise(ts, ts.rt->t.TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  };
  if (nargs > 2 && !bound(args[2], start)) return false;
  if (nargs > 3 && !bound(args[3], stop)) return false;
  if (*start < 0) *start = std::max<int64_t>(0, *start + len);
  if (*stop < 0) *stop = std::max<int64_t>(0, *stop + len);
  return true;
}

template <Policy P>
Value m_list_index(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  List* l = self_list<P>(args);
  int64_t start, stop;
  // (Under CAS writes appends change the size without the lock: an atomic load.)
  int64_t len = kCasWrites<P> ? list_len(ts, l) : l->size;
  if (!seq_range_args(ts, args, nargs, len, &start, &stop)) return Value();
  int64_t i = list_find(ts, l, args[1], start, stop);
  if (i == -2) return Value();
  if (i < 0) {
    Value r = repr(ts, args[1]);
    if (!r) return r;
    std::string msg = cat(str_view(r), " is not in list");
    decref(ts, r);
    return raise(ts, ts.rt->t.ValueError, msg);
  }
  return new_int(ts, i);
}

template <Policy P>
Value count_in(TS<P>& ts, const Value* items, int64_t n, Value x) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; ++i) {
    int r = compare_eq(ts, items[i], x);
    if (r < 0) return Value();
    c += r;
  }
  return new_int(ts, c);
}

template <Policy P>
Value m_list_count(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  Tuple* snap = tuple_from_iterable(ts, args[0]);
  if (!snap) return Value();
  Value r = count_in(ts, snap->items, snap->size, args[1]);
  decref(ts, snap);
  (void)l;
  return r;
}

template <Policy P>
Value m_list_sort(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (nargs > 1) {
    if (nargs - 1 + kw.count > 2)
      return raisef(ts, ts.rt->t.TypeError, "sort() takes at most 2 arguments (%d given)", nargs - 1 + kw.count);
    return raise(ts, ts.rt->t.TypeError, "sort() takes no positional arguments");
  }
  if (!check_kwargs(ts, kw, "sort", {"key", "reverse"})) return Value();
  Value rev = kwarg(kw, "reverse");
  int64_t r = 0;
  if (rev && !index_value(ts, rev, &r)) return Value();
  return list_sort_impl(ts, self_list<P>(args), kwarg(kw, "key"), r != 0);
}

template <Policy P>
Value m_list_reverse(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  auto guard = list_lock(ts, l);
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) {
    Value a = list_take<P>(ts, l->items, i);
    list_store<P>(l->items, i, list_take<P>(ts, l->items, j));
    list_store<P>(l->items, j, a);
  }
  return none(ts);
}

template <Policy P>
Value m_list_copy(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  auto guard = list_lock(ts, l);
  List* r = new_list(ts, l->size);
  for (int64_t i = 0; i < l->size; ++i) r->items[i] = newref(ts, list_load<P>(l->items, i));
  r->size = l->size;
  return Value::from_obj(r);
}

template <Policy P>
Value m_list_clear(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  List* l = self_list<P>(args);
  std::vector<Value> old;
  {
    auto guard = list_lock(ts, l);
    if constexpr (kCasWrites<P>) {
      old.reserve(static_cast<size_t>(l->size));
      for (int64_t i = 0; i < l->size; ++i) old.push_back(list_take<P>(ts, l->items, i));
    } else {
      old.assign(l->items, l->items + l->size);
    }
    list_set_size<P>(l, 0);
  }
  for (Value v : old) release_removed(ts, v);
  return none(ts);
}

// ----------------------------------------------------------------- tuple methods

template <Policy P>
Value m_tuple_index(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  auto* t = static_cast<Tuple*>(args[0].obj());
  int64_t start, stop;
  if (!seq_range_args(ts, args, nargs, t->size, &start, &stop)) return Value();
  for (int64_t i = start; i < std::min(stop, t->size); ++i) {
    int r = compare_eq(ts, t->items[i], args[1]);
    if (r < 0) return Value();
    if (r) return new_int(ts, i);
  }
  return raise(ts, ts.rt->t.ValueError, "tuple.index(x): x not in tuple");
}

template <Policy P>
Value m_tuple_count(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  auto* t = static_cast<Tuple*>(args[0].obj());
  return count_in(ts, t->items, t->size, args[1]);
}

// ----------------------------------------------------------------- range methods

template <Policy P>
Value m_range_index(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  auto* r = static_cast<Range*>(args[0].obj());
  int c = contains(ts, args[0], args[1]);
  if (c < 0) return Value();
  if (c == 0 || !is_intlike(args[1])) {
    Value rv = repr(ts, args[1]);
    if (!rv) return rv;
    std::string msg = cat(str_view(rv), " is not in range");
    decref(ts, rv);
    return raise(ts, ts.rt->t.ValueError, msg);
  }
  return new_int(ts, (int_value(args[1]) - r->start) / r->step);
}

template <Policy P>
Value m_range_count(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int c = contains(ts, args[0], args[1]);
  if (c < 0) return Value();
  return new_int(ts, c);
}

// ----------------------------------------------------------------- dict methods

template <Policy P>
Dict* self_dict(const Value* args) { return static_cast<Dict*>(args[0].obj()); }

template <Policy P>
Value m_dict_get(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  int64_t h = hash_value(ts, args[1]);
  if (h == -1) return Value();
  Value v = dict_get_ref(ts, self_dict<P>(args), args[1], h);
  if (v) return v;
  if (ts.exc) return Value();
  return nargs > 2 ? newref(ts, args[2]) : none(ts);
}

template <Policy P>
Value dict_view(TS<P>& ts, const Value* args, uint8_t which) {
  Type* types[] = {ts.rt->t.dict_keys, ts.rt->t.dict_values, ts.rt->t.dict_items};
  auto* v = alloc_object<P, DictView>(ts, types[which]);
  v->dict = static_cast<Dict*>(newref(ts, args[0]).obj());
  v->which = which;
  return Value::from_obj(v);
}
template <Policy P>
Value m_dict_keys(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return dict_view(ts, a, 0); }
template <Policy P>
Value m_dict_values(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return dict_view(ts, a, 1); }
template <Policy P>
Value m_dict_items(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return dict_view(ts, a, 2); }

template <Policy P>
Value m_dict_pop(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Dict* d = self_dict<P>(args);
  int64_t h = hash_value(ts, args[1]);
  if (h == -1) return Value();
  TableOps<P> ops{ts};
  Value k, v;
  int r;
  {
    auto guard = P::lock(ts, d);
    r = d->table.remove(args[1], h, ops, &k, &v);
  }
  if (r < 0) return Value();
  if (r == 1) {
    release_removed(ts, k);
    if constexpr (kOptimisticReads<P>) {
      // A lock-free reader may have loaded v: the caller gets its own
      // reference, the dict's is released after a grace period.
      incref(ts, v);
      release_removed(ts, v);
    }
    return v;
  }
  if (nargs > 2) return newref(ts, args[2]);
  return raise_with(ts, ts.rt->t.KeyError, args[1]);
}

template <Policy P>
Value m_dict_popitem(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value k, v;
  bool popped;
  {
    auto guard = P::lock(ts, self_dict<P>(args));
    popped = self_dict<P>(args)->table.pop_last(&k, &v);
  }
  if (!popped) return raise(ts, ts.rt->t.KeyError, "popitem(): dictionary is empty");
  if constexpr (kOptimisticReads<P>) {
    incref(ts, k);
    incref(ts, v);
    release_removed(ts, k);
    release_removed(ts, v);
  }
  return tuple_steal(ts, {k, v});
}

template <Policy P>
Value m_dict_setdefault(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Dict* d = self_dict<P>(args);
  int64_t h = hash_value(ts, args[1]);
  if (h == -1) return Value();
  // Lookup and insert in one locked step, so concurrent setdefault calls
  // on one key all return the same value.
  auto guard = P::lock(ts, d);
  Value v = dict_get_ref(ts, d, args[1], h);
  if (v) return v;
  if (ts.exc) return Value();
  Value dflt = nargs > 2 ? args[2] : Value::from_obj(ts.rt->none);
  if (dict_set(ts, d, args[1], h, dflt) < 0) return Value();
  return newref(ts, dflt);
}

template <Policy P>
Value m_dict_update(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  Dict* d = self_dict<P>(args);
  if (nargs > 2) return raisef(ts, ts.rt->t.TypeError, "update expected at most 1 argument, got %d", nargs - 1);
  if (nargs == 2 && dict_update_from(ts, d, args[1]) < 0) return Value();
  for (int64_t i = 0; i < kw.count; ++i)
    if (dict_set_str(ts, d, kw.names[i], kw.values[i]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_dict_copy(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return Value::from_obj(dict_copy(ts, self_dict<P>(args)));
}

template <Policy P>
Value m_dict_clear(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  TableOps<P> ops{ts};
  std::vector<Value> old;
  {
    auto guard = P::lock(ts, self_dict<P>(args));
    self_dict<P>(args)->table.clear(ops, [&](Value k, Value v) {
      old.push_back(k);
      old.push_back(v);
    });
  }
  for (Value v : old) release_removed(ts, v);
  return none(ts);
}

template <Policy P>
Value m_dict_fromkeys(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  // Registered as a method of dict; called as dict.fromkeys(it[, v]).
  Value src = args[0];
  Value v = nargs > 1 ? args[1] : Value::from_obj(ts.rt->none);
  Dict* d = new_dict(ts);
  bool ok = for_each(ts, src, [&](Value k) { return dict_set(ts, d, k, v) == 0; });
  if (!ok) {
    decref(ts, d);
    return Value();
  }
  return Value::from_obj(d);
}

// ----------------------------------------------------------------- set methods

template <Policy P>
Set* self_set(const Value* args) { return static_cast<Set*>(args[0].obj()); }

template <Policy P>
Value m_set_add(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (set_add(ts, self_set<P>(args), args[1]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_set_remove(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int r = set_discard(ts, self_set<P>(args), args[1]);
  if (r < 0) return Value();
  if (r == 0) return raise_with(ts, ts.rt->t.KeyError, args[1]);
  return none(ts);
}

template <Policy P>
Value m_set_discard(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (set_discard(ts, self_set<P>(args), args[1]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_set_pop(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value k;
  bool popped;
  {
    auto guard = P::lock(ts, self_set<P>(args));
    popped = self_set<P>(args)->table.pop(&k);
  }
  if (!popped) return raise(ts, ts.rt->t.KeyError, "pop from an empty set");
  if constexpr (kOptimisticReads<P>) {
    // The caller may drop k at once; a reader may be comparing against it.
    Value r = newref(ts, k);
    release_removed(ts, k);
    return r;
  }
  return k;
}

template <Policy P>
Value m_set_clear(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  TableOps<P> ops{ts};
  std::vector<Value> old;
  {
    auto guard = P::lock(ts, self_set<P>(args));
    self_set<P>(args)->table.clear(ops, [&](Value k) { old.push_back(k); });
  }
  for (Value v : old) release_removed(ts, v);
  return none(ts);
}

template <Policy P>
Value m_set_copy(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return Value::from_obj(set_copy(ts, self_set<P>(args), args[0].obj()->type->layout == Kind::FrozenSet));
}

// Converts a method argument to a set (sets pass through).
template <Policy P>
Value as_set(TS<P>& ts, Value v) {
  Kind k = kind_of(v);
  if (k == Kind::Set || k == Kind::FrozenSet) return newref(ts, v);
  return make_set_from(ts, &v, 1, false);
}

// One step of a set method with an arbitrary iterable, following CPython's
// set_union/set_intersection/set_difference so results iterate in its order.
template <Policy P>
Value set_method_step(TS<P>& ts, Value acc, Value other, BinOpKind op) {
  Kind ko = kind_of(other);
  if (ko == Kind::Set || ko == Kind::FrozenSet) return set_binop(ts, acc, other, op, false);
  auto* so = static_cast<Set*>(acc.obj());
  bool frozen = acc.obj()->type->layout == Kind::FrozenSet;
  switch (op) {
    case BinOpKind::BitOr: {
      Set* r = set_copy(ts, so, frozen);
      if (set_update_from(ts, r, other) < 0) {
        decref(ts, r);
        return Value();
      }
      return Value::from_obj(r);
    }
    case BinOpKind::BitAnd: {
      Set* r = new_set(ts, frozen);
      bool ok = for_each(ts, other, [&](Value key) {
        int c = set_contains(ts, so, key);
        return c >= 0 && (c == 0 || set_add(ts, r, key) == 0);
      });
      if (!ok) {
        decref(ts, r);
        return Value();
      }
      return Value::from_obj(r);
    }
    case BinOpKind::Sub: {
      Set* r = set_copy(ts, so, frozen);
      bool ok = for_each(ts, other, [&](Value key) { return set_discard(ts, r, key) >= 0; });
      TableOps<P> ops{ts};
      if (!ok || r->table.purge_dummies(ops) < 0) {
        decref(ts, r);
        return Value();
      }
      return Value::from_obj(r);
    }
    default: {
      // symmetric_difference: set(other), then updated with self.
      Value other_set = make_set_from(ts, &other, 1, frozen);
      if (!other_set) return other_set;
      TableOps<P> ops{ts};
      if (static_cast<Set*>(other_set.obj())->table.symmetric_difference_update_from(so->table, ops) < 0) {
        decref(ts, other_set);
        return Value();
      }
      return other_set;
    }
  }
}

template <Policy P>
Value set_method_op(TS<P>& ts, const Value* args, int64_t nargs, BinOpKind op, bool inplace) {
  Value acc = nargs == 1 ? Value::from_obj(set_copy(ts, self_set<P>(args), args[0].obj()->type->layout == Kind::FrozenSet))
                         : newref(ts, args[0]);
  for (int64_t i = 1; i < nargs; ++i) {
    Value r = set_method_step(ts, acc, args[i], op);
    decref(ts, acc);
    if (!r) return r;
    acc = r;
  }
  if (!inplace) return acc;
  // The *_update methods swap the result into self, as CPython does; self's
  // old keys that are not kept may still be under a reader's comparison.
  if (acc != args[0]) {
    auto* tmp = static_cast<Set*>(acc.obj());
    {
      auto guard = P::lock(ts, self_set<P>(args));
      self_set<P>(args)->table.swap(tmp->table);
    }
    TableOps<P> ops{ts};
    tmp->table.clear(ops, [&](Value k) { release_removed(ts, k); });
  }
  decref(ts, acc);
  return none(ts);
}

template <Policy P>
Value m_set_union(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::BitOr, false); }
template <Policy P>
Value m_set_intersection(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::BitAnd, false); }
template <Policy P>
Value m_set_difference(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::Sub, false); }
template <Policy P>
Value m_set_symdiff(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::BitXor, false); }
template <Policy P>
Value m_set_update(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) {
  for (int64_t i = 1; i < n; ++i)
    if (set_update_from(ts, self_set<P>(a), a[i]) < 0) return Value();
  return none(ts);
}
template <Policy P>
Value m_set_intersection_update(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::BitAnd, true); }
template <Policy P>
Value m_set_difference_update(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::Sub, true); }
template <Policy P>
Value m_set_symdiff_update(TS<P>& ts, const Value* a, int64_t n, const KwArgs&) { return set_method_op(ts, a, n, BinOpKind::BitXor, true); }

template <Policy P>
Value set_relation(TS<P>& ts, const Value* args, CmpOp op) {
  Value other = as_set(ts, args[1]);
  if (!other) return other;
  Value r = rich_compare(ts, args[0], other, op);
  decref(ts, other);
  return r;
}
template <Policy P>
Value m_set_issubset(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return set_relation(ts, a, CmpOp::Le); }
template <Policy P>
Value m_set_issuperset(TS<P>& ts, const Value* a, int64_t, const KwArgs&) { return set_relation(ts, a, CmpOp::Ge); }
template <Policy P>
Value m_set_isdisjoint(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  bool disjoint = true;
  Set* s = self_set<P>(args);
  bool ok = for_each(ts, args[1], [&](Value item) {
    int c = set_contains(ts, s, item);
    if (c < 0) return false;
    if (c) {
      disjoint = false;
      return false;
    }
    return true;
  });
  if (!ok && ts.exc) return Value();
  return py_bool(ts, disjoint);
}

// ----------------------------------------------------------------- misc methods

template <Policy P>
Value m_object_init(TS<P>& ts, const Value*, int64_t nargs, const KwArgs& kw) {
  if (nargs > 1 || kw.count > 0)
    return raise(ts, ts.rt->t.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  return none(ts);
}

template <Policy P>
Value m_object_repr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (is_exception(args[0])) {
    bool ok = true;
    std::string tail = exception_args_repr_tail(ts, static_cast<Exception*>(args[0].obj()), &ok);
    if (!ok) return Value();
    return str_value(ts, cat(type_name(ts, args[0]), tail));
  }
  return str_value(ts, default_repr(ts, args[0]));
}

template <Policy P>
Value m_object_str(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (is_exception(args[0])) return exception_str(ts, static_cast<Exception*>(args[0].obj()));
  return repr(ts, args[0]);
}

template <Policy P>
Value m_object_setattr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name || generic_setattr(ts, args[0], name, args[2]) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_object_delattr(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name || generic_delattr(ts, args[0], name) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_object_getattribute(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Str* name = attr_name_arg(ts, args[1]);
  if (!name) return Value();
  Value r = getattr_no_hook(ts, args[0], name);
  if (!r && !ts.exc) return attribute_error(ts, args[0], name);
  return r;
}

template <Policy P>
Value m_exception_init(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  if (!is_exception(args[0])) return none(ts);
  auto* e = static_cast<Exception*>(args[0].obj());
  Tuple* t = new_tuple(ts, nargs - 1);
  for (int64_t i = 1; i < nargs; ++i) t->items[i - 1] = newref(ts, args[i]);
  xdecref(ts, e->args);
  e->args = t;
  return none(ts);
}

template <Policy P>
Value m_exception_with_traceback(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return newref(ts, args[0]);
}

template <Policy P>
Value m_generator_send(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  GenStatus st;
  Value r = gen_send(ts, static_cast<Generator*>(args[0].obj()), args[1], &st);
  if (st != GenStatus::Returned) return r;
  if (is_none(ts, r)) {
    decref(ts, r);
    return raise_with(ts, ts.rt->t.StopIteration, Value());
  }
  Value e = raise_with(ts, ts.rt->t.StopIteration, r);
  decref(ts, r);
  return e;
}

template <Policy P>
Value m_generator_next(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value a[2] = {args[0], Value::from_obj(ts.rt->none)};
  return m_generator_send(ts, a, 2, KwArgs{});
}

template <Policy P>
Value m_generator_close(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  if (gen_close(ts, static_cast<Generator*>(args[0].obj())) < 0) return Value();
  return none(ts);
}

template <Policy P>
Value m_generator_throw(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  Value exc;
  if (is_type(args[1])) {
    Value arg = nargs > 2 && !is_none(ts, args[2]) ? args[2] : Value();
    exc = instantiate_exception(ts, args[1]);
    if (exc && arg) {
      auto* e = static_cast<Exception*>(exc.obj());
      decref(ts, e->args);
      e->args = new_tuple(ts, 1);
      e->args->items[0] = newref(ts, arg);
    }
  } else {
    exc = instantiate_exception(ts, args[1]);
  }
  if (!exc) return exc;
  GenStatus st;
  Value r = gen_throw(ts, static_cast<Generator*>(args[0].obj()), exc, &st);
  if (st != GenStatus::Returned) return r;
  if (is_none(ts, r)) {
    decref(ts, r);
    return raise_with(ts, ts.rt->t.StopIteration, Value());
  }
  Value e = raise_with(ts, ts.rt->t.StopIteration, r);
  decref(ts, r);
  return e;
}

template <Policy P>
Value m_int_bit_length(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t x = int_value(args[0]);
  uint64_t u = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
  return new_int(ts, u == 0 ? 0 : 64 - __builtin_clzll(u));
}

template <Policy P>
Value m_int_bit_count(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t x = int_value(args[0]);
  uint64_t u = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
  return new_int(ts, __builtin_popcountll(u));
}

template <Policy P>
Value m_float_is_integer(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  double d = float_value(args[0]);
  return py_bool(ts, std::isfinite(d) && std::floor(d) == d);
}

template <Policy P>
Value m_iter_self(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return newref(ts, args[0]); }

template <Policy P>
Value m_iter_next(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  Value r = iter_next(ts, args[0]);
  if (r || ts.exc) return r;
  return raise_with(ts, ts.rt->t.StopIteration, Value());
}

// ----------------------------------------------------------------- operator dunders

// The dunder methods of built-in types ((5).__add__(3), object.__eq__),
// each the operator itself, returning NotImplemented where it does.
template <Policy P, BinOpKind Op>
Value m_binop_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return builtin_binop(ts, args[0], args[1], Op, false);
}

template <Policy P, BinOpKind Op>
Value m_rbinop_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return builtin_binop(ts, args[1], args[0], Op, false);
}

// Comparison families: built-in types compare only within their own.
inline int compare_family(Value v) {
  switch (kind_of(v)) {
    case Kind::Int: case Kind::Bool: case Kind::Float: return 1;
    case Kind::Str: return 2;
    case Kind::List: return 3;
    case Kind::Tuple: return 4;
    case Kind::Dict: return 5;
    case Kind::Set: case Kind::FrozenSet: return 6;
    case Kind::Range: return 7;
    default: return 0;
  }
}

template <Policy P, CmpOp Op>
Value m_compare_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int fa = compare_family(args[0]);
  if (fa == 0) {
    // object: only identity, and != inverts ==.
    if (Op == CmpOp::Eq) return args[0] == args[1] ? py_bool(ts, true) : not_implemented(ts);
    if (Op == CmpOp::Ne) {
      Value r = rich_compare(ts, args[0], args[1], CmpOp::Eq);
      if (!r || is_not_implemented(ts, r)) return r;
      int t = truthy(ts, r);
      decref(ts, r);
      return t < 0 ? Value() : py_bool(ts, !t);
    }
    return not_implemented(ts);
  }
  if (fa != compare_family(args[1])) return not_implemented(ts);
  return rich_compare(ts, args[0], args[1], Op);
}

template <Policy P>
Value m_len_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t n = length(ts, args[0]);
  return n < 0 ? Value() : new_int(ts, n);
}
template <Policy P>
Value m_getitem_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return getitem(ts, args[0], args[1]); }
template <Policy P>
Value m_setitem_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return setitem(ts, args[0], args[1], args[2]) < 0 ? Value() : none(ts);
}
template <Policy P>
Value m_delitem_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return delitem(ts, args[0], args[1]) < 0 ? Value() : none(ts);
}
template <Policy P>
Value m_contains_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int r = contains(ts, args[0], args[1]);
  return r < 0 ? Value() : py_bool(ts, r);
}
template <Policy P>
Value m_iter_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) { return get_iter(ts, args[0]); }
// object.__hash__: identity, never the class's own __hash__ (super().__hash__()).
template <Policy P>
Value m_object_hash(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  return new_int(ts, hash_pointer(args[0].is_obj() ? static_cast<const void*>(args[0].obj()) : nullptr));
}

template <Policy P>
Value m_hash_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int64_t h = hash_value(ts, args[0]);
  return h == -1 ? Value() : new_int(ts, h);
}
template <Policy P>
Value m_bool_dunder(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  int t = truthy(ts, args[0]);
  return t < 0 ? Value() : py_bool(ts, t);
}

template <Policy P>
void register_operator_dunders(TS<P>& ts) {
  Runtime<P>& rt = *ts.rt;
  struct BinDunder {
    const char* name;
    const char* rname;
    BuiltinFn<P> fn;
    BuiltinFn<P> rfn;
  };
#define LOCKVM_BIN_DUNDER(op, n) \
  BinDunder{"__" n "__", "__r" n "__", m_binop_dunder<P, BinOpKind::op>, m_rbinop_dunder<P, BinOpKind::op>}
  const BinDunder bins[] = {LOCKVM_BIN_DUNDER(Add, "add"), LOCKVM_BIN_DUNDER(Sub, "sub"),
                            LOCKVM_BIN_DUNDER(Mul, "mul"), LOCKVM_BIN_DUNDER(Div, "truediv"),
                            LOCKVM_BIN_DUNDER(FloorDiv, "floordiv"), LOCKVM_BIN_DUNDER(Mod, "mod"),
                            LOCKVM_BIN_DUNDER(Pow, "pow"), LOCKVM_BIN_DUNDER(LShift, "lshift"),
                            LOCKVM_BIN_DUNDER(RShift, "rshift"), LOCKVM_BIN_DUNDER(BitAnd, "and"),
                            LOCKVM_BIN_DUNDER(BitOr, "or"), LOCKVM_BIN_DUNDER(BitXor, "xor")};
#undef LOCKVM_BIN_DUNDER
  for (Type* t : {rt.t.int_, rt.t.bool_, rt.t.float_, rt.t.str, rt.t.list, rt.t.tuple, rt.t.set, rt.t.frozenset,
                  rt.t.dict}) {
    for (const BinDunder& d : bins) {
      add_method<P>(ts, t, d.name, d.fn, 2, 2);
      add_method<P>(ts, t, d.rname, d.rfn, 2, 2);
    }
  }
  for (Type* t : {rt.t.object, rt.t.int_, rt.t.bool_, rt.t.float_, rt.t.str, rt.t.list, rt.t.tuple, rt.t.set,
                  rt.t.frozenset, rt.t.dict, rt.t.range}) {
    add_method<P>(ts, t, "__eq__", m_compare_dunder<P, CmpOp::Eq>, 2, 2);
    add_method<P>(ts, t, "__ne__", m_compare_dunder<P, CmpOp::Ne>, 2, 2);
    add_method<P>(ts, t, "__lt__", m_compare_dunder<P, CmpOp::Lt>, 2, 2);
    add_method<P>(ts, t, "__le__", m_compare_dunder<P, CmpOp::Le>, 2, 2);
    add_method<P>(ts, t, "__gt__", m_compare_dunder<P, CmpOp::Gt>, 2, 2);
    add_method<P>(ts, t, "__ge__", m_compare_dunder<P, CmpOp::Ge>, 2, 2);
    add_method<P>(ts, t, "__hash__", t == rt.t.object ? m_object_hash<P> : m_hash_dunder<P>, 1, 1);
  }
  for (Type* t : {rt.t.str, rt.t.list, rt.t.tuple, rt.t.set, rt.t.frozenset, rt.t.dict, rt.t.range}) {
    add_method<P>(ts, t, "__len__", m_len_dunder<P>, 1, 1);
    add_method<P>(ts, t, "__contains__", m_contains_dunder<P>, 2, 2);
    add_method<P>(ts, t, "__iter__", m_iter_dunder<P>, 1, 1);
  }
  for (Type* t : {rt.t.str, rt.t.list, rt.t.tuple, rt.t.dict, rt.t.range})
    add_method<P>(ts, t, "__getitem__", m_getitem_dunder<P>, 2, 2);
  for (Type* t : {rt.t.list, rt.t.dict}) {
    add_method<P>(ts, t, "__setitem__", m_setitem_dunder<P>, 3, 3);
    add_method<P>(ts, t, "__delitem__", m_delitem_dunder<P>, 2, 2);
  }
  for (Type* t : {rt.t.int_, rt.t.bool_, rt.t.float_}) add_method<P>(ts, t, "__bool__", m_bool_dunder<P>, 1, 1);
}

}  // namespace builtins_impl

// Fills the builtins namespace and the method tables of the built-in types.
template <Policy P>
void register_builtins(ThreadState<P>& ts) {
  using namespace builtins_impl;
  Runtime<P>& rt = *ts.rt;
  Dict* b = rt.builtins;
  add_function<P>(ts, b, "print", b_print<P>, -1, -1, true);
  add_function<P>(ts, b, "len", b_len<P>, 1, 1);
  add_function<P>(ts, b, "repr", b_repr<P>, 1, 1);
  add_function<P>(ts, b, "abs", b_abs<P>, 1, 1);
  add_function<P>(ts, b, "min", b_min<P>, -1, -1, true);
  add_function<P>(ts, b, "max", b_max<P>, -1, -1, true);
  add_function<P>(ts, b, "sum", b_sum<P>, -1, -1, true);
  add_function<P>(ts, b, "any", b_any<P>, 1, 1);
  add_function<P>(ts, b, "all", b_all<P>, 1, 1);
  add_function<P>(ts, b, "isinstance", b_isinstance<P>, 2, 2);
  add_function<P>(ts, b, "issubclass", b_issubclass<P>, 2, 2);
  add_function<P>(ts, b, "hash", b_hash<P>, 1, 1);
  add_function<P>(ts, b, "id", b_id<P>, 1, 1);
  add_function<P>(ts, b, "iter", b_iter<P>, 1, 2);
  add_function<P>(ts, b, "next", b_next<P>, 1, 2);
  add_function<P>(ts, b, "getattr", b_getattr<P>, 2, 3);
  add_function<P>(ts, b, "setattr", b_setattr<P>, 3, 3);
  add_function<P>(ts, b, "delattr", b_delattr<P>, 2, 2);
  add_function<P>(ts, b, "hasattr", b_hasattr<P>, 2, 2);
  add_function<P>(ts, b, "chr", b_chr<P>, 1, 1);
  add_function<P>(ts, b, "ord", b_ord<P>, 1, 1);
  add_function<P>(ts, b, "round", b_round<P>, -1, -1, true);
  add_function<P>(ts, b, "exit", b_exit<P>, 0, 1);
  add_function<P>(ts, b, "quit", b_exit<P>, 0, 1);
  add_function<P>(ts, b, "divmod", b_divmod<P>, 2, 2);
  add_function<P>(ts, b, "pow", b_pow<P>, -1, -1, true);
  add_function<P>(ts, b, "hex", b_hex<P>, 1, 1);
  add_function<P>(ts, b, "bin", b_bin<P>, 1, 1);
  add_function<P>(ts, b, "oct", b_oct<P>, 1, 1);
  add_function<P>(ts, b, "callable", b_callable<P>, 1, 1);
  add_function<P>(ts, b, "format", b_format<P>, 1, 2);
  add_function<P>(ts, b, "sorted", b_sorted<P>, -1, -1, true);
  add_function<P>(ts, b, "vars", b_vars<P>, 1, 1);

  struct Ctor {
    Type* type;
    BuiltinFn<P> fn;
  };
  rt.t.NoneType->ctor = reinterpret_cast<void*>(ctor_none<P>);
  for (Ctor c : {Ctor{rt.t.int_, ctor_int<P>}, Ctor{rt.t.float_, ctor_float<P>}, Ctor{rt.t.str, ctor_str<P>},
                 Ctor{rt.t.bool_, ctor_bool<P>}, Ctor{rt.t.list, ctor_list<P>}, Ctor{rt.t.tuple, ctor_tuple<P>},
                 Ctor{rt.t.dict, ctor_dict<P>}, Ctor{rt.t.set, ctor_set<P>}, Ctor{rt.t.frozenset, ctor_frozenset<P>},
                 Ctor{rt.t.range, ctor_range<P>}, Ctor{rt.t.type, ctor_type<P>}, Ctor{rt.t.object, ctor_object<P>},
                 Ctor{rt.t.property, ctor_property<P>}, Ctor{rt.t.staticmethod, ctor_staticmethod<P>},
                 Ctor{rt.t.classmethod, ctor_classmethod<P>}, Ctor{rt.t.super, ctor_super<P>},
                 Ctor{rt.t.enumerate, ctor_enumerate<P>}, Ctor{rt.t.zip, ctor_zip<P>}, Ctor{rt.t.map, ctor_map<P>},
                 Ctor{rt.t.filter, ctor_filter<P>}, Ctor{rt.t.reversed, ctor_reversed<P>},
                 Ctor{rt.t.slice, ctor_slice<P>}}) {
    c.type->ctor = reinterpret_cast<void*>(c.fn);
  }

  Type* list = rt.t.list;
  add_method<P>(ts, list, "append", m_list_append<P>, 2, 2);
  add_method<P>(ts, list, "extend", m_list_extend<P>, 2, 2);
  add_method<P>(ts, list, "insert", m_list_insert<P>, 3, 3);
  add_method<P>(ts, list, "pop", m_list_pop<P>, 1, 2);
  add_method<P>(ts, list, "remove", m_list_remove<P>, 2, 2);
  add_method<P>(ts, list, "index", m_list_index<P>, 2, 4);
  add_method<P>(ts, list, "count", m_list_count<P>, 2, 2);
  add_method<P>(ts, list, "sort", m_list_sort<P>, -1, -1, true);
  add_method<P>(ts, list, "reverse", m_list_reverse<P>, 1, 1);
  add_method<P>(ts, list, "copy", m_list_copy<P>, 1, 1);
  add_method<P>(ts, list, "clear", m_list_clear<P>, 1, 1);

  add_method<P>(ts, rt.t.range, "index", m_range_index<P>, 2, 2);
  add_method<P>(ts, rt.t.range, "count", m_range_count<P>, 2, 2);
  add_method<P>(ts, rt.t.tuple, "index", m_tuple_index<P>, 2, 4);
  add_method<P>(ts, rt.t.tuple, "count", m_tuple_count<P>, 2, 2);

  Type* dict = rt.t.dict;
  add_method<P>(ts, dict, "get", m_dict_get<P>, 2, 3);
  add_method<P>(ts, dict, "keys", m_dict_keys<P>, 1, 1);
  add_method<P>(ts, dict, "values", m_dict_values<P>, 1, 1);
  add_method<P>(ts, dict, "items", m_dict_items<P>, 1, 1);
  add_method<P>(ts, dict, "pop", m_dict_pop<P>, 2, 3);
  add_method<P>(ts, dict, "popitem", m_dict_popitem<P>, 1, 1);
  add_method<P>(ts, dict, "setdefault", m_dict_setdefault<P>, 2, 3);
  add_method<P>(ts, dict, "update", m_dict_update<P>, -1, -1, true);
  add_method<P>(ts, dict, "copy", m_dict_copy<P>, 1, 1);
  add_method<P>(ts, dict, "clear", m_dict_clear<P>, 1, 1);
  {
    Builtin* fk = new_builtin<P>(ts, "fromkeys", m_dict_fromkeys<P>, 1, 2);
    Value wrapper = wrap_method(ts, rt.t.staticmethod, Value::from_obj(fk));
    dict_set_str(ts, dict->dict, fk->name, wrapper);
    decref(ts, wrapper);
  }

  for (Type* st : {rt.t.set, rt.t.frozenset}) {
    add_method<P>(ts, st, "union", m_set_union<P>, 1, 100);
    add_method<P>(ts, st, "intersection", m_set_intersection<P>, 1, 100);
    add_method<P>(ts, st, "difference", m_set_difference<P>, 1, 100);
    add_method<P>(ts, st, "symmetric_difference", m_set_symdiff<P>, 2, 2);
    add_method<P>(ts, st, "issubset", m_set_issubset<P>, 2, 2);
    add_method<P>(ts, st, "issuperset", m_set_issuperset<P>, 2, 2);
    add_method<P>(ts, st, "isdisjoint", m_set_isdisjoint<P>, 2, 2);
    add_method<P>(ts, st, "copy", m_set_copy<P>, 1, 1);
  }
  Type* set = rt.t.set;
  add_method<P>(ts, set, "add", m_set_add<P>, 2, 2);
  add_method<P>(ts, set, "remove", m_set_remove<P>, 2, 2);
  add_method<P>(ts, set, "discard", m_set_discard<P>, 2, 2);
  add_method<P>(ts, set, "pop", m_set_pop<P>, 1, 1);
  add_method<P>(ts, set, "clear", m_set_clear<P>, 1, 1);
  add_method<P>(ts, set, "update", m_set_update<P>, 1, 100);
  add_method<P>(ts, set, "intersection_update", m_set_intersection_update<P>, 1, 100);
  add_method<P>(ts, set, "difference_update", m_set_difference_update<P>, 1, 100);
  add_method<P>(ts, set, "symmetric_difference_update", m_set_symdiff_update<P>, 2, 2);

  add_method<P>(ts, rt.t.object, "__init__", m_object_init<P>, -1, -1, true);
  add_method<P>(ts, rt.t.object, "__repr__", m_object_repr<P>, 1, 1);
  add_method<P>(ts, rt.t.object, "__str__", m_object_str<P>, 1, 1);
  add_method<P>(ts, rt.t.object, "__setattr__", m_object_setattr<P>, 3, 3);
  add_method<P>(ts, rt.t.object, "__delattr__", m_object_delattr<P>, 2, 2);
  add_method<P>(ts, rt.t.object, "__getattribute__", m_object_getattribute<P>, 2, 2);
  add_method<P>(ts, rt.t.BaseException, "__init__", m_exception_init<P>, -1, -1);
  add_method<P>(ts, rt.t.BaseException, "with_traceback", m_exception_with_traceback<P>, 2, 2);

  add_method<P>(ts, rt.t.generator, "send", m_generator_send<P>, 2, 2);
  add_method<P>(ts, rt.t.generator, "close", m_generator_close<P>, 1, 1);
  add_method<P>(ts, rt.t.generator, "throw", m_generator_throw<P>, 2, 4);
  add_method<P>(ts, rt.t.generator, "__next__", m_generator_next<P>, 1, 1);
  add_method<P>(ts, rt.t.generator, "__iter__", m_iter_self<P>, 1, 1);
  for (Type* it : {rt.t.list_iterator, rt.t.tuple_iterator, rt.t.range_iterator, rt.t.str_iterator,
                   rt.t.dict_keyiterator, rt.t.dict_valueiterator, rt.t.dict_itemiterator, rt.t.set_iterator,
                   rt.t.enumerate, rt.t.zip, rt.t.map, rt.t.filter, rt.t.reversed, rt.t.iterator}) {
    add_method<P>(ts, it, "__iter__", m_iter_self<P>, 1, 1);
    add_method<P>(ts, it, "__next__", m_iter_next<P>, 1, 1);
  }

  add_method<P>(ts, rt.t.property, "getter", m_property_getter<P>, 2, 2);
  add_method<P>(ts, rt.t.property, "setter", m_property_setter<P>, 2, 2);
  add_method<P>(ts, rt.t.property, "deleter", m_property_deleter<P>, 2, 2);
  add_method<P>(ts, rt.t.int_, "bit_length", m_int_bit_length<P>, 1, 1);
  add_method<P>(ts, rt.t.int_, "bit_count", m_int_bit_count<P>, 1, 1);
  add_method<P>(ts, rt.t.float_, "is_integer", m_float_is_integer<P>, 1, 1);

  register_operator_dunders(ts);
  register_str_methods(ts);
}

}  // namespace lockvm
