// The slow paths of EBR (memory/epoch.h): registration, advancing the epoch,
// freeing and the hand-over of a departing thread's blocks.
#include "memory/epoch.h"

#include <algorithm>
#include <limits>

namespace lockvm::memory {
namespace {

template <class Vec>
size_t free_range(const Vec& blocks, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) blocks[i].deleter(blocks[i].block);
  return end - begin;
}

}  // namespace

EpochDomain::~EpochDomain() {
  drain_all();
  std::lock_guard<std::mutex> lock(registry_mu_);
  for (EpochThread* t : threads_) delete t;
  threads_.clear();
}

EpochThread* EpochDomain::register_thread() {
  // Inactive until its first enter(), so it blocks nothing meanwhile.
  auto* t = new EpochThread(this);
  std::lock_guard<std::mutex> lock(registry_mu_);
  threads_.push_back(t);
  return t;
}

void EpochDomain::unregister_thread(EpochThread* t) {
  assert(t->domain_ == this);
  assert(t->depth_ == 0 && "unregister inside a critical section");
  // reclaim() tags every block it finds (and frees what it can), so each
  // orphan carries its epoch; the mutex publishes the list, and the unlinks
  // before it, to whichever thread adopts it.
  reclaim(t);
  std::lock_guard<std::mutex> lock(registry_mu_);
  orphans_.insert(orphans_.end(), t->retired_.begin(), t->retired_.end());
  orphan_hint_.store(orphans_.size(), std::memory_order_relaxed);
  threads_.erase(std::find(threads_.begin(), threads_.end(), t));
  delete t;
}

bool EpochDomain::try_advance(EpochThread* t) {
  // Acquire: this epoch value carries every unlink tagged before the advance
  // that wrote it, and the RMWs below pass them on to any thread whose
  // announcement follows them.
  uint64_t e = epoch_.load(std::memory_order_acquire);
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    for (EpochThread* other : threads_) {
      // An RMW, not a load (see epoch.h, 2.): acquire orders the reads of a
      // section that has exited before this advance; release makes the
      // unlinks above visible to a section announced after this read.
      const uint64_t s = other->state_.fetch_add(0, std::memory_order_acq_rel);
      if ((s & kActiveBit) != 0 && (s >> 1) != e) return false;
    }
  }
  // acq_rel: acquire continues the chain from the tagging RMWs before it;
  // release passes it on to whoever loads e + 1 or later. Failure (someone
  // else advanced first) is fine and needs no ordering.
  if (!epoch_.compare_exchange_strong(e, e + 1, std::memory_order_acq_rel,
                                      std::memory_order_relaxed)) {
    return false;
  }
  t->advances_.store(t->advances_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  return true;
}

size_t EpochDomain::reclaim(EpochThread* t) {
  const bool have_orphans = orphan_hint_.load(std::memory_order_relaxed) != 0;
  if (t->retired_.empty() && !have_orphans) return 0;
  if (t->untagged_from_ < t->retired_.size()) tag_untagged(t);

  // Advance as far as the oldest own block needs (its epoch + 2), at most
  // twice; orphans' epochs are unknown without the mutex, so their presence
  // alone is reason to try.
  uint64_t e = epoch_.load(std::memory_order_acquire);
  const uint64_t want = t->retired_.empty() ? std::numeric_limits<uint64_t>::max()
                                            : t->retired_.front().epoch + 2;
  for (int i = 0; i < 2 && (e < want || have_orphans); ++i) {
    if (!try_advance(t)) break;
    e = epoch_.load(std::memory_order_acquire);
  }
  // Acquire: the epoch we free on must carry the exits the advance saw.
  e = epoch_.load(std::memory_order_acquire);

  size_t freed = 0;
  size_t n = 0;
  while (n < t->retired_.size() && t->retired_[n].epoch + 2 <= e) ++n;
  freed += free_range(t->retired_, 0, n);
  t->retired_.erase(t->retired_.begin(), t->retired_.begin() + static_cast<ptrdiff_t>(n));
  t->untagged_from_ -= n;

  if (have_orphans) {
    std::vector<Retired> adopted;
    {
      std::lock_guard<std::mutex> lock(registry_mu_);
      auto keep = std::partition(orphans_.begin(), orphans_.end(),
                                 [e](const Retired& r) { return r.epoch + 2 > e; });
      adopted.assign(keep, orphans_.end());
      orphans_.erase(keep, orphans_.end());
      orphan_hint_.store(orphans_.size(), std::memory_order_relaxed);
    }
    // Outside the mutex: deleters may be slow.
    freed += free_range(adopted, 0, adopted.size());
  }

  if (freed != 0) {
    t->grace_periods_.store(t->grace_periods_.load(std::memory_order_relaxed) + 1,
                            std::memory_order_relaxed);
    t->deferred_frees_.store(t->deferred_frees_.load(std::memory_order_relaxed) + freed,
                             std::memory_order_relaxed);
  }
  return freed;
}

size_t EpochDomain::drain_all() {
  std::vector<Retired> all;
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    all.swap(orphans_);
    orphan_hint_.store(0, std::memory_order_relaxed);
    // The caller guarantees the owners are not running.
    for (EpochThread* t : threads_) {
      all.insert(all.end(), t->retired_.begin(), t->retired_.end());
      t->retired_.clear();
      t->untagged_from_ = 0;
    }
  }
  return free_range(all, 0, all.size());
}

size_t EpochDomain::orphan_count() const {
  std::lock_guard<std::mutex> lock(registry_mu_);
  return orphans_.size();
}

size_t EpochDomain::thread_count() const {
  std::lock_guard<std::mutex> lock(registry_mu_);
  return threads_.size();
}

}  // namespace lockvm::memory
