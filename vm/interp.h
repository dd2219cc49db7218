// The interpreter: frames, argument binding, calls, exceptions and
// tracebacks, generators, class creation, and the bytecode dispatch loop.
//
// Python-to-Python calls made by CALL do not recurse in C++: the loop pushes
// the callee's frame and continues, so deep Python recursion costs heap, not
// C++ stack. Calls from C++ (a sort key, __eq__ inside a dict lookup) enter
// eval() anew; a native stack guard turns runaway nesting into
// RecursionError before the C++ stack can overflow.
#pragma once

#include "vm/containers.h"

namespace lockvm {

// ----------------------------------------------------------------- exceptions

template <Policy P>
Value new_exception(ThreadState<P>& ts, Type* type, Value arg) {
  auto* e = alloc_object<P, Exception>(ts, type);
  e->dict = nullptr;
  e->traceback = nullptr;
  e->cause = Value();
  e->context = Value();
  e->suppress_context = false;
  if (arg) {
    e->args = new_tuple(ts, 1);
    e->args->items[0] = newref(ts, arg);
  } else {
    e->args = static_cast<Tuple*>(newref(ts, ts.rt->empty_tuple).obj());
  }
  return Value::from_obj(e);
}

// Makes exc (owned) the pending exception, chaining the one being handled
// as its __context__ as Python does implicitly.
template <Policy P>
void set_exception(ThreadState<P>& ts, Value exc) {
  if (ts.handled && ts.handled != exc && is_exception(exc)) {
    auto* e = static_cast<Exception*>(exc.obj());
    if (!e->context) {
      // Refuse to create a cycle of contexts (raise e inside its own handler chain).
      bool cycle = false;
      for (Value c = ts.handled; c; c = static_cast<Exception*>(c.obj())->context)
        if (c == exc) {
          cycle = true;
          break;
        }
      if (!cycle) e->context = newref(ts, ts.handled);
    }
  }
  xdecref(ts, ts.exc);
  ts.exc = exc;
}

template <Policy P>
bool exception_matches(ThreadState<P>& ts, Type* type) {
  return ts.exc && is_subtype<P>(ts.exc.obj()->type, type);
}

template <Policy P>
void clear_exception(ThreadState<P>& ts) {
  xdecref(ts, ts.exc);
  ts.exc = Value();
}

template <Policy P>
void add_traceback(ThreadState<P>& ts, Frame* f) {
  if (!ts.exc || !is_exception(ts.exc)) return;
  auto* e = static_cast<Exception*>(ts.exc.obj());
  Traceback* tb;
  try {
    tb = alloc_object<P, Traceback>(ts, ts.rt->t.traceback);
  } catch (const std::bad_alloc&) {
    return;  // out of memory: the exception travels on with a shorter traceback
  }
  tb->next = e->traceback;
  tb->code = static_cast<Code*>(newref(ts, f->code).obj());
  tb->globals = f->globals ? static_cast<Dict*>(newref(ts, f->globals).obj()) : nullptr;
  tb->line = f->line();
  e->traceback = tb;
}

// ----------------------------------------------------------------- frames

template <Policy P>
Frame* new_frame(ThreadState<P>& ts, Code* code, Object* func, Dict* globals, bool heap) {
  size_t nslots = static_cast<size_t>(code->nlocals + code->ncells + code->stacksize);
  size_t bytes = sizeof(Frame) + sizeof(Value) * nslots;
  void* mem = heap ? nullptr : ts.frame_stack.push(bytes);
  if (mem == nullptr) {
    mem = memory::allocate(bytes);
    heap = true;
  }
  auto* f = static_cast<Frame*>(mem);
  f->code = code;
  f->func = func;
  f->back = nullptr;
  f->globals = globals;
  f->locals = nullptr;
  f->ip = code->code;
  f->gen = nullptr;
  f->entry = false;
  f->heap = heap;
  // Locals and cells start unset; the value stack needs no initialization.
  size_t nvars = static_cast<size_t>(code->nlocals + code->ncells);
  for (size_t i = 0; i < nvars; ++i) f->slots[i] = Value();
  f->sp = f->stack_base();
  return f;
}

// Releases everything the frame holds and its memory.
template <Policy P>
void free_frame(ThreadState<P>& ts, Frame* f) {
  Value* end = f->sp;
  for (Value* p = f->slots; p < end; ++p) xdecref(ts, *p);
  xdecref(ts, f->func);
  xdecref(ts, f->locals);
  if (f->heap) memory::release(f);
  else ts.frame_stack.pop(f);
}

template <Policy P>
std::string_view func_display_name(Function* fn) {
  return sv(fn->qualname);
}

template <Policy P>
bool missing_arguments_error(ThreadState<P>& ts, Function* fn, const std::vector<std::string_view>& names,
                             const char* kind) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    list += cat("'", names[i], "'");
  }
  raisef(ts, ts.rt->t.TypeError, "%s() missing %d required %s argument%s: %s", func_display_name<P>(fn),
         names.size(), kind, names.size() == 1 ? "" : "s", list);
  return false;
}

