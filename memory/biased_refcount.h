// Biased reference counting (Choi, Shull and Torrellas, PACT 2018), as
// PEP 703 and CPython 3.13t use it: most objects are only ever touched by the
// thread that made them, so that thread (the owner) keeps a count of its own
// with plain loads and stores, and every other thread adds to a second,
// atomic, shared count. The object is dead when the two sum to zero, which
// no single thread can see at once; the protocol below decides who notices.
//
// The header fields (the strategy lays them out next to its lock byte):
//   owner   the owning thread's id; 0 once the counts are merged
//   local   the owner's count, written only by the owner (relaxed atomics
//           so that other threads may read the immortal/deferred marks)
//   shared  (count << 2) | kQueued | kMerged, changed by CAS or fetch_add
//
// The rules:
//   - The owner's local count reaching zero merges: if nobody else ever
//     took a reference (shared == 0) the object is freed at once; otherwise
//     the shared word gets kMerged and from then on it is the whole count
//     (owner = 0: every thread uses the shared word).
//   - A non-owner's decrement may take the shared count below zero: the
//     owner's local count still covers it. If the shared word is exactly 0
//     (nothing to subtract from, not merged), the decrement is not applied;
//     the object is queued to its owner instead, marked kQueued, and the
//     queue holds that one reference. The owner merges queued objects at
//     its next eval-breaker check, applying the -1 then.
//   - A thread that ends merges its queue until nothing more is queued to
//     it, and leaves the owner table in the same locked step that finds the
//     queue empty (BiasedOwners::unregister_if_idle); an object queued to an
//     owner that has ended is merged by the queuing thread itself. The
//     table's mutex orders the ended owner's last local writes before that
//     merge reads them: there are none after the unlock that removed it.
//     (Merging may free objects, and freeing a container decrements its
//     items, which the ending thread owns, on the owner path: so the
//     merges must all come before the removal, not after it.)
//   - Owner ids are never reused, so an object owned by an ended thread is
//     never mistaken for a new thread's.
// Immortal and deferred objects carry a mark in the local word and are not
// counted at all. The fast-path counters (owner changes, skips) are kept
// only when the caller asks (kCountFastPaths: the --stats instantiation,
// strategies/policy.h), so that other runs pay nothing for them. With
// coalescing on, a non-owner's decrement is parked in its RefCache
// (memory/ref_cache.h) and applied later, and its increment reuses a parked
// reference when there is one.
#pragma once

#include <absl/base/thread_annotations.h>
#include <absl/container/flat_hash_map.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "memory/ref_cache.h"

