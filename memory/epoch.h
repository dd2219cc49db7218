// Epoch-based reclamation (EBR, Fraser 2004; Hart et al. 2007) for memory
// that lock-free readers may still be reading when a writer replaces it.
// Readers bracket each read-side critical section with enter()/exit(); a
// writer unlinks a block and retires it, tagged with the global epoch; the
// epoch advances only when every thread inside a critical section has
// announced the current one, and a block retired at epoch e is freed once
// the epoch reaches e + 2, when no section that could have seen it remains.
// The alternative to QSBR (memory/qsbr.h): no periodic reports from the
// interpreter loop, but a cost on every read-side section and reclamation
// that a thread stuck inside one blocks. The code is lockvm's own.
//
// Use (one EpochThread per thread):
//   thread start / end:     register_thread() / unregister_thread()
//   around each lock-free read:   enter(t) ... exit(t)   (may nest)
//   free shared storage:    retire(t, block)     (inside a section or not)
//   now and then:           reclaim(t)
//   process exit:           drain_all()
//
// Memory-order argument in brief (details at each operation):
//   1. retire tags with an RMW on the epoch (release), sequenced after the
//      unlink; every advance is an RMW that follows it, so the unlinks happen
//      before each later epoch value and before any section announcing it.
//   2. enter is a store (announcement) followed by loads of shared pointers,
//      and the advancer reads announcements after its own unlinks were
//      published: the store-buffering shape. Both the announcement and the
//      advancer's read of it are RMWs (acq_rel) on the thread's state word,
//      so one precedes the other in its modification order and synchronizes
//      with it (a seq_cst store alone is not enough in the C++ model unless
//      the readers' loads are seq_cst too; a release store plus a seq_cst
//      fence would be, but ThreadSanitizer does not model fences).
//   3. exit is a release store that the advancer reads with acquire, so the
//      section's reads happen before the advance and before every free
//      that depends on it.
#pragma once

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "memory/alloc.h"

namespace lockvm::memory {

// How a retired block is finally freed; memory::release by default.
using BlockDeleter = void (*)(void*);

class EpochDomain;

// One thread's participation in an EpochDomain, created by register_thread
// and used only by that thread. Cache-line aligned so that advancers reading
// `state_` disturb no one else.
struct alignas(64) EpochThread {
 public:
  // Number of reclaim() calls on this thread that freed at least one block.
  // Relaxed atomic written only by the owner, readable from anywhere for
  // statistics; it orders nothing.
  uint64_t grace_periods() const { return grace_periods_.load(std::memory_order_relaxed); }
  // Blocks freed by this thread's reclaim() calls (own and adopted orphans).
  uint64_t deferred_frees() const { return deferred_frees_.load(std::memory_order_relaxed); }
  // Epoch advances this thread's try_advance() calls performed.
  uint64_t advances() const { return advances_.load(std::memory_order_relaxed); }
  // Blocks retired by this thread and not yet freed. Owner only.
  size_t pending() const { return retired_.size(); }
  // Owner only.
  bool in_critical_section() const { return depth_ != 0; }

 private:
  friend class EpochDomain;
  struct Retired {
    void* block;
    BlockDeleter deleter;
    uint64_t epoch;  // meaningful from tagging on; freed when the global epoch >= epoch + 2
  };

  explicit EpochThread(EpochDomain* domain) : domain_(domain) {}

  // kInactive outside critical sections; (announced epoch << 1) | 1 inside.
  // Written by the owner (acq_rel exchange in enter, release store in exit)
  // and read by advancers with an acq_rel RMW; see EpochDomain.
  std::atomic<uint64_t> state_{0};

  // Owner-only state from here on, on its own cache line.
  alignas(64) EpochDomain* domain_;
  int depth_ = 0;  // nesting of enter()
  // Oldest first; tags never decrease along the list (each batch is tagged
  // by a later RMW on the epoch), so reclaim frees a prefix. Entries from
  // `untagged_from_` on have no tag yet.
  std::vector<Retired> retired_;
  size_t untagged_from_ = 0;
  std::atomic<uint64_t> grace_periods_{0};   // relaxed, owner-written
  std::atomic<uint64_t> deferred_frees_{0};  // relaxed, owner-written
  std::atomic<uint64_t> advances_{0};        // relaxed, owner-written
};

class EpochDomain {
 public:
  static constexpr uint64_t kInactive = 0;
  static constexpr uint64_t kActiveBit = 1;
  static constexpr uint64_t kInitialEpoch = 1;
  // Retired blocks share one tagging RMW per this many; a batch is also
  // tagged at the next reclaim(). Tagging late only delays a free.
  static constexpr size_t kTagBatch = 32;

