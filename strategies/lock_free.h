// `lock-free`: no GIL, and readers of shared containers never take a lock.
// It builds on `biased` (strategies/biased.h): the same 24-byte header,
// immortal and deferred objects, a one-byte lock per container for the
// writes that have no lock-free form yet (counted as lock fallbacks), and
// storage and values a writer removes freed only after a grace period. What
// it adds:
//   - a dict value is replaced by CAS, without the lock (d[k] = v, an
//     attribute or a global rebound, for str and number keys: the
//     protocol is DictTable::enable_cas_values's), and a list item is
//     stored, and appended when its block has room, by CAS (l[i] = v,
//     l.append(v): vm/list_cas.h); other writes take the lock, counted as
//     lock fallbacks (a list's lock also seals it against CAS appends);
//   - reads never fall back to a lock: a list read that meets a write in
//     progress reads again (read_retries); a dict lookup whose key equality
//     would run user code is the only read that takes the lock, counted
//     (optimistic_read_fallbacks);
//   - reclamation by QSBR (threads report quiescent states at eval-breaker
//     checks, as under biased) or by epochs (memory/epoch.h: every lock-free
//     read is a critical section, and nothing else is asked of the
//     interpreter loop), knob `reclamation.scheme`;
//   - reference counts biased (as under `biased`) or atomic (every change a
//     `lock xadd` on the shared word, no owner), knob `refcount.scheme`;
//     immortal and deferred objects skip counting under both.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "memory/epoch.h"
#include "strategies/biased.h"
#include "strategies/config.h"

namespace lockvm {

template <RefcountScheme kScheme>
struct LockFreePolicy : BiasedPolicy {
  static constexpr std::string_view kName = "lock-free";
  static constexpr std::string_view kSummary =
      "no GIL: container reads never lock (retry, never block), writes locked only as a counted "
      "fallback; biased or atomic refcounts; QSBR or epoch reclamation";
  static constexpr std::string_view kKnobs[] = {"refcount.immortal", "refcount.deferred", "refcount.coalesce",
                                                "refcount.scheme", "reclamation.scheme"};
  static constexpr bool kLockFreeReads = true;
  static constexpr bool kCasWrites = true;
  // CAS writers take no lock, so biased's owner-private lists (marked under
  // the lock) do not carry over: every removed value waits for a grace period.
  static constexpr bool kPrivateContainers = false;
  // Under the atomic scheme every count change is a `lock xadd` already; a
  // counter beside it is noise, so that scheme has one instantiation, which
  // always counts. The biased scheme gets a --stats one (strategies/policy.h).
  static constexpr bool kCountFastPaths = kScheme == RefcountScheme::kAtomic;

  struct ThreadData : BiasedPolicy::ThreadData {
    memory::EpochThread* epoch = nullptr;  // registered on the first attach (epoch scheme)
    uint64_t read_retries = 0;             // lock-free reads that met a write in progress and read again
    uint64_t epoch_sections = 0;           // read-side critical sections entered (epoch scheme)
    uint64_t cas_writes = 0;               // dict values replaced, list items stored and appended by CAS
    uint64_t cas_retries = 0;              // CASes that lost a race, and waits for a resize or a seal
  };
  struct Shared : BiasedPolicy::Shared {
    memory::EpochDomain epoch;
  };

  // The [reclamation] knob, set once by configure() before any thread starts.
  static inline bool use_epochs = false;

  template <class TS> static void init_header(TS& ts, Object* o) {
    if constexpr (kScheme == RefcountScheme::kBiased) {
      BiasedPolicy::init_header(ts, o);
    } else {
      Header& h = header(o);
      new (&h.mutex) locking::Mutex();
      h.flags.store(0, std::memory_order_relaxed);
      h.owner.store(0, std::memory_order_relaxed);
      h.shared.store(Rc::kOne, std::memory_order_relaxed);
      h.local.store(0, std::memory_order_relaxed);
    }
  }
  // The atomic scheme keeps the whole count in the shared word (in the
  // same units as biased, so Rc::count reads both) and leaves `local` to
  // the immortal and deferred marks; nothing is ever owned or queued.
  template <class TS> [[gnu::always_inline]] static void incref(TS& ts, Object* o) {
    if constexpr (kScheme == RefcountScheme::kBiased) {
      BiasedPolicy::incref(ts, o);
    } else {
      Header& h = header(o);
      if (skip_count(ts, h)) [[unlikely]] return;
      ++ts.policy.brc.counters.shared_ops;
      // relaxed: taking a reference orders nothing.
      h.shared.fetch_add(Rc::kOne, std::memory_order_relaxed);
    }
  }
  template <class TS> [[gnu::always_inline]] static bool decref(TS& ts, Object* o) {
    if constexpr (kScheme == RefcountScheme::kBiased) {
      return BiasedPolicy::decref(ts, o);
    } else {
      Header& h = header(o);
      if (skip_count(ts, h)) [[unlikely]] return false;
      ++ts.policy.brc.counters.shared_ops;
      // acq_rel: the thread that frees sees every other thread's writes.
      return h.shared.fetch_sub(Rc::kOne, std::memory_order_acq_rel) == Rc::kOne;
    }
  }

