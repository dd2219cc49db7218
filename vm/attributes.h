// Attribute access: getattr/setattr/delattr with Python's lookup order
// (data descriptors on the type, the instance dict, then class attributes and
// methods), binding of functions to instances, properties, staticmethod and
// classmethod, and the attributes of built-in objects (exception args, module
// namespaces, function names).
#pragma once

#include "vm/repr.h"

namespace lockvm {

template <Policy P>
Value new_bound_method(ThreadState<P>& ts, Value self, Value func) {
  auto* m = alloc_object<P, BoundMethod>(ts, ts.rt->t.method);
  m->self = newref(ts, self);
  m->func = newref(ts, func);
  return Value::from_obj(m);
}

// Applies the descriptor protocol to a value found on the type: functions
// bind, classmethods bind to the class, staticmethods unwrap, properties call
// their getter. `instance` is null when looking up on the class itself.
template <Policy P>
Value bind_class_attr(ThreadState<P>& ts, Value attr, Value instance, Type* owner) {
  if (attr.is_obj()) {
    switch (attr.obj()->type->layout) {
      case Kind::Function:
        if (instance) return new_bound_method(ts, instance, attr);
        break;
      case Kind::Builtin: {
        auto* b = static_cast<Builtin*>(attr.obj());
        if (!instance || b->self) break;
        // A built-in method bound to its receiver is itself a
        // builtin_function_or_method, as in CPython.
        auto* bound = alloc_object<P, Builtin>(ts, ts.rt->t.builtin_function_or_method);
        bound->fn = b->fn;
        bound->name = b->name;
        bound->owner = b->owner;
        bound->self = newref(ts, instance);
        bound->min_args = b->min_args;
        bound->max_args = b->max_args;
        bound->accepts_kwargs = b->accepts_kwargs;
        return Value::from_obj(bound);
      }
      case Kind::StaticMethod: return newref(ts, static_cast<MethodWrapper*>(attr.obj())->func);
      case Kind::ClassMethod:
        return new_bound_method(ts, Value::from_obj(owner), static_cast<MethodWrapper*>(attr.obj())->func);
      case Kind::Property: {
        if (!instance) break;
        auto* p = static_cast<Property*>(attr.obj());
        if (!p->fget) return raise(ts, ts.rt->t.AttributeError, "property has no getter");
        return call(ts, p->fget, &instance, 1);
      }
      default: break;
    }
  }
  return newref(ts, attr);
}

template <Policy P>
Dict* instance_dict(Value obj) {
  Object* o = obj.obj();
  switch (o->type->layout) {
    case Kind::Instance: return load_dict_slot(static_cast<Instance*>(o)->dict);
    case Kind::Exception: return load_dict_slot(static_cast<Exception*>(o)->dict);
    case Kind::Function: return load_dict_slot(static_cast<Function*>(o)->dict);
    default: return nullptr;
  }
}

// Records an attribute on the pending exception (AttributeError.obj,
// NameError.name), which the traceback printer uses for suggestions.
template <Policy P>
void remember_on_exception(ThreadState<P>& ts, std::string_view attr, Value v) {
  if (!is_exception(ts.exc)) return;
  auto* e = static_cast<Exception*>(ts.exc.obj());
  if (e->dict == nullptr) e->dict = new_dict(ts);
  dict_set_str(ts, e->dict, intern(ts, attr), v);
}

template <Policy P>
Value attribute_error(ThreadState<P>& ts, Value obj, Str* name) {
  if (is_type(obj))
    raisef(ts, ts.rt->t.AttributeError, "type object '%s' has no attribute '%s'",
           sv(static_cast<Type*>(obj.obj())->name), sv(name));
  else if (obj.is_obj() && obj.obj()->type->layout == Kind::Module)
    raisef(ts, ts.rt->t.AttributeError, "module '%s' has no attribute '%s'",
           sv(static_cast<Module*>(obj.obj())->name), sv(name));
  else
    raisef(ts, ts.rt->t.AttributeError, "'%s' object has no attribute '%s'", type_name(ts, obj), sv(name));
  remember_on_exception(ts, "name", Value::from_obj(name));
  remember_on_exception(ts, "obj", obj);
  return Value();
}

// Attributes that built-in layouts expose without a dict.
template <Policy P>
Value special_attr(ThreadState<P>& ts, Value obj, Str* name) {
  const Names& n = ts.rt->n;
  Object* o = obj.obj();
  switch (o->type->layout) {
    case Kind::Exception: {
      auto* e = static_cast<Exception*>(o);
      if (name == n.args) return newref(ts, e->args ? Value::from_obj(e->args) : Value::from_obj(ts.rt->empty_tuple));
      if (name == n.__cause__) return e->cause ? newref(ts, e->cause) : none(ts);
      if (name == n.__context__) return e->context ? newref(ts, e->context) : none(ts);
      if (name == n.__suppress_context__) return py_bool(ts, e->suppress_context);
      if (name == n.__traceback__) return e->traceback ? newref(ts, e->traceback) : none(ts);
      bool one = e->args && e->args->size >= 1;
      if (name == n.code && is_subtype<P>(o->type, ts.rt->t.SystemExit)) {
        if (!e->args || e->args->size == 0) return none(ts);
        return newref(ts, e->args->size == 1 ? e->args->items[0] : Value::from_obj(e->args));
      }
      if (name == n.value && is_subtype<P>(o->type, ts.rt->t.StopIteration))
        return one ? newref(ts, e->args->items[0]) : none(ts);
      break;
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      if (name == n.__name__) return newref(ts, f->name);
      if (name == n.__qualname__) return newref(ts, f->qualname);
      if (name == n.__module__) return newref(ts, f->module);
      if (name == n.__doc__) return none(ts);
      break;
    }
    case Kind::Builtin:
      if (name == n.__name__) return newref(ts, static_cast<Builtin*>(o)->name);
      break;
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      if (sv(name) == "__self__") return newref(ts, m->self);
      if (sv(name) == "__func__") return newref(ts, m->func);
      return getattr(ts, m->func, name);
    }
    case Kind::Type: {
      auto* t = static_cast<Type*>(o);
      if (name == n.__name__) return newref(ts, t->name);
      if (name == n.__qualname__) return newref(ts, t->qualname);
      if (name == n.__module__) return newref(ts, t->module);
      if (name == n.__base__) return t->base ? newref(ts, t->base) : none(ts);
      if (name == n.__bases__) {
        if (!t->base) return newref(ts, ts.rt->empty_tuple);
        return tuple_steal(ts, {newref(ts, t->base)});
      }
      if (name == n.__mro__) {
        int64_t depth = 0;
        for (Type* x = t; x; x = x->base) ++depth;
        Tuple* mro = new_tuple(ts, depth);
        int64_t i = 0;
        for (Type* x = t; x; x = x->base) mro->items[i++] = newref(ts, x);
        return Value::from_obj(mro);
      }
      if (name == n.__dict__) return newref(ts, t->dict);
      if (name == n.__doc__) return none(ts);
      break;
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      if (name == n.__dict__) return newref(ts, m->dict);
      break;
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      if (name == n.start) return new_int(ts, r->start);
      if (name == n.stop) return new_int(ts, r->stop);
      if (name == n.step) return new_int(ts, r->step);
      break;
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      if (name == n.start) return newref(ts, s->start);
      if (name == n.stop) return newref(ts, s->stop);
      if (name == n.step) return newref(ts, s->step);
      break;
    }
    case Kind::Property: {
      auto* p = static_cast<Property*>(o);
      if (name == n.fget) return p->fget ? newref(ts, p->fget) : none(ts);
      if (name == n.fset) return p->fset ? newref(ts, p->fset) : none(ts);
      break;
    }
    case Kind::Int:
    case Kind::Bool:
      if (name == n.real) return new_int(ts, int_value(obj));
      if (name == n.imag) return new_int(ts, 0);
      break;
    case Kind::Float:
      if (name == n.real) return newref(ts, obj);
      if (name == n.imag) return new_float(ts, 0.0);
      break;
    case Kind::Generator:
      if (name == n.__name__) return newref(ts, static_cast<Generator*>(o)->name);
      if (name == n.__qualname__) return newref(ts, static_cast<Generator*>(o)->qualname);
      break;
    default: break;
  }
  if (name == n.__class__) return newref(ts, type_of(ts, obj));
  if (name == n.__dict__) {
    Dict* d = instance_dict<P>(obj);
    if (d) return newref(ts, d);
  }
  return Value();
}

