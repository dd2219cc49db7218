// repr() and str() of every object, with CPython's spellings, and the guard
// that prints a self-containing list as [...].
#pragma once

#include <absl/strings/str_cat.h>

#include "vm/compare.h"

namespace lockvm {

template <Policy P> Value getattr(ThreadState<P>& ts, Value obj, Str* name);

// Appends repr(v) to out; false on error.
template <Policy P>
bool append_repr(ThreadState<P>& ts, std::string& out, Value v) {
  Value r = repr(ts, v);
  if (!r) return false;
  out.append(str_view(r));
  decref(ts, r);
  return true;
}

// Pushes o on the repr stack unless it is already being printed.
template <Policy P>
class ReprGuard {
 public:
  ReprGuard(ThreadState<P>& ts, Object* o) : ts_(ts) {
    for (Object* x : ts.repr_stack)
      if (x == o) {
        recursive_ = true;
        return;
      }
    ts.repr_stack.push_back(o);
  }
  ~ReprGuard() {
    if (!recursive_) ts_.repr_stack.pop_back();
  }
  bool recursive() const { return recursive_; }

 private:
  ThreadState<P>& ts_;
  bool recursive_ = false;
};

template <Policy P>
std::string qualified_type_name(ThreadState<P>&, Type* t) {
  std::string_view mod = sv(t->module);
  if (mod == "builtins") return std::string(sv(t->qualname));
  return cat(mod, ".", sv(t->qualname));
}

template <Policy P>
std::string default_repr(ThreadState<P>& ts, Value v) {
  Type* t = type_of(ts, v);
  return absl::StrFormat("<%s object at %p>", qualified_type_name(ts, t), static_cast<void*>(v.obj()));
}

template <Policy P>
Value repr_items(ThreadState<P>& ts, Object* self, const Value* items, int64_t n, const char* open,
                 const char* close, bool trailing_comma_for_one) {
  ReprGuard<P> guard(ts, self);
  if (guard.recursive()) return str_value(ts, cat(open, "...", close));
  std::string out = open;
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (!append_repr(ts, out, items[i])) return Value();
  }
  if (n == 1 && trailing_comma_for_one) out += ",";
  out += close;
  return str_value(ts, out);
}

template <Policy P>
Value call_user_repr(ThreadState<P>& ts, Value v, Str* name, bool* found) {
  Type* t = type_of(ts, v);
  *found = false;
  if (t->flags & Type::kBuiltin) return Value();
  Value m = type_lookup(ts, t, name);
  // object.__repr__ and friends are the defaults this function falls back to.
  if (!m || m.obj()->type->layout == Kind::Builtin) return Value();
  *found = true;
  Value r = call(ts, m, &v, 1);
  if (!r) return r;
  if (!is_str(r)) {
    raisef(ts, ts.rt->t.TypeError, "%s returned non-string (type %s)", sv(name), type_name(ts, r));
    decref(ts, r);
    return Value();
  }
  return r;
}

template <Policy P>
std::string exception_args_repr_tail(ThreadState<P>& ts, Exception* e, bool* ok);