  EpochDomain() = default;
  EpochDomain(const EpochDomain&) = delete;
  EpochDomain& operator=(const EpochDomain&) = delete;
  // Frees every pending block and any record never unregistered; no thread
  // may use the domain any more.
  ~EpochDomain();

  EpochThread* register_thread();
  // Outside any critical section. Reclaims what it can, hands the rest to
  // the orphan list (freed by a later reclaim() on any thread or by
  // drain_all) and deletes `t`.
  void unregister_thread(EpochThread* t);

  // Starts a read-side critical section; shared pointers may be loaded
  // until the matching exit(). Nested calls only count. The epoch load is
  // acquire: an epoch value carries the unlinks of every block tagged
  // before the advance that wrote it (1. above). The announcement is an
  // acq_rel RMW for the store-buffering reason (2. above); on x86 it is the
  // same `xchg` a seq_cst store would compile to.
  void enter(EpochThread* t) {
    if (t->depth_++ != 0) return;
    const uint64_t e = epoch_.load(std::memory_order_acquire);
    t->state_.exchange((e << 1) | kActiveBit, std::memory_order_acq_rel);
  }

  // Ends the section. Release: the section's reads happen before any
  // advance whose scan reads this store, hence before the frees it allows.
  void exit(EpochThread* t) {
    assert(t->depth_ > 0 && "exit without enter");
    if (--t->depth_ != 0) return;
    t->state_.store(kInactive, std::memory_order_release);
  }

  // Schedules `block` to be freed with `deleter` once no critical section
  // can still hold it. The caller must have unlinked it first. A vector
  // push; every kTagBatch-th call adds one RMW on the epoch.
  void retire(EpochThread* t, void* block, BlockDeleter deleter = &release) {
    t->retired_.push_back({block, deleter, 0});
    if (t->retired_.size() - t->untagged_from_ >= kTagBatch) tag_untagged(t);
  }

  // Advances the epoch (up to twice, as far as the pending blocks need) and
  // frees this thread's blocks and orphans retired two or more epochs ago.
  // May be called inside a critical section (the caller's own announcement
  // then holds the epoch back like anyone's). Returns how many were freed.
  // A thread alone in the domain and outside a section frees all of its
  // blocks in one call: nobody is announced, so both advances succeed.
  size_t reclaim(EpochThread* t);

  // Moves the global epoch from e to e + 1 if every thread inside a critical
  // section has announced e. True if this call advanced it.
  bool try_advance(EpochThread* t);

  // Frees every pending block and orphan at once; the caller guarantees no
  // thread is inside a critical section or using the domain concurrently.
  size_t drain_all();

  uint64_t epoch() const { return epoch_.load(std::memory_order_relaxed); }
  size_t orphan_count() const;
  size_t thread_count() const;

 private:
  using Retired = EpochThread::Retired;

  // Tags the untagged blocks with the current epoch, read by an RMW rather
  // than a load: a load could return e while this thread's unlinks are not
  // yet visible to a reader that announces e + 1 (on x86 the unlinks may sit
  // in the store buffer while the load runs), and such a reader would still
  // be inside its section when the epoch reaches e + 2. As an RMW with
  // release, it heads a release sequence that every later advance (all RMWs)
  // continues, so its unlinks happen before every later epoch value.
  void tag_untagged(EpochThread* t) {
    const uint64_t e = epoch_.fetch_add(0, std::memory_order_release);
    for (size_t i = t->untagged_from_; i < t->retired_.size(); ++i) t->retired_[i].epoch = e;
    t->untagged_from_ = t->retired_.size();
  }

  // The global epoch. Modified only by RMWs (the advance CAS and the tagging
  // fetch_add of 0), so every value continues the release sequence of each
  // earlier modification.
  alignas(64) std::atomic<uint64_t> epoch_{kInitialEpoch};
  // Number of orphans, a relaxed hint that lets reclaim skip the mutex; the
  // list itself is under registry_mu_.
  alignas(64) std::atomic<size_t> orphan_hint_{0};

  mutable std::mutex registry_mu_;
  std::vector<EpochThread*> threads_;  // guarded by registry_mu_
  std::vector<Retired> orphans_;       // guarded by registry_mu_
};

// Scoped critical section.
class EpochGuard {
 public:
  EpochGuard(EpochDomain& domain, EpochThread* t) : domain_(domain), t_(t) { domain_.enter(t_); }
  ~EpochGuard() { domain_.exit(t_); }
  EpochGuard(const EpochGuard&) = delete;
  EpochGuard& operator=(const EpochGuard&) = delete;

 private:
  EpochDomain& domain_;
  EpochThread* t_;
};

}  // namespace lockvm::memory