template <Policy P> Value super_getattr(ThreadState<P>& ts, Super* s, Str* name);

template <Policy P>
Value getattr_no_hook(ThreadState<P>& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  if (obj.is_small()) {
    Value attr = type_lookup(ts, t, name);
    if (attr) return bind_class_attr(ts, attr, obj, t);
    if (name == ts.rt->n.real) return newref(ts, obj);
    if (name == ts.rt->n.imag) return Value::from_small(0);
    if (name == ts.rt->n.__class__) return newref(ts, t);
    return Value();
  }
  Object* o = obj.obj();
  switch (o->type->layout) {
    case Kind::Module: {
      Value v = dict_get_str_ref(ts, static_cast<Module*>(o)->dict, name);
      if (v) return v;
      break;
    }
    case Kind::Type: {
      auto* cls = static_cast<Type*>(o);
      Value attr = type_lookup(ts, cls, name);
      if (attr) {
        if (attr.is_obj() && attr.obj()->type->layout == Kind::Property) return newref(ts, attr);
        return bind_class_attr(ts, attr, Value(), cls);
      }
      break;
    }
    case Kind::Super: return super_getattr(ts, static_cast<Super*>(o), name);
    default: break;
  }
  if (!(t->flags & Type::kHasProperties)) {
    // No data descriptors on the class: the instance dict is searched first,
    // so plain field reads cost one dict probe.
    if (Dict* d = instance_dict<P>(obj)) {
      Value v = dict_get_str_ref(ts, d, name);
      if (v) return v;
    }
    Value attr = type_lookup(ts, t, name);
    if (attr) return bind_class_attr(ts, attr, obj, t);
    return special_attr(ts, obj, name);
  }
  Value attr = type_lookup(ts, t, name);
  // Properties are data descriptors: they win over the instance dict.
  if (attr && attr.is_obj() && attr.obj()->type->layout == Kind::Property)
    return bind_class_attr(ts, attr, obj, t);
  if (Dict* d = instance_dict<P>(obj)) {
    Value v = dict_get_str_ref(ts, d, name);
    if (v) return v;
  }
  if (attr) return bind_class_attr(ts, attr, obj, t);
  return special_attr(ts, obj, name);
}

