// The `_thread` module: OS threads and the primitive lock, on which the
// `threading` and `queue` modules (Python sources in vm/lib/, embedded in
// the binary) are built, as CPython builds them.
//
// Every thread runs Python code through its own ThreadState; the policy
// decides what running together means (under `gil`, one at a time). A lock
// wait, like any blocking operation, detaches the thread from the policy
// first (releases the GIL), so other threads run meanwhile.
#pragma once

#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "vm/io.h"

namespace lockvm {

template <Policy P> int handle_uncaught(ThreadState<P>& ts);
template <Policy P> void format_exception_chain(ThreadState<P>& ts, Value exc, std::string& out, int depth);

namespace thread_impl {

template <Policy P> using TS = ThreadState<P>;

inline int64_t current_ident() { return static_cast<int64_t>(pthread_self() & 0x3fffffffffffffffull); }

template <Policy P>
LockCore* lock_core(Value v) {
  return static_cast<ThreadLock*>(v.obj())->core;
}

template <Policy P>
Value new_lock(TS<P>& ts) {
  auto* l = alloc_object<P, ThreadLock>(ts, ts.rt->t.lock);
  l->core = new LockCore();
  return Value::from_obj(l);
}

template <Policy P>
Value m_lock_acquire(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw) {
  if (!check_kwargs(ts, kw, "acquire", {"blocking", "timeout"})) return Value();
  Value blockingv = nargs > 1 ? args[1] : kwarg(kw, "blocking");
  Value timeoutv = nargs > 2 ? args[2] : kwarg(kw, "timeout");
  int blocking = blockingv ? truthy(ts, blockingv) : 1;
  if (blocking < 0) return Value();
  double timeout = -1;
  if (timeoutv && !arg_float(ts, timeoutv, &timeout)) return Value();
  if (!blocking && timeout != -1)
    return raise(ts, ts.rt->t.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) return raise(ts, ts.rt->t.ValueError, "timeout value must be a non-negative number");
  LockCore* core = lock_core<P>(args[0]);
  {
    std::lock_guard<std::mutex> guard(core->mutex);
    if (!core->locked) {
      core->locked = true;
      return py_bool(ts, true);
    }
  }
  if (!blocking) return py_bool(ts, false);
  bool got;
  P::detach(ts);
  {
    std::unique_lock<std::mutex> guard(core->mutex);
    auto free = [core] { return !core->locked; };
    if (timeout < 0) {
      core->released.wait(guard, free);
      got = true;
    } else {
      got = core->released.wait_for(guard, std::chrono::duration<double>(timeout), free);
    }
    if (got) core->locked = true;
  }
  P::attach(ts);
  return py_bool(ts, got);
}

template <Policy P>
Value m_lock_release(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  LockCore* core = lock_core<P>(args[0]);
  {
    std::lock_guard<std::mutex> guard(core->mutex);
    if (!core->locked) return raise(ts, ts.rt->t.RuntimeError, "release unlocked lock");
    core->locked = false;
  }
  core->released.notify_one();
  return none(ts);
}

template <Policy P>
Value m_lock_locked(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  LockCore* core = lock_core<P>(args[0]);
  std::lock_guard<std::mutex> guard(core->mutex);
  return py_bool(ts, core->locked);
}

template <Policy P>
Value m_lock_exit(TS<P>& ts, const Value* args, int64_t, const KwArgs& kw) {
  return m_lock_release(ts, args, 1, kw);
}

template <Policy P>
Value b_allocate_lock(TS<P>& ts, const Value*, int64_t, const KwArgs&) {
  return new_lock(ts);
}

template <Policy P>
Value b_get_ident(TS<P>& ts, const Value*, int64_t, const KwArgs&) {
  return new_int(ts, ts.ident);
}

template <Policy P>
Value b_count(TS<P>& ts, const Value*, int64_t, const KwArgs&) {
  return new_int(ts, ts.rt->running_threads.load(std::memory_order_relaxed));
}

// What a new thread is asked to run; the references are owned.
template <Policy P>
struct ThreadStart {
  Runtime<P>* rt;
  Value func, args, kwargs;
};

template <Policy P>
void* thread_main(void* arg) {
  auto* job = static_cast<ThreadStart<P>*>(arg);
  auto* ts = new ThreadState<P>();
  ts->rt = job->rt;
  ts->ident = current_ident();
  char probe;
  ts->set_stack_limit(&probe, Runtime<P>::kThreadStackSize);
  P::attach(*ts);
  {
    auto* args = static_cast<Tuple*>(job->args.obj());
    std::vector<Str*> names;
    std::vector<Value> values;
    if (job->kwargs) {
      auto* d = static_cast<Dict*>(job->kwargs.obj());
      for (size_t i = 0; i < d->table.entry_count(); ++i) {
        if (!d->table.live(i) || !is_str(d->table.key(i))) continue;
        names.push_back(static_cast<Str*>(d->table.key(i).obj()));
        values.push_back(d->table.value(i));
      }
    }
    Value r = call(*ts, job->func, args->items, args->size,
                   KwArgs{names.data(), values.data(), static_cast<int64_t>(names.size())});
    if (r) {
      decref(*ts, r);
    } else if (!exception_matches(*ts, ts->rt->t.SystemExit)) {
      // threading.Thread reports its own exceptions; this is for bare
      // _thread.start_new_thread callers, as CPython's _thread does.
      std::string report = "Unhandled exception in thread started by ";
      Value fr = repr(*ts, job->func);
      if (fr) {
        report += str_view(fr);
        decref(*ts, fr);
      }
      report += "\n";
      Value exc = ts->exc;
      ts->exc = Value();
      if (exc) {
        format_exception_chain(*ts, exc, report, 0);
        decref(*ts, exc);
      }
      write_fd(*ts, 2, report);
    }
    clear_exception(*ts);
  }
  // Its Python code is done: what follows ends in bounded time, and the
  // teardown at exit may wait for it (vm/teardown.h).
  ts->rt->threads_in_python.fetch_sub(1, std::memory_order_relaxed);
  decref(*ts, job->func);
  decref(*ts, job->args);
  xdecref(*ts, job->kwargs);
  delete job;
  if constexpr (requires { P::thread_exit(*ts); }) P::thread_exit(*ts);
  count_live_batch(*ts);
  if (ts->rt->options.stats != StatsFormat::kNone) {
    Stats mine;
    collect_thread_stats(*ts, mine);
    std::lock_guard<std::mutex> guard(ts->rt->stats_mutex);
    ts->rt->finished_threads_stats.merge(mine);
  }
  // After the counters are in: the main thread's --stats report waits for
  // this count (a joined thread may still be here when join() returns).
  ts->rt->running_threads.fetch_sub(1, std::memory_order_release);
  P::detach(*ts);
  Runtime<P>* rt = ts->rt;
  delete ts;
  // The last access to the runtime. Release: the teardown, which frees the
  // runtime once it reads zero (acquire), comes after all of this thread's.
  rt->thread_states.fetch_sub(1, std::memory_order_release);
  return nullptr;
}

template <Policy P>
Value b_start_new_thread(TS<P>& ts, const Value* args, int64_t nargs, const KwArgs&) {
  if (!P::kAllowsThreads)
    return raisef(ts, ts.rt->t.RuntimeError,
                  "the '%s' strategy runs one thread only; run with another strategy (e.g. --strategy gil) "
                  "to start threads",
                  P::kName);
  if (ts.rt->shutting_down)  // a finalizer run by the teardown at exit
    return raise(ts, ts.rt->t.RuntimeError, "can't create new thread at interpreter shutdown");
  if (nargs < 2 || nargs > 3)
    return raisef(ts, ts.rt->t.TypeError, "start_new_thread expected at least 2 arguments, got %d", nargs);
  if (kind_of(args[1]) != Kind::Tuple) return raise(ts, ts.rt->t.TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && kind_of(args[2]) != Kind::Dict)
    return raise(ts, ts.rt->t.TypeError, "optional 3rd arg must be a dictionary");
  auto* job = new ThreadStart<P>{ts.rt, newref(ts, args[0]), newref(ts, args[1]),
                                  nargs == 3 ? newref(ts, args[2]) : Value()};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, Runtime<P>::kThreadStackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  ts.rt->running_threads.fetch_add(1, std::memory_order_relaxed);
  ts.rt->threads_in_python.fetch_add(1, std::memory_order_relaxed);
  ts.rt->thread_states.fetch_add(1, std::memory_order_relaxed);
  ts.rt->threads_started.fetch_add(1, std::memory_order_relaxed);
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, thread_main<P>, job);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    ts.rt->running_threads.fetch_sub(1, std::memory_order_relaxed);
    ts.rt->threads_in_python.fetch_sub(1, std::memory_order_relaxed);
    ts.rt->thread_states.fetch_sub(1, std::memory_order_relaxed);
    decref(ts, job->func);
    decref(ts, job->args);
    xdecref(ts, job->kwargs);
    delete job;
    return raise(ts, ts.rt->t.RuntimeError, "can't start new thread");
  }
  return new_int(ts, static_cast<int64_t>(thread & 0x3fffffffffffffffull));
}

