// Tearing the runtime down at process exit, so that a program leaks nothing
// but the objects it left in reference cycles (lockvm has no cycle
// collector). AddressSanitizer's leak check holds the VM to that
// (scripts/test.sh), and `--stats` reports what is left
// (objects_live_after_teardown).
//
// When: after the main program, after every other thread has ended and let
// go of the runtime (wait_for_thread_states), and after --stats has been
// gathered, so objects_live_at_exit keeps meaning the objects alive when the
// program ended. A thread still running Python code then (a daemon thread,
// or a _thread thread nobody joined) may run on for ever and uses the
// runtime: nothing is torn down.
//
// The order (teardown_runtime):
//   0. What the reclamation domains still hold back is freed (biased,
//      lock-free: the QSBR or epoch orphans of ended threads, and the
//      releases of values removed from containers among them).
//   1. Module globals, as CPython's finalization clears them: in every
//      module of sys.modules but builtins and sys, latest imported first,
//      each global is set to None (names with one leading underscore
//      first). Finalizers (__del__) and the finally blocks of suspended
//      generators run, with builtins still in place.
//   2. From here on no Python code runs (Runtime::finalizing). The
//      thread's exception state, the values displaced from class dicts and
//      the reserve MemoryError are released; every module's dict is emptied
//      (sys and builtins included), then sys.modules. That breaks every
//      cycle through module globals (a function and its globals).
//   3. Immortal and deferred objects (Runtime::never_freed_objects): their
//      counts never free them, so nobody releases what they hold either: a
//      class's dict, a function's globals, defaults, closure and code, a code
//      object's constants, a module's dict, a built-in's bound self, a
//      constant tuple's items. All of that is released first, for every such
//      object, so whatever was not in a cycle is freed by its count; only
//      then are the immortal and deferred objects themselves freed (an object
//      being freed in between may still point at one).
//   4. The caller deletes the ThreadState (frame stack, float freelist) and
//      the Runtime (interned table, compiled code, the reclamation domains,
//      the biased owner table, the GIL).
// Objects in cycles that do not pass through a module's globals or an
// immortal or deferred object stay allocated, with every counted object
// they reach (only a count reaching zero frees a counted object); the
// immortal and deferred objects they point at are freed, but nothing reads
// a leaked object afterwards.
// Each thread has already given back what it held as it ended
// (P::thread_exit: the references parked in its RefCache, its merge queue,
// its QSBR or epoch record), the main thread included.
//
// The teardown runs in every build, not only under sanitizers: it costs what
// freeing the program's live objects costs, which CPython pays as well when
// it clears module dicts at exit, and a fast exit in the normal build would
// leave the path that the leak check tests unexercised where the numbers
// are taken. (Measured on the bench workloads, it is within run-to-run
// noise: see the commit that added it.)
#pragma once

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "vm/builtins.h"
#include "vm/io.h"

namespace lockvm {

// At exit, CPython clears a module's globals (names starting with a single
// underscore first, then the rest), so objects they held are finalized:
// suspended generators run their finally blocks, __del__ runs.
template <Policy P>
void finalize_module(ThreadState<P>& ts, Module* m) {
  Dict* d = m->dict;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < d->table.entry_count(); ++i) {
      if (!d->table.live(i)) continue;
      Value k = d->table.key(i);
      if (!is_str(k)) continue;
      std::string_view name = str_view(k);
      if (name == "__builtins__") continue;
      bool underscore = !name.empty() && name[0] == '_' && (name.size() < 2 || name[1] != '_');
      if (pass == 0 && !underscore) continue;
      Value old = d->table.exchange_value(i, newref(ts, ts.rt->none));
      decref(ts, old);
      if (ts.exc) clear_exception(ts);
    }
  }
}

// Whether every other thread has ended and let go of the runtime; waits
// for them, detached (they may need the GIL). A thread still in its Python
// code is given kDaemonGrace to leave it: a joined thread returns from its
// bootstrap function at once, but a _thread thread nobody joined may never
// end, and then the answer is false. Daemon threads of `threading` are known
// at once (threading._shutdown counts them: Runtime::daemon_threads_at_exit),
// and the answer is false without the wait. A thread past
// its Python code (vm/thread_module.h, thread_main) ends in bounded time and
// is waited for.
constexpr auto kDaemonGrace = std::chrono::seconds(1);