template <Policy P>
Value repr(ThreadState<P>& ts, Value v) {
  if (v.is_small()) return str_value(ts, cat(v.small()));
  RecursionGuard<P> guard(ts, " while getting the repr of an object");
  if (guard.failed()) return Value();
  Object* o = v.obj();
  switch (o->type->layout) {
    case Kind::Str: return str_value(ts, str_repr(str_view(v)));
    case Kind::Int: return str_value(ts, cat(static_cast<Int*>(o)->value));
    case Kind::Bool: return str_value(ts, static_cast<Int*>(o)->value ? "True" : "False");
    case Kind::None: return str_value(ts, "None");
    case Kind::NotImplemented: return str_value(ts, "NotImplemented");
    case Kind::Ellipsis: return str_value(ts, "Ellipsis");
    case Kind::Float: return str_value(ts, float_repr(static_cast<Float*>(o)->value));
    case Kind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      return repr_items(ts, o, t->items, t->size, "(", ")", true);
    }
    case Kind::List: {
      auto* l = static_cast<List*>(o);
      // Snapshot so a __repr__ that mutates the list cannot pull items away.
      Tuple* snap = list_snapshot(ts, l);
      Value r = repr_items(ts, o, snap->items, snap->size, "[", "]", false);
      decref(ts, snap);
      return r;
    }
    case Kind::Dict: {
      auto* d = static_cast<Dict*>(o);
      ReprGuard<P> guard(ts, o);
      if (guard.recursive()) return str_value(ts, "{...}");
      std::string out = "{";
      bool first = true;
      for (size_t i = 0;; ++i) {
        // repr() of each entry runs outside the dict's lock.
        Value k, val;
        int live = dict_entry_ref(ts, d, i, &k, &val);
        if (live < 0) break;
        if (live == 0) continue;
        if (!first) out += ", ";
        first = false;
        bool ok = append_repr(ts, out, k);
        if (ok) out += ": ";
        ok = ok && append_repr(ts, out, val);
        decref(ts, k);
        decref(ts, val);
        if (!ok) return Value();
      }
      out += "}";
      return str_value(ts, out);
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      auto* s = static_cast<Set*>(o);
      bool frozen = o->type->layout == Kind::FrozenSet;
      if (s->table.size() == 0) return str_value(ts, frozen ? "frozenset()" : "set()");
      ReprGuard<P> guard(ts, o);
      if (guard.recursive()) return str_value(ts, cat(sv(o->type->name), "(...)"));
      std::string out = frozen ? "frozenset({" : "{";
      bool first = true;
      for (size_t i = 0;; ++i) {
        Value key;
        {
          auto lock = P::lock(ts, s);
          if (i >= s->table.slot_count()) break;
          if (!s->table.live(i)) continue;
          key = newref(ts, s->table.key(i));
        }
        if (!first) out += ", ";
        first = false;
        bool ok = append_repr(ts, out, key);
        decref(ts, key);
        if (!ok) return Value();
      }
      out += frozen ? "})" : "}";
      return str_value(ts, out);
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      if (r->step == 1) return str_value(ts, absl::StrFormat("range(%d, %d)", r->start, r->stop));
      return str_value(ts, absl::StrFormat("range(%d, %d, %d)", r->start, r->stop, r->step));
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      std::string out = "slice(";
      if (!append_repr(ts, out, s->start)) return Value();
      out += ", ";
      if (!append_repr(ts, out, s->stop)) return Value();
      out += ", ";
      if (!append_repr(ts, out, s->step)) return Value();
      out += ")";
      return str_value(ts, out);
    }
    case Kind::Type: {
      auto* t = static_cast<Type*>(o);
      return str_value(ts, cat("<class '", qualified_type_name(ts, t), "'>"));
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      return str_value(ts, absl::StrFormat("<function %s at %p>", sv(f->qualname), static_cast<void*>(o)));
    }
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      if (b->self) {
        return str_value(ts, absl::StrFormat("<built-in method %s of %s object at %p>", sv(b->name),
                                             type_name(ts, b->self), static_cast<void*>(b->self.obj())));
      }
      if (b->owner != nullptr)
        return str_value(ts, absl::StrFormat("<method '%s' of '%s' objects>", sv(b->name), sv(b->owner->name)));
      return str_value(ts, cat("<built-in function ", sv(b->name), ">"));
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      std::string out = "<bound method ";
      if (m->func.is_obj() && m->func.obj()->type->layout == Kind::Function)
        out += sv(static_cast<Function*>(m->func.obj())->qualname);
      out += " of ";
      if (!append_repr(ts, out, m->self)) return Value();
      out += ">";
      return str_value(ts, out);
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      return str_value(ts, cat("<module '", sv(m->name), "'>"));
    }
    case Kind::Generator: {
      auto* g = static_cast<Generator*>(o);
      return str_value(ts, absl::StrFormat("<generator object %s at %p>", sv(g->qualname), static_cast<void*>(o)));
    }
    case Kind::Cell: return str_value(ts, absl::StrFormat("<cell at %p>", static_cast<void*>(o)));
    case Kind::DictView: {
      auto* dv = static_cast<DictView*>(o);
      static const char* const kNames[] = {"dict_keys", "dict_values", "dict_items"};
      ReprGuard<P> guard(ts, o);
      if (guard.recursive()) return str_value(ts, "...");
      std::string out = cat(kNames[dv->which], "([");
      bool first = true;
      Dict* d = dv->dict;
      for (size_t i = 0; i < d->table.entry_count(); ++i) {
        if (!d->table.live(i)) continue;
        if (!first) out += ", ";
        first = false;
        bool ok;
        if (dv->which == 0) {
          ok = append_repr(ts, out, d->table.key(i));
        } else if (dv->which == 1) {
          ok = append_repr(ts, out, d->table.value(i));
        } else {
          out += "(";
          ok = append_repr(ts, out, d->table.key(i));
          out += ", ";
          ok = ok && append_repr(ts, out, d->table.value(i));
          out += ")";
        }
        if (!ok) return Value();
      }
      out += "])";
      return str_value(ts, out);
    }
    case Kind::Instance:
    case Kind::Exception: {
      bool found;
      Value r = call_user_repr(ts, v, ts.rt->n.__repr__, &found);
      if (found) return r;
      if (o->type->layout == Kind::Exception) {
        auto* e = static_cast<Exception*>(o);
        bool ok = true;
        std::string tail = exception_args_repr_tail(ts, e, &ok);
        if (!ok) return Value();
        return str_value(ts, cat(sv(o->type->name), tail));
      }
      return str_value(ts, default_repr(ts, v));
    }
    case Kind::Property:
    case Kind::StaticMethod:
    case Kind::ClassMethod:
    case Kind::Super:
    case Kind::Code:
    case Kind::Traceback:
    case Kind::TextIO:
    default:
      return str_value(ts, default_repr(ts, v));
  }
}

// "(args...)" as BaseException.__repr__ prints after the class name.
template <Policy P>
std::string exception_args_repr_tail(ThreadState<P>& ts, Exception* e, bool* ok) {
  if (e->args == nullptr || e->args->size == 0) return "()";
  std::string out = "(";
  for (int64_t i = 0; i < e->args->size; ++i) {
    if (i) out += ", ";
    if (!append_repr(ts, out, e->args->items[i])) {
      *ok = false;
      return "";
    }
  }
  out += ")";
  return out;
}

template <Policy P>
Value exception_str(ThreadState<P>& ts, Exception* e) {
  if (e->args == nullptr || e->args->size == 0) return str_value(ts, "");
  if (e->args->size == 1) {
    // KeyError shows its key as a repr, so KeyError('') prints as ''.
    if (is_subtype<P>(e->type, ts.rt->t.KeyError)) return repr(ts, e->args->items[0]);
    return to_str(ts, e->args->items[0]);
  }
  return repr(ts, Value::from_obj(e->args));
}

template <Policy P>
Value to_str(ThreadState<P>& ts, Value v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->type->layout) {
      case Kind::Str: return newref(ts, v);
      case Kind::Instance:
      case Kind::Exception: {
        bool found;
        Value r = call_user_repr(ts, v, ts.rt->n.__str__, &found);
        if (found) return r;
        if (o->type->layout == Kind::Exception) return exception_str(ts, static_cast<Exception*>(o));
        break;
      }
      default: break;
    }
  }
  return repr(ts, v);
}

}  // namespace lockvm
