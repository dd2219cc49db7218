// The plumbing every built-in function and method uses: creating built-in
// function objects, registering methods on built-in types and functions in
// module namespaces, and reading keyword arguments.
//
// A built-in is `Value fn(ThreadState<P>&, const Value* args, int64_t nargs,
// const KwArgs&)`. Methods receive self as args[0]. min/max argument counts
// (self included for methods) are checked before the call, with CPython's
// messages; pass -1 to check in the function itself.
#pragma once

#include "vm/interp.h"

namespace lockvm {

template <Policy P>
Builtin* new_builtin(ThreadState<P>& ts, std::string_view name, BuiltinFn<P> fn, int min_args, int max_args,
                     bool accepts_kwargs = false, Type* owner = nullptr) {
  auto* b = alloc_object<P, Builtin>(ts, ts.rt->t.builtin_function_or_method);
  b->fn = reinterpret_cast<void*>(fn);
  b->name = intern(ts, name);
  b->owner = owner;
  b->self = Value();
  b->min_args = static_cast<int16_t>(min_args);
  b->max_args = static_cast<int16_t>(max_args);
  b->accepts_kwargs = accepts_kwargs;
  immortalize(ts, b);
  return b;
}

// Registers a method on a built-in type. min/max count self.
template <Policy P>
void add_method(ThreadState<P>& ts, Type* type, std::string_view name, BuiltinFn<P> fn, int min_args, int max_args,
                bool accepts_kwargs = false) {
  Builtin* b = new_builtin(ts, name, fn, min_args, max_args, accepts_kwargs, type);
  dict_set_str(ts, type->dict, b->name, Value::from_obj(b));
}

template <Policy P>
void add_function(ThreadState<P>& ts, Dict* ns, std::string_view name, BuiltinFn<P> fn, int min_args, int max_args,
                  bool accepts_kwargs = false) {
  Builtin* b = new_builtin(ts, name, fn, min_args, max_args, accepts_kwargs);
  dict_set_str(ts, ns, b->name, Value::from_obj(b));
}

template <Policy P>
void add_value(ThreadState<P>& ts, Dict* ns, std::string_view name, Value v) {
  dict_set_str(ts, ns, intern(ts, name), v);
  decref(ts, v);
}

template <Policy P>
Module* new_module(ThreadState<P>& ts, std::string_view name) {
  auto* m = alloc_object<P, Module>(ts, ts.rt->t.module);
  defer_refcount(ts, m, /*never_freed=*/false);
  m->dict = new_dict(ts);
  m->name = intern(ts, name);
  dict_set_str(ts, m->dict, ts.rt->n.__name__, Value::from_obj(m->name));
  return m;
}

// How CPython names an argument's type in "must be X, not Y": None is
// spelled None, anything else by its type name.
template <Policy P>
std::string_view arg_type_name(ThreadState<P>& ts, Value v) {
  return is_none(ts, v) ? std::string_view("None") : type_name(ts, v);
}

// Finds keyword `name` in kw; borrowed, null if absent.
inline Value kwarg(const KwArgs& kw, std::string_view name) {
  for (int64_t i = 0; i < kw.count; ++i)
    if (sv(kw.names[i]) == name) return kw.values[i];
  return Value();
}

// Rejects keywords other than `allowed`, with CPython's message.
template <Policy P>
bool check_kwargs(ThreadState<P>& ts, const KwArgs& kw, std::string_view func,
                  std::initializer_list<std::string_view> allowed) {
  if (kw.count > static_cast<int64_t>(allowed.size()) && allowed.size() > 0) {
    raisef(ts, ts.rt->t.TypeError, "%s() takes at most %d keyword argument%s (%d given)", func, allowed.size(),
           allowed.size() == 1 ? "" : "s", kw.count);
    return false;
  }
  for (int64_t i = 0; i < kw.count; ++i) {
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || sv(kw.names[i]) == a;
    if (!ok) {
      raisef(ts, ts.rt->t.TypeError, "'%s' is an invalid keyword argument for %s()", sv(kw.names[i]), func);
      return false;
    }
  }
  return true;
}

// Argument conversions with CPython's TypeError wording.
template <Policy P>
bool arg_int(ThreadState<P>& ts, Value v, int64_t* out) {
  if (is_intlike(v)) {
    *out = int_value(v);
    return true;
  }
  return index_value(ts, v, out);
}

template <Policy P>
bool arg_float(ThreadState<P>& ts, Value v, double* out, std::string_view func = "") {
  if (kind_of(v) == Kind::Float) {
    *out = float_value(v);
    return true;
  }
  if (is_intlike(v)) {
    *out = static_cast<double>(int_value(v));
    return true;
  }
  if (kind_of(v) == Kind::Instance) {
    Value m = type_lookup(ts, type_of(ts, v), ts.rt->n.__float__);
    if (m) {
      Value r = call(ts, m, &v, 1);
      if (!r) return false;
      bool ok = kind_of(r) == Kind::Float;
      if (ok) *out = float_value(r);
      else raisef(ts, ts.rt->t.TypeError, "%s.__float__ returned non-float (type %s)", type_name(ts, v), type_name(ts, r));
      decref(ts, r);
      return ok;
    }
  }
  if (func.empty())
    raisef(ts, ts.rt->t.TypeError, "must be real number, not %s", type_name(ts, v));
  else
    raisef(ts, ts.rt->t.TypeError, "%s() argument must be real number, not %s", func, type_name(ts, v));
  return false;
}

template <Policy P>
bool arg_str(ThreadState<P>& ts, Value v, std::string_view* out, std::string_view what) {
  if (is_str(v)) {
    *out = str_view(v);
    return true;
  }
  raisef(ts, ts.rt->t.TypeError, "%s must be str, not %s", what, arg_type_name(ts, v));
  return false;
}

// Writes text to a file descriptor, releasing the GIL (or going offline)
// while blocked, as a C extension does around I/O.
template <Policy P>
bool write_fd(ThreadState<P>& ts, int fd, std::string_view text);

}  // namespace lockvm
