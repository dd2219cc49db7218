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

  // Per-thread counters, and the objects whose locks this thread holds: an
  // operation re-entered on the same object from user code it calls (a
  // key's __eq__ touching the dict being probed, a __del__ run by a decref)
  // proceeds as it would under the GIL instead of deadlocking on itself.
  struct ThreadData {
    uint64_t refcount_ops = 0;
    uint64_t lock_acquisitions = 0;
    uint64_t lock_contended = 0;
    static constexpr int kMaxHeld = 16;
    Object* held[kMaxHeld] = {};
    int nheld = 0;
  };
  struct Shared {};

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }

  // A scoped hold on one object's lock (or none, if this thread holds it).
  class Guard {
   public:
    [[gnu::always_inline]] Guard(ThreadData& td, Object* o) : td_(td) {
      for (int i = 0; i < td.nheld; ++i)
        if (td.held[i] == o) return;  // re-entered: already ours
      mutex_ = &header(o).mutex;
      ++td.lock_acquisitions;
      if (mutex_->lock_reporting_contention()) ++td.lock_contended;
      if (td.nheld < ThreadData::kMaxHeld) {
        td.held[td.nheld++] = o;
        pushed_ = true;
      }
    }
    [[gnu::always_inline]] ~Guard() {
      if (mutex_ == nullptr) return;
      if (pushed_) --td_.nheld;
      mutex_->unlock();
    }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    ThreadData& td_;
    locking::Mutex* mutex_ = nullptr;
    bool pushed_ = false;
  };

  // Two objects locked in address order, so that `a.extend(b)` in one
  // thread and `b.extend(a)` in another cannot deadlock.
  class TwoGuard {
   public:
    TwoGuard(ThreadData& td, Object* a, Object* b)
        : first_(td, a < b ? a : b), second_(td, a < b ? b : a) {}

   private:
    Guard first_;
    Guard second_;
  };

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
  template <class TS> [[gnu::always_inline]] static Guard lock(TS& ts, Object* o) { return Guard(ts.policy, o); }
  template <class TS> static TwoGuard lock_two(TS& ts, Object* a, Object* b) {
    return TwoGuard(ts.policy, a, b);
  }
  // Readers hold the container's lock, so old storage is unreachable once
  // the writer that replaced it unlocks: freed at once.
  template <class TS> static void retire(TS&, void* block, size_t) { memory::release(block); }
  template <class TS> static void safepoint(TS&) {}
  template <class TS> static void detach(TS&) {}
  template <class TS> static void attach(TS&) {}

  template <class TS, class S> static void add_stats(const TS& ts, S& out) {
    out.add("refcount_atomic_ops", ts.policy.refcount_ops);
    out.add("object_lock_acquisitions", ts.policy.lock_acquisitions);
    out.add("object_lock_contended", ts.policy.lock_contended);
  }
};

}  // namespace lockvm
