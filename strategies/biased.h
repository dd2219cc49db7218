// `biased`: the PEP 703 design (CPython 3.13t). No global lock. Reference
// counts are biased to the thread that made the object (memory/
// biased_refcount.h): its changes are plain stores, other threads' are
// atomic and merged through the owner's queue. Immortal objects (None, True,
// False, interned strings, built-in types and functions) and deferred ones
// (top-level functions, classes, modules, code) are not counted at all, so
// threads that call the same global functions never write a shared counter.
// Containers carry a one-byte lock held by writers, as under per-object;
// reads of list items and dict lookups by str or number keys are
// optimistic and take no lock (vm/objects.h: list_item_ref, dict_get_ref),
// which is safe because replaced storage and values removed from a list or
// dict are freed only after a QSBR grace period (memory/qsbr.h): every
// thread reports a quiescent state at its eval-breaker checks when asked,
// and none holds a pointer loaded without a lock across one. A global name
// bound to an immortal or deferred value is read without any lock either.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "locking/mutex.h"
#include "locking/object_lock.h"
#include "memory/alloc.h"
#include "memory/biased_refcount.h"
#include "memory/qsbr.h"
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
  static constexpr std::string_view kKnobs[] = {"refcount.immortal", "refcount.deferred", "refcount.coalesce"};

  // 24 bytes: owner id, shared word, the owner's count, the lock byte, the
  // container flags.
  struct Header {
    std::atomic<uint64_t> owner;
    std::atomic<int64_t> shared;
    std::atomic<uint32_t> local;
    locking::Mutex mutex;
    std::atomic<uint8_t> flags;  // kReadByOthers; set under `mutex`, read by writers under it
  };
  static_assert(sizeof(Header) == 24);
  using Rc = memory::BiasedRefcount<Header>;

  static constexpr bool kOptimisticReads = true;
  // Set in the instantiation `--stats` runs (CountingFastPaths,
  // strategies/policy.h).
  static constexpr bool kCountFastPaths = false;

  // The eval-breaker bit a queuing thread sets to ask the owner to merge.
  static constexpr uint32_t kMergeQueueBit = 1u << 1;
  // The bit a thread with retired memory sets in every thread: report a
  // quiescent state (and free what is past its grace period).
  static constexpr uint32_t kQuiescentBit = 1u << 2;
  // The bit a thread's RefCache raises when it has parked references to
  // give back (refcount.coalesce; memory/ref_cache.h).
  static constexpr uint32_t kReleaseParkedBit = 1u << 3;
  // Retirements between two such requests.
  static constexpr uint64_t kRetireBatch = 64;

  struct ThreadData {
    memory::BiasedThread brc;
    locking::HeldObjectLocks locks;
    memory::QsbrThread* qsbr = nullptr;  // registered on the first attach
    uint64_t retired_since_request = 0;
    uint64_t deferred_marked = 0;     // objects this thread made deferred
    uint64_t lock_free_globals = 0;   // LOAD_GLOBAL hits served without a lock
    uint64_t optimistic_reads = 0;    // list and dict reads that took no lock
    uint64_t optimistic_fallbacks = 0;  // ... that had to take it after all
    uint64_t storage_retired = 0;     // replaced list and dict storage freed after a grace period
    uint64_t releases_deferred = 0;   // removed values released after a grace period
    uint64_t releases_private = 0;    // ... released at once: the owner's, from a list only it has read
    uint64_t containers_shared = 0;   // lists this thread marked read-by-others
    uint64_t grace_periods = 0;       // reclaim passes that freed something
    uint64_t deferred_frees = 0;      // blocks and releases done by them
  };
  struct Shared {
    memory::BiasedOwners owners;
    memory::QsbrDomain qsbr;
  };

  // The [refcount] knobs, set once by configure() before any thread starts
  // (thread creation orders these writes before every other thread's reads).
  static inline bool immortal_enabled = true;
  static inline bool deferred_enabled = true;
  static inline bool coalesce_enabled = true;

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }
  static Object* object_of(void* h) { return static_cast<Object*>(memory::object_after(static_cast<Header*>(h))); }

  template <class TS> static void init_header(TS& ts, Object* o) {
    Header& h = header(o);
    new (&h.mutex) locking::Mutex();
    h.flags.store(0, std::memory_order_relaxed);
    Rc::init(h, ts.policy.brc);
  }
  template <class TS> [[gnu::always_inline]] static void incref(TS& ts, Object* o) {
    Rc::template incref<counts_fast_paths<TS>>(header(o), ts.policy.brc);
  }
  template <class TS> [[gnu::always_inline]] static bool decref(TS& ts, Object* o) {
    switch (Rc::template decref<counts_fast_paths<TS>>(header(o), ts.policy.brc)) {
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
  // Whether an incref of an object made immortal may be skipped (vm/
  // runtime.h immortal_ref): yes when the marks are on, since the incref
  // would only find the mark; counted as the skip it stands for.
  template <class TS> [[gnu::always_inline]] static bool skip_immortal_incref(TS& ts) {
    if (!immortal_enabled) return false;
    if constexpr (counts_fast_paths<TS>) ++ts.policy.brc.counters.immortal_skips;
    return true;
  }
  // Immortal or deferred: alive until exit, so a reference may be handed
  // out without a lock and without counting.
  static bool never_freed(Object* o) { return Rc::skips(header(o)); }
  static int64_t refcount(Object* o) { return Rc::count(header(o)); }
  template <class TS> [[gnu::always_inline]] static bool unique(TS& ts, Object* o) {
    return Rc::unique(header(o), ts.policy.brc);
  }

  template <class TS> [[gnu::always_inline]] static locking::ObjectGuard lock(TS& ts, Object* o) {
    return locking::ObjectGuard(ts.policy.locks, o, header(o).mutex);
  }
  template <class TS> static locking::TwoObjectGuard lock_two(TS& ts, Object* a, Object* b) {
    return locking::TwoObjectGuard(ts.policy.locks, a, header(a).mutex, b, header(b).mutex);
  }
  // Whether a lock-free reader in another thread may exist. Not until a
  // second thread has ever started (a thread started later cannot have
  // loaded a pointer from before), and not for a thread that has left QSBR.
  template <class TS> static bool grace_needed(TS& ts) {
    return ts.rt->threads_started.load(std::memory_order_relaxed) != 0 && ts.policy.qsbr != nullptr;
  }
  // Storage a lock-free reader may hold: freed after a grace period, or at
  // once when no such reader can exist.
  template <class TS> static void retire(TS& ts, void* block, size_t) {
    if (!grace_needed(ts)) {
      memory::release(block);
      return;
    }
    ++ts.policy.storage_retired;
    ts.rt->shared.qsbr.retire(ts.policy.qsbr, block);
    note_retired(ts);
  }
  // A reference a writer took out of a list or dict: a lock-free reader may
  // have loaded it and be about to take its own reference, so it is
  // released after a grace period (by this thread, at an eval-breaker check).
  template <class TS, class V> [[gnu::always_inline]] static void release_later(TS& ts, V v) {
    if (!v.is_obj()) return;
    Object* o = v.obj();
    if (!grace_needed(ts)) {
      if (decref(ts, o)) dealloc(ts, o);
      return;
    }
    retire_release(ts, o);
  }
  template <class TS> [[gnu::noinline]] static void retire_release(TS& ts, Object* o) {
    if (Rc::skips(header(o))) return;  // never freed before exit: nothing to release
    ++ts.policy.releases_deferred;
    ts.rt->shared.qsbr.retire(ts.policy.qsbr, o, &collect_release);
    note_retired(ts);
  }
  // Owner-private lists (as CPython 3.13t does for list storage, here for
  // the values a writer removes as well): a list no thread but its owner
  // has read without the lock can have no reader between a load and a
  // newref when its owner writes it, so the owner releases what it removes
  // at once, without a grace period. The first lock-free read by another
  // thread marks the list read-by-others under its lock (for good), and
  // from then on removed values wait for a grace period again.
  //   - A writer that is not the owner always waits (the owner reads
  //     without the lock and without marking).
  //   - Why the lock: the owner tests the mark while holding the list's
  //     lock, and the marking thread sets it holding the same lock before
  //     its first lock-free read. Either the owner's critical section comes
  //     first, and its release happens before that read (which then loads
  //     the new item), or the mark's does, and the owner sees the mark. A
  //     thread that finds the mark already set (acquire) is ordered after
  //     the critical section that set it, so the same holds for it.
  static constexpr bool kPrivateContainers = true;
  static constexpr uint8_t kReadByOthers = 1;
  template <class TS> [[gnu::always_inline]] static void before_unlocked_read(TS& ts, Object* c) {
    Header& h = header(c);
    if (h.owner.load(std::memory_order_relaxed) == ts.policy.brc.id) return;
    if (h.flags.load(std::memory_order_acquire) & kReadByOthers) [[likely]] return;
    mark_read_by_others(ts, c);
  }
  template <class TS> [[gnu::noinline]] static void mark_read_by_others(TS& ts, Object* c) {
    auto guard = lock(ts, c);
    // release: see before_unlocked_read's acquire.
    header(c).flags.fetch_or(kReadByOthers, std::memory_order_release);
    ++ts.policy.containers_shared;
  }
  // Whether the caller, holding c's lock, may release what it removes from
  // c at once. relaxed: the mark is only set under the lock the caller holds.
  template <class TS> [[gnu::always_inline]] static bool private_to_writer(TS& ts, Object* c) {
    const Header& h = header(c);
    return h.owner.load(std::memory_order_relaxed) == ts.policy.brc.id &&
           !(h.flags.load(std::memory_order_relaxed) & kReadByOthers);
  }

  // Reads that fail validation take the lock under biased: never retried.
  template <class TS> static void count_read_retry(TS&) {}
  template <class TS> static void count_optimistic_read(TS& ts, bool hit) {
    if (hit) {
      if constexpr (counts_fast_paths<TS>) ++ts.policy.optimistic_reads;
    } else
      ++ts.policy.optimistic_fallbacks;
  }

  // The eval-breaker slow path: merge what other threads queued to this
  // one; report a quiescent state and free what is past its grace period.
  template <class TS> static void safepoint(TS& ts) {
    uint32_t bits = ts.eval_breaker.load(std::memory_order_relaxed);
    if (bits & kMergeQueueBit) merge_queue(ts, ts.rt->shared.owners.take_queue(ts.policy.brc));
    if (bits & kReleaseParkedBit) release_parked(ts);
    if (bits & kQuiescentBit) {
      ts.eval_breaker.fetch_and(~kQuiescentBit, std::memory_order_relaxed);
      reclaim(ts);
    }
  }
  // A thread registers on its first attach; blocking calls detach and
  // attach again: no GIL, but a blocked thread goes offline for QSBR so
  // that it holds up no grace period (it holds no pointer read without a
  // lock across a blocking call).
  template <class TS> static void attach(TS& ts) {
    if (ts.policy.brc.id == 0) {
      register_owner(ts, coalesce_enabled);
      ts.policy.qsbr = ts.rt->shared.qsbr.register_thread();
    } else if (ts.policy.qsbr != nullptr) {
      ts.rt->shared.qsbr.online(ts.policy.qsbr);
    }
  }
  template <class TS> static void detach(TS& ts) {
    flush_parked(ts);
    if (ts.policy.qsbr != nullptr) ts.rt->shared.qsbr.offline(ts.policy.qsbr);
  }
  // A thread that ends releases what it retired as far as grace periods
  // allow (what is left goes to the QSBR domain's orphans, freed by other
  // threads), merges what was queued to it, and leaves the owner table once
  // nothing more is queued to it. Objects it still owns are merged by
  // whichever thread would have queued them to it.
  template <class TS> static void thread_exit(TS& ts) {
    drain_parked(ts);
    auto& owners = ts.rt->shared.owners;
    for (int pass = 0; pass < 4 && ts.policy.qsbr->pending() != 0; ++pass) reclaim(ts);
    for (auto q = owners.take_queue(ts.policy.brc); !q.empty(); q = owners.take_queue(ts.policy.brc))
      merge_queue(ts, std::move(q));
    ts.rt->shared.qsbr.unregister_thread(ts.policy.qsbr);
    ts.policy.qsbr = nullptr;
    run_collected_releases(ts);
    // Leaves the owner table only once nothing is queued to it, so that
    // none of this thread's owner-path writes (the frees its merges cause
    // release objects it owns) comes after its removal: see
    // BiasedOwners::unregister_if_idle. (Removed first and merged after, a
    // thread releasing an object this one owns could merge and free it with
    // no happens-before edge to those writes: ThreadSanitizer reports such a
    // free, in memory::raw_free, as a data race.)
    for (std::vector<void*> q; !owners.unregister_if_idle(ts.policy.brc, &q); q.clear()) merge_queue(ts, std::move(q));
  }

  // At process exit (vm/teardown.h), once every thread has ended, this one
  // included: what is still retired (the orphans ended threads left) is
  // freed at once, and the releases among it are applied.
  template <class TS> static void drain_at_exit(TS& ts) {
    ts.rt->shared.qsbr.drain_all();
    run_collected_releases(ts);
  }

  template <class RT> static void configure(RT& rt) {
    immortal_enabled = rt.options.config.refcount.immortal;
    deferred_enabled = rt.options.config.refcount.deferred;
    coalesce_enabled = rt.options.config.refcount.coalesce;
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
    add_coalescing_stats(ts, out);
    out.add("deferred_objects", ts.policy.deferred_marked);
    out.add("object_lock_acquisitions", ts.policy.locks.acquisitions);
    out.add("object_lock_contended", ts.policy.locks.contended);
    out.add("lock_free_global_reads", ts.policy.lock_free_globals);
    out.add("optimistic_reads", ts.policy.optimistic_reads);
    out.add("optimistic_read_fallbacks", ts.policy.optimistic_fallbacks);
    out.add("releases_private", ts.policy.releases_private);
    out.add("containers_read_by_others", ts.policy.containers_shared);
    add_reclamation_stats(ts, out, "qsbr_");
  }

 protected:
  // (Protected: lock-free builds on this policy, strategies/lock_free.h.)
  template <class TS, class S> static void add_coalescing_stats(const TS& ts, S& out) {
    const memory::BiasedCounters& c = ts.policy.brc.counters;
    out.add("refcount_coalesced", c.coalesced);
    out.add("refcount_parked", c.parked);
    out.add("refcount_parked_releases", c.parked_releases);
  }
  template <class TS> static void register_owner(TS& ts, bool coalesce) {
    ts.rt->shared.owners.register_thread(ts.policy.brc, &ts.eval_breaker, kMergeQueueBit);
    ts.policy.brc.release_bit = kReleaseParkedBit;
    ts.policy.brc.coalesce = coalesce;
  }
  // Gives back what the RefCache parked: a non-owner decrement each, which
  // may free the object or queue it to its owner. Freeing may park more,
  // hence the loop.
  template <class TS> static void release_parked(TS& ts) {
    memory::BiasedThread& me = ts.policy.brc;
    ts.eval_breaker.fetch_and(~kReleaseParkedBit, std::memory_order_relaxed);
    while (me.cache.has_released()) {
      for (auto [h, n] : me.cache.take_released()) {
        Object* o = object_of(h);
        for (uint32_t i = 0; i < n; ++i) {
          switch (Rc::release_parked(*static_cast<Header*>(h), me)) {
            case Rc::Release::kAlive:
              break;
            case Rc::Release::kFree:
              dealloc(ts, o);
              break;
            case Rc::Release::kQueue:
              if (queue_to_owner(ts, o)) dealloc(ts, o);
              break;
          }
        }
      }
    }
  }
  // A thread about to block gives back everything it parked at its next
  // check, rather than keep objects alive while it waits.
  template <class TS> static void flush_parked(TS& ts) {
    memory::BiasedThread& me = ts.policy.brc;
    if (!me.coalesce) return;
    me.cache.flush();
    if (me.cache.has_released()) ts.eval_breaker.fetch_or(kReleaseParkedBit, std::memory_order_relaxed);
  }
  // An ending thread parks nothing more and gives everything back.
  template <class TS> static void drain_parked(TS& ts) {
    memory::BiasedThread& me = ts.policy.brc;
    if (!me.coalesce) return;
    me.coalesce = false;
    me.cache.flush();
    release_parked(ts);
  }
  template <class TS, class S> static void add_reclamation_stats(const TS& ts, S& out, std::string_view scheme) {
    std::string prefix(scheme);
    out.add(prefix + "storage_retired", ts.policy.storage_retired);
    out.add(prefix + "releases_deferred", ts.policy.releases_deferred);
    out.add(prefix + "grace_periods", ts.policy.grace_periods);
    out.add(prefix + "deferred_frees", ts.policy.deferred_frees);
  }
  // Releases whose grace period is over, collected by the QSBR deleter
  // (which gets no thread state) for this thread to run.
  static inline thread_local std::vector<Object*> collected_releases;
  static void collect_release(void* o) { collected_releases.push_back(static_cast<Object*>(o)); }

  template <class TS> static void run_collected_releases(TS& ts) {
    // Swapped out first: a release may free an object whose __del__
    // retires more.
    while (!collected_releases.empty()) {
      std::vector<Object*> ready;
      ready.swap(collected_releases);
      for (Object* o : ready)
        if (decref(ts, o)) dealloc(ts, o);
    }
  }
  template <class TS> static void reclaim(TS& ts) {
    size_t freed = ts.rt->shared.qsbr.reclaim(ts.policy.qsbr);
    if (freed != 0) {
      ++ts.policy.grace_periods;
      ts.policy.deferred_frees += freed;
    }
    run_collected_releases(ts);
  }
  // Every kRetireBatch retirements, every thread is asked to report a
  // quiescent state, this one included (it reclaims at its next check).
  template <class TS> static void note_retired(TS& ts) {
    if (++ts.policy.retired_since_request < kRetireBatch) return;
    ts.policy.retired_since_request = 0;
    ts.rt->shared.owners.signal_all(kQuiescentBit);
  }

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
