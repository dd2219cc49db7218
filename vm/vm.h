// Starting the VM: building the runtime (types, singletons, builtins),
// turning compiled CodeProtos into code objects, importing modules, running
// the main program, and reporting an uncaught exception the way CPython does
// (traceback on stderr, exit status 1, SystemExit's code).
#pragma once

#include <pthread.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "vm/builtins.h"
#include "vm/compiler.h"
#include "vm/modules.h"
#include "vm/parser.h"
#include "vm/suggestions.h"
#include "vm/teardown.h"
#include "vm/thread_module.h"

namespace lockvm {

// ----------------------------------------------------------------- runtime setup

template <Policy P>
Type* make_builtin_type(ThreadState<P>& ts, Type* t, std::string_view name, Type* base, Kind layout, uint32_t flags) {
  t->name = intern(ts, name);
  t->qualname = t->name;
  t->module = intern(ts, "builtins");
  t->base = base;
  t->dict = new_dict(ts);
  t->layout = layout;
  t->flags = Type::kBuiltin | flags;
  t->ctor = nullptr;
  return t;
}

template <Policy P>
void init_runtime(ThreadState<P>& ts) {
  Runtime<P>& rt = *ts.rt;
  // Bootstrap: the type objects exist before anything else so that strings
  // and dicts (which need their types) can be created to fill them in.
#define LOCKVM_ALLOC_TYPE(name)                                   \
  rt.t.name = alloc_object<P, Type>(ts, nullptr);                 \
  immortalize(ts, rt.t.name);
  LOCKVM_BUILTIN_TYPES(LOCKVM_ALLOC_TYPE)
#undef LOCKVM_ALLOC_TYPE
#define LOCKVM_ALLOC_EXC(name, base)                              \
  rt.t.name = alloc_object<P, Type>(ts, nullptr);                 \
  immortalize(ts, rt.t.name);
  LOCKVM_EXCEPTION_TYPES(LOCKVM_ALLOC_EXC)
#undef LOCKVM_ALLOC_EXC
#define LOCKVM_SET_META(name) rt.t.name->type = rt.t.type;
  LOCKVM_BUILTIN_TYPES(LOCKVM_SET_META)
#undef LOCKVM_SET_META
#define LOCKVM_SET_META_EXC(name, base) rt.t.name->type = rt.t.type;
  LOCKVM_EXCEPTION_TYPES(LOCKVM_SET_META_EXC)
#undef LOCKVM_SET_META_EXC
  rt.t.str->layout = Kind::Str;
  rt.t.dict->layout = Kind::Dict;

  rt.empty_str = alloc_str(ts, 0);
  finish_str(rt.empty_str);
  immortalize(ts, rt.empty_str);
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    rt.ascii_chars[c] = intern(ts, std::string_view(&ch, 1));
  }
  rt.empty_tuple = alloc_object<P, Tuple>(ts, rt.t.tuple);
  rt.empty_tuple->size = 0;
  rt.empty_tuple->hash = -1;
  immortalize(ts, rt.empty_tuple);