// _thread._excepthook(thread_name, exc): threading.Thread's report of an
// exception that ended a thread, in CPython's words.
template <Policy P>
Value b_excepthook(TS<P>& ts, const Value* args, int64_t, const KwArgs&) {
  std::string report = "Exception in thread ";
  if (is_str(args[0])) report += str_view(args[0]);
  report += ":\n";
  if (is_exception(args[1])) format_exception_chain(ts, args[1], report, 0);
  flush_stdout(ts);
  write_fd(ts, 2, report);
  return none(ts);
}

}  // namespace thread_impl

template <Policy P>
Module* make_thread_module(ThreadState<P>& ts) {
  using namespace thread_impl;
  Module* m = new_module(ts, "_thread");
  Dict* d = m->dict;
  add_function<P>(ts, d, "start_new_thread", b_start_new_thread<P>, -1, -1);
  add_function<P>(ts, d, "allocate_lock", b_allocate_lock<P>, 0, 0);
  add_function<P>(ts, d, "get_ident", b_get_ident<P>, 0, 0);
  add_function<P>(ts, d, "_count", b_count<P>, 0, 0);
  add_function<P>(ts, d, "_excepthook", b_excepthook<P>, 2, 2);
  Type* lock = ts.rt->t.lock;
  dict_set_str(ts, d, intern(ts, "LockType"), Value::from_obj(lock));
  add_method<P>(ts, lock, "acquire", m_lock_acquire<P>, -1, -1, true);
  add_method<P>(ts, lock, "__enter__", m_lock_acquire<P>, -1, -1, true);
  add_method<P>(ts, lock, "release", m_lock_release<P>, 1, 1);
  add_method<P>(ts, lock, "__exit__", m_lock_exit<P>, 1, 4);
  add_method<P>(ts, lock, "locked", m_lock_locked<P>, 1, 1);
  return m;
}

}  // namespace lockvm
