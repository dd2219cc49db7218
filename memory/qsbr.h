// Quiescent-state-based reclamation (QSBR) for memory that lock-free readers
// may still be reading when a writer replaces it: a list's old item array
// after a resize, a dict's old table. The writer unlinks the block and
// retires it here; the block is freed once every online thread has passed a
// quiescent state (a point where it holds no pointer it loaded from shared
// structures) after the retirement. The design follows CPython 3.13t's
// Python/qsbr.c (a global write sequence, per-thread read sequences, 0
// meaning "offline"); the code and the ordering argument are lockvm's own.
//
// How a free-threaded strategy uses it (one QsbrThread per VM thread):
//   thread start / end:            register_thread() / unregister_thread()
//   free shared storage:           retire(t, block)          (never frees now)
//   interpreter safepoint:         quiescent(t); if (t->pending()) reclaim(t)
//   around a blocking call:        offline(t) ... online(t)
//   process exit (no readers):     drain_all()
//
// Memory-order argument in brief (the details are at each operation):
//   1. retire: the unlink of a block is sequenced before the release RMW on
//      wr_seq that gives it its goal, so any thread whose acquire load of
//      wr_seq sees the goal also sees the unlink, and cannot load the block.
//   2. quiescent: a release store of the seq it read; a poller's acquire read
//      of that seq orders every earlier read of the thread before the free.
//   3. online (offline -> online) is a store followed by loads of shared
//      pointers, the store-buffering shape: both the online announcement and
//      the poller's read of each seq are RMWs (acq_rel), so one of the two is
//      earlier in the seq's modification order and synchronizes with the
//      other. No seq_cst fences: ThreadSanitizer does not model them, and GCC
//      warns about them under -fsanitize=thread.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "memory/alloc.h"

namespace lockvm::memory {

// How a retired block is finally freed; memory::release by default.
using BlockDeleter = void (*)(void*);

class QsbrDomain;

// One thread's participation in a QsbrDomain, created by register_thread and
// used only by that thread (every operation takes it as the first argument).
// Cache-line aligned so that pollers reading `seq_` disturb no one else.
struct alignas(64) QsbrThread {
 public:
  // Number of reclaim() calls on this thread that freed at least one block:
  // each such call has observed a completed grace period. Relaxed atomic
  // written only by the owner, so that statistics may be read from any
  // thread; it orders nothing.
  uint64_t grace_periods() const { return grace_periods_.load(std::memory_order_relaxed); }
  // Blocks freed by this thread's reclaim() calls, its own and adopted
  // orphans alike (retire never frees at once, so every free is deferred).
  // Relaxed, owner-written, as above.
  uint64_t deferred_frees() const { return deferred_frees_.load(std::memory_order_relaxed); }
  // Blocks this thread has retired and not yet freed. Owner only (it reads
  // the private list).
  size_t pending() const { return retired_.size(); }
  // Whether the thread currently counts for grace periods. Owner only.
  bool is_online() const { return seq_.load(std::memory_order_relaxed) != 0; }

 private:
  friend class QsbrDomain;
  struct Retired {
    void* block;
    BlockDeleter deleter;
    uint64_t goal;  // 0 until tagged; then the wr_seq every online reader must reach
  };

  explicit QsbrThread(QsbrDomain* domain) : domain_(domain) {}

  // The last wr_seq this thread reported, 0 while offline. Written by the
  // owner (release store in quiescent, RMW in online, release store in
  // offline) and read by pollers with an acq_rel RMW; see QsbrDomain.
  std::atomic<uint64_t> seq_{0};

  // Owner-only state from here on, on its own cache line: pollers' RMWs on
  // `seq_` then never steal the line the owner's retire() pushes to.
  alignas(64) QsbrDomain* domain_;
  // Retired blocks, oldest first. Goals never decrease along the list (each
  // batch's goal comes from a later wr_seq advance), so reclaim frees a
  // prefix. Entries from `untagged_from_` on have no goal yet.
  std::vector<Retired> retired_;
  size_t untagged_from_ = 0;
  std::atomic<uint64_t> grace_periods_{0};
  std::atomic<uint64_t> deferred_frees_{0};
};

class QsbrDomain {
 public:
  static constexpr uint64_t kOffline = 0;
  static constexpr uint64_t kInitialSeq = 1;
  // Odd sequences only, so no live sequence is ever kOffline.
  static constexpr uint64_t kIncrement = 2;
  // Retired blocks share one wr_seq advance per this many (CPython defers
  // advances for the same reason: one contended RMW per retire is costly).
  // A batch is also tagged at the next reclaim(), so nothing waits on it.
  static constexpr size_t kTagBatch = 32;