template <Policy P>
Value getattr(ThreadState<P>& ts, Value obj, Str* name) {
  Value r = getattr_no_hook(ts, obj, name);
  if (r || ts.exc) return r;
  Type* t = type_of(ts, obj);
  if (!(t->flags & Type::kBuiltin) && obj.obj()->type->layout != Kind::Type) {
    Value hook = type_lookup(ts, t, ts.rt->n.__getattr__);
    if (hook) {
      Value args[2] = {obj, Value::from_obj(name)};
      return call(ts, hook, args, 2);
    }
  }
  return attribute_error(ts, obj, name);
}

// getattr that reports absence as null without an exception (hasattr,
// getattr with a default); real errors stay pending.
template <Policy P>
Value getattr_optional(ThreadState<P>& ts, Value obj, Str* name) {
  Value r = getattr(ts, obj, name);
  if (!r && exception_matches(ts, ts.rt->t.AttributeError)) {
    xdecref(ts, ts.exc);
    ts.exc = Value();
  }
  return r;
}

// Stores `value` under `name` in a class's dict, or deletes the entry when
// value is null (1 deleted, 0 absent, -1 error), then invalidates every
// thread's method cache. type_lookup answers are borrowed, so under a
// free-threaded strategy a displaced value is kept alive until exit rather
// than freed while another thread may still be using it (CPython 3.13t
// delays such frees the same way, with QSBR).
template <Policy P>
int class_dict_store(ThreadState<P>& ts, Type* cls, Str* name, Value value) {
  Value displaced;
  if constexpr (P::kFreeThreaded) displaced = dict_get_str_ref(ts, cls->dict, name);
  int r = value ? dict_set_str(ts, cls->dict, name, value) : dict_del(ts, cls->dict, Value::from_obj(name), str_hash(name));
  // After the write (release): a thread that sees the new epoch sees the
  // new dict contents, so it cannot cache the old answer under it.
  ts.rt->type_epoch.fetch_add(1, std::memory_order_release);
  if (displaced) {
    std::lock_guard<std::mutex> hold(ts.rt->displaced_mutex);
    ts.rt->displaced_class_attrs.push_back(displaced);
  }
  return r;
}

