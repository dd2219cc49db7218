// `biased`: the PEP 703 design (CPython 3.13t). No global lock. Reference
// counts are biased to the thread that made the object (memory/
// biased_refcount.h): its changes are plain stores, other threads' are
// atomic and merged through the owner's queue. Immortal objects (None, True,
// False, interned strings, built-in types and functions) and deferred ones
// (top-level functions, classes, modules, code) are not counted at all, so
// threads that call the same global functions never write a shared counter.
// Containers carry a one-byte lock held across each operation, as under
// per-object; a global name bound to an immortal or deferred value is read
// without any lock.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "locking/mutex.h"
#include "locking/object_lock.h"
#include "memory/alloc.h"
#include "memory/biased_refcount.h"
#include "strategies/config.h"
#include "strategies/policy.h"

namespace lockvm {

struct BiasedPolicy {
  static constexpr std::string_view kName = "biased";
  static constexpr std::string_view kSummary =
      "no GIL: biased refcounts (owner plain, others atomic), immortal and deferred objects, "
      "per-object locks (PEP 703, CPython 3.13t)";
  static constexpr bool kAllowsThreads = true;
  static constexpr bool kFreeThreaded = true;
  static constexpr std::string_view kKnobs[] = {"refcount.immortal", "refcount.deferred"};

  // 24 bytes: owner id, shared word, the owner's count, the lock byte.
  struct Header {
    std::atomic<uint64_t> owner;
    std::atomic<int64_t> shared;
    std::atomic<uint32_t> local;
    locking::Mutex mutex;
  };
  static_assert(sizeof(Header) == 24);
  using Rc = memory::BiasedRefcount<Header>;

  // The eval-breaker bit a queuing thread sets to ask the owner to merge.
  static constexpr uint32_t kMergeQueueBit = 1u << 1;

  struct ThreadData {
    memory::BiasedThread brc;
    locking::HeldObjectLocks locks;
    uint64_t deferred_marked = 0;     // objects this thread made deferred
    uint64_t lock_free_globals = 0;   // LOAD_GLOBAL hits served without a lock
  };
  struct Shared {
    memory::BiasedOwners owners;
  };

  // The [refcount] knobs, set once by configure() before any thread starts
  // (thread creation orders these writes before every other thread's reads).
  static inline bool immortal_enabled = true;
  static inline bool deferred_enabled = true;

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }
  static Object* object_of(void* h) { return static_cast<Object*>(memory::object_after(static_cast<Header*>(h))); }

  template <class TS> static void init_header(TS& ts, Object* o) {
    Header& h = header(o);
    new (&h.mutex) locking::Mutex();
    Rc::init(h, ts.policy.brc);
  }
  template <class TS> [[gnu::always_inline]] static void incref(TS& ts, Object* o) {
    Rc::incref(header(o), ts.policy.brc);
  }
  template <class TS> [[gnu::always_inline]] static bool decref(TS& ts, Object* o) {
    switch (Rc::decref(header(o), ts.policy.brc)) {
      case Rc::Release::kAlive:
        return false;
      case Rc::Release::kFree:
        return true;
      case Rc::Release::kQueue:
        break;
    }
    return queue_to_owner(ts, o);
  }
  // Immortal: a mark, so no thread counts it; with refcount.immortal off,
  // counted like any object but never freed (the VM relies on these living
  // until exit).
  static void make_immortal(Object* o) {
    if (immortal_enabled)
      Rc::mark(header(o), Rc::kImmortalMark);
    else
      Rc::add_never_freed_bias(header(o));
  }
  // Deferred (refcount.deferred): not counted, and so never freed before
  // exit. False when the knob is off: the object is then counted.
  template <class TS> static bool make_deferred(TS& ts, Object* o) {
    if (!deferred_enabled) return false;
    Rc::mark(header(o), Rc::kDeferredMark);
    ++ts.policy.deferred_marked;
    return true;
  }
  // Immortal or deferred: alive until exit, so a reference may be handed
  // out without a lock and without counting.
  static bool never_freed(Object* o) { return Rc::skips(header(o)); }
  static int64_t refcount(Object* o) { return Rc::count(header(o)); }

