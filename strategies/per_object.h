// `per-object`: the naive free-threading (Jython-style synchronized
// objects). No global lock: every incref/decref is an atomic
// read-modify-write, and every operation on a mutable built-in object holds
// that object's own one-byte lock (locking::Mutex) for its duration. It is
// correct by construction and pays on every operation, shared or not; the
// `biased` and `lock-free` designs are measured against it.
#pragma once

#include <atomic>
#include <cstdint>
#include <span>
#include <string_view>

#include "locking/mutex.h"
#include "locking/object_lock.h"
#include "memory/alloc.h"
#include "memory/atomic_refcount.h"
#include "strategies/policy.h"

namespace lockvm {

struct PerObjectPolicy {
  static constexpr std::string_view kName = "per-object";
  static constexpr std::string_view kSummary =
      "no GIL: atomic refcounts and a 1-byte lock in every object, held across each operation";
  static constexpr bool kAllowsThreads = true;
  static constexpr bool kFreeThreaded = true;
  static constexpr std::span<const std::string_view> kKnobs = {};

  // 16 bytes: the 8-byte count, the lock byte, and padding that keeps the
  // Object behind it pointer-aligned.
  struct Header {
    std::atomic<int64_t> refcount;
    locking::Mutex mutex;
  };
  static_assert(sizeof(Header) == 16);

  // Per-thread counters and held locks (locking/object_lock.h).
  struct ThreadData {
    uint64_t refcount_ops = 0;
    locking::HeldObjectLocks locks;
  };
  struct Shared {};

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }

  template <class TS> static void init_header(TS&, Object* o) {
    memory::AtomicRefcount::init(header(o).refcount);
    new (&header(o).mutex) locking::Mutex();
  }
  // Forced inline: they sit on every hot path, and GCC otherwise keeps the
  // atomic versions out of line.
  template <class TS> [[gnu::always_inline]] static void incref(TS& ts, Object* o) {
    ++ts.policy.refcount_ops;
    memory::AtomicRefcount::incref(header(o).refcount);
  }
  template <class TS> [[gnu::always_inline]] static bool decref(TS& ts, Object* o) {
    ++ts.policy.refcount_ops;
    return memory::AtomicRefcount::decref(header(o).refcount);
  }
  static void make_immortal(Object* o) { memory::AtomicRefcount::make_immortal(header(o).refcount); }
  static int64_t refcount(Object* o) { return memory::AtomicRefcount::count(header(o).refcount); }
  template <class TS> static bool unique(TS&, Object* o) { return memory::AtomicRefcount::unique(header(o).refcount); }
  template <class TS> [[gnu::always_inline]] static locking::ObjectGuard lock(TS& ts, Object* o) {
    return locking::ObjectGuard(ts.policy.locks, o, header(o).mutex);
  }
  template <class TS> static locking::TwoObjectGuard lock_two(TS& ts, Object* a, Object* b) {
    return locking::TwoObjectGuard(ts.policy.locks, a, header(a).mutex, b, header(b).mutex);
  }
  // Readers hold the container's lock, so old storage is unreachable once
  // the writer that replaced it unlocks: freed at once.
  template <class TS> static void retire(TS&, void* block, size_t) { memory::release(block); }
  template <class TS> static void safepoint(TS&) {}
  template <class TS> static void detach(TS&) {}
  template <class TS> static void attach(TS&) {}

  template <class TS, class S> static void add_stats(const TS& ts, S& out) {
    out.add("refcount_atomic_ops", ts.policy.refcount_ops);
    out.add("object_lock_acquisitions", ts.policy.locks.acquisitions);
    out.add("object_lock_contended", ts.policy.locks.contended);
  }
};

}  // namespace lockvm