// setattr without the class's __setattr__ hook: object.__setattr__.
template <Policy P>
int generic_setattr(ThreadState<P>& ts, Value obj, Str* name, Value value) {
  Type* t = type_of(ts, obj);
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->type->layout) {
      case Kind::Type: {
        auto* cls = static_cast<Type*>(o);
        if (cls->flags & Type::kBuiltin) {
          raisef(ts, ts.rt->t.TypeError, "cannot set '%s' attribute of immutable type '%s'", sv(name),
                 sv(cls->name));
          return -1;
        }
        if (kind_of(value) == Kind::Property) cls->flags |= Type::kHasProperties;
        return class_dict_store(ts, cls, intern(ts, sv(name)), value);
      }
      case Kind::Module: return dict_set_str(ts, static_cast<Module*>(o)->dict, name, value);
      case Kind::Exception:
        if (name == ts.rt->n.__cause__ || name == ts.rt->n.__context__) {
          auto* e = static_cast<Exception*>(o);
          Value& slot = name == ts.rt->n.__cause__ ? e->cause : e->context;
          xdecref(ts, slot);
          slot = is_none(ts, value) ? Value() : newref(ts, value);
          if (name == ts.rt->n.__cause__) e->suppress_context = true;
          return 0;
        }
        if (name == ts.rt->n.args) {
          auto* e = static_cast<Exception*>(o);
          if (kind_of(value) != Kind::Tuple) {
            raise(ts, ts.rt->t.TypeError, "args must be a tuple");
            return -1;
          }
          xdecref(ts, e->args);
          e->args = static_cast<Tuple*>(newref(ts, value).obj());
          return 0;
        }
        [[fallthrough]];
      case Kind::Instance:
        if (o->type == ts.rt->t.object) break;  // object() has no __dict__
        [[fallthrough]];
      case Kind::Function: {
        Value attr = type_lookup(ts, t, name);
        if (attr && attr.is_obj() && attr.obj()->type->layout == Kind::Property) {
          auto* p = static_cast<Property*>(attr.obj());
          if (!p->fset) {
            raisef(ts, ts.rt->t.AttributeError, "property '%s' of '%s' object has no setter", sv(name), sv(t->qualname));
            return -1;
          }
          Value args[2] = {obj, value};
          Value r = call(ts, p->fset, args, 2);
          if (!r) return -1;
          decref(ts, r);
          return 0;
        }
        Dict*& d = o->type->layout == Kind::Instance    ? static_cast<Instance*>(o)->dict
                   : o->type->layout == Kind::Exception ? static_cast<Exception*>(o)->dict
                                                        : static_cast<Function*>(o)->dict;
        return dict_set_str(ts, ensure_dict_slot(ts, d), name, value);
      }
      default: break;
    }
  }
  if ((t->layout == Kind::Int || t->layout == Kind::Bool || t->layout == Kind::Float) &&
      (name == ts.rt->n.real || name == ts.rt->n.imag)) {
    raisef(ts, ts.rt->t.AttributeError, "attribute '%s' of '%s' objects is not writable", sv(name), sv(t->name));
  } else if (type_lookup(ts, t, name)) {
    raisef(ts, ts.rt->t.AttributeError, "'%s' object attribute '%s' is read-only", sv(t->name), sv(name));
  } else {
    raisef(ts, ts.rt->t.AttributeError, "'%s' object has no attribute '%s'", sv(t->name), sv(name));
  }
  return -1;
}