namespace lockvm::memory {

// This thread's share of the --stats counters; never shared.
struct BiasedCounters {
  uint64_t owner_ops = 0;        // fast path: the owner's plain increments/decrements
  uint64_t shared_ops = 0;       // slow path: another thread's atomic change
  uint64_t immortal_skips = 0;   // changes not made: immortal object
  uint64_t deferred_skips = 0;   // changes not made: deferred object
  uint64_t queued = 0;           // objects this thread queued to their owner
  uint64_t queue_merges = 0;     // queued objects merged (by their owner, or for an ended owner)
  uint64_t zero_local_merges = 0;  // owner's count hit zero while others held references
  uint64_t coalesced = 0;        // non-owner increments served by a parked reference (no atomic)
  uint64_t parked = 0;           // non-owner decrements parked instead of applied
  uint64_t parked_releases = 0;  // parked references given back later (one atomic each)
};

// One thread's identity and merge queue.
struct BiasedThread {
  uint64_t id = 0;  // 0 until registered
  // Where a queuing thread asks this one to merge (its eval-breaker word).
  std::atomic<uint32_t>* eval_breaker = nullptr;
  uint32_t merge_bit = 0;
  // Headers queued to this thread; guarded by the BiasedOwners mutex.
  std::vector<void*> queue;
  BiasedCounters counters;
  // Coalescing of this thread's non-owner changes (memory/ref_cache.h):
  // on when `coalesce` is set (the refcount.coalesce knob); when the cache
  // has references to give back it raises `release_bit` in eval_breaker.
  bool coalesce = false;
  uint32_t release_bit = 0;
  RefCache cache;
};

// The table from owner ids to live threads, and the merge queues.
class BiasedOwners {
 public:
  void register_thread(BiasedThread& t, std::atomic<uint32_t>* eval_breaker, uint32_t merge_bit) {
    std::lock_guard<std::mutex> hold(mutex_);
    t.id = next_id_++;
    t.eval_breaker = eval_breaker;
    t.merge_bit = merge_bit;
    threads_[t.id] = &t;
  }
  // Nothing can be queued to `t` afterwards; returns what was queued, which
  // the thread must merge before it ends. Only for a thread that will make
  // no owner-path change afterwards (tests); an ending VM thread uses
  // unregister_if_idle.
  std::vector<void*> unregister_thread(BiasedThread& t) {
    std::lock_guard<std::mutex> hold(mutex_);
    threads_.erase(t.id);
    return std::move(t.queue);
  }
  // An ending thread's last step, repeated until it returns true: removes
  // `t` only when nothing is queued to it; otherwise `t` stays registered
  // and *queue gets what was queued, which the caller merges (and frees
  // what dies) before it calls again.
  // Why the removal waits for an empty queue: merging may free objects, and
  // freeing one releases what it holds, which the ending thread may own, on
  // the owner path (plain, relaxed stores to `local`). Were `t` removed
  // first, another thread releasing such an object would find no owner,
  // merge it itself and read `local` with no happens-before edge to those
  // stores: it could free the object while `t` still writes its header (a
  // data race, the use of freed memory) or merge a stale count. Removed in
  // the locked step that finds the queue empty, after every one of `t`'s
  // owner-path writes, this unlock is the edge: every enqueue that fails
  // afterwards locks the mutex after it, so its merge reads `t`'s final
  // counts. Ends: objects are queued to `t` only by releases of objects it
  // owns, and each merge ends a queued object's ownership.
  bool unregister_if_idle(BiasedThread& t, std::vector<void*>* queue) {
    std::lock_guard<std::mutex> hold(mutex_);
    if (!t.queue.empty()) {
      queue->swap(t.queue);
      t.queue.clear();
      return false;
    }
    threads_.erase(t.id);
    return true;
  }
  // Queues a header to its owner and raises the owner's merge bit; false
  // when the owner has ended (the caller merges it).
  bool enqueue(uint64_t owner, void* header) {
    std::lock_guard<std::mutex> hold(mutex_);
    auto it = threads_.find(owner);
    if (it == threads_.end()) return false;
    it->second->queue.push_back(header);
    // relaxed: the owner takes the queue under mutex_, which orders the push.
    it->second->eval_breaker->fetch_or(it->second->merge_bit, std::memory_order_relaxed);
    return true;
  }
  // The owner's side: clears its merge bit and takes its queue.
  std::vector<void*> take_queue(BiasedThread& t) {
    t.eval_breaker->fetch_and(~t.merge_bit, std::memory_order_relaxed);
    std::lock_guard<std::mutex> hold(mutex_);
    return std::move(t.queue);
  }
  // Raises `bit` in every registered thread's eval-breaker word (a request
  // that each report a quiescent state, for QSBR).
  void signal_all(uint32_t bit) {
    std::lock_guard<std::mutex> hold(mutex_);
    for (auto& [id, t] : threads_) t->eval_breaker->fetch_or(bit, std::memory_order_relaxed);
  }
  // Whether a thread with this id is registered (tests).
  bool registered(uint64_t id) {
    std::lock_guard<std::mutex> hold(mutex_);
    return threads_.contains(id);
  }