  template <class TS> static bool unique(TS& ts, Object* o) {
    if constexpr (kScheme == RefcountScheme::kBiased) {
      return BiasedPolicy::unique(ts, o);
    } else {
      // A marked object is never unique (local holds the mark); acquire as
      // for a free.
      const Header& h = header(o);
      return h.local.load(std::memory_order_relaxed) == 0 && h.shared.load(std::memory_order_acquire) == Rc::kOne;
    }
  }

  // A guard around one lock-free read: an epoch critical section under the
  // epoch scheme, nothing under QSBR (the thread's next quiescent state
  // already ends its read).
  struct ReadSection {
    memory::EpochThread* t;
    memory::EpochDomain* domain;
    ~ReadSection() {
      if (t != nullptr) domain->exit(t);
    }
  };
  template <class TS> [[gnu::always_inline]] static ReadSection read_section(TS& ts) {
    memory::EpochThread* t = ts.policy.epoch;
    if (t == nullptr) return {nullptr, nullptr};
    ++ts.policy.epoch_sections;
    ts.rt->shared.epoch.enter(t);
    return {t, &ts.rt->shared.epoch};
  }
  // A container's lock, under epochs also a read section: a CAS writer
  // does not take the lock, so a value read under it may be replaced and
  // retired meanwhile, and only a section keeps it from being freed before
  // the reader has counted its reference.
  struct LockedSection {
    ReadSection section;
    locking::ObjectGuard guard;
  };
  struct TwoLockedSection {
    ReadSection section;
    locking::TwoObjectGuard guard;
  };
  template <class TS> [[gnu::always_inline]] static LockedSection lock(TS& ts, Object* o) {
    return {read_section(ts), locking::ObjectGuard(ts.policy.locks, o, header(o).mutex)};
  }
  template <class TS> static TwoLockedSection lock_two(TS& ts, Object* a, Object* b) {
    return {read_section(ts), locking::TwoObjectGuard(ts.policy.locks, a, header(a).mutex, b, header(b).mutex)};
  }
  // Whether this thread holds o's lock already (a re-entered list is
  // sealed by its outer holder: vm/list_cas.h).
  template <class TS> static bool holds_lock(TS& ts, const void* o) { return ts.policy.locks.holds(o); }
  template <class TS> static void count_read_retry(TS& ts) { ++ts.policy.read_retries; }
  template <class TS> static void count_cas_write(TS& ts, bool replaced, uint64_t retries) {
    ts.policy.cas_writes += replaced;
    ts.policy.cas_retries += retries;
  }

  template <class TS> static bool grace_needed(TS& ts) {
    return ts.rt->threads_started.load(std::memory_order_relaxed) != 0 &&
           (ts.policy.qsbr != nullptr || ts.policy.epoch != nullptr);
  }
  template <class TS> static void retire(TS& ts, void* block, size_t) {
    if (!grace_needed(ts)) {
      memory::release(block);
      return;
    }
    ++ts.policy.storage_retired;
    if (ts.policy.epoch != nullptr)
      ts.rt->shared.epoch.retire(ts.policy.epoch, block);
    else
      ts.rt->shared.qsbr.retire(ts.policy.qsbr, block);
    note_retired(ts);
  }
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
    if (Rc::skips(header(o))) return;
    ++ts.policy.releases_deferred;
    if (ts.policy.epoch != nullptr)
      ts.rt->shared.epoch.retire(ts.policy.epoch, o, &collect_release);
    else
      ts.rt->shared.qsbr.retire(ts.policy.qsbr, o, &collect_release);
    note_retired(ts);
  }