// A user class's __setattr__ / __delattr__ (not object's), or null.
template <Policy P>
Value user_attr_hook(ThreadState<P>& ts, Value obj, Str* hook) {
  if (!obj.is_obj()) return Value();
  Kind k = obj.obj()->type->layout;
  if ((k != Kind::Instance && k != Kind::Exception) || (obj.obj()->type->flags & Type::kBuiltin)) return Value();
  Value m = type_lookup(ts, obj.obj()->type, hook);
  return m && kind_of(m) == Kind::Function ? m : Value();
}

template <Policy P>
int setattr(ThreadState<P>& ts, Value obj, Str* name, Value value) {
  if (Value hook = user_attr_hook(ts, obj, ts.rt->n.__setattr__)) {
    Value args[3] = {obj, Value::from_obj(name), value};
    Value r = call(ts, hook, args, 3);
    if (!r) return -1;
    decref(ts, r);
    return 0;
  }
  return generic_setattr(ts, obj, name, value);
}

// delattr without the class's __delattr__ hook: object.__delattr__.
template <Policy P>
int generic_delattr(ThreadState<P>& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  if (obj.is_obj() && obj.obj()->type->layout != Kind::Type) {
    Value attr = type_lookup(ts, t, name);
    if (attr && kind_of(attr) == Kind::Property) {
      auto* p = static_cast<Property*>(attr.obj());
      if (!p->fdel) {
        raisef(ts, ts.rt->t.AttributeError, "property '%s' of '%s' object has no deleter", sv(name), sv(t->qualname));
        return -1;
      }
      Value r = call(ts, p->fdel, &obj, 1);
      if (!r) return -1;
      decref(ts, r);
      return 0;
    }
  }
  Dict* d = nullptr;
  if (obj.is_obj()) {
    switch (obj.obj()->type->layout) {
      case Kind::Type:
        if (!(static_cast<Type*>(obj.obj())->flags & Type::kBuiltin)) {
          int r = class_dict_store(ts, static_cast<Type*>(obj.obj()), name, Value());
          if (r != 0) return r < 0 ? -1 : 0;
        }
        break;
      case Kind::Module: d = static_cast<Module*>(obj.obj())->dict; break;
      default: d = instance_dict<P>(obj); break;
    }
  }
  if (d != nullptr) {
    int r = dict_del(ts, d, Value::from_obj(name), str_hash(name));
    if (r != 0) return r < 0 ? -1 : 0;
  }
  attribute_error(ts, obj, name);
  return -1;
}

template <Policy P>
int delattr(ThreadState<P>& ts, Value obj, Str* name) {
  if (Value hook = user_attr_hook(ts, obj, ts.rt->n.__delattr__)) {
    Value args[2] = {obj, Value::from_obj(name)};
    Value r = call(ts, hook, args, 2);
    if (!r) return -1;
    decref(ts, r);
    return 0;
  }
  return generic_delattr(ts, obj, name);
}

}  // namespace lockvm