template <Policy P>
bool wait_for_thread_states(ThreadState<P>& ts) {
  Runtime<P>& rt = *ts.rt;
  // acquire: pairs with each thread's release decrement of thread_states.
  if (rt.thread_states.load(std::memory_order_acquire) == 0) return true;
  // Not even the grace period: detached, it would let them run on against
  // the main module's globals, already set to None (a daemon's exception
  // would be reported where CPython's daemon threads never run again).
  if (rt.daemon_threads_at_exit) return false;
  P::detach(ts);
  auto deadline = std::chrono::steady_clock::now() + kDaemonGrace;
  bool alone = true;
  while (rt.thread_states.load(std::memory_order_acquire) != 0) {
    if (rt.threads_in_python.load(std::memory_order_relaxed) != 0 && std::chrono::steady_clock::now() > deadline) {
      alone = false;
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  P::attach(ts);
  return alone;
}

namespace teardown_impl {

// Empties a dict: its keys and values are released after it is empty.
template <Policy P>
void clear_dict(ThreadState<P>& ts, Dict* d) {
  std::vector<Value> old;
  TableOps<P> ops{ts};
  {
    auto guard = P::lock(ts, d);
    d->table.clear(ops, [&](Value k, Value v) {
      old.push_back(k);
      old.push_back(v);
    });
  }
  for (Value v : old) decref(ts, v);
}

// The modules in sys.modules, each with a new reference, in import order.
template <Policy P>
std::vector<Module*> modules_in_order(ThreadState<P>& ts) {
  std::vector<Module*> out;
  Dict* d = ts.rt->modules;
  if (d == nullptr) return out;
  for (size_t i = 0; i < d->table.entry_count(); ++i) {
    if (!d->table.live(i)) continue;
    Value v = d->table.value(i);
    if (kind_of(v) != Kind::Module) continue;
    incref(ts, v);
    out.push_back(static_cast<Module*>(v.obj()));
  }
  return out;
}

// Step 3's first half: releases what an immortal or deferred object holds
// (what dealloc_now would release, were its count ever to reach zero).
template <Policy P>
void release_held(ThreadState<P>& ts, Object* o) {
  switch (o->type->layout) {
    case Kind::Type: {
      auto* t = static_cast<Type*>(o);
      xdecref(ts, t->dict);  // name, qualname, module: interned; base: borrowed
      t->dict = nullptr;
      break;
    }
    case Kind::Code: {
      auto* c = static_cast<Code*>(o);
      for (size_t i = 0; i < c->proto->consts.size(); ++i) {
        xdecref(ts, c->consts[i]);
        c->consts[i] = Value();
      }
      break;  // names, varnames, name, qualname, filename: interned
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      decref(ts, f->code);
      decref(ts, f->globals);
      xdecref(ts, f->defaults);
      xdecref(ts, f->kwdefaults);
      xdecref(ts, f->closure);
      decref(ts, f->name);
      decref(ts, f->qualname);
      xdecref(ts, f->module);
      xdecref(ts, f->dict);
      f->code = nullptr;
      f->globals = nullptr;
      f->defaults = nullptr;
      f->kwdefaults = nullptr;
      f->closure = nullptr;
      f->name = f->qualname = nullptr;
      f->module = Value();
      f->dict = nullptr;
      break;
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      xdecref(ts, m->dict);
      m->dict = nullptr;
      break;  // name: interned
    }
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      xdecref(ts, b->self);
      b->self = Value();
      break;
    }
    case Kind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      for (int64_t i = 0; i < t->size; ++i) {
        xdecref(ts, t->items[i]);
        t->items[i] = Value();
      }
      break;
    }
    default:  // str, int, float, None, True, False, NotImplemented, Ellipsis, sys.stdout/stderr: nothing held
      break;
  }
}

// Step 3's second half, first for every object (their types are among
// them): the blocks a code object owns.
template <Policy P>
void release_blocks(ThreadState<P>&, Object* o) {
  if (o->type->layout != Kind::Code) return;
  auto* c = static_cast<Code*>(o);
  memory::release(c->consts);
  memory::release(c->names);
  memory::release(c->varnames);
  c->consts = nullptr;
  c->names = c->varnames = nullptr;
}

}  // namespace teardown_impl

// Steps 0 to 3 above; the caller deletes `ts` and its runtime afterwards
// (step 4). Every other thread has ended (wait_for_thread_states).
template <Policy P>
void teardown_runtime(ThreadState<P>& ts) {
  using namespace teardown_impl;
  Runtime<P>& rt = *ts.rt;
  rt.shutting_down = true;  // finalizers may not start threads

  // What the reclamation domains still hold back is released first, while
  // finalizers may still run.
  if constexpr (requires { P::drain_at_exit(ts); }) P::drain_at_exit(ts);

  // 1. Module globals, latest imported first (__main__'s were cleared when
  // the program ended: run_main_program).
  {
    std::vector<Module*> mods = modules_in_order(ts);
    for (auto it = mods.rbegin(); it != mods.rend(); ++it) {
      Module* m = *it;
      if (m != rt.builtins_module && m != rt.sys_module) finalize_module(ts, m);
    }
    for (Module* m : mods) decref(ts, m);
    if (ts.exc) clear_exception(ts);
    flush_stdout(ts);
  }

  // 2. No Python code from here on.
  rt.finalizing = true;
  xdecref(ts, ts.exc);
  ts.exc = Value();
  xdecref(ts, ts.handled);
  ts.handled = Value();
  {
    std::vector<Value> displaced;
    displaced.swap(rt.displaced_class_attrs);
    for (Value v : displaced) decref(ts, v);
  }
  xdecref(ts, rt.memory_error_reserve);
  rt.memory_error_reserve = nullptr;
  {
    std::vector<Module*> mods = modules_in_order(ts);
    for (Module* m : {rt.builtins_module, rt.sys_module}) {
      if (m == nullptr) continue;
      incref(ts, m);
      mods.push_back(m);  // even if a program took them out of sys.modules
    }
    for (Module* m : mods) {
      if (m->dict != nullptr) clear_dict(ts, m->dict);
    }
    for (Module* m : mods) decref(ts, m);
    clear_dict(ts, rt.modules);
    decref(ts, rt.modules);
    rt.modules = nullptr;
    xdecref(ts, rt.builtins_module);
    xdecref(ts, rt.sys_module);
    rt.builtins_module = rt.sys_module = nullptr;
    rt.builtins = nullptr;
  }

  // 3. Immortal and deferred objects: what they hold, then themselves.
  // Releasing runs no Python code and so makes no new ones; the loop is
  // only a guard.
  std::vector<Object*> kept;
  while (!rt.never_freed_objects.empty()) {
    std::vector<Object*> batch;
    batch.swap(rt.never_freed_objects);
    std::sort(batch.begin(), batch.end());
    batch.erase(std::unique(batch.begin(), batch.end()), batch.end());
    for (Object* o : batch) release_held(ts, o);
    kept.insert(kept.end(), batch.begin(), batch.end());
  }
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  for (Object* o : kept) release_blocks(ts, o);
  rt.interned.clear();
  for (Object* o : kept) free_object_memory(ts, o);
}

}  // namespace lockvm