 private:
  std::mutex mutex_;
  uint64_t next_id_ ABSL_GUARDED_BY(mutex_) = 1;
  absl::flat_hash_map<uint64_t, BiasedThread*> threads_ ABSL_GUARDED_BY(mutex_);
};

// The counting protocol over a header type H with fields owner, local and
// shared (see the top of this file).
template <class H>
struct BiasedRefcount {
  static constexpr int64_t kQueued = 1;
  static constexpr int64_t kMerged = 2;
  static constexpr int kShift = 2;
  static constexpr int64_t kOne = int64_t{1} << kShift;
  static constexpr uint32_t kImmortalMark = UINT32_MAX;
  static constexpr uint32_t kDeferredMark = UINT32_MAX - 1;  // every local count below this is a count
  // The shared count given to objects that must never be freed when the
  // immortal marks are switched off: counted like any object, never zero.
  static constexpr int64_t kNeverFreedBias = int64_t{1} << 40;

  static void init(H& h, const BiasedThread& owner) {
    h.owner.store(owner.id, std::memory_order_relaxed);
    h.shared.store(0, std::memory_order_relaxed);
    h.local.store(1, std::memory_order_relaxed);
  }
  static void mark(H& h, uint32_t mark) { h.local.store(mark, std::memory_order_relaxed); }
  static bool skips(const H& h) { return h.local.load(std::memory_order_relaxed) >= kDeferredMark; }
  static void add_never_freed_bias(H& h) { h.shared.fetch_add(kNeverFreedBias * kOne, std::memory_order_relaxed); }

  // relaxed throughout: taking a reference orders nothing, the reference
  // being copied keeps the object alive meanwhile.
  template <bool kCountFastPaths = true>
  [[gnu::always_inline]] static void incref(H& h, BiasedThread& t) {
    uint32_t local = h.local.load(std::memory_order_relaxed);
    if (local >= kDeferredMark - 1) [[unlikely]] {
      if (count_skip<kCountFastPaths>(local, t)) return;
    } else if (h.owner.load(std::memory_order_relaxed) == t.id) [[likely]] {
      if constexpr (kCountFastPaths) ++t.counters.owner_ops;
      h.local.store(local + 1, std::memory_order_relaxed);
      return;
    }
    if (t.coalesce && t.cache.absorb(&h)) {
      ++t.counters.coalesced;
      return;
    }
    ++t.counters.shared_ops;
    h.shared.fetch_add(kOne, std::memory_order_relaxed);
  }

  enum class Release { kAlive, kFree, kQueue };

  // kFree: the caller frees the object; kQueue: the caller queues it to its
  // owner (BiasedOwners::enqueue) or, if the owner has ended, merges it
  // with merge(h, -1).
  template <bool kCountFastPaths = true>
  [[gnu::always_inline]] static Release decref(H& h, BiasedThread& t) {
    uint32_t local = h.local.load(std::memory_order_relaxed);
    if (local >= kDeferredMark) [[unlikely]] {
      count_skip<kCountFastPaths>(local, t);
      return Release::kAlive;
    }
    if (h.owner.load(std::memory_order_relaxed) == t.id) [[likely]] {
      if constexpr (kCountFastPaths) ++t.counters.owner_ops;
      h.local.store(local - 1, std::memory_order_relaxed);
      if (local != 1) [[likely]] return Release::kAlive;
      // acquire: other threads' last decrements (releases) happen before
      // the free. Zero: no other thread ever kept a reference.
      if (h.shared.load(std::memory_order_acquire) == 0) [[likely]] return Release::kFree;
      return merge_zero_local(h, t);
    }
    if (t.coalesce) {
      ++t.counters.parked;
      if (t.cache.park(&h)) t.eval_breaker->fetch_or(t.release_bit, std::memory_order_relaxed);
      return Release::kAlive;
    }
    ++t.counters.shared_ops;
    return decref_shared(h);
  }

  // Applies one decrement a non-owner parked (RefCache): as decref's
  // non-owner path.
  static Release release_parked(H& h, BiasedThread& t) {
    ++t.counters.parked_releases;
    return decref_shared(h);
  }