  QsbrDomain() = default;
  QsbrDomain(const QsbrDomain&) = delete;
  QsbrDomain& operator=(const QsbrDomain&) = delete;
  // Frees every pending block and any thread record never unregistered; no
  // thread may use the domain any more.
  ~QsbrDomain();

  // A new record for the calling thread, online at once.
  QsbrThread* register_thread();
  // Reclaims what it can, goes offline, hands the blocks still pending to
  // the domain's orphan list (freed by a later reclaim() on any thread or by
  // drain_all) and deletes `t`.
  void unregister_thread(QsbrThread* t);

  // The thread holds no pointer it loaded from shared structures. Acquire:
  // having seen a goal, the thread must see the unlinks tagged with it (1.
  // above). Release: a poller that reads the new seq must be ordered after
  // every read this thread made before it (2. above). On x86 two plain movs.
  void quiescent(QsbrThread* t) {
    t->seq_.store(wr_seq_.load(std::memory_order_acquire), std::memory_order_release);
  }

  // Before a blocking call: the thread stops counting for grace periods and
  // must hold no shared pointer until online().
  void offline(QsbrThread* t);
  // After the blocking call; the thread may load shared pointers afterwards.
  void online(QsbrThread* t);

  // Schedules `block` to be freed with `deleter` once no reader can hold it.
  // The caller must have unlinked it from every shared structure first. A
  // vector push; every kTagBatch-th call adds one RMW on wr_seq.
  void retire(QsbrThread* t, void* block, BlockDeleter deleter = &release) {
    t->retired_.push_back({block, deleter, 0});
    if (t->retired_.size() - t->untagged_from_ >= kTagBatch) tag_untagged(t);
  }

  // A quiescent state for the caller (which must be online) followed by a
  // poll: frees this thread's blocks and orphans whose goal every online
  // thread has reached. Returns how many were freed.
  size_t reclaim(QsbrThread* t);

  // Frees every pending block of every thread and every orphan at once. The
  // caller guarantees that no thread is reading shared structures or using
  // the domain concurrently (process exit, end of a test). Returns the count.
  size_t drain_all();

  // Introspection for tests and statistics.
  uint64_t write_seq() const { return wr_seq_.load(std::memory_order_relaxed); }
  uint64_t read_seq() const { return rd_seq_.load(std::memory_order_relaxed); }
  size_t orphan_count() const;
  size_t thread_count() const;

 private:
  using Retired = QsbrThread::Retired;

  // Gives every untagged block of `t` one goal: the wr_seq this advance
  // produces. Release: the unlinks before it are visible to every thread
  // whose acquire load of wr_seq returns the goal or a later value (all
  // writes to wr_seq are RMWs, so later values continue the release
  // sequence).
  void tag_untagged(QsbrThread* t) {
    const uint64_t goal = wr_seq_.fetch_add(kIncrement, std::memory_order_release) + kIncrement;
    for (size_t i = t->untagged_from_; i < t->retired_.size(); ++i) t->retired_[i].goal = goal;
    t->untagged_from_ = t->retired_.size();
  }

  // The smallest seq of the online threads (at most the current wr_seq);
  // every block with a goal at or below it can be freed. Needs registry_mu_.
  uint64_t scan_locked();

  // The sequence writers advance; starts odd and stays odd. Only ever
  // modified by fetch_add (tag_untagged), so every value continues the
  // release sequence of each earlier advance.
  alignas(64) std::atomic<uint64_t> wr_seq_{kInitialSeq};
  // A sequence every online thread is known to have reached: a cache so that
  // most polls need no scan. Raised by CAS with release after a scan;
  // loaded with acquire, so the scan's synchronization carries over to the
  // thread that frees on the strength of it.
  alignas(64) std::atomic<uint64_t> rd_seq_{kInitialSeq};
  // Registered threads that are online. Every change and every check is an
  // RMW (acq_rel), so a reclaimer that sees only itself online is ordered
  // against each offline transition before it (their reads come first) and
  // each online transition after it (which then see its unlinks); see
  // reclaim's single-thread path.
  alignas(64) std::atomic<int64_t> online_count_{0};
  // Number of orphans, a hint read relaxed so that polls skip the mutex when
  // there are none; the list itself is under registry_mu_ (a stale hint only
  // delays a free to a later poll).
  std::atomic<size_t> orphan_hint_{0};

  mutable std::mutex registry_mu_;
  std::vector<QsbrThread*> threads_;  // guarded by registry_mu_
  std::vector<Retired> orphans_;      // guarded by registry_mu_
};

}  // namespace lockvm::memory