  struct TypeSpec {
    Type* type;
    const char* name;
    Type* base;
    Kind layout;
    uint32_t flags;
  };
  Type* obj = rt.t.object;
  const TypeSpec specs[] = {
      {rt.t.object, "object", nullptr, Kind::Instance, Type::kBaseType},
      {rt.t.type, "type", obj, Kind::Type, 0},
      {rt.t.NoneType, "NoneType", obj, Kind::None, 0},
      {rt.t.NotImplementedType, "NotImplementedType", obj, Kind::NotImplemented, 0},
      {rt.t.ellipsis, "ellipsis", obj, Kind::Ellipsis, 0},
      {rt.t.int_, "int", obj, Kind::Int, 0},
      {rt.t.bool_, "bool", rt.t.int_, Kind::Bool, 0},
      {rt.t.float_, "float", obj, Kind::Float, 0},
      {rt.t.str, "str", obj, Kind::Str, 0},
      {rt.t.tuple, "tuple", obj, Kind::Tuple, 0},
      {rt.t.list, "list", obj, Kind::List, 0},
      {rt.t.dict, "dict", obj, Kind::Dict, 0},
      {rt.t.set, "set", obj, Kind::Set, 0},
      {rt.t.frozenset, "frozenset", obj, Kind::FrozenSet, 0},
      {rt.t.range, "range", obj, Kind::Range, 0},
      {rt.t.slice, "slice", obj, Kind::Slice, 0},
      {rt.t.function, "function", obj, Kind::Function, 0},
      {rt.t.builtin_function_or_method, "builtin_function_or_method", obj, Kind::Builtin, 0},
      {rt.t.method, "method", obj, Kind::BoundMethod, 0},
      {rt.t.cell, "cell", obj, Kind::Cell, 0},
      {rt.t.code, "code", obj, Kind::Code, 0},
      {rt.t.module, "module", obj, Kind::Module, 0},
      {rt.t.property, "property", obj, Kind::Property, 0},
      {rt.t.staticmethod, "staticmethod", obj, Kind::StaticMethod, 0},
      {rt.t.classmethod, "classmethod", obj, Kind::ClassMethod, 0},
      {rt.t.super, "super", obj, Kind::Super, 0},
      {rt.t.generator, "generator", obj, Kind::Generator, 0},
      {rt.t.traceback, "traceback", obj, Kind::Traceback, 0},
      {rt.t.dict_keys, "dict_keys", obj, Kind::DictView, 0},
      {rt.t.dict_values, "dict_values", obj, Kind::DictView, 0},
      {rt.t.dict_items, "dict_items", obj, Kind::DictView, 0},
      {rt.t.list_iterator, "list_iterator", obj, Kind::SeqIter, 0},
      {rt.t.tuple_iterator, "tuple_iterator", obj, Kind::SeqIter, 0},
      {rt.t.range_iterator, "range_iterator", obj, Kind::RangeIter, 0},
      {rt.t.str_iterator, "str_ascii_iterator", obj, Kind::StrIter, 0},
      {rt.t.dict_keyiterator, "dict_keyiterator", obj, Kind::DictIter, 0},
      {rt.t.dict_valueiterator, "dict_valueiterator", obj, Kind::DictIter, 0},
      {rt.t.dict_itemiterator, "dict_itemiterator", obj, Kind::DictIter, 0},
      {rt.t.set_iterator, "set_iterator", obj, Kind::SetIter, 0},
      {rt.t.enumerate, "enumerate", obj, Kind::Enumerate, 0},
      {rt.t.zip, "zip", obj, Kind::Zip, 0},
      {rt.t.map, "map", obj, Kind::Map, 0},
      {rt.t.filter, "filter", obj, Kind::Filter, 0},
      {rt.t.reversed, "reversed", obj, Kind::Reversed, 0},
      {rt.t.iterator, "iterator", obj, Kind::SeqIter, 0},
      {rt.t.callable_iterator, "callable_iterator", obj, Kind::CallIter, 0},
      {rt.t.TextIOWrapper, "TextIOWrapper", obj, Kind::TextIO, 0},
      {rt.t.lock, "lock", obj, Kind::ThreadLock, 0},
      {rt.t.str_unicode_iterator, "str_iterator", obj, Kind::StrIter, 0},
      {rt.t.list_reverseiterator, "list_reverseiterator", obj, Kind::Reversed, 0},
      {rt.t.dict_reversekeyiterator, "dict_reversekeyiterator", obj, Kind::Reversed, 0},
  };
  for (const TypeSpec& s : specs) make_builtin_type(ts, s.type, s.name, s.base, s.layout, s.flags);
#define LOCKVM_INIT_EXC(name, base)                                                                  \
  make_builtin_type(ts, rt.t.name, #name, rt.t.base, Kind::Exception, Type::kBaseType | Type::kException);
  LOCKVM_EXCEPTION_TYPES(LOCKVM_INIT_EXC)
#undef LOCKVM_INIT_EXC
  rt.t.object->layout = Kind::Instance;

  auto singleton = [&](Type* t) {
    Object* o = alloc_object<P, Int>(ts, t);
    static_cast<Int*>(o)->value = 0;
    immortalize(ts, o);
    return o;
  };
  rt.none = singleton(rt.t.NoneType);
  rt.not_implemented = singleton(rt.t.NotImplementedType);
  rt.ellipsis = singleton(rt.t.ellipsis);
  rt.true_ = singleton(rt.t.bool_);
  static_cast<Int*>(rt.true_)->value = 1;
  rt.false_ = singleton(rt.t.bool_);

#define LOCKVM_INTERN_NAME(x) rt.n.x = intern(ts, #x);
  LOCKVM_NAMES(LOCKVM_INTERN_NAME)
#undef LOCKVM_INTERN_NAME

  rt.modules = new_dict(ts);
  Module* bmod = new_module(ts, "builtins");
  rt.builtins_module = bmod;  // the runtime's reference, which keeps rt.builtins alive
  rt.builtins = bmod->dict;
  dict_set_str(ts, rt.modules, bmod->name, Value::from_obj(bmod));
  register_builtins(ts);
  Dict* b = rt.builtins;
  for (const TypeSpec& s : specs) {
    std::string_view n = sv(s.type->name);
    if (n == "int" || n == "float" || n == "str" || n == "bool" || n == "list" || n == "tuple" || n == "dict" ||
        n == "set" || n == "frozenset" || n == "range" || n == "type" || n == "object" || n == "property" ||
        n == "staticmethod" || n == "classmethod" || n == "super" || n == "enumerate" || n == "zip" || n == "map" ||
        n == "filter" || n == "reversed" || n == "slice")
      dict_set_str(ts, b, s.type->name, Value::from_obj(s.type));
  }
#define LOCKVM_EXPOSE_EXC(x, base) dict_set_str(ts, b, rt.t.x->name, Value::from_obj(rt.t.x));
  LOCKVM_EXCEPTION_TYPES(LOCKVM_EXPOSE_EXC)
#undef LOCKVM_EXPOSE_EXC
  dict_set_str(ts, b, intern(ts, "NotImplemented"), Value::from_obj(rt.not_implemented));
  dict_set_str(ts, b, intern(ts, "Ellipsis"), Value::from_obj(rt.ellipsis));
  dict_set_str(ts, b, intern(ts, "None"), Value::from_obj(rt.none));
  dict_set_str(ts, b, intern(ts, "True"), Value::from_obj(rt.true_));
  dict_set_str(ts, b, intern(ts, "False"), Value::from_obj(rt.false_));
  // sys is imported eagerly: it owns sys.stdout/sys.stderr.
  Module* sys = make_sys_module(ts);
  dict_set_str(ts, rt.modules, sys->name, Value::from_obj(sys));
  rt.sys_module = sys;  // the runtime's reference
  rt.memory_error_reserve = static_cast<Exception*>(new_exception(ts, rt.t.MemoryError, Value()).obj());
}

// ----------------------------------------------------------------- code objects

template <Policy P>
Value const_to_value(ThreadState<P>& ts, const ConstValue& c, const std::shared_ptr<CodeProto>& owner);

template <Policy P>
Code* make_code(ThreadState<P>& ts, const std::shared_ptr<CodeProto>& proto) {
  ts.rt->protos.push_back(proto);
  auto* c = alloc_object<P, Code>(ts, ts.rt->t.code);
  defer_refcount(ts, c, /*never_freed=*/true);
  c->proto = proto.get();
  c->code = proto->code.data();
  size_t nconsts = proto->consts.size();
  c->consts = static_cast<Value*>(memory::allocate(sizeof(Value) * std::max<size_t>(nconsts, 1)));
  for (size_t i = 0; i < nconsts; ++i) c->consts[i] = const_to_value(ts, proto->consts[i], proto);
  c->names = static_cast<Str**>(memory::allocate(sizeof(Str*) * std::max<size_t>(proto->names.size(), 1)));
  for (size_t i = 0; i < proto->names.size(); ++i) c->names[i] = intern(ts, proto->names[i]);
  c->varnames = static_cast<Str**>(memory::allocate(sizeof(Str*) * std::max<size_t>(proto->varnames.size(), 1)));
  for (size_t i = 0; i < proto->varnames.size(); ++i) c->varnames[i] = intern(ts, proto->varnames[i]);
  c->name = intern(ts, proto->name);
  c->qualname = intern(ts, proto->qualname);
  c->filename = intern(ts, proto->filename);
  c->argcount = proto->argcount;
  c->kwonlyargcount = proto->kwonlyargcount;
  c->nlocals = proto->nlocals();
  c->ncells = proto->ncells();
  c->nfree = static_cast<int32_t>(proto->freevars.size());
  c->stacksize = proto->stacksize + 1;
  c->flags = proto->flags;
  c->total_args = proto->argcount + proto->kwonlyargcount + ((proto->flags & CodeProto::kVarargs) ? 1 : 0) +
                  ((proto->flags & CodeProto::kVarkw) ? 1 : 0);
  return c;
}

template <Policy P>
Value const_to_value(ThreadState<P>& ts, const ConstValue& c, const std::shared_ptr<CodeProto>& owner) {
  Value v;
  if (std::holds_alternative<NoneConst>(c)) return Value::from_obj(ts.rt->none);
  if (std::holds_alternative<EllipsisConst>(c)) return Value::from_obj(ts.rt->ellipsis);
  if (auto* b = std::get_if<bool>(&c)) return Value::from_obj(*b ? ts.rt->true_ : ts.rt->false_);
  if (std::holds_alternative<OverflowIntConst>(c)) return Value();
  if (auto* i = std::get_if<int64_t>(&c)) {
    v = new_int(ts, *i);
  } else if (auto* d = std::get_if<double>(&c)) {
    v = new_float(ts, *d);
  } else if (auto* s = std::get_if<std::string>(&c)) {
    return Value::from_obj(intern(ts, *s));
  } else if (auto* code = std::get_if<std::shared_ptr<CodeProto>>(&c)) {
    return Value::from_obj(make_code(ts, *code));
  } else if (auto* t = std::get_if<std::shared_ptr<ConstTuple>>(&c)) {
    Tuple* tup = new_tuple(ts, static_cast<int64_t>((*t)->items.size()));
    for (size_t i = 0; i < (*t)->items.size(); ++i) {
      Value item = const_to_value(ts, (*t)->items[i], owner);
      tup->items[i] = item ? item : Value::from_obj(ts.rt->none);
    }
    v = Value::from_obj(tup);
  }
  if (v.is_obj()) immortalize(ts, v.obj());
  return v;
}

// ----------------------------------------------------------------- modules

// The source of a module embedded from vm/lib/, or null.
inline const char* embedded_module_source(std::string_view name) {
  struct Embedded {
    const char* name;
    const char* source;
  };
  static const Embedded kModules[] = {
#include "vm/embedded_modules.inc"
  };
  for (const Embedded& e : kModules)
    if (name == e.name) return e.source;
  return nullptr;
}

// Parses and compiles `source`; on a syntax error, raises SyntaxError (for
// imports) and fills *error for the caller that reports it directly.
template <Policy P>
Code* compile_source(ThreadState<P>& ts, std::string_view source, const std::string& filename,
                     std::optional<SyntaxErrorInfo>* error) {
  ts.rt->sources[filename] = std::string(source);
  ParseResult parsed = parse_module(source);
  if (parsed.error) {
    *error = parsed.error;
    return nullptr;
  }
  CompileResult compiled = compile_module(*parsed.module, filename, source);
  if (compiled.error) {
    *error = compiled.error;
    return nullptr;
  }
  return make_code(ts, compiled.code);
}

template <Policy P>
Value run_module_code(ThreadState<P>& ts, Code* code, Module* m) {
  Frame* f = new_frame(ts, code, nullptr, m->dict, false);
  f->entry = true;
  return eval(ts, f);
}

template <Policy P>
bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

template <Policy P>
Value raise_syntax_error(ThreadState<P>& ts, const SyntaxErrorInfo& info, const std::string& filename) {
  Type* t = info.type == "IndentationError" ? ts.rt->t.IndentationError
            : info.type == "TabError"       ? ts.rt->t.TabError
                                            : ts.rt->t.SyntaxError;
  Value e = raise(ts, t, info.msg);
  if (is_exception(ts.exc)) {
    // Remembered for the report: File/line/caret lines come from these.
    auto* ex = static_cast<Exception*>(ts.exc.obj());
    if (ex->dict == nullptr) ex->dict = new_dict(ts);
    add_value(ts, ex->dict, "filename", str_value(ts, filename));
    add_value(ts, ex->dict, "lineno", new_int(ts, info.line));
    add_value(ts, ex->dict, "msg", str_value(ts, info.msg));
  }
  return e;
}

template <Policy P>
Value import_module(ThreadState<P>& ts, Str* name) {
  Runtime<P>& rt = *ts.rt;
  Value existing = dict_get_str_ref(ts, rt.modules, name);
  if (existing) return existing;
  std::string_view n = sv(name);
  Module* m = nullptr;
  if (n == "math") m = make_math_module(ts);
  else if (n == "time") m = make_time_module(ts);
  else if (n == "random") m = make_random_module(ts);
  if (m != nullptr) {
    dict_set_str(ts, rt.modules, name, Value::from_obj(m));
    return Value::from_obj(m);
  }
  if (n == "_thread") m = make_thread_module(ts);
  if (m != nullptr) {
    dict_set_str(ts, rt.modules, name, Value::from_obj(m));
    return Value::from_obj(m);
  }
  std::string path = cat(rt.main_dir, n, ".py");
  std::string source;
  if (const char* embedded = embedded_module_source(n)) {
    // Modules written in Python and carried in the binary (vm/lib/).
    source = embedded;
    path = cat("<frozen ", n, ">");
  } else if (n.find('.') != std::string_view::npos || !read_file<P>(path, &source)) {
    return raisef(ts, rt.t.ModuleNotFoundError, "No module named '%s'", n);
  }
  std::optional<SyntaxErrorInfo> err;
  Code* code = compile_source(ts, source, path, &err);
  if (!code) return raise_syntax_error(ts, *err, path);
  m = new_module(ts, n);
  add_value(ts, m->dict, "__file__", str_value(ts, path));
  dict_set_str(ts, m->dict, rt.n.__builtins__, Value::from_obj(rt.builtins));
  // Registered before running, so circular imports see the partial module.
  dict_set_str(ts, rt.modules, name, Value::from_obj(m));
  Value r = run_module_code(ts, code, m);
  if (!r) {
    Value saved = ts.exc;
    ts.exc = Value();
    dict_del(ts, rt.modules, Value::from_obj(name), str_hash(name));
    ts.exc = saved;
    decref(ts, m);
    return Value();
  }
  decref(ts, r);
  return Value::from_obj(m);
}

// ----------------------------------------------------------------- reporting

template <Policy P>
std::string source_line(ThreadState<P>& ts, std::string_view filename, int line) {
  auto it = ts.rt->sources.find(std::string(filename));
  if (it == ts.rt->sources.end() || line <= 0) return "";
  std::string_view src = it->second;
  for (int i = 1; i < line; ++i) {
    size_t nl = src.find('\n');
    if (nl == std::string_view::npos) return "";
    src.remove_prefix(nl + 1);
  }
  src = src.substr(0, src.find('\n'));
  size_t b = src.find_first_not_of(" \t\f\r");
  if (b == std::string_view::npos) return "";
  src.remove_prefix(b);
  size_t e = src.find_last_not_of(" \t\f\r\n");
  return std::string(src.substr(0, e + 1));
}

template <Policy P>
std::string exception_type_display(ThreadState<P>&, Type* t) {
  std::string_view mod = sv(t->module);
  if (mod == "builtins" || mod == "__main__") return std::string(sv(t->qualname));
  return cat(mod, ".", sv(t->qualname));
}

// Appends CPython's report of one exception (without its chain).
template <Policy P>
void format_one_exception(ThreadState<P>& ts, Value exc, std::string& out) {
  auto* e = static_cast<Exception*>(exc.obj());
  if (e->traceback) {
    out += "Traceback (most recent call last):\n";
    for (Traceback* tb = e->traceback; tb; tb = tb->next) {
      std::string_view file = sv(tb->code->filename);
      out += absl::StrFormat("  File \"%s\", line %d, in %s\n", file, tb->line, sv(tb->code->name));
      std::string text = source_line(ts, file, tb->line);
      if (!text.empty()) out += cat("    ", text, "\n");
    }
  }
  std::string name = exception_type_display(ts, exc.obj()->type);
  if (is_subtype<P>(exc.obj()->type, ts.rt->t.SyntaxError) && e->dict) {
    Value file = dict_get_str(ts, e->dict, intern(ts, "filename"));
    Value line = dict_get_str(ts, e->dict, intern(ts, "lineno"));
    if (file && line && is_str(file)) {
      out += absl::StrFormat("  File \"%s\", line %d\n", str_view(file), int_value(line));
      std::string text = source_line(ts, str_view(file), static_cast<int>(int_value(line)));
      if (!text.empty()) out += cat("    ", text, "\n");
    }
  }
  Value s = to_str(ts, exc);
  if (!s) {
    clear_exception(ts);
    out += cat(name, ": <exception str() failed>\n");
    return;
  }
  std::string msg(str_view(s));
  decref(ts, s);
  std::string hint = suggestion_for(ts, e);
  if (!hint.empty()) msg += cat(". Did you mean: '", hint, "'?");
  out += msg.empty() ? cat(name, "\n") : cat(name, ": ", msg, "\n");
}

template <Policy P>
void format_exception_chain(ThreadState<P>& ts, Value exc, std::string& out, int depth) {
  auto* e = static_cast<Exception*>(exc.obj());
  if (depth < 100) {
    if (e->cause && is_exception(e->cause)) {
      format_exception_chain(ts, e->cause, out, depth + 1);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context && is_exception(e->context) && !e->suppress_context) {
      format_exception_chain(ts, e->context, out, depth + 1);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  format_one_exception(ts, exc, out);
}

// The exit status for an uncaught exception, after reporting it.
template <Policy P>
int handle_uncaught(ThreadState<P>& ts) {
  Ref<P> exc_ref(ts, ts.exc);  // released once reported
  Value exc = ts.exc;
  ts.exc = Value();
  if (is_subtype<P>(exc.obj()->type, ts.rt->t.SystemExit)) {
    auto* e = static_cast<Exception*>(exc.obj());
    Value code = e->args && e->args->size > 0 ? e->args->items[0] : Value();
    if (e->args && e->args->size > 1) code = Value::from_obj(e->args);
    if (!code || is_none(ts, code)) return 0;
    if (is_intlike(code)) return static_cast<int>(int_value(code) & 0xff);
    Value s = to_str(ts, code);
    flush_stdout(ts);
    if (s) {
      write_fd(ts, 2, cat(str_view(s), "\n"));
      decref(ts, s);
    }
    return 1;
  }
  std::string report;
  format_exception_chain(ts, exc, report, 0);
  flush_stdout(ts);
  write_fd(ts, 2, report);
  return 1;
}

// ----------------------------------------------------------------- entry

// The program ends after every non-daemon thread has finished, as in
// CPython: threading._shutdown() joins them (when threading was imported).
template <Policy P>
void wait_for_threads(ThreadState<P>& ts) {
  Value threading = dict_get_str(ts, ts.rt->modules, intern(ts, "threading"));
  if (!threading) return;
  Value shutdown = getattr_optional(ts, threading, intern(ts, "_shutdown"));
  if (!shutdown) {
    clear_exception(ts);
    return;
  }
  Value r = call(ts, shutdown, nullptr, 0);
  decref(ts, shutdown);
  if (r) {
    // The number of daemon threads still running.
    if (r.is_small() && r.small() > 0) ts.rt->daemon_threads_at_exit = true;
    decref(ts, r);
  } else {
    clear_exception(ts);
  }
}

// Runs the main program on the calling thread; returns the exit status.
template <Policy P>
int run_main_program(ThreadState<P>& ts) {
  Runtime<P>& rt = *ts.rt;
  const std::string& path = rt.options.program;
  std::string source;
  if (!read_file<P>(path, &source)) {
    std::cerr << "lockvm: can't open file '" << path << "': [Errno 2] No such file or directory\n";
    return 2;
  }
  size_t slash = path.rfind('/');
  rt.main_dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::optional<SyntaxErrorInfo> err;
  Code* code = compile_source(ts, source, path, &err);
  if (!code) {
    std::cerr << format_syntax_error(*err, path);
    return 1;
  }
  Module* main = new_module(ts, "__main__");
  add_value(ts, main->dict, "__file__", str_value(ts, path));
  dict_set_str(ts, main->dict, rt.n.__builtins__, Value::from_obj(rt.builtins));
  dict_set_str(ts, rt.modules, main->name, Value::from_obj(main));
  Value r = run_module_code(ts, code, main);
  int status = 0;
  if (!r) {
    try {
      status = handle_uncaught(ts);
    } catch (const std::bad_alloc&) {  // no memory left to format the traceback
      flush_stdout(ts);
      write_fd(ts, 2, "MemoryError\n");
      status = 1;
    }
  } else {
    decref(ts, r);
  }
  wait_for_threads(ts);
  finalize_module(ts, main);
  decref(ts, main);  // sys.modules has its own
  flush_stdout(ts);
  return status;
}

// ----------------------------------------------------------------- stats

// Folds a thread's counters into `out`.
template <Policy P>
void collect_thread_stats(const ThreadState<P>& ts, Stats& out) {
  out.add("objects_allocated", ts.counters.allocated);
  out.add("objects_freed", ts.counters.freed);
  if constexpr (requires(Stats& s) { P::add_stats(ts, s); }) P::add_stats(ts, out);
}

// `released_by_teardown`: objects the teardown freed, less those it made
// (finalizers run during it), so that objects_live_after_teardown is what
// it left allocated: the objects in reference cycles.
template <Policy P>
std::string format_stats(const Runtime<P>& rt, Stats stats, StatsFormat format, int64_t released_by_teardown) {
  uint64_t allocated = stats.get("objects_allocated"), freed = stats.get("objects_freed");
  uint64_t live = allocated >= freed ? allocated - freed : 0;
  stats.add("objects_live_at_exit", live);
  stats.add("objects_live_after_teardown",
            static_cast<uint64_t>(std::max<int64_t>(0, static_cast<int64_t>(live) - released_by_teardown)));
  stats.max("objects_live_peak", std::max<uint64_t>(live, static_cast<uint64_t>(std::max<int64_t>(
                                                              0, rt.live_peak.load(std::memory_order_relaxed)))));
  // The memory cost of the strategy beside its time cost: every object
  // carries this header.
  stats.add("object_header_bytes", sizeof(typename P::Header));
  std::string out;
  if (format == StatsFormat::kJson) {
    out = cat("{\"strategy\": \"", P::kName, "\"");
    for (const auto& [name, value] : stats.items()) out += cat(", \"", name, "\": ", value);
    out += "}\n";
    return out;
  }
  out = cat("lockvm stats (strategy ", P::kName, ", ", rt.threads_started.load(std::memory_order_relaxed),
            " threads started)\n");
  for (const auto& [name, value] : stats.items()) out += absl::StrFormat("  %-28s %d\n", name, value);
  return out;
}


// Runs the program on a thread with a large stack: deep recursion through
// C++ (sort keys, __eq__, repr of nested lists) is bounded by the native
// stack guard, which needs room to be generous.
template <Policy P>
int run_program(const RunOptions& options) {
  struct Job {
    const RunOptions* options;
    int status;
    size_t stack_size;
  } job{&options, 0, Runtime<P>::kThreadStackSize};
  auto body = [](void* arg) -> void* {
    auto* j = static_cast<Job*>(arg);
    auto* rt = new Runtime<P>();  // freed by the teardown at exit (vm/teardown.h)
    rt->options = *j->options;
    if constexpr (requires { P::configure(*rt); }) P::configure(*rt);
    auto* ts = new ThreadState<P>();
    ts->rt = rt;
    ts->ident = thread_impl::current_ident();
    rt->main_thread = ts;
    char probe;
    ts->set_stack_limit(&probe, j->stack_size);
    P::attach(*ts);
    init_runtime(*ts);
    j->status = run_main_program(*ts);
    // The main thread ends as any other: what was queued to it is merged.
    if constexpr (requires { P::thread_exit(*ts); }) P::thread_exit(*ts);
    // Every other thread has ended, unless a daemon thread runs on.
    bool alone = wait_for_thread_states(*ts);
    Stats stats;
    if (rt->options.stats != StatsFormat::kNone) {
      if (!alone) {
        // Threads that were joined may still be folding in their counters;
        // daemon threads may run on, so the wait is bounded.
        P::detach(*ts);
        for (int i = 0; i < 1000 && rt->running_threads.load(std::memory_order_acquire) > 0; ++i)
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        P::attach(*ts);
      }
      count_live_batch(*ts);
      collect_thread_stats(*ts, stats);
      std::lock_guard<std::mutex> guard(rt->stats_mutex);
      stats.merge(rt->finished_threads_stats);
    }
    // The teardown, after the counters are in (objects_live_at_exit is
    // what the program left); its own frees and allocations are this
    // thread's.
    int64_t released = 0;
    if (alone) {
      Counters before = ts->counters;
      teardown_runtime(*ts);
      released = static_cast<int64_t>(ts->counters.freed - before.freed) -
                 static_cast<int64_t>(ts->counters.allocated - before.allocated);
    }
    if (rt->options.stats != StatsFormat::kNone) write_fd(*ts, 2, format_stats(*rt, stats, rt->options.stats, released));
    P::detach(*ts);
    if (alone) {
      delete ts;
      delete rt;
    }
    return nullptr;
  };
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, job.stack_size);
  pthread_t thread;
  if (pthread_create(&thread, &attr, body, &job) != 0) {
    std::cerr << "lockvm: cannot start the interpreter thread\n";
    return 2;
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.status;
}

}  // namespace lockvm