// Binds a call's arguments to the fast locals of fn's frame, following
// Python's rules and CPython's error messages. Takes new references.
template <Policy P>
bool bind_arguments(ThreadState<P>& ts, Function* fn, Value* locals, const Value* args, int64_t nargs,
                    const KwArgs& kw) {
  Code* code = fn->code;
  const int64_t argcount = code->argcount, kwonly = code->kwonlyargcount;
  const bool has_varargs = code->flags & CodeProto::kVarargs, has_varkw = code->flags & CodeProto::kVarkw;
  const int64_t varargs_slot = argcount + kwonly, varkw_slot = varargs_slot + (has_varargs ? 1 : 0);

  int64_t npos = std::min(nargs, argcount);
  for (int64_t i = 0; i < npos; ++i) locals[i] = newref(ts, args[i]);
  if (has_varargs) {
    Tuple* extra = new_tuple(ts, nargs - npos);
    for (int64_t i = npos; i < nargs; ++i) extra->items[i - npos] = newref(ts, args[i]);
    locals[varargs_slot] = Value::from_obj(extra);
  } else if (nargs > argcount) {
    int64_t ndefaults = fn->defaults ? fn->defaults->size : 0;
    int64_t kw_given = 0;
    for (int64_t k = 0; k < kw.count; ++k)
      for (int64_t j = argcount; j < argcount + kwonly; ++j)
        if (str_equal(kw.names[k], code->varnames[j])) ++kw_given;
    std::string takes = ndefaults > 0 ? absl::StrFormat("from %d to %d", argcount - ndefaults, argcount)
                                      : cat(argcount);
    std::string given = absl::StrFormat("%d", nargs);
    if (kw_given > 0)
      given = absl::StrFormat("%d positional argument%s (and %d keyword-only argument%s)", nargs,
                              nargs == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
    if (kw_given > 0)
      raisef(ts, ts.rt->t.TypeError, "%s() takes %s positional argument%s but %s were given",
             func_display_name<P>(fn), takes, argcount == 1 && ndefaults == 0 ? "" : "s", given);
    else
      raisef(ts, ts.rt->t.TypeError, "%s() takes %s positional argument%s but %d %s given", func_display_name<P>(fn),
             takes, argcount == 1 && ndefaults == 0 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    return false;
  }
  Dict* varkw = nullptr;
  if (has_varkw) {
    varkw = new_dict(ts);
    locals[varkw_slot] = Value::from_obj(varkw);
  }
  for (int64_t k = 0; k < kw.count; ++k) {
    Str* name = kw.names[k];
    int64_t slot = -1;
    for (int64_t j = 0; j < argcount + kwonly; ++j) {
      if (code->varnames[j] == name || str_equal(code->varnames[j], name)) {
        slot = j;
        break;
      }
    }
    if (slot < 0) {
      if (varkw) {
        if (dict_set_str(ts, varkw, name, kw.values[k]) < 0) return false;
        continue;
      }
      raisef(ts, ts.rt->t.TypeError, "%s() got an unexpected keyword argument '%s'", func_display_name<P>(fn),
             sv(name));
      return false;
    }
    if (locals[slot]) {
      raisef(ts, ts.rt->t.TypeError, "%s() got multiple values for argument '%s'", func_display_name<P>(fn), sv(name));
      return false;
    }
    locals[slot] = newref(ts, kw.values[k]);
  }
  // Defaults fill the trailing positional parameters that are still unset.
  if (npos < argcount) {
    int64_t ndefaults = fn->defaults ? fn->defaults->size : 0;
    int64_t first_default = argcount - ndefaults;
    std::vector<std::string_view> missing;
    for (int64_t i = npos; i < argcount; ++i) {
      if (locals[i]) continue;
      if (i >= first_default) {
        locals[i] = newref(ts, fn->defaults->items[i - first_default]);
      } else {
        missing.push_back(sv(code->varnames[i]));
      }
    }
    if (!missing.empty()) return missing_arguments_error(ts, fn, missing, "positional");
  }
  if (kwonly > 0) {
    std::vector<std::string_view> missing;
    for (int64_t j = argcount; j < argcount + kwonly; ++j) {
      if (locals[j]) continue;
      // Counted inside the lookup: a value read borrowed and counted after
      // the lock is released may be replaced and freed in between.
      Value d = fn->kwdefaults ? dict_get_str_ref(ts, fn->kwdefaults, code->varnames[j]) : Value();
      if (d) {
        locals[j] = d;
      } else {
        if (ts.exc) return false;
        missing.push_back(sv(code->varnames[j]));
      }
    }
    if (!missing.empty()) return missing_arguments_error(ts, fn, missing, "keyword-only");
  }
  return true;
}

// Creates the cells of a new frame: cell variables (seeded from their
// parameter where one is captured) and the closure's free variables.
template <Policy P>
void init_cells(ThreadState<P>& ts, Frame* f, Function* fn) {
  Code* code = f->code;
  Value* cells = f->slots + code->nlocals;
  int ncellvars = code->ncells - code->nfree;
  const auto& cell2arg = code->proto->cell2arg;
  for (int i = 0; i < ncellvars; ++i) {
    auto* c = alloc_object<P, Cell>(ts, ts.rt->t.cell);
    c->contents = Value();
    int arg = i < static_cast<int>(cell2arg.size()) ? cell2arg[static_cast<size_t>(i)] : -1;
    if (arg >= 0) {
      c->contents = f->slots[arg];
      f->slots[arg] = Value();
    }
    cells[i] = Value::from_obj(c);
  }
  for (int i = 0; i < code->nfree; ++i) cells[ncellvars + i] = newref(ts, fn->closure->items[i]);
}

template <Policy P> Value eval(ThreadState<P>& ts, Frame* f);
template <Policy P> Value eval_generator(ThreadState<P>& ts, Frame* f, bool* yielded, bool throw_in);
template <Policy P> Value make_generator(ThreadState<P>& ts, Frame* f, Function* fn);

// Builds the frame for a call of fn; null with an exception on a binding error.
template <Policy P>
Frame* frame_for_call(ThreadState<P>& ts, Function* fn, const Value* args, int64_t nargs, const KwArgs& kw) {
  Code* code = fn->code;
  bool gen = code->flags & CodeProto::kGenerator;
  Frame* f = new_frame(ts, code, fn, fn->globals, gen);
  P::incref(ts, fn);
  const uint32_t simple_mask = CodeProto::kVarargs | CodeProto::kVarkw;
  if (kw.count == 0 && nargs == code->argcount && code->kwonlyargcount == 0 && !(code->flags & simple_mask)) {
    // The common call: exactly the positional parameters, nothing to match.
    for (int64_t i = 0; i < nargs; ++i) f->slots[i] = newref(ts, args[i]);
  } else {
    bool bound;
    try {
      bound = bind_arguments(ts, fn, f->slots, args, nargs, kw);
    } catch (...) {  // out of memory for *args or **kwargs: no half-bound frame survives
      free_frame(ts, f);
      throw;
    }
    if (!bound) {
      free_frame(ts, f);
      return nullptr;
    }
  }
  if (code->ncells > 0) {
    try {
      init_cells(ts, f, fn);
    } catch (...) {
      free_frame(ts, f);
      throw;
    }
  }
  return f;
}

template <Policy P>
Value call_function(ThreadState<P>& ts, Function* fn, const Value* args, int64_t nargs, const KwArgs& kw) {
  Frame* f = frame_for_call(ts, fn, args, nargs, kw);
  if (!f) return Value();
  if (fn->code->flags & CodeProto::kGenerator) return make_generator(ts, f, fn);
  f->entry = true;
  return eval(ts, f);
}

// ----------------------------------------------------------------- calls

template <Policy P>
Value call_builtin(ThreadState<P>& ts, Builtin* b, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (kw.count > 0 && !b->accepts_kwargs) {
    if (b->owner) return raisef(ts, ts.rt->t.TypeError, "%s.%s() takes no keyword arguments", sv(b->owner->name), sv(b->name));
    return raisef(ts, ts.rt->t.TypeError, "%s() takes no keyword arguments", sv(b->name));
  }
  auto fn = reinterpret_cast<BuiltinFn<P>>(b->fn);
  if (b->self) {
    // Bound built-in method (e.g. sys.stdout.write): prepend the receiver.
    Value stack_args[8];
    std::vector<Value> heap_args;
    Value* full = stack_args;
    if (nargs + 1 > 8) {
      heap_args.resize(static_cast<size_t>(nargs + 1));
      full = heap_args.data();
    }
    full[0] = b->self;
    for (int64_t i = 0; i < nargs; ++i) full[i + 1] = args[i];
    return call_builtin_checked(ts, b, fn, full, nargs + 1, kw);
  }
  return call_builtin_checked(ts, b, fn, args, nargs, kw);
}

// Makes a MemoryError the pending exception. Should even that allocation
// fail, the runtime's reserve instance is raised (its old traceback dropped).
template <Policy P>
Value raise_memory_error(ThreadState<P>& ts) {
  try {
    return raise_with(ts, ts.rt->t.MemoryError, Value());
  } catch (const std::bad_alloc&) {
  }
  Exception* e = ts.rt->memory_error_reserve;
  Traceback* tb = e->traceback;
  e->traceback = nullptr;
  xdecref(ts, tb);
  Value context = e->context, cause = e->cause;
  e->context = Value();
  e->cause = Value();
  e->suppress_context = false;
  xdecref(ts, context);
  xdecref(ts, cause);
  set_exception(ts, newref(ts, e));
  return Value();
}

// Runs an operation that may allocate without bound (a huge str.center
// width, say): running out of memory becomes MemoryError, as in CPython,
// never an abort. (The dispatch loop does the same for every instruction;
// this is for C++ callers outside it.)
template <Policy P, class F>
Value memory_error_on_exhaustion(ThreadState<P>& ts, F&& op) {
  try {
    return op();
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {  // a std::string longer than possible
  }
  return raise_memory_error(ts);
}

template <Policy P>
Value call_builtin_checked(ThreadState<P>& ts, Builtin* b, BuiltinFn<P> fn, const Value* args, int64_t nargs,
                           const KwArgs& kw) {
  // A method called through its class (list.append(x, 1)) must get an
  // instance of that class first: the method's C++ code relies on it.
  if (b->owner != nullptr) {
    if (nargs == 0)
      return raisef(ts, ts.rt->t.TypeError, "unbound method %s.%s() needs an argument", sv(b->owner->name),
                    sv(b->name));
    if (!is_subtype<P>(type_of(ts, args[0]), b->owner))
      return raisef(ts, ts.rt->t.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    sv(b->name), sv(b->owner->name), type_name(ts, args[0]));
  }
  if (b->min_args >= 0) {
    int64_t shown = b->owner ? nargs - 1 : nargs;  // methods do not count self
    int64_t lo = b->owner ? b->min_args - 1 : b->min_args, hi = b->owner ? b->max_args - 1 : b->max_args;
    // CPython's two styles: METH_NOARGS/METH_O methods name the type
    // ("list.append() takes exactly one argument"), argument-clinic ones
    // only the method ("insert expected 2 arguments").
    std::string qualified = b->owner ? cat(sv(b->owner->name), ".", sv(b->name)) : std::string(sv(b->name));
    std::string name(sv(b->name));
    if (shown < lo || shown > hi) {
      if (lo == hi && lo == 0)
        return raisef(ts, ts.rt->t.TypeError, "%s() takes no arguments (%d given)", qualified, shown);
      if (lo == hi && lo == 1)
        return raisef(ts, ts.rt->t.TypeError, "%s() takes exactly one argument (%d given)", qualified, shown);
      if (lo == hi)
        return raisef(ts, ts.rt->t.TypeError, "%s expected %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", shown);
      if (shown < lo)
        return raisef(ts, ts.rt->t.TypeError, "%s expected at least %d argument%s, got %d", name, lo,
                      lo == 1 ? "" : "s", shown);
      return raisef(ts, ts.rt->t.TypeError, "%s expected at most %d argument%s, got %d", name, hi, hi == 1 ? "" : "s",
                    shown);
    }
  }
  return memory_error_on_exhaustion(ts, [&] { return fn(ts, args, nargs, kw); });
}

template <Policy P> Value call_type(ThreadState<P>& ts, Type* type, const Value* args, int64_t nargs, const KwArgs& kw);

template <Policy P>
Value call(ThreadState<P>& ts, Value callable, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (callable.is_obj()) {
    Object* o = callable.obj();
    switch (o->type->layout) {
      case Kind::Function:
        if (native_stack_exhausted(ts)) return Value();
        return call_function(ts, static_cast<Function*>(o), args, nargs, kw);
      case Kind::Builtin: return call_builtin(ts, static_cast<Builtin*>(o), args, nargs, kw);
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        Value stack_args[8];
        std::vector<Value> heap_args;
        Value* full = stack_args;
        if (nargs + 1 > 8) {
          heap_args.resize(static_cast<size_t>(nargs + 1));
          full = heap_args.data();
        }
        full[0] = m->self;
        for (int64_t i = 0; i < nargs; ++i) full[i + 1] = args[i];
        return call(ts, m->func, full, nargs + 1, kw);
      }
      case Kind::Type:
        if (native_stack_exhausted(ts)) return Value();
        return call_type(ts, static_cast<Type*>(o), args, nargs, kw);
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__call__);
        if (!m) break;
        Value bound = new_bound_method(ts, callable, m);
        Value r = call(ts, bound, args, nargs, kw);
        decref(ts, bound);
        return r;
      }
      default: break;
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "'%s' object is not callable", type_name(ts, callable));
}

// Calls obj.name(args...).
template <Policy P>
Value call_method(ThreadState<P>& ts, Value obj, Str* name, const Value* args, int64_t nargs) {
  Value m = getattr(ts, obj, name);
  if (!m) return m;
  Value r = call(ts, m, args, nargs);
  decref(ts, m);
  return r;
}

// Runs a class body with `ns` as its namespace (locals).
template <Policy P>
Value run_class_body(ThreadState<P>& ts, Function* body, Dict* ns) {
  Frame* f = frame_for_call(ts, body, nullptr, 0, KwArgs{});
  if (!f) return Value();
  f->locals = static_cast<Dict*>(newref(ts, ns).obj());
  f->entry = true;
  return eval(ts, f);
}

template <Policy P>
Value make_class(ThreadState<P>& ts, Value body, Value name, const Value* bases, int64_t nbases) {
  Type* base = ts.rt->t.object;
  if (nbases > 1)
    return raise(ts, ts.rt->t.NotImplementedError, "multiple inheritance is not supported by lockvm (Tier 2)");
  if (nbases == 1) {
    if (!is_type(bases[0])) return raise(ts, ts.rt->t.TypeError, "bases must be types");
    base = static_cast<Type*>(bases[0].obj());
    if ((base->flags & Type::kBuiltin) && !(base->flags & Type::kBaseType))
      return raisef(ts, ts.rt->t.NotImplementedError, "lockvm does not support subclassing the built-in type '%s'",
                    sv(base->name));
  }
  Dict* ns = new_dict(ts);
  Value cell = run_class_body(ts, static_cast<Function*>(body.obj()), ns);
  if (!cell) {
    decref(ts, ns);
    return Value();
  }
  // A class that defines __eq__ but not __hash__ is unhashable, as in Python 3.
  if (dict_get_str(ts, ns, ts.rt->n.__eq__) && !dict_get_str(ts, ns, ts.rt->n.__hash__))
    dict_set_str(ts, ns, ts.rt->n.__hash__, Value::from_obj(ts.rt->none));
  auto* t = alloc_object<P, Type>(ts, ts.rt->t.type);
  defer_refcount(ts, t, /*never_freed=*/true);
  t->name = intern(ts, str_view(name));
  Value qual = dict_get_str(ts, ns, ts.rt->n.__qualname__);
  t->qualname = qual && is_str(qual) ? intern(ts, str_view(qual)) : t->name;
  Value mod = dict_get_str(ts, ns, ts.rt->n.__module__);
  t->module = mod && is_str(mod) ? intern(ts, str_view(mod)) : intern(ts, "__main__");
  t->base = base;
  t->dict = ns;
  t->layout = base->layout;
  t->flags = base->flags & (Type::kException | Type::kHasProperties);
  t->ctor = base->ctor;
  // Namespace keys must be interned for type_lookup's pointer probes.
  Dict* interned_ns = new_dict(ts);
  for (size_t i = 0; i < ns->table.entry_count(); ++i) {
    if (!ns->table.live(i)) continue;
    Value k = ns->table.key(i);
    Value key = is_str(k) ? Value::from_obj(intern(ts, str_view(k))) : k;
    dict_set(ts, interned_ns, key, ns->table.value(i));
    if (kind_of(ns->table.value(i)) == Kind::Property) t->flags |= Type::kHasProperties;
  }
  decref(ts, ns);
  t->dict = interned_ns;
  if (cell.is_obj() && cell.obj()->type->layout == Kind::Cell) {
    auto* c = static_cast<Cell*>(cell.obj());
    xdecref(ts, c->contents);
    c->contents = newref(ts, t);
  }
  decref(ts, cell);
  return Value::from_obj(t);
}

template <Policy P>
Value call_type(ThreadState<P>& ts, Type* type, const Value* args, int64_t nargs, const KwArgs& kw) {
  if ((type->flags & Type::kBuiltin) && type->layout != Kind::Exception) {
    if (type->ctor == nullptr) return raisef(ts, ts.rt->t.TypeError, "cannot create '%s' instances", sv(type->name));
    return memory_error_on_exhaustion(
        ts, [&] { return reinterpret_cast<BuiltinFn<P>>(type->ctor)(ts, args, nargs, kw); });
  }
  Value self;
  if (type->layout == Kind::Exception) {
    self = new_exception(ts, type, Value());
    auto* e = static_cast<Exception*>(self.obj());
    decref(ts, e->args);
    e->args = new_tuple(ts, nargs);
    for (int64_t i = 0; i < nargs; ++i) e->args->items[i] = newref(ts, args[i]);
  } else {
    auto* inst = alloc_object<P, Instance>(ts, type);
    inst->dict = nullptr;
    self = Value::from_obj(inst);
  }
  Value init = type_lookup(ts, type, ts.rt->n.__init__);
  if (init && init.obj()->type->layout != Kind::Builtin) {
    std::vector<Value> full(static_cast<size_t>(nargs + 1));
    full[0] = self;
    for (int64_t i = 0; i < nargs; ++i) full[static_cast<size_t>(i + 1)] = args[i];
    Value r = call(ts, init, full.data(), nargs + 1, kw);
    if (!r) {
      decref(ts, self);
      return r;
    }
    bool is_n = is_none(ts, r);
    if (!is_n) {
      raisef(ts, ts.rt->t.TypeError, "__init__() should return None, not '%s'", type_name(ts, r));
      decref(ts, r);
      decref(ts, self);
      return Value();
    }
    decref(ts, r);
  } else if (type->layout == Kind::Instance && (nargs > 0 || kw.count > 0)) {
    decref(ts, self);
    return raisef(ts, ts.rt->t.TypeError, "%s() takes no arguments", sv(type->name));
  }
  return self;
}

template <Policy P>
Value super_getattr(ThreadState<P>& ts, Super* s, Str* name) {
  Type* start = s->start->base;
  Type* obj_type = is_type(s->obj) ? static_cast<Type*>(s->obj.obj()) : type_of(ts, s->obj);
  Value attr = type_lookup(ts, start, name);
  if (!attr) {
    if (name == ts.rt->n.__class__) return newref(ts, ts.rt->t.super);
    return raisef(ts, ts.rt->t.AttributeError, "'super' object has no attribute '%s'", sv(name));
  }
  if (is_type(s->obj)) return bind_class_attr(ts, attr, Value(), obj_type);
  return bind_class_attr(ts, attr, s->obj, obj_type);
}

// ----------------------------------------------------------------- raise

template <Policy P>
Value instantiate_exception(ThreadState<P>& ts, Value v) {
  if (is_type(v) && (static_cast<Type*>(v.obj())->flags & Type::kException)) {
    Value e = call(ts, v, nullptr, 0);
    if (!e) return e;
    if (!is_exception(e)) {
      decref(ts, e);
      return raise(ts, ts.rt->t.TypeError, "calling the exception class did not return an exception");
    }
    return e;
  }
  if (is_exception(v)) return newref(ts, v);
  return raise(ts, ts.rt->t.TypeError, "exceptions must derive from BaseException");
}

// raise exc [from cause]; always leaves an exception pending.
template <Policy P>
void do_raise(ThreadState<P>& ts, Value exc, Value cause) {
  Value e = instantiate_exception(ts, exc);
  if (!e) return;
  if (cause) {
    Value c;
    if (is_none(ts, cause)) {
      c = Value();
    } else {
      c = instantiate_exception(ts, cause);
      if (!c) {
        decref(ts, e);
        if (exception_matches(ts, ts.rt->t.TypeError)) {
          clear_exception(ts);
          raise(ts, ts.rt->t.TypeError, "exception causes must derive from BaseException");
        }
        return;
      }
    }
    auto* ex = static_cast<Exception*>(e.obj());
    xdecref(ts, ex->cause);
    ex->cause = c;
    ex->suppress_context = true;
  }
  set_exception(ts, e);
}

// ----------------------------------------------------------------- generators

template <Policy P>
Value make_generator(ThreadState<P>& ts, Frame* f, Function* fn) {
  auto* g = alloc_object<P, Generator>(ts, ts.rt->t.generator);
  g->frame = f;
  g->name = static_cast<Str*>(newref(ts, fn->name).obj());
  g->qualname = static_cast<Str*>(newref(ts, fn->qualname).obj());
  g->running = false;
  f->gen = g;
  return Value::from_obj(g);
}

template <Policy P>
void generator_dealloc_frame(ThreadState<P>& ts, Generator* g) {
  if (g->frame && g->frame->ip != g->frame->code->code && !g->running.load(std::memory_order_relaxed) &&
      !ts.rt->finalizing) {
    // A suspended generator being destroyed runs its finally blocks, as
    // CPython's does; the pending exception state is set aside meanwhile.
    Value saved_exc = ts.exc;
    ts.exc = Value();
    P::init_header(ts, g);  // alive (count 1) while its code runs
    int closed;
    try {
      closed = gen_close(ts, g);
    } catch (const std::bad_alloc&) {  // no memory for GeneratorExit: skip the finally blocks
      closed = -1;
    }
    if (closed < 0) clear_exception(ts);
    ts.exc = saved_exc;
  }
  if (g->frame) {
    Frame* f = g->frame;
    g->frame = nullptr;
    free_frame(ts, f);
  }
}

enum class GenStatus { Yielded, Returned, Error };

// Resumes g with `sent` (borrowed; ignored on the first resume).
template <Policy P>
Value gen_send(ThreadState<P>& ts, Generator* g, Value sent, GenStatus* status) {
  // Claimed before its frame is touched: two threads resuming one
  // generator get "already executing", never one frame run twice at once.
  if (g->running.exchange(true, std::memory_order_acquire)) {
    *status = GenStatus::Error;
    return raise(ts, ts.rt->t.ValueError, "generator already executing");
  }
  Frame* f = g->frame;
  if (f == nullptr) {
    g->running.store(false, std::memory_order_release);
    *status = GenStatus::Returned;
    return none(ts);
  }
  if (f->ip != f->code->code) {
    *f->sp++ = sent ? newref(ts, sent) : none(ts);
  } else if (sent && !is_none(ts, sent)) {
    g->running.store(false, std::memory_order_release);
    *status = GenStatus::Error;
    return raise(ts, ts.rt->t.TypeError, "can't send non-None value to a just-started generator");
  }
  f->entry = true;
  bool yielded = false;
  Value r = eval_generator(ts, f, &yielded, false);
  // Finished unless it yielded: the frame was released by eval.
  if (!yielded) g->frame = nullptr;
  g->running.store(false, std::memory_order_release);
  if (yielded) {
    *status = GenStatus::Yielded;
    return r;
  }
  if (!r) {
    *status = GenStatus::Error;
    if (exception_matches(ts, ts.rt->t.StopIteration)) {
      Value cause = ts.exc;
      ts.exc = Value();
      Value e = new_exception(ts, ts.rt->t.RuntimeError, Value());
      auto* ex = static_cast<Exception*>(e.obj());
      decref(ts, ex->args);
      ex->args = new_tuple(ts, 1);
      ex->args->items[0] = str_value(ts, "generator raised StopIteration");
      ex->cause = cause;
      ex->context = newref(ts, cause);
      ex->suppress_context = true;
      set_exception(ts, e);
    }
    return Value();
  }
  *status = GenStatus::Returned;
  return r;
}

// Finishes a generator whose frame ended (returned or raised) in gen_throw.
template <Policy P>
Value gen_finish(ThreadState<P>&, Generator* g, Value r, bool yielded, GenStatus* status) {
  if (!yielded) g->frame = nullptr;
  g->running.store(false, std::memory_order_release);
  *status = yielded ? GenStatus::Yielded : r ? GenStatus::Returned : GenStatus::Error;
  return r;
}

// gen.throw(exc): raises exc (owned) inside g at its yield, so its except
// and finally blocks run; a generator suspended in `yield from` passes the
// exception on to the generator it delegates to first.
template <Policy P>
Value gen_throw(ThreadState<P>& ts, Generator* g, Value exc, GenStatus* status) {
  if (g->running.exchange(true, std::memory_order_acquire)) {  // as in gen_send
    decref(ts, exc);
    *status = GenStatus::Error;
    return raise(ts, ts.rt->t.ValueError, "generator already executing");
  }
  Frame* f = g->frame;
  if (f == nullptr || f->ip == f->code->code) {
    // Not started or finished: the exception is raised right here.
    if (f != nullptr) {
      g->frame = nullptr;
      free_frame(ts, f);
    }
    g->running.store(false, std::memory_order_release);
    set_exception(ts, exc);
    *status = GenStatus::Error;
    return Value();
  }
  if (instr_op(*f->ip) == Opcode::YIELD_FROM && kind_of(f->sp[-1]) == Kind::Generator) {
    auto* sub = static_cast<Generator*>(f->sp[-1].obj());
    GenStatus sub_status;
    Value r = gen_throw(ts, sub, exc, &sub_status);
    if (sub_status == GenStatus::Yielded) {
      g->running.store(false, std::memory_order_release);
      *status = GenStatus::Yielded;
      return r;
    }
    ++f->ip;  // the delegation is over either way
    Value it = *--f->sp;
    decref(ts, it);
    f->entry = true;
    bool yielded = false;
    if (sub_status == GenStatus::Returned) {
      *f->sp++ = r;
      r = eval_generator(ts, f, &yielded, false);
    } else {
      r = eval_generator(ts, f, &yielded, true);
    }
    return gen_finish(ts, g, r, yielded, status);
  }
  set_exception(ts, exc);
  f->entry = true;
  bool yielded = false;
  Value r = eval_generator(ts, f, &yielded, true);
  return gen_finish(ts, g, r, yielded, status);
}

// gen.close(): GeneratorExit at the yield; 0 on success, -1 with an
// exception pending.
template <Policy P>
int gen_close(ThreadState<P>& ts, Generator* g) {
  if (g->frame == nullptr) return 0;
  if (g->frame->ip == g->frame->code->code) {
    Frame* f = g->frame;
    g->frame = nullptr;
    free_frame(ts, f);
    return 0;
  }
  GenStatus st;
  Value r = gen_throw(ts, g, new_exception(ts, ts.rt->t.GeneratorExit, Value()), &st);
  if (st == GenStatus::Yielded) {
    decref(ts, r);
    raise(ts, ts.rt->t.RuntimeError, "generator ignored GeneratorExit");
    return -1;
  }
  if (st == GenStatus::Returned) {
    decref(ts, r);
    return 0;
  }
  if (exception_matches(ts, ts.rt->t.GeneratorExit) || exception_matches(ts, ts.rt->t.StopIteration)) {
    clear_exception(ts);
    return 0;
  }
  return -1;
}

template <Policy P>
Value generator_next(ThreadState<P>& ts, Generator* g) {
  GenStatus st;
  Value r = gen_send(ts, g, Value(), &st);
  if (st == GenStatus::Returned) {
    decref(ts, r);
    return Value();
  }
  return r;
}

// ----------------------------------------------------------------- the loop

template <Policy P> Value import_module(ThreadState<P>& ts, Str* name);
template <Policy P> Value format_value(ThreadState<P>& ts, Value v, Value spec);
template <Policy P> Value ascii_repr(ThreadState<P>& ts, Value v);  // ascii(v), in vm/str_methods.h

template <Policy P>
Value eval(ThreadState<P>& ts, Frame* f) {
  bool yielded = false;
  return eval_generator(ts, f, &yielded, false);
}

// Where attribute `name` sits in instance dict d (SIZE_MAX if absent), via
// the instruction's cache entry c; the caller holds d's lock.
template <Policy P, class Entry>
size_t instance_attr_index(ThreadState<P>& ts, Dict* d, Entry& c, const Instr* ip, Str* name) {
  Value key = Value::from_obj(name);
  size_t ix = c.index;
  if (c.ip == ip && ix < d->table.entry_count() && d->table.live(ix) && d->table.key(ix) == key) return ix;
  TableOps<P> ops{ts};
  int64_t found = d->table.lookup(key, str_hash(name), ops);
  if (found < 0) return SIZE_MAX;
  c = {ip, static_cast<size_t>(found)};
  return static_cast<size_t>(found);
}

// A new reference to attribute `name` of instance dict d, null if absent
// (or on error), read without a lock (optimistic-read policies): LOAD_ATTR's
// miss path, after the entry its cache c remembered no longer held the name
// (that check is inline in the loop); a lock-free probe that refreshes c.
template <Policy P, class Entry>
[[gnu::noinline]] Value instance_attr_ref(ThreadState<P>& ts, Dict* d, Entry& c, const Instr* ip, Str* name) {
  Value key = Value::from_obj(name);
  {
    [[maybe_unused]] auto section = read_section(ts);
    Value v;
    size_t ix;
    int r = d->table.lookup_lockfree(key, str_hash(name), lockfree_key_eq, &v, &ix);
    if (r > 0) c = {ip, ix};
    if (r >= 0) {
      P::count_optimistic_read(ts, true);
      return r > 0 ? newref(ts, v) : Value();
    }
  }
  return dict_get_ref(ts, d, key, str_hash(name));  // a key whose equality runs user code
}

// A new reference to a global or builtin, null if absent or on error;
// *holder (if given) is the dict it came from.
template <Policy P>
Value load_global(ThreadState<P>& ts, Frame* f, Str* name, Dict** holder = nullptr) {
  Dict* from = f->globals;
  Value v = dict_get_str_ref(ts, from, name);
  if (!v && !ts.exc) {
    from = ts.rt->builtins;
    v = dict_get_str_ref(ts, from, name);
  }
  if (holder) *holder = from;
  return v;
}

template <Policy P>
Value name_error(ThreadState<P>& ts, Str* name) {
  raisef(ts, ts.rt->t.NameError, "name '%s' is not defined", sv(name));
  remember_on_exception(ts, "name", Value::from_obj(name));
  return Value();
}

// How CPython names a callable in call errors: "__main__.g()", "len()".
template <Policy P>
std::string callable_display(ThreadState<P>& ts, Value callee) {
  if (callee.is_obj()) {
    Object* o = callee.obj();
    if (o->type->layout == Kind::Function) {
      auto* fn = static_cast<Function*>(o);
      if (fn->module && is_str(fn->module) && str_view(fn->module) != "builtins")
        return cat(str_view(fn->module), ".", sv(fn->qualname), "()");
      return cat(sv(fn->qualname), "()");
    }
    if (o->type->layout == Kind::Builtin) {
      auto* b = static_cast<Builtin*>(o);
      if (b->owner) return cat(sv(b->owner->name), ".", sv(b->name), "()");
      if (b->self && kind_of(b->self) == Kind::Module)
        return cat(sv(static_cast<Module*>(b->self.obj())->name), ".", sv(b->name), "()");
      return cat(sv(b->name), "()");
    }
    if (o->type->layout == Kind::BoundMethod) return callable_display(ts, static_cast<BoundMethod*>(o)->func);
    if (o->type->layout == Kind::Type) {
      auto* t = static_cast<Type*>(o);
      std::string_view mod = sv(t->module);
      if (mod == "builtins") return cat(sv(t->qualname), "()");
      return cat(mod, ".", sv(t->qualname), "()");
    }
  }
  return cat(type_name(ts, callee), " object");
}

template <Policy P>
Value exception_from_stack_kwargs(ThreadState<P>& ts, Value kwargs, std::vector<Str*>* names,
                                  std::vector<Value>* values) {
  auto* d = static_cast<Dict*>(kwargs.obj());
  for (size_t i = 0; i < d->table.entry_count(); ++i) {
    if (!d->table.live(i)) continue;
    Value k = d->table.key(i);
    if (!is_str(k)) return raise(ts, ts.rt->t.TypeError, "keywords must be strings");
    names->push_back(static_cast<Str*>(k.obj()));
    values->push_back(d->table.value(i));
  }
  return none(ts);
}

template <Policy P>
Value run_frames(ThreadState<P>& ts, Frame* entry_frame, bool* yielded, bool at_error);

// Runs entry_frame (and every frame it calls, without C++ recursion) until
// it returns or yields; *yielded tells which.
//
// Running out of memory anywhere in an instruction (std::bad_alloc from a
// container that cannot grow, a std::string past its maximum size) becomes
// a MemoryError raised by that instruction, so try/except and finally blocks
// see it as CPython's would: the handler here makes it the pending exception
// and re-enters the dispatch loop at its exception-unwinding path. The loop
// can be re-entered because, wherever something may throw, the current
// frame is ts.frame, its ip and sp are saved in it (SAVE_FRAME), and the
// value stack below sp holds only owned references (an operand popped into a
// C++ local at worst leaks); and because containers grow by allocating
// before they change (list_reserve, DictTable/SetTable resize), so a failed
// growth leaves them as they were. (The try/catch is here rather than around
// the loop itself: inside it, GCC keeps the loop's registers in memory.)
template <Policy P>
Value eval_generator(ThreadState<P>& ts, Frame* entry_frame, bool* yielded, bool throw_in) {
  if (native_stack_exhausted(ts)) {
    free_frame(ts, entry_frame);
    return Value();
  }
  if (++ts.depth > ts.rt->recursion_limit) {
    --ts.depth;
    raise(ts, ts.rt->t.RecursionError, "maximum recursion depth exceeded");
    free_frame(ts, entry_frame);
    return Value();
  }
  entry_frame->back = ts.frame;
  ts.frame = entry_frame;
  // gen.throw()/close(): the exception in ts.exc surfaces at the yield.
  bool at_error = throw_in;
  for (;;) {
    try {
      return run_frames(ts, entry_frame, yielded, at_error);
    } catch (const std::bad_alloc&) {
    } catch (const std::length_error&) {
    }
    raise_memory_error(ts);
    at_error = true;
  }
}

// The dispatch loop of eval_generator: starts in ts.frame (entry_frame or a
// frame it called), at the next instruction or, with at_error, at the
// exception-unwinding path for the exception pending in ts.exc.
// The value the word after a superinstruction loads (LOAD_FAST or
// LOAD_CONST: vm/compiler.cc, fuse_local_operands), not counted; null for
// an unbound local.
[[gnu::always_inline]] inline Value fused_operand(Instr next, const Value* locals, const Value* consts) {
  return instr_op(next) == Opcode::LOAD_FAST ? locals[instr_arg(next)] : consts[instr_arg(next)];
}

// A float's value, or a small int's converted as float(n) converts it.
template <Policy P>
[[gnu::always_inline]] inline bool float_or_small(ThreadState<P>& ts, Value v, double* out) {
  if (v.is_small()) {
    *out = static_cast<double>(v.small());
    return true;
  }
  if (v && v.obj()->type == ts.rt->t.float_) {
    *out = float_value(v);
    return true;
  }
  return false;
}

template <Policy P>
[[gnu::noinline]] Value run_frames(ThreadState<P>& ts, Frame* entry_frame, bool* yielded, bool at_error) {
  Frame* f = ts.frame;

  Code* code;
  const Instr* ip;
  Value* sp;
  Value* locals;
  Value* consts;
  Str** names;
  Instr instr;
  uint32_t arg;
  bool skip_traceback = false;
  // Operands of the call being made (shared by CALL, CALL_KW, CALL_EX).
  Value* call_args = nullptr;
  int64_t call_nargs = 0;
  KwArgs call_kw;
  Value call_callable;
  Value* call_base = nullptr;  // the callable's stack slot: everything from here up is released
  std::vector<Str*> ex_names;
  std::vector<Value> ex_values;
  std::vector<Value> unpack_buffer;

#define LOAD_FRAME()       \
  do {                     \
    code = f->code;        \
    ip = f->ip;            \
    sp = f->sp;            \
    locals = f->slots;     \
    consts = code->consts; \
    names = code->names;   \
  } while (0)
// Every instruction calls SAVE_FRAME before anything that may throw (an
// allocation, a call out of the loop, raising an exception), with sp such
// that the slots below it hold references the frame owns: eval_generator
// resumes from the saved ip and sp after std::bad_alloc.
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])