  // Folds the local count and `extra` into the shared word, marks it merged
  // and gives up ownership; returns the merged count. Called by the owner,
  // or by any thread for an owner that has ended.
  static int64_t merge(H& h, int64_t extra) {
    int64_t local = h.local.load(std::memory_order_relaxed);
    // Ownership is given up before the merged count is published: from
    // then on another thread may take the count to zero and free the
    // object, so this thread must not write to it afterwards.
    h.local.store(0, std::memory_order_relaxed);
    h.owner.store(0, std::memory_order_relaxed);
    int64_t shared = h.shared.load(std::memory_order_relaxed);
    int64_t count, merged;
    do {
      count = (shared >> kShift) + local + extra;
      merged = (count << kShift) | kMerged;
      // acq_rel: a count reaching zero must see every other thread's writes
      // to the object (their releases), and this thread's (the stores
      // above included) must be visible to whichever thread frees it later.
    } while (!h.shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel, std::memory_order_relaxed));
    return count;
  }

  // Whether the caller, the owner, holds the only reference: its count is
  // 1 and nobody else ever took one (nor queued a release). acquire, as for
  // the owner's free: other threads' releases happen before a reuse.
  [[gnu::always_inline]] static bool unique(const H& h, const BiasedThread& t) {
    return h.local.load(std::memory_order_relaxed) == 1 && h.owner.load(std::memory_order_relaxed) == t.id &&
           h.shared.load(std::memory_order_acquire) == 0;
  }

  // The total count, exact only when no other thread changes it meanwhile
  // (sys.getrefcount, tests).
  static int64_t count(const H& h) {
    uint32_t local = h.local.load(std::memory_order_relaxed);
    if (local >= kDeferredMark) return int64_t{1} << 60;
    return (h.shared.load(std::memory_order_relaxed) >> kShift) + local;
  }

 private:
  // An immortal or deferred object: counted as a skip, never changed.
  // Returns false for the one local value below the marks that is not one
  // (kDeferredMark - 1): an owner count so high that one more would read as
  // a mark, which goes to the shared count instead.
  template <bool kCountFastPaths>
  [[gnu::always_inline]] static bool count_skip(uint32_t local, BiasedThread& t) {
    if constexpr (!kCountFastPaths) return local >= kDeferredMark;
    if (local == kImmortalMark) {
      ++t.counters.immortal_skips;
      return true;
    }
    if (local == kDeferredMark) {
      ++t.counters.deferred_skips;
      return true;
    }
    return false;
  }

  // The owner's count reached zero while other threads hold references or
  // have handed one to the queue.
  [[gnu::noinline]] static Release merge_zero_local(H& h, BiasedThread& t) {
    int64_t shared = h.shared.load(std::memory_order_acquire);
    ++t.counters.zero_local_merges;
    h.owner.store(0, std::memory_order_relaxed);
    int64_t merged;
    do {
      // A kQueued mark is dropped: the queue's reference is now part of the
      // merged count, and the owner's pending merge subtracts it.
      merged = (shared & ~(kQueued | kMerged)) | kMerged;
    } while (!h.shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel, std::memory_order_acquire));
    return merged == kMerged ? Release::kFree : Release::kAlive;
  }

  static Release decref_shared(H& h) {
    int64_t shared = h.shared.load(std::memory_order_relaxed);
    int64_t next;
    bool queue;
    do {
      // Exactly zero: nothing shared to subtract from and not merged, so
      // the owner's count holds this reference; hand the decrement over.
      queue = shared == 0;
      next = queue ? kQueued : shared - kOne;
    } while (!h.shared.compare_exchange_weak(shared, next, std::memory_order_acq_rel, std::memory_order_relaxed));
    if (queue) return Release::kQueue;
    return next == kMerged ? Release::kFree : Release::kAlive;
  }
};

}  // namespace lockvm::memory