  template <class TS> static void safepoint(TS& ts) {
    uint32_t bits = ts.eval_breaker.load(std::memory_order_relaxed);
    if (bits & kMergeQueueBit) merge_queue(ts, ts.rt->shared.owners.take_queue(ts.policy.brc));
    if (bits & kReleaseParkedBit) release_parked(ts);
    if (bits & kQuiescentBit) {
      ts.eval_breaker.fetch_and(~kQuiescentBit, std::memory_order_relaxed);
      reclaim(ts);
    }
  }
  template <class TS> static void attach(TS& ts) {
    if (ts.policy.brc.id == 0) {
      // Coalescing is part of biased counting: the atomic scheme has no
      // owners, so nothing to coalesce.
      register_owner(ts, coalesce_enabled && kScheme == RefcountScheme::kBiased);
      if (use_epochs)
        ts.policy.epoch = ts.rt->shared.epoch.register_thread();
      else
        ts.policy.qsbr = ts.rt->shared.qsbr.register_thread();
    } else if (ts.policy.qsbr != nullptr) {
      ts.rt->shared.qsbr.online(ts.policy.qsbr);
    }
  }
  // detach is BiasedPolicy's: an epoch thread (qsbr == nullptr) outside a
  // read section holds nothing up, so only a QSBR thread goes offline.
  // As under biased (BiasedPolicy::thread_exit), with either domain.
  template <class TS> static void thread_exit(TS& ts) {
    drain_parked(ts);
    auto& owners = ts.rt->shared.owners;
    for (int pass = 0; pass < 4 && pending(ts) != 0; ++pass) reclaim(ts);
    for (auto q = owners.take_queue(ts.policy.brc); !q.empty(); q = owners.take_queue(ts.policy.brc))
      merge_queue(ts, std::move(q));
    if (ts.policy.epoch != nullptr) ts.rt->shared.epoch.unregister_thread(ts.policy.epoch);
    if (ts.policy.qsbr != nullptr) ts.rt->shared.qsbr.unregister_thread(ts.policy.qsbr);
    ts.policy.epoch = nullptr;
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

  // As BiasedPolicy::drain_at_exit, with either domain and this policy's
  // decref.
  template <class TS> static void drain_at_exit(TS& ts) {
    ts.rt->shared.qsbr.drain_all();
    ts.rt->shared.epoch.drain_all();
    run_collected_releases(ts);
  }

  template <class RT> static void configure(RT& rt) {
    BiasedPolicy::configure(rt);
    use_epochs = rt.options.config.reclamation.scheme == ReclamationScheme::kEpoch;
  }

  template <class TS, class S> static void add_stats(const TS& ts, S& out) {
    const memory::BiasedCounters& c = ts.policy.brc.counters;
    if constexpr (kScheme == RefcountScheme::kBiased) {
      out.add("refcount_owner_ops", c.owner_ops);
      out.add("refcount_shared_ops", c.shared_ops);
    } else {
      out.add("refcount_atomic_ops", c.shared_ops);
    }
    out.add("refcount_immortal_skips", c.immortal_skips);
    out.add("refcount_deferred_skips", c.deferred_skips);
    if constexpr (kScheme == RefcountScheme::kBiased) {
      out.add("brc_queued", c.queued);
      out.add("brc_queue_merges", c.queue_merges);
      out.add("brc_zero_local_merges", c.zero_local_merges);
      add_coalescing_stats(ts, out);
    }
    out.add("deferred_objects", ts.policy.deferred_marked);
    // Every lock taken under lock-free is a fallback: a write with no
    // lock-free form, or a read whose key equality runs user code.
    out.add("lock_fallbacks", ts.policy.locks.acquisitions);
    out.add("lock_fallbacks_contended", ts.policy.locks.contended);
    out.add("lock_free_global_reads", ts.policy.lock_free_globals);
    out.add("lock_free_reads", ts.policy.optimistic_reads);
    out.add("lock_free_read_retries", ts.policy.read_retries);
    out.add("read_lock_fallbacks", ts.policy.optimistic_fallbacks);
    out.add("cas_writes", ts.policy.cas_writes);
    out.add("cas_retries", ts.policy.cas_retries);
    if (use_epochs) out.add("epoch_read_sections", ts.policy.epoch_sections);
    add_reclamation_stats(ts, out, use_epochs ? "epoch_" : "qsbr_");
  }

 private:
  template <class TS> [[gnu::always_inline]] static bool skip_count(TS& ts, Header& h) {
    uint32_t mark = h.local.load(std::memory_order_relaxed);
    if (mark < Rc::kDeferredMark) [[likely]] return false;
    if (mark == Rc::kImmortalMark)
      ++ts.policy.brc.counters.immortal_skips;
    else
      ++ts.policy.brc.counters.deferred_skips;
    return true;
  }
  template <class TS> static size_t pending(TS& ts) {
    return ts.policy.epoch != nullptr ? ts.policy.epoch->pending() : ts.policy.qsbr->pending();
  }
  // BiasedPolicy's, but with this policy's decref (the atomic scheme's
  // counts are not biased).
  template <class TS> static void run_collected_releases(TS& ts) {
    while (!collected_releases.empty()) {
      std::vector<Object*> ready;
      ready.swap(collected_releases);
      for (Object* o : ready)
        if (decref(ts, o)) dealloc(ts, o);
    }
  }
  template <class TS> static void reclaim(TS& ts) {
    size_t freed = ts.policy.epoch != nullptr ? ts.rt->shared.epoch.reclaim(ts.policy.epoch)
                                              : ts.rt->shared.qsbr.reclaim(ts.policy.qsbr);
    if (freed != 0) {
      ++ts.policy.grace_periods;
      ts.policy.deferred_frees += freed;
    }
    run_collected_releases(ts);
  }
  // QSBR needs every thread to report: every kRetireBatch retirements all
  // are asked to. Epoch readers announce themselves, so the retiring
  // thread just tries to advance and free.
  template <class TS> static void note_retired(TS& ts) {
    if (++ts.policy.retired_since_request < kRetireBatch) return;
    ts.policy.retired_since_request = 0;
    if (ts.policy.epoch != nullptr)
      reclaim(ts);
    else
      ts.rt->shared.owners.signal_all(kQuiescentBit);
  }
};

using LockFreeBiasedPolicy = LockFreePolicy<RefcountScheme::kBiased>;
using LockFreeAtomicPolicy = LockFreePolicy<RefcountScheme::kAtomic>;

}  // namespace lockvm