  template <class TS> [[gnu::always_inline]] static locking::ObjectGuard lock(TS& ts, Object* o) {
    return locking::ObjectGuard(ts.policy.locks, o, header(o).mutex);
  }
  template <class TS> static locking::TwoObjectGuard lock_two(TS& ts, Object* a, Object* b) {
    return locking::TwoObjectGuard(ts.policy.locks, a, header(a).mutex, b, header(b).mutex);
  }
  // Readers of container storage hold the container's lock: freed at once.
  template <class TS> static void retire(TS&, void* block, size_t) { memory::release(block); }

  // The owner's merge: objects other threads queued to this one.
  template <class TS> static void safepoint(TS& ts) {
    if (ts.eval_breaker.load(std::memory_order_relaxed) & kMergeQueueBit)
      merge_queue(ts, ts.rt->shared.owners.take_queue(ts.policy.brc));
  }
  // A thread registers on its first attach; blocking calls detach and
  // attach again with nothing to do (no GIL, and a blocked owner's queue
  // waits for it).
  template <class TS> static void attach(TS& ts) {
    if (ts.policy.brc.id == 0) ts.rt->shared.owners.register_thread(ts.policy.brc, &ts.eval_breaker, kMergeQueueBit);
  }
  template <class TS> static void detach(TS&) {}
  // A thread that ends merges what was queued to it, leaves the owner
  // table, and merges what arrived meanwhile. Objects it still owns are
  // merged by whichever thread would have queued them to it.
  template <class TS> static void thread_exit(TS& ts) {
    auto& owners = ts.rt->shared.owners;
    for (auto q = owners.take_queue(ts.policy.brc); !q.empty(); q = owners.take_queue(ts.policy.brc))
      merge_queue(ts, std::move(q));
    merge_queue(ts, owners.unregister_thread(ts.policy.brc));
  }

  template <class RT> static void configure(RT& rt) {
    immortal_enabled = rt.options.config.refcount.immortal;
    deferred_enabled = rt.options.config.refcount.deferred;
  }

  template <class TS, class S> static void add_stats(const TS& ts, S& out) {
    const memory::BiasedCounters& c = ts.policy.brc.counters;
    out.add("refcount_owner_ops", c.owner_ops);
    out.add("refcount_shared_ops", c.shared_ops);
    out.add("refcount_immortal_skips", c.immortal_skips);
    out.add("refcount_deferred_skips", c.deferred_skips);
    out.add("brc_queued", c.queued);
    out.add("brc_queue_merges", c.queue_merges);
    out.add("brc_zero_local_merges", c.zero_local_merges);
    out.add("deferred_objects", ts.policy.deferred_marked);
    out.add("object_lock_acquisitions", ts.policy.locks.acquisitions);
    out.add("object_lock_contended", ts.policy.locks.contended);
    out.add("lock_free_global_reads", ts.policy.lock_free_globals);
  }

 private:
  // Another thread's decrement found nothing shared to take from: the
  // owner applies it. Returns true when the caller must free the object
  // (its owner had ended and the merge here found it dead).
  template <class TS> [[gnu::noinline]] static bool queue_to_owner(TS& ts, Object* o) {
    Header& h = header(o);
    memory::BiasedThread& me = ts.policy.brc;
    if (ts.rt->shared.owners.enqueue(h.owner.load(std::memory_order_relaxed), &h)) {
      ++me.counters.queued;
      return false;
    }
    ++me.counters.queue_merges;
    return Rc::merge(h, -1) == 0;
  }
  template <class TS, class Queue> static void merge_queue(TS& ts, Queue queue) {
    for (void* h : queue) {
      ++ts.policy.brc.counters.queue_merges;
      // The queue held one reference: the -1.
      if (Rc::merge(*static_cast<Header*>(h), -1) == 0) dealloc(ts, object_of(h));
    }
  }
};

}  // namespace lockvm
