// The contract between the interpreter core and a locking strategy. The core
// is a template over a policy type P and calls only these hooks; a strategy
// is a struct of static, inlined functions satisfying `Policy`. Strategies
// differ in what the hooks do, never in what the core asks for, so adding
// one is a new file in strategies/ plus one line in the registry.
//
// What each hook is for, with the strategies of design.md in mind:
//   Header       the per-object pre-header placed before every Object: a plain
//                count (nosync, gil), an atomic count and a lock byte
//                (per-object), owner thread + local and shared counts + lock
//                (biased). Its size is the strategy's per-object memory cost.
//   ThreadData   per-thread policy state (biased merge queue, QSBR slot,
//                counters). Counters live here so they are never shared.
//   Shared       process-wide policy state (the GIL, the QSBR epoch).
//   incref / decref
//                every reference-count change of a heap object; decref
//                returns true when the caller must free the object.
//   unique(ts, o)
//                whether the caller's reference is the object's only one,
//                so that an immutable value (a float) may be reused in place
//                for a result: nobody else can see it change.
//   lock(ts, o)  a scoped guard held across one operation on a mutable
//                container; an empty struct where the GIL (or a single
//                thread) already excludes others.
//   lock_two     a guard over two containers, deadlock-free (address order).
//   retire       frees container storage that a concurrent reader may still
//                be reading (QSBR-deferred for optimistic readers).
//   safepoint    the slow path of the eval breaker, reached from loop
//                back-edges and calls when ts.eval_breaker is non-zero: GIL
//                drop requests, merge queues, quiescent-state reports.
//   detach / attach
//                around a blocking operation (sleep, lock wait, I/O): the GIL
//                is released, a QSBR thread goes offline.
// Optional hooks, used when a policy has them: configure(rt) (reads the
// config), thread_exit(ts) (a thread ends), add_stats(ts, out) (--stats),
// drain_at_exit(ts) (the teardown at exit, vm/teardown.h, once every thread
// has ended: frees what the policy still holds back, such as retired memory).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "vm/object.h"

namespace lockvm {

template <class P>
struct ThreadState;

// Counters on a policy's fast paths (biased's owner-path refcount changes
// and skipped ones, lock-free reads) would cost a memory increment per
// operation in every run; design.md asks that --stats cost nothing in a hot
// path when it is off. So a policy that has them declares
// `kCountFastPaths = false`, checks counts_fast_paths<TS> before each, and
// its strategy file instantiates the interpreter twice: as is, and as
// CountingFastPaths<P> for runs with --stats.
template <class Base>
struct CountingFastPaths : Base {
  static constexpr bool kCountFastPaths = true;
};
template <class TS>
constexpr bool counts_fast_paths = TS::policy_type::kCountFastPaths;

template <class P>
concept Policy = requires(ThreadState<P>& ts, Object* a, Object* b, void* block, size_t bytes) {
  // The name `--strategy` and config files use.
  { P::kName } -> std::convertible_to<std::string_view>;
  // Whether a program may start a second thread under this strategy.
  { P::kAllowsThreads } -> std::convertible_to<bool>;
  // Whether threads run bytecode at the same time (no GIL): shared VM
  // tables then need their own locks, and values displaced from class dicts
  // are kept until exit, since other threads may be reading them borrowed.
  { P::kFreeThreaded } -> std::convertible_to<bool>;
  requires std::is_trivially_destructible_v<typename P::Header>;
  requires sizeof(typename P::Header) % alignof(void*) == 0;
  typename P::ThreadData;
  typename P::Shared;
  { P::init_header(ts, a) } -> std::same_as<void>;
  { P::incref(ts, a) } -> std::same_as<void>;
  { P::decref(ts, a) } -> std::same_as<bool>;
  { P::make_immortal(a) } -> std::same_as<void>;
  { P::refcount(a) } -> std::same_as<int64_t>;
  { P::unique(ts, a) } -> std::same_as<bool>;
  { P::lock(ts, a) };
  { P::lock_two(ts, a, b) };
  { P::retire(ts, block, bytes) } -> std::same_as<void>;
  { P::safepoint(ts) } -> std::same_as<void>;
  { P::detach(ts) } -> std::same_as<void>;
  { P::attach(ts) } -> std::same_as<void>;
};

// The guard type of policies whose containers need no lock.
// A user-provided destructor keeps "unused variable" warnings off the
// guards of strategies that need no lock.
struct NoGuard {
  NoGuard() {}
  ~NoGuard() {}
};

}  // namespace lockvm
