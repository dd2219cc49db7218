// The slow paths of QSBR (memory/qsbr.h): registration, the offline/online
// transitions, polling and the hand-over of a departing thread's blocks.
#include "memory/qsbr.h"

#include <algorithm>
#include <cassert>

namespace lockvm::memory {
namespace {

template <class Vec>
size_t free_range(const Vec& blocks, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) blocks[i].deleter(blocks[i].block);
  return end - begin;
}

}  // namespace

QsbrDomain::~QsbrDomain() {
  drain_all();
  std::lock_guard<std::mutex> lock(registry_mu_);
  for (QsbrThread* t : threads_) delete t;
  threads_.clear();
}

QsbrThread* QsbrDomain::register_thread() {
  auto* t = new QsbrThread(this);
  // Counted online before it can load anything; acq_rel for the same reason
  // as in online().
  online_count_.fetch_add(1, std::memory_order_acq_rel);
  // Its first report. Pollers cannot see the record until it is in threads_
  // (the mutex orders that): a poll before the insertion happens before this
  // thread's first load of a shared pointer, so that load sees the unlinks
  // the poll was about.
  t->seq_.store(wr_seq_.load(std::memory_order_acquire), std::memory_order_release);
  std::lock_guard<std::mutex> lock(registry_mu_);
  threads_.push_back(t);
  return t;
}

void QsbrDomain::unregister_thread(QsbrThread* t) {
  assert(t->domain_ == this);
  if (!t->is_online()) online(t);
  // A departing thread is quiescent by definition; free what it can now so
  // that the orphan list stays short.
  reclaim(t);
  offline(t);
  std::lock_guard<std::mutex> lock(registry_mu_);
  // reclaim() tagged every block (or freed them all), so each orphan has
  // its goal; the mutex publishes the list, and the unlinks before it, to
  // whichever thread adopts it.
  orphans_.insert(orphans_.end(), t->retired_.begin(), t->retired_.end());
  orphan_hint_.store(orphans_.size(), std::memory_order_relaxed);
  threads_.erase(std::find(threads_.begin(), threads_.end(), t));
  delete t;
}

void QsbrDomain::offline(QsbrThread* t) {
  assert(t->is_online());
  // Release (both): every read the thread made while online happens before
  // the free of a poller that reads this 0 (acquire RMW on seq_), and before
  // that of a reclaimer that finds itself alone (acquire RMW on the count).
  t->seq_.store(kOffline, std::memory_order_release);
  online_count_.fetch_sub(1, std::memory_order_release);
}

void QsbrDomain::online(QsbrThread* t) {
  assert(!t->is_online());
  // The store-buffering shape: this thread announces itself and then loads
  // shared pointers, while a writer unlinks a block and then reads this
  // thread's announcement. A release store could be read as "still offline"
  // by the writer while this thread's loads still see the old pointer. Both
  // sides are RMWs on the same atomic instead, so they are ordered in its
  // modification order: if the poller's RMW (release) comes first, this
  // acquire RMW reads it and everything before the poll, the unlink
  // included, happens before this thread's loads; if this one comes first,
  // the poller sees the thread online with a seq below the new goal.
  // The same holds for the count, which the single-thread path reads.
  online_count_.fetch_add(1, std::memory_order_acq_rel);
  t->seq_.exchange(wr_seq_.load(std::memory_order_acquire), std::memory_order_acq_rel);
}

uint64_t QsbrDomain::scan_locked() {
  // wr_seq first: a goal at or below this value was produced by an advance
  // this acquire load synchronizes with, so the unlinks tagged with it
  // happen before the RMWs below, and through them before the loads of any
  // thread that comes online after its RMW.
  uint64_t min_seq = wr_seq_.load(std::memory_order_acquire);
  for (QsbrThread* other : threads_) {
    // An RMW, not a load (see online()); acquire also orders the thread's
    // reads before its reported quiescent state ahead of our frees.
    const uint64_t s = other->seq_.fetch_add(0, std::memory_order_acq_rel);
    if (s != kOffline && s < min_seq) min_seq = s;
  }
  return min_seq;
}