#if defined(__GNUC__)
#define LOCKVM_COMPUTED_GOTO 1
  static void* const kDispatch[] = {
#define OP(name, effect, doc) &&op_##name,
#include "vm/opcodes.def"
#undef OP
  };
#define TARGET(name) op_##name:
#define DISPATCH()                          \
  do {                                      \
    instr = *ip++;                          \
    arg = instr_arg(instr);                 \
    goto* kDispatch[instr & 0xff];          \
  } while (0)
#else
#define TARGET(name) case Opcode::name:
#define DISPATCH() goto dispatch_top
#endif
#define ERROR() goto error

  LOAD_FRAME();
  if (at_error) goto error;
#ifdef LOCKVM_COMPUTED_GOTO
  DISPATCH();
#else
dispatch_top:
  instr = *ip++;
  arg = instr_arg(instr);
  switch (instr_op(instr)) {
#endif

  TARGET(NOP) { DISPATCH(); }
  TARGET(POP_TOP) {
    Value v = POP();
    decref(ts, v);
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(arg);
    PUSH(newref(ts, v));
    DISPATCH();
  }
  TARGET(SWAP) {
    std::swap(sp[-1], sp[-static_cast<ptrdiff_t>(arg)]);
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    Value v = consts[arg];
    if (!v) {
      SAVE_FRAME();
      raisef(ts, ts.rt->t.OverflowError, "int literal does not fit in 64 bits (lockvm ints are 64-bit)");
      ERROR();
    }
    PUSH(newref(ts, v));
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
  load_fast:  // also a superinstruction's fallback, with the same arg
    Value v = locals[arg];
    if (!v) {
      SAVE_FRAME();
      raisef(ts, ts.rt->t.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
             sv(code->varnames[arg]));
      ERROR();
    }
    PUSH(newref(ts, v));
    DISPATCH();
  }
  // The superinstructions (vm/opcodes.def; vm/compiler.cc,
  // fuse_local_operands). The operands are a local and the local or
  // constant the next word loads; neither is counted: the frame holds its
  // locals and constants for the whole instruction, and none of the paths
  // below runs user code. When the fast path is taken the two words after
  // this one are skipped; otherwise this word is the LOAD_FAST it replaced.
  TARGET(LOAD_FAST_SUBSCR) {
    Value container = locals[arg];
    Value index = fused_operand(ip[0], locals, consts);
    if (container.is_obj() && index.is_small()) {
      Object* o = container.obj();
      int64_t i = index.small();
      if (o->type == ts.rt->t.list) {
        Value v = list_item_ref(ts, static_cast<List*>(o), i);
        if (v) {
          PUSH(v);
          ip += 2;
          DISPATCH();
        }
      } else if (o->type == ts.rt->t.tuple) {
        auto* t = static_cast<Tuple*>(o);
        if (i < 0) i += t->size;
        if (i >= 0 && i < t->size) {
          PUSH(newref(ts, t->items[i]));
          ip += 2;
          DISPATCH();
        }
      }
    }
    goto load_fast;
  }
  TARGET(LOAD_FAST_BINARY_OP) {
    Value a = locals[arg];
    Value b = fused_operand(ip[0], locals, consts);
    auto op = static_cast<BinOpKind>(instr_arg(ip[1]) & 15);  // x op= y is x op y for ints and floats
    if (a.is_small() && b.is_small()) {
      if (op == BinOpKind::Add || op == BinOpKind::Sub) {
        int64_t z = op == BinOpKind::Add ? a.small() + b.small() : a.small() - b.small();
        if (Value::fits_small(z)) {
          PUSH(Value::from_small(z));
          ip += 2;
          DISPATCH();
        }
      }
    } else if (op <= BinOpKind::Mul) {
      double x, y;
      if (float_or_small(ts, a, &x) && float_or_small(ts, b, &y)) {
        double z = op == BinOpKind::Add ? x + y : op == BinOpKind::Sub ? x - y : x * y;
        SAVE_FRAME();
        PUSH(new_float(ts, z));
        ip += 2;
        DISPATCH();
      }
    }
    goto load_fast;
  }
  TARGET(LOAD_FAST_COMPARE_OP) {
    Value a = locals[arg];
    Value b = fused_operand(ip[0], locals, consts);
    static const CmpOp kMap[] = {CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge};
    CmpOp op = kMap[instr_arg(ip[1])];
    if (a.is_small() && b.is_small()) {
      PUSH(py_bool(ts, cmp_apply(op, a.small(), b.small())));
      ip += 2;
      DISPATCH();
    }
    if (a.is_obj() && b.is_obj() && a.obj()->type == ts.rt->t.float_ && b.obj()->type == ts.rt->t.float_) {
      PUSH(py_bool(ts, cmp_apply(op, float_value(a), float_value(b))));
      ip += 2;
      DISPATCH();
    }
    goto load_fast;
  }
  TARGET(STORE_FAST) {
    Value old = locals[arg];
    locals[arg] = POP();
    xdecref(ts, old);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = locals[arg];
    if (!old) {
      SAVE_FRAME();
      raisef(ts, ts.rt->t.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
             sv(code->varnames[arg]));
      ERROR();
    }
    locals[arg] = Value();
    decref(ts, old);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    auto* cell = static_cast<Cell*>(locals[code->nlocals + arg].obj());
    Value v;
    {
      // A closure's cells are shared with every thread calling it.
      auto guard = P::lock(ts, cell);
      v = cell->contents;
      if (v) incref(ts, v);
    }
    if (!v) {
      SAVE_FRAME();
      const auto& proto = *code->proto;
      size_t ncellvars = proto.cellvars.size();
      if (arg < ncellvars)
        raisef(ts, ts.rt->t.UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value", proto.cellvars[arg]);
      else
        raisef(ts, ts.rt->t.NameError,
               "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               proto.freevars[arg - ncellvars]);
      ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    auto* cell = static_cast<Cell*>(locals[code->nlocals + arg].obj());
    Value old;
    {
      auto guard = P::lock(ts, cell);
      old = cell->contents;
      cell->contents = POP();
    }
    xdecref(ts, old);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    auto* cell = static_cast<Cell*>(locals[code->nlocals + arg].obj());
    Value old;
    {
      auto guard = P::lock(ts, cell);
      old = cell->contents;
      cell->contents = Value();
    }
    xdecref(ts, old);
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(newref(ts, locals[code->nlocals + arg]));
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    auto& cached = ts.global_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (ThreadState<P>::kGlobalCacheSize - 1)];
    Value v;
    if (cached.ip == ip && cached.globals == f->globals && cached.globals_writes == f->globals->table.writes() &&
        cached.builtins_writes == ts.rt->builtins->table.writes()) {
      if (cached.never_freed) {
        // Alive until exit and not counted (a small int, an immortal or
        // deferred object): the unchanged write counts say it is still the
        // binding, and nothing else is needed.
        if constexpr (requires { ts.policy.lock_free_globals; }) {
          if constexpr (counts_fast_paths<ThreadState<P>>) ++ts.policy.lock_free_globals;
        }
        v = cached.value;
      } else if constexpr (kOptimisticReads<P>) {
        // Still the binding when the counts were checked, and a rebinding
        // since releases the old value only after a grace period. Under
        // epochs the counts are checked again inside the read section: a
        // grace period may have ended before it began.
        [[maybe_unused]] auto section = read_section(ts);
        if (cached.globals_writes == f->globals->table.writes() &&
            cached.builtins_writes == ts.rt->builtins->table.writes())
          v = newref(ts, cached.value);
      } else {
        // The reference is taken under the lock of the dict holding the
        // value, rechecking that dict's write count: a thread rebinding the
        // name in between may have freed the cached value.
        auto guard = P::lock(ts, cached.holder);
        if (cached.holder->table.writes() ==
            (cached.holder == f->globals ? cached.globals_writes : cached.builtins_writes))
          v = newref(ts, cached.value);
      }
    }
    if (!v) {
      SAVE_FRAME();
      uint64_t globals_writes = f->globals->table.writes(), builtins_writes = ts.rt->builtins->table.writes();
      Dict* holder;
      v = load_global(ts, f, names[arg], &holder);
      if (!v) {
        if (!ts.exc) name_error(ts, names[arg]);
        ERROR();
      }
      // Write counts read before the lookups: a write racing with them
      // leaves an entry that fails validation, never a stale one that passes.
      bool never_freed = false;
      if constexpr (requires(Object* o) { P::never_freed(o); })
        never_freed = !v.is_obj() || P::never_freed(v.obj());
      cached = {ip, f->globals, globals_writes, builtins_writes, holder, v, never_freed};
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Value v = POP();
    SAVE_FRAME();
    int r = dict_set_str(ts, f->globals, names[arg], v);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SAVE_FRAME();
    int r = dict_del(ts, f->globals, Value::from_obj(names[arg]), str_hash(names[arg]));
    if (r <= 0) {
      if (r == 0) name_error(ts, names[arg]);
      ERROR();
    }
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    SAVE_FRAME();
    Value v = f->locals ? dict_get_str_ref(ts, f->locals, names[arg]) : Value();
    if (!v && !ts.exc) v = load_global(ts, f, names[arg]);
    if (!v) {
      if (!ts.exc) name_error(ts, names[arg]);
      ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Value v = POP();
    SAVE_FRAME();
    int r = dict_set_str(ts, f->locals ? f->locals : f->globals, names[arg], v);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE_FRAME();
    int r = dict_del(ts, f->locals ? f->locals : f->globals, Value::from_obj(names[arg]), str_hash(names[arg]));
    if (r <= 0) {
      if (r == 0) name_error(ts, names[arg]);
      ERROR();
    }
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    if (obj.is_obj() && obj.obj()->type->layout == Kind::Instance &&
        !(obj.obj()->type->flags & Type::kHasProperties)) {
      Dict* d = load_dict_slot(static_cast<Instance*>(obj.obj())->dict);
      if (d != nullptr) {
        Value v;
        SAVE_FRAME();  // a key that is not a str may compare with __eq__
        if constexpr (kOptimisticReads<P>) {
          auto& c = ts.attr_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (ThreadState<P>::kAttrCacheSize - 1)];
          // The cached entry still holding the name: inline, no lock. Else
          // the probe and its fallbacks, out of line.
          bool hit;
          {
            [[maybe_unused]] auto section = read_section(ts);
            hit = c.ip == ip && d->table.lookup_lockfree_at(c.index, Value::from_obj(names[arg]), &v) > 0;
            if (hit) {
              P::count_optimistic_read(ts, true);
              v = newref(ts, v);
            }
          }
          if (!hit) {
            v = instance_attr_ref(ts, d, c, ip, names[arg]);
            if (!v && ts.exc) ERROR();
          }
        } else {
          auto& c = ts.attr_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (ThreadState<P>::kAttrCacheSize - 1)];
          auto guard = P::lock(ts, d);
          size_t ix = instance_attr_index(ts, d, c, ip, names[arg]);
          if (ix != SIZE_MAX) v = newref(ts, d->table.value(ix));
        }
        if (v) {
          TOP() = v;
          decref(ts, obj);
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    Value v = getattr(ts, obj, names[arg]);
    if (!v) ERROR();
    TOP() = v;
    decref(ts, obj);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    SAVE_FRAME();  // the cache probe below may compare keys
    Value obj = POP();
    Value v = POP();
    if (obj.is_obj() && obj.obj()->type->layout == Kind::Instance &&
        !(obj.obj()->type->flags & Type::kHasProperties) && load_dict_slot(static_cast<Instance*>(obj.obj())->dict) != nullptr &&
        !user_attr_hook(ts, obj, ts.rt->n.__setattr__)) {
      // Rebinding an existing attribute in place (see LOAD_ATTR's cache).
      Dict* d = load_dict_slot(static_cast<Instance*>(obj.obj())->dict);
      Value old;
      if constexpr (kCasWrites<P>) {
        // By CAS, no lock (an interned name is a lockfree_key).
        dict_replace_cas(ts, d, Value::from_obj(names[arg]), str_hash(names[arg]), v, &old);
      } else {
        auto& c = ts.attr_cache[(reinterpret_cast<uintptr_t>(ip) >> 2) & (ThreadState<P>::kAttrCacheSize - 1)];
        auto guard = P::lock(ts, d);
        size_t ix = instance_attr_index(ts, d, c, ip, names[arg]);
        if (ix != SIZE_MAX) {
          old = d->table.exchange_value(ix, v);  // the reference popped from the stack
        }
      }
      if (old) {
        release_removed(ts, old);
        decref(ts, obj);
        DISPATCH();
      }
    }
    SAVE_FRAME();
    int r = setattr(ts, obj, names[arg], v);
    decref(ts, obj);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Value obj = POP();
    SAVE_FRAME();
    int r = delattr(ts, obj, names[arg]);
    decref(ts, obj);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    SAVE_FRAME();  // the instance dict probe below may compare keys
    Value obj = TOP();
    Type* t = type_of(ts, obj);
    Str* name = names[arg];
    Kind layout = t->layout;
    // Methods found on the type bind lazily: push (function, self) and let
    // CALL pass self as the first argument, so no bound-method object.
    if (layout != Kind::Type && layout != Kind::Module && layout != Kind::Super) {
      Value m = type_lookup(ts, t, name);
      if (m && m.is_obj()) {
        Kind mk = m.obj()->type->layout;
        if (mk == Kind::Function || (mk == Kind::Builtin && !static_cast<Builtin*>(m.obj())->self)) {
          Dict* d = obj.is_obj() ? instance_dict<P>(obj) : nullptr;
          if (d == nullptr || !dict_has_str(ts, d, name)) {
            TOP() = newref(ts, m);
            PUSH(obj);
            DISPATCH();
          }
        }
      }
    }
    Value v = getattr(ts, obj, name);
    if (!v) ERROR();
    TOP() = v;
    PUSH(Value());
    decref(ts, obj);
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(newref(ts, ts.rt->t.AssertionError));
    DISPATCH();
  }

  TARGET(CALL) {
    call_base = sp - arg - 2;
    call_callable = call_base[0];
    call_kw = KwArgs{};
    if (call_base[1]) {
      call_args = call_base + 1;
      call_nargs = arg + 1;
    } else {
      call_args = call_base + 2;
      call_nargs = arg;
    }
    goto do_call;
  }
  TARGET(CALL_KW) {
    Value kwnames = POP();
    auto* kwt = static_cast<Tuple*>(kwnames.obj());
    call_base = sp - arg - 2;
    call_callable = call_base[0];
    int64_t nkw = kwt->size;
    int64_t npos = arg - nkw;
    // Value and Object* share a representation, so the tuple's items serve
    // as the name array.
    call_kw = KwArgs{reinterpret_cast<Str* const*>(kwt->items), sp - nkw, nkw};
    if (call_base[1]) {
      call_args = call_base + 1;
      call_nargs = npos + 1;
    } else {
      call_args = call_base + 2;
      call_nargs = npos;
    }
    decref(ts, kwnames);  // the constant pool keeps the tuple alive
    goto do_call;
  }
  TARGET(CALL_EX) {
    Value kwargs = (arg & 1) ? POP() : Value();
    call_base = sp - 3;
    call_callable = call_base[0];
    if (kind_of(TOP()) != Kind::Tuple) {
      // f(*iterable): the iterable arrives as is and becomes the args tuple.
      SAVE_FRAME();
      Value src = TOP();
      bool iterable = kind_of(src) != Kind::Instance || type_lookup(ts, type_of(ts, src), ts.rt->n.__iter__) ||
                      type_lookup(ts, type_of(ts, src), ts.rt->n.__getitem__);
      Tuple* t = iterable ? tuple_from_iterable(ts, src) : nullptr;
      if (!t) {
        if (!iterable || (exception_matches(ts, ts.rt->t.TypeError) && kind_of(src) != Kind::Instance &&
                          kind_of(src) != Kind::Generator)) {
          clear_exception(ts);
          raisef(ts, ts.rt->t.TypeError, "%s argument after * must be an iterable, not %s",
                 callable_display(ts, call_callable), type_name(ts, src));
        }
        xdecref(ts, kwargs);
        while (sp > call_base) xdecref(ts, POP());
        ERROR();
      }
      TOP() = Value::from_obj(t);
      decref(ts, src);
    }
    Value argt = TOP();
    ex_names.clear();
    ex_values.clear();
    if (kwargs) {
      PUSH(kwargs);  // keep it owned on the stack until the call is done
      SAVE_FRAME();
      Value ok = exception_from_stack_kwargs(ts, kwargs, &ex_names, &ex_values);
      if (!ok) ERROR();
      decref(ts, ok);
    }
    auto* t = static_cast<Tuple*>(argt.obj());
    SAVE_FRAME();
    Value r;
    {
      std::vector<Value> full;
      if (call_base[1]) {
        full.reserve(static_cast<size_t>(t->size + 1));
        full.push_back(call_base[1]);
      }
      for (int64_t i = 0; i < t->size; ++i) full.push_back(t->items[i]);
      r = call(ts, call_callable, full.data(), static_cast<int64_t>(full.size()),
               KwArgs{ex_names.data(), ex_values.data(), static_cast<int64_t>(ex_names.size())});
    }
    while (sp > call_base) xdecref(ts, POP());
    if (!r) ERROR();
    PUSH(r);
    if (ts.eval_breaker.load(std::memory_order_relaxed)) P::safepoint(ts);
    DISPATCH();
  }

  do_call : {
    SAVE_FRAME();
    if (call_callable.is_obj()) {
      Object* co = call_callable.obj();
      Kind ck = co->type->layout;
      if (ck == Kind::BoundMethod && call_args == call_base + 2) {
        // Unpack into the self slot so the function path below handles it.
        auto* m = static_cast<BoundMethod*>(co);
        call_base[0] = newref(ts, m->func);
        call_base[1] = newref(ts, m->self);
        decref(ts, call_callable);
        call_callable = call_base[0];
        call_args = call_base + 1;
        ++call_nargs;
        co = call_callable.obj();
        ck = co->type->layout;
      }
      if (ck == Kind::Function) {
        auto* fn = static_cast<Function*>(co);
        if (!(fn->code->flags & CodeProto::kGenerator)) {
          if (ts.depth >= ts.rt->recursion_limit) {
            raise(ts, ts.rt->t.RecursionError, "maximum recursion depth exceeded");
            goto call_failed;
          }
          Code* callee = fn->code;
          Frame* nf;
          if (call_kw.count == 0 && call_nargs == callee->argcount && callee->kwonlyargcount == 0 &&
              callee->ncells == 0 && !(callee->flags & (CodeProto::kVarargs | CodeProto::kVarkw))) {
            // The common call: the stack's references to the function and
            // its arguments move into the frame, so none is counted up here
            // and down again (under biased each is a header read and write).
            // new_frame may throw; nothing has moved before it returns.
            nf = new_frame(ts, callee, fn, fn->globals, false);
            for (int64_t i = 0; i < call_nargs; ++i) nf->slots[i] = call_args[i];
            // Between the function and its arguments: the empty self slot, if any.
            for (Value* p = call_base + 1; p < call_args; ++p) xdecref(ts, *p);
            sp = call_base;
          } else {
            nf = frame_for_call(ts, fn, call_args, call_nargs, call_kw);
            if (!nf) goto call_failed;
            // The arguments now live in the callee's locals.
            while (sp > call_base) xdecref(ts, POP());
          }
          f->sp = sp;
          f->ip = ip;
          nf->back = f;
          ++ts.depth;
          f = nf;
          ts.frame = f;
          LOAD_FRAME();
          if (ts.eval_breaker.load(std::memory_order_relaxed)) P::safepoint(ts);
          DISPATCH();
        }
      }
      Value r = ck == Kind::Builtin ? call_builtin(ts, static_cast<Builtin*>(co), call_args, call_nargs, call_kw)
                                    : call(ts, call_callable, call_args, call_nargs, call_kw);
      while (sp > call_base) xdecref(ts, POP());
      if (!r) ERROR();
      PUSH(r);
      if (ts.eval_breaker.load(std::memory_order_relaxed)) P::safepoint(ts);
      DISPATCH();
    }
    raisef(ts, ts.rt->t.TypeError, "'%s' object is not callable", type_name(ts, call_callable));
  call_failed:
    while (sp > call_base) xdecref(ts, POP());
    ERROR();
  }

  TARGET(MAKE_FUNCTION) {
    SAVE_FRAME();
    auto* fn = alloc_object<P, Function>(ts, ts.rt->t.function);
    auto* c = static_cast<Code*>(POP().obj());
    fn->code = c;  // the reference popped from the stack
    fn->closure = (arg & 4) ? static_cast<Tuple*>(POP().obj()) : nullptr;
    fn->kwdefaults = (arg & 2) ? static_cast<Dict*>(POP().obj()) : nullptr;
    fn->defaults = (arg & 1) ? static_cast<Tuple*>(POP().obj()) : nullptr;
    fn->globals = static_cast<Dict*>(newref(ts, f->globals).obj());
    fn->name = static_cast<Str*>(newref(ts, c->name).obj());
    fn->qualname = static_cast<Str*>(newref(ts, c->qualname).obj());
    // Counted inside the lookup (a borrowed value may be rebound and freed
    // by another thread before it is counted).
    Value modname = dict_get_str_ref(ts, f->globals, ts.rt->n.__name__);
    if (!modname && ts.exc) clear_exception(ts);
    fn->module = modname;
    fn->dict = nullptr;
    // Functions of `def` statements at module or class level only, as
    // CPython defers top-level functions: a nested function is made per call
    // and may capture variables, and lambdas, comprehensions and class
    // bodies are made once per evaluation, so those are freed promptly.
    if ((f->code->proto->flags & (CodeProto::kModule | CodeProto::kClassBody)) &&
        !(c->proto->flags & CodeProto::kClassBody) && !c->proto->name.starts_with('<'))
      defer_refcount(ts, fn, /*never_freed=*/false);
    PUSH(Value::from_obj(fn));
    DISPATCH();
  }
  TARGET(MAKE_CLASS) {
    Value* base = sp - arg - 2;
    SAVE_FRAME();
    Value cls = make_class(ts, base[0], base[1], base + 2, arg);
    while (sp > base) decref(ts, POP());
    if (!cls) ERROR();
    PUSH(cls);
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    Value r = POP();
    sp = f->stack_base();
    f->sp = sp;
    --ts.depth;
    if (f == entry_frame) {
      ts.frame = f->back;
      if (f->gen == nullptr) free_frame(ts, f);
      else {
        // A finished generator's frame: release it here; gen_send clears g->frame.
        free_frame(ts, f);
      }
      return r;
    }
    Frame* caller = f->back;
    free_frame(ts, f);
    f = caller;
    ts.frame = f;
    LOAD_FRAME();
    PUSH(r);
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    Value r;
    if (a.is_small() && b.is_small() && arg < 16) {
      int64_t x = a.small(), y = b.small();
      switch (static_cast<BinOpKind>(arg)) {
        case BinOpKind::Add:
        case BinOpKind::Sub: {
          int64_t z = static_cast<BinOpKind>(arg) == BinOpKind::Add ? x + y : x - y;
          if (Value::fits_small(z)) {
            r = Value::from_small(z);
          } else {
            SAVE_FRAME();
            r = new_int(ts, z);
          }
          break;
        }
        default: SAVE_FRAME(); r = binary_op(ts, a, b, static_cast<BinOpKind>(arg), false); break;
      }
    } else if (a.is_obj() && b.is_obj() && a.obj()->type == ts.rt->t.float_ && b.obj()->type == ts.rt->t.float_ &&
               (arg & 15) <= static_cast<uint32_t>(BinOpKind::Mul)) {
      double x = float_value(a), y = float_value(b);
      double z;
      switch (static_cast<BinOpKind>(arg & 15)) {
        case BinOpKind::Add: z = x + y; break;
        case BinOpKind::Sub: z = x - y; break;
        default: z = x * y; break;
      }
      // An operand whose only reference is the stack's (a temporary) holds
      // the result, as CPython does: floats are immutable, so nobody can
      // see the reuse, and an allocation and a free are saved.
      if (P::unique(ts, a.obj())) {
        static_cast<Float*>(a.obj())->value = z;
        decref(ts, b);
        DISPATCH();
      }
      if (P::unique(ts, b.obj())) {
        static_cast<Float*>(b.obj())->value = z;
        TOP() = b;
        decref(ts, a);
        DISPATCH();
      }
      SAVE_FRAME();
      r = new_float(ts, z);
    } else {
      SAVE_FRAME();
      r = memory_error_on_exhaustion(
          ts, [&] { return binary_op(ts, a, b, static_cast<BinOpKind>(arg & 15), arg >= 16); });
    }
    decref(ts, b);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, a);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    SAVE_FRAME();
    Value r = unary_op(ts, v, ast::UnaryOpKind::Neg);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, v);
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    Value v = TOP();
    SAVE_FRAME();
    Value r = unary_op(ts, v, ast::UnaryOpKind::Pos);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, v);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v = TOP();
    SAVE_FRAME();
    Value r = unary_op(ts, v, ast::UnaryOpKind::Invert);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, v);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    SAVE_FRAME();
    int t = truthy(ts, v);
    if (t < 0) ERROR();
    TOP() = py_bool(ts, !t);
    decref(ts, v);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    Value r;
    static const CmpOp kMap[] = {CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge};
    if (a.is_small() && b.is_small()) {
      r = py_bool(ts, cmp_apply(kMap[arg], a.small(), b.small()));
    } else if (a.is_obj() && b.is_obj() && a.obj()->type == ts.rt->t.float_ && b.obj()->type == ts.rt->t.float_) {
      r = py_bool(ts, cmp_apply(kMap[arg], float_value(a), float_value(b)));
    } else {
      SAVE_FRAME();
      r = rich_compare(ts, a, b, kMap[arg]);
    }
    decref(ts, b);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, a);
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool same = a == b;
    TOP() = py_bool(ts, arg ? !same : same);
    decref(ts, a);
    decref(ts, b);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    SAVE_FRAME();
    int r = contains(ts, container, item);
    decref(ts, container);
    if (r < 0) ERROR();
    TOP() = py_bool(ts, arg ? !r : r);
    decref(ts, item);
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value obj = TOP();
    if (key.is_small() && obj.is_obj()) {
      // list[i] and tuple[i] with an in-range index: no call, no lookup.
      Object* o = obj.obj();
      int64_t i = key.small();
      if (o->type == ts.rt->t.list) {
        // (list_item_ref's guard closes before DISPATCH: a computed goto
        // out of a guard's scope would skip the unlock.)
        Value v = list_item_ref(ts, static_cast<List*>(o), i);
        if (v) {
          TOP() = v;
          decref(ts, obj);
          DISPATCH();
        }
      } else if (o->type == ts.rt->t.tuple) {
        auto* t = static_cast<Tuple*>(o);
        if (i < 0) i += t->size;
        if (i >= 0 && i < t->size) {
          TOP() = newref(ts, t->items[i]);
          decref(ts, obj);
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    Value r = getitem(ts, obj, key);
    decref(ts, key);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, obj);
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    Value v = POP();
    if (key.is_small() && obj.is_obj() && obj.obj()->type == ts.rt->t.list) {
      auto* l = static_cast<List*>(obj.obj());
      int64_t i = key.small();
      if constexpr (kCasWrites<P>) {
        // By CAS, without the lock; v is the reference popped from the stack.
        if (list_store_cas(ts, l, i, v)) {
          decref(ts, obj);
          DISPATCH();
        }
      } else {
        Value old;
        bool private_list;
        {
          auto guard = P::lock(ts, l);
          private_list = private_to_writer(ts, l);
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            old = l->items[i];
            list_store<P>(l->items, i, v);  // the reference popped from the stack
          }
        }
        if (old) {
          release_removed_from(ts, private_list, old);
          decref(ts, obj);
          DISPATCH();
        }
      }
    }
    SAVE_FRAME();
    int r = setitem(ts, obj, key, v);
    decref(ts, key);
    decref(ts, obj);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value obj = POP();
    SAVE_FRAME();
    int r = delitem(ts, obj, key);
    decref(ts, key);
    decref(ts, obj);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    SAVE_FRAME();
    Value step = arg == 3 ? POP() : newref(ts, ts.rt->none);
    Value stop = POP();
    Value start = POP();
    PUSH(new_slice(ts, start, stop, step));
    decref(ts, start);
    decref(ts, stop);
    decref(ts, step);
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    SAVE_FRAME();
    Tuple* t = new_tuple(ts, arg);
    for (int64_t i = static_cast<int64_t>(arg) - 1; i >= 0; --i) t->items[i] = POP();
    PUSH(Value::from_obj(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    SAVE_FRAME();
    List* l = new_list(ts, arg);
    for (int64_t i = static_cast<int64_t>(arg) - 1; i >= 0; --i) l->items[i] = POP();
    l->size = arg;
    PUSH(Value::from_obj(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    SAVE_FRAME();
    Set* s = new_set(ts);
    Value* items = sp - arg;
    bool ok = true;
    for (uint32_t i = 0; i < arg && ok; ++i) ok = set_add(ts, s, items[i]) == 0;
    while (sp > items) decref(ts, POP());
    if (!ok) {
      decref(ts, s);
      ERROR();
    }
    PUSH(Value::from_obj(s));
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE_FRAME();
    Dict* d = new_dict(ts);
    Value* items = sp - 2 * arg;
    bool ok = true;
    for (uint32_t i = 0; i < arg && ok; ++i) ok = dict_set(ts, d, items[2 * i], items[2 * i + 1]) == 0;
    while (sp > items) decref(ts, POP());
    if (!ok) {
      decref(ts, d);
      ERROR();
    }
    PUSH(Value::from_obj(d));
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    SAVE_FRAME();
    int64_t total = 0;
    for (uint32_t i = 0; i < arg; ++i) total += static_cast<Str*>(sp[-1 - static_cast<int>(i)].obj())->nbytes;
    Str* s = alloc_str(ts, total);
    int64_t pos = 0;
    for (uint32_t i = arg; i > 0; --i) {
      auto* part = static_cast<Str*>(sp[-static_cast<int>(i)].obj());
      std::memcpy(s->data + pos, part->data, static_cast<size_t>(part->nbytes));
      pos += part->nbytes;
    }
    finish_str(s);
    for (uint32_t i = 0; i < arg; ++i) decref(ts, POP());
    PUSH(Value::from_obj(s));
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    SAVE_FRAME();  // v stays owned by its slot if the list cannot grow
    Value v = POP();
    list_append_steal(ts, static_cast<List*>(PEEK(arg).obj()), v);
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Value v = POP();
    SAVE_FRAME();
    int r = set_add(ts, static_cast<Set*>(PEEK(arg).obj()), v);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    SAVE_FRAME();
    int r = dict_set(ts, static_cast<Dict*>(PEEK(arg).obj()), k, v);
    decref(ts, k);
    decref(ts, v);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Value it = POP();
    SAVE_FRAME();
    int r = list_extend(ts, static_cast<List*>(PEEK(arg).obj()), it);
    bool not_iterable = kind_of(it) != Kind::Instance
                            ? kind_of(it) != Kind::Generator
                            : !type_lookup(ts, type_of(ts, it), ts.rt->n.__iter__) &&
                                  !type_lookup(ts, type_of(ts, it), ts.rt->n.__getitem__);
    if (r < 0 && exception_matches(ts, ts.rt->t.TypeError) && not_iterable) {
      clear_exception(ts);
      raisef(ts, ts.rt->t.TypeError, "Value after * must be an iterable, not %s", type_name(ts, it));
    }
    decref(ts, it);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    Value it = POP();
    SAVE_FRAME();
    int r = set_update_from(ts, static_cast<Set*>(PEEK(arg).obj()), it);
    decref(ts, it);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    Value m = POP();
    SAVE_FRAME();
    auto* target = static_cast<Dict*>(PEEK(arg).obj());
    int r = for_each_mapping_item(ts, m, [&](Value k, Value v) { return dict_set(ts, target, k, v) == 0; });
    if (r == 0) raisef(ts, ts.rt->t.TypeError, "'%s' object is not a mapping", type_name(ts, m));
    r = r > 0 ? 0 : -1;
    decref(ts, m);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    Value m = POP();
    SAVE_FRAME();
    auto* target = static_cast<Dict*>(PEEK(arg).obj());
    // Below the target dict: the args tuple, self_or_null, then the callable.
    Value callee = PEEK(arg + 3);
    int r = for_each_mapping_item(ts, m, [&](Value k, Value v) {
      if (!is_str(k)) {
        raise(ts, ts.rt->t.TypeError, "keywords must be strings");
        return false;
      }
      if (dict_get(ts, target, k)) {
        raisef(ts, ts.rt->t.TypeError, "%s got multiple values for keyword argument '%s'", callable_display(ts, callee),
               str_view(k));
        return false;
      }
      return dict_set(ts, target, k, v) == 0;
    });
    if (r == 0)
      raisef(ts, ts.rt->t.TypeError, "%s argument after ** must be a mapping, not %s", callable_display(ts, callee),
             type_name(ts, m));
    r = r > 0 ? 0 : -1;
    decref(ts, m);
    if (r < 0) ERROR();
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    SAVE_FRAME();
    auto* l = static_cast<List*>(TOP().obj());
    Tuple* t = new_tuple(ts, l->size);
    for (int64_t i = 0; i < l->size; ++i) t->items[i] = newref(ts, l->items[i]);
    decref(ts, l);
    TOP() = Value::from_obj(t);
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Value spec = (arg & 4) ? POP() : Value();
    Value v = TOP();
    SAVE_FRAME();
    Value converted;
    switch (arg & 3) {
      case 1: converted = to_str(ts, v); break;
      case 2: converted = repr(ts, v); break;
      case 3: converted = ascii_repr(ts, v); break;
      default: converted = newref(ts, v); break;
    }
    Value r = converted ? memory_error_on_exhaustion(ts, [&] { return format_value(ts, converted, spec); })
                        : Value();
    xdecref(ts, converted);
    xdecref(ts, spec);
    if (!r) ERROR();
    TOP() = r;
    decref(ts, v);
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    SAVE_FRAME();
    Kind k = kind_of(seq);
    if (k == Kind::Tuple || k == Kind::List) {
      auto take = [&](const Value* items, int64_t n) {
        if (n == static_cast<int64_t>(arg)) {
          --sp;
          for (int64_t i = n - 1; i >= 0; --i) PUSH(newref(ts, items[i]));
        }
        return n;
      };
      int64_t n;
      if (k == Kind::Tuple) {
        n = take(static_cast<Tuple*>(seq.obj())->items, static_cast<Tuple*>(seq.obj())->size);
      } else {
        // Other threads may change a list: its items are taken in one locked step.
        auto* l = static_cast<List*>(seq.obj());
        auto guard = list_lock(ts, l);
        if constexpr (kCasWrites<P>) {
          // Items may be replaced by CAS meanwhile: each read atomically.
          n = l->size;
          if (n == static_cast<int64_t>(arg)) {
            --sp;
            for (int64_t i = n - 1; i >= 0; --i) PUSH(newref(ts, list_load<P>(l->items, i)));
          }
        } else {
          n = take(l->items, l->size);
        }
      }
      if (n != static_cast<int64_t>(arg)) {
        if (n < static_cast<int64_t>(arg))
          raisef(ts, ts.rt->t.ValueError, "not enough values to unpack (expected %d, got %d)", arg, n);
        else
          raisef(ts, ts.rt->t.ValueError, "too many values to unpack (expected %d)", arg);
        ERROR();
      }
      decref(ts, seq);
      DISPATCH();
    }
    Value it = get_iter(ts, seq);
    if (!it) {
      if (exception_matches(ts, ts.rt->t.TypeError)) {
        clear_exception(ts);
        raisef(ts, ts.rt->t.TypeError, "cannot unpack non-iterable %s object", type_name(ts, seq));
      }
      ERROR();
    }
    unpack_buffer.clear();
    std::vector<Value>& got = unpack_buffer;
    for (;;) {
      Value item = iter_next(ts, it);
      if (!item) break;
      got.push_back(item);
      if (got.size() > arg) break;
    }
    decref(ts, it);
    if (ts.exc || got.size() != arg) {
      if (!ts.exc) {
        if (got.size() < arg)
          raisef(ts, ts.rt->t.ValueError, "not enough values to unpack (expected %d, got %d)", arg, got.size());
        else
          raisef(ts, ts.rt->t.ValueError, "too many values to unpack (expected %d)", arg);
      }
      for (Value v : got) decref(ts, v);
      ERROR();
    }
    --sp;
    for (size_t i = got.size(); i > 0; --i) PUSH(got[i - 1]);
    decref(ts, seq);
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    const int64_t before = arg & 0xff, after = arg >> 8;
    Value seq = TOP();
    SAVE_FRAME();
    List* all = list_from_iterable(ts, seq);
    if (!all) {
      if (exception_matches(ts, ts.rt->t.TypeError)) {
        clear_exception(ts);
        raisef(ts, ts.rt->t.TypeError, "cannot unpack non-iterable %s object", type_name(ts, seq));
      }
      ERROR();
    }
    if (all->size < static_cast<int64_t>(before + after)) {
      raisef(ts, ts.rt->t.ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after,
             all->size);
      decref(ts, all);
      ERROR();
    }
    int64_t n = all->size;
    List* mid = new_list(ts, n - before - after);  // before the stack changes
    --sp;
    for (int64_t i = n - 1; i >= n - after; --i) PUSH(newref(ts, all->items[i]));
    for (int64_t i = before; i < n - after; ++i) mid->items[mid->size++] = newref(ts, all->items[i]);
    PUSH(Value::from_obj(mid));
    for (int64_t i = before - 1; i >= 0; --i) PUSH(newref(ts, all->items[i]));
    decref(ts, all);
    decref(ts, seq);
    DISPATCH();
  }

  TARGET(JUMP) {
    ip = code->code + arg;
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    ip = code->code + arg;
    if (ts.eval_breaker.load(std::memory_order_relaxed)) {
      SAVE_FRAME();
      P::safepoint(ts);
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    int t;
    if (v.raw() == Value::from_obj(ts.rt->false_).raw()) t = 0;
    else if (v.raw() == Value::from_obj(ts.rt->true_).raw()) t = 1;
    else {
      SAVE_FRAME();
      t = truthy(ts, v);
    }
    decref(ts, v);
    if (t < 0) ERROR();
    if (!t) ip = code->code + arg;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    int t;
    if (v.raw() == Value::from_obj(ts.rt->false_).raw()) t = 0;
    else if (v.raw() == Value::from_obj(ts.rt->true_).raw()) t = 1;
    else {
      SAVE_FRAME();
      t = truthy(ts, v);
    }
    decref(ts, v);
    if (t < 0) ERROR();
    if (t) ip = code->code + arg;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    SAVE_FRAME();
    int t = truthy(ts, TOP());
    if (t < 0) ERROR();
    if (!t) {
      ip = code->code + arg;
    } else {
      decref(ts, POP());
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    SAVE_FRAME();
    int t = truthy(ts, TOP());
    if (t < 0) ERROR();
    if (t) {
      ip = code->code + arg;
    } else {
      decref(ts, POP());
    }
    DISPATCH();
  }
  TARGET(GET_ITER) {
    Value v = TOP();
    SAVE_FRAME();
    Value it = get_iter(ts, v);
    if (!it) ERROR();
    TOP() = it;
    decref(ts, v);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    Object* io = it.obj();
    Kind k = io->type->layout;
    if (k == Kind::RangeIter) {
      auto* r = static_cast<RangeIter*>(io);
      if (r->remaining > 0) {
        int64_t v = r->next;
        if (!Value::fits_small(v)) {
          SAVE_FRAME();
          PUSH(new_int(ts, v));  // may throw: the iterator has not advanced yet
        } else {
          PUSH(Value::from_small(v));
        }
        --r->remaining;
        r->next += r->step;
        DISPATCH();
      }
    } else if (k == Kind::SeqIter && static_cast<SeqIter*>(io)->seq &&
               static_cast<SeqIter*>(io)->seq.obj()->type->layout == Kind::List) {
      auto* si = static_cast<SeqIter*>(io);
      Value v = list_iter_next(ts, si, static_cast<List*>(si->seq.obj()));
      if (v) {
        PUSH(v);
        DISPATCH();
      }
    } else {
      SAVE_FRAME();
      Value v = iter_next(ts, it);
      if (v) {
        PUSH(v);
        DISPATCH();
      }
      if (ts.exc) ERROR();
    }
    decref(ts, POP());
    ip = code->code + arg;
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    SAVE_FRAME();
    if (arg == 0) {
      if (!ts.handled) {
        raise(ts, ts.rt->t.RuntimeError, "No active exception to reraise");
        ERROR();
      }
      xdecref(ts, ts.exc);
      ts.exc = newref(ts, ts.handled);
      skip_traceback = true;
      ERROR();
    }
    Value cause = arg == 2 ? POP() : Value();
    Value exc = POP();
    do_raise(ts, exc, cause);
    decref(ts, exc);
    xdecref(ts, cause);
    ERROR();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    SAVE_FRAME();
    xdecref(ts, ts.exc);
    ts.exc = exc;
    skip_traceback = true;
    ERROR();
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    Value prev = ts.handled ? ts.handled : newref(ts, ts.rt->none);
    ts.handled = newref(ts, exc);
    TOP() = prev;
    PUSH(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    xdecref(ts, ts.handled);
    if (is_none(ts, prev)) {
      decref(ts, prev);
      ts.handled = Value();
    } else {
      ts.handled = prev;
    }
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    Value exc = TOP();
    SAVE_FRAME();
    auto matches = [&](Value t, bool* ok) -> bool {
      if (!is_type(t) || !(static_cast<Type*>(t.obj())->flags & Type::kException)) {
        *ok = false;
        return false;
      }
      return is_subtype<P>(type_of(ts, exc), static_cast<Type*>(t.obj()));
    };
    bool ok = true, m = false;
    if (kind_of(type) == Kind::Tuple) {
      // Every entry is validated before any is matched, as CPython does.
      auto* t = static_cast<Tuple*>(type.obj());
      bool any = false;
      for (int64_t i = 0; i < t->size && ok; ++i) any = matches(t->items[i], &ok) || any;
      m = ok && any;
    } else {
      m = matches(type, &ok);
    }
    decref(ts, type);
    if (!ok) {
      raise(ts, ts.rt->t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
      ERROR();
    }
    PUSH(py_bool(ts, m));
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    Value cm = TOP();
    SAVE_FRAME();
    Value enter = getattr_no_hook(ts, cm, ts.rt->n.__enter__);
    if (!enter) {
      if (!ts.exc)
        raisef(ts, ts.rt->t.TypeError, "'%s' object does not support the context manager protocol", type_name(ts, cm));
      ERROR();
    }
    Value exit = getattr_no_hook(ts, cm, ts.rt->n.__exit__);
    if (!exit) {
      decref(ts, enter);
      if (!ts.exc)
        raisef(ts, ts.rt->t.TypeError,
               "'%s' object does not support the context manager protocol (missed __exit__ method)", type_name(ts, cm));
      ERROR();
    }
    Value r = call(ts, enter, nullptr, 0);
    decref(ts, enter);
    if (!r) {
      decref(ts, exit);
      ERROR();
    }
    TOP() = exit;
    decref(ts, cm);
    PUSH(r);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    Value exc = TOP();
    Value exit = PEEK(3);
    SAVE_FRAME();
    auto* e = static_cast<Exception*>(exc.obj());
    Value args[3] = {Value::from_obj(exc.obj()->type), exc,
                     e->traceback ? Value::from_obj(e->traceback) : Value::from_obj(ts.rt->none)};
    Value r = call(ts, exit, args, 3);
    if (!r) ERROR();
    PUSH(r);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    SAVE_FRAME();
    Value m = import_module(ts, names[arg]);
    if (!m) ERROR();
    PUSH(m);
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    Value m = TOP();
    SAVE_FRAME();
    Value v = getattr_no_hook(ts, m, names[arg]);
    if (!v) {
      if (!ts.exc)
        raisef(ts, ts.rt->t.ImportError, "cannot import name '%s' from '%s'", sv(names[arg]),
               m.obj()->type->layout == Kind::Module ? sv(static_cast<Module*>(m.obj())->name) : "?");
      ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Value m = POP();
    SAVE_FRAME();
    Dict* target = f->locals ? f->locals : f->globals;
    auto* src = static_cast<Module*>(m.obj())->dict;
    int r = 0;
    for (size_t i = 0; i < src->table.entry_count() && r == 0; ++i) {
      if (!src->table.live(i)) continue;
      Value k = src->table.key(i);
      if (is_str(k) && !str_view(k).empty() && str_view(k)[0] == '_') continue;
      r = dict_set(ts, target, k, src->table.hash(i), src->table.value(i));
    }
    decref(ts, m);
    if (r < 0) ERROR();
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    Value v = POP();
    SAVE_FRAME();
    --ts.depth;
    ts.frame = f->back;
    *yielded = true;
    return v;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (kind_of(v) != Kind::Generator) {
      SAVE_FRAME();
      Value it = get_iter(ts, v);
      if (!it) ERROR();
      TOP() = it;
      decref(ts, v);
    }
    DISPATCH();
  }
  TARGET(YIELD_FROM) {
    Value sent = TOP();
    Value it = PEEK(2);
    SAVE_FRAME();
    Value r;
    GenStatus st;
    if (kind_of(it) == Kind::Generator) {
      r = gen_send(ts, static_cast<Generator*>(it.obj()), sent, &st);
    } else if (is_none(ts, sent)) {
      r = iter_next(ts, it);
      st = r ? GenStatus::Yielded : (ts.exc ? GenStatus::Error : GenStatus::Returned);
      if (st == GenStatus::Returned) r = none(ts);
    } else {
      r = call_method(ts, it, ts.rt->n.send, &sent, 1);
      st = r ? GenStatus::Yielded : GenStatus::Error;
    }
    if (st == GenStatus::Error) ERROR();
    decref(ts, POP());  // the sent value
    if (st == GenStatus::Yielded) {
      // Re-execute this instruction when resumed, with the new sent value.
      --ip;
      SAVE_FRAME();
      --ts.depth;
      ts.frame = f->back;
      *yielded = true;
      return r;
    }
    decref(ts, POP());  // the sub-iterator
    PUSH(r);
    DISPATCH();
  }
  TARGET(RETURN_GENERATOR) { DISPATCH(); }

#ifndef LOCKVM_COMPUTED_GOTO
  }
#endif

error:
  // An exception is pending in ts.exc; ip points past the failing instruction.
  f->ip = ip;
  f->sp = sp;
  if (!skip_traceback) add_traceback(ts, f);
  skip_traceback = false;
  for (;;) {
    uint32_t offset = static_cast<uint32_t>(ip - code->code) - 1;
    const ExceptionEntry* handler = nullptr;
    for (const ExceptionEntry& e : code->proto->exception_table) {
      if (offset >= e.start && offset < e.end) {
        handler = &e;
        break;
      }
    }
    if (handler != nullptr) {
      Value* keep = f->stack_base() + handler->depth;
      while (sp > keep) xdecref(ts, POP());
      PUSH(ts.exc);
      ts.exc = Value();
      ip = code->code + handler->target;
      DISPATCH();
    }
    // No handler here: the frame is done; unwind into the caller.
    f->sp = sp;
    --ts.depth;
    if (f == entry_frame) {
      ts.frame = f->back;
      free_frame(ts, f);
      return Value();
    }
    Frame* caller = f->back;
    free_frame(ts, f);
    f = caller;
    ts.frame = f;
    LOAD_FRAME();
    add_traceback(ts, f);
  }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef TARGET
#undef DISPATCH
#undef ERROR
}

}  // namespace lockvm