size_t QsbrDomain::reclaim(QsbrThread* t) {
  assert(t->is_online() && "reclaim from an offline thread");
  const bool have_orphans = orphan_hint_.load(std::memory_order_relaxed) != 0;
  if (t->retired_.empty() && !have_orphans) {
    quiescent(t);
    return 0;
  }

  size_t freed = 0;
  std::vector<Retired> adopted;
  // Single-thread path: when the caller is the only online thread, no other
  // thread can hold a retired block: an offline thread holds no shared
  // pointer (its reads happen before its offline decrement, which this
  // acquire RMW reads or follows), and a thread that comes online later
  // increments the count after this RMW in its modification order, so this
  // release makes every unlink before it visible to that thread's loads.
  // The caller itself is at a quiescent point. So everything goes now, with
  // no wr_seq advance and no scan.
  if (online_count_.fetch_add(0, std::memory_order_acq_rel) == 1) {
    freed += free_range(t->retired_, 0, t->retired_.size());
    t->retired_.clear();
    t->untagged_from_ = 0;
    if (have_orphans) {
      std::lock_guard<std::mutex> lock(registry_mu_);
      adopted.swap(orphans_);
      orphan_hint_.store(0, std::memory_order_relaxed);
    }
    quiescent(t);
  } else {
    if (t->untagged_from_ < t->retired_.size()) tag_untagged(t);
    // After tagging: the caller's own seq then covers its newest goal, so a
    // caller whose readers are all quiescent frees in this very call.
    quiescent(t);
    uint64_t safe = rd_seq_.load(std::memory_order_acquire);
    const bool own_blocked = !t->retired_.empty() && t->retired_.front().goal > safe;
    if (own_blocked || have_orphans) {
      std::lock_guard<std::mutex> lock(registry_mu_);
      const uint64_t scanned = scan_locked();
      if (scanned > safe) {
        // Publish for other pollers. Release: a poller that loads the new
        // value (acquire) inherits this scan's synchronization. Relaxed on
        // failure: then someone published a value at least as high, and we
        // free on our own scan's strength only.
        uint64_t cur = safe;
        while (cur < scanned &&
               !rd_seq_.compare_exchange_weak(cur, scanned, std::memory_order_release,
                                              std::memory_order_relaxed)) {
        }
        safe = scanned;
      }
      if (have_orphans) {
        auto keep = std::partition(orphans_.begin(), orphans_.end(),
                                   [safe](const Retired& r) { return r.goal > safe; });
        adopted.assign(keep, orphans_.end());
        orphans_.erase(keep, orphans_.end());
        orphan_hint_.store(orphans_.size(), std::memory_order_relaxed);
      }
    }
    size_t n = 0;
    while (n < t->retired_.size() && t->retired_[n].goal <= safe) ++n;
    freed += free_range(t->retired_, 0, n);
    t->retired_.erase(t->retired_.begin(), t->retired_.begin() + static_cast<ptrdiff_t>(n));
    t->untagged_from_ -= n;
  }
  // Deleters run outside the registry mutex: they may be slow.
  freed += free_range(adopted, 0, adopted.size());

  if (freed != 0) {
    // Owner-only counters (relaxed, see QsbrThread): plain load and store.
    t->grace_periods_.store(t->grace_periods_.load(std::memory_order_relaxed) + 1,
                            std::memory_order_relaxed);
    t->deferred_frees_.store(t->deferred_frees_.load(std::memory_order_relaxed) + freed,
                             std::memory_order_relaxed);
  }
  return freed;
}

size_t QsbrDomain::drain_all() {
  std::vector<Retired> all;
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    all.swap(orphans_);
    orphan_hint_.store(0, std::memory_order_relaxed);
    // The caller guarantees the owners are not running, so their private
    // lists may be taken here.
    for (QsbrThread* t : threads_) {
      all.insert(all.end(), t->retired_.begin(), t->retired_.end());
      t->retired_.clear();
      t->untagged_from_ = 0;
    }
  }
  return free_range(all, 0, all.size());
}

size_t QsbrDomain::orphan_count() const {
  std::lock_guard<std::mutex> lock(registry_mu_);
  return orphans_.size();
}

size_t QsbrDomain::thread_count() const {
  std::lock_guard<std::mutex> lock(registry_mu_);
  return threads_.size();
}

}  // namespace lockvm::memory
