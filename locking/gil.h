// The global interpreter lock of the `gil` strategy (design.md): one holder at
// a time runs bytecode; a thread that has waited a switch interval asks the
// holder to drop it, and the holder hands it over at its next eval-breaker
// check, with a guarantee that it cannot take it straight back.
//
// Origins. The default mode is CPython's "new GIL" (Antoine Pitrou, CPython
// 3.2, Python/ceval_gil.c, kept through 3.12): the GIL is a flag guarded by a
// mutex with a condition variable; a waiter that has waited
// `switch_interval` sets a drop request in the holder's eval breaker; with
// FORCE_SWITCHING the dropping thread then waits on a second condition
// variable until another thread has taken the GIL. One change from CPython:
// waiters are served first come, first served (a ticket each), and the first
// in line asks for the GIL once the holder has held it a whole interval, so
// a thread waking from I/O behind two CPU-bound threads waits at most the
// rest of the current slice plus one (CPython wakes waiters in no order, and
// its I/O thread can lose the hand-over to the other CPU-bound thread). The second mode, `ticks`,
// is the design before 3.2 (Python/ceval.c's `_Py_Ticker` and
// `sys.setcheckinterval`): every N ticks the holder releases and re-acquires
// the lock with nothing to stop it winning the race again, which is what
// made I/O threads wait behind CPU-bound ones (David Beazley, "Understanding
// the Python GIL", 2010). lockvm's code is its own.
//
// How the interpreter uses it (per thread, a ThreadHandle embedded in the
// thread's state, its `eval_breaker` pointing at the thread's eval-breaker
// word before the first acquire):
//
//   attach (thread start, after a blocking call):  gil.acquire(handle)
//   detach (thread end, before a blocking call):   gil.release(handle)
//   at loop back-edges and calls:
//     if (eval_breaker.load(relaxed)) {              // the existing check
//       if (eval_breaker.load(relaxed) & kGilDropRequestBit)
//         gil.handle_drop_request(handle);           // interval or ticks
//       ... other eval-breaker reasons ...
//     }
//
// In interval mode handle_drop_request is drop_and_reacquire: hand over,
// wait until someone else has taken the GIL, queue for it again. In ticks
// mode the bit means "someone is waiting" and stays set while anyone waits;
// handle_drop_request is tick(): every `check_ticks`-th call drops and
// re-acquires (pre-3.2, no forced switch). Ticks are thus counted at
// eval-breaker checks (back-edges and calls) rather than at every bytecode as
// in CPython 2, and only while someone waits (nobody waits: nothing to
// count, and no cost on the fast path).
//
// Memory orders and locks: all GIL state is guarded by `mu_`. The drop-request
// bit is set and cleared with relaxed read-modify-writes under `mu_`; the
// holder's unlocked relaxed load of its eval breaker is only a hint that
// sends it to drop_and_reacquire / tick, which re-decide under `mu_`. The
// hand-over of the interpreter's data between holders is ordered by `mu_`
// (release by the old holder, acquire by the new one).
#pragma once

#include <absl/base/thread_annotations.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>

#include "locking/mutex.h"

namespace lockvm::locking {

// The bit of a thread's eval-breaker word that the GIL sets to ask the
// holder to drop it. Other eval-breaker reasons use other bits.
inline constexpr uint32_t kGilDropRequestBit = 1u << 0;

// Per-thread GIL counters for --stats: each written only by its own thread
// (never shared), summed at exit after the threads are joined.
struct GilStats {
  uint64_t acquisitions = 0;     // every acquire, including the re-acquire of a drop
  uint64_t contended = 0;        // acquisitions that had to wait
  uint64_t drop_requests = 0;    // this thread, waiting, set a holder's drop bit
  uint64_t forced_switches = 0;  // this thread, asked to drop, handed over to a waiter
  uint64_t tick_drops = 0;       // ticks mode: drops after check_ticks ticks
  uint64_t regrabs = 0;          // ticks mode: drops won back before anyone else ran
  uint64_t wait_ns = 0;          // total time blocked in acquisitions
  uint64_t max_wait_ns = 0;      // longest single wait

  GilStats& operator+=(const GilStats& o) {
    acquisitions += o.acquisitions;
    contended += o.contended;
    drop_requests += o.drop_requests;
    forced_switches += o.forced_switches;
    tick_drops += o.tick_drops;
    regrabs += o.regrabs;
    wait_ns += o.wait_ns;
    max_wait_ns = max_wait_ns > o.max_wait_ns ? max_wait_ns : o.max_wait_ns;
    return *this;
  }
};

class Gil {
 public:
  enum class Mode : uint8_t {
    kInterval,  // CPython >= 3.2: timed drop requests and forced switching
    kTicks,     // CPython < 3.2: drop every check_ticks ticks if anyone waits
  };
  static constexpr std::chrono::microseconds kDefaultSwitchInterval{5000};  // CPython's
  static constexpr uint32_t kDefaultCheckTicks = 100;  // CPython 2's sys.getcheckinterval()

  // What the GIL knows about one thread. Embedded in the interpreter's
  // per-thread state; it must outlive every GIL call made with it, and a
  // thread must not be destroyed while it holds the GIL.
  struct ThreadHandle {
    // The thread's eval-breaker word: the GIL sets kGilDropRequestBit in it
    // while this thread holds the GIL and another wants it. Set by the owner
    // before its first acquire; null means "never asked to drop".
    std::atomic<uint32_t>* eval_breaker = nullptr;
    GilStats stats;  // written only by the owning thread

   private:
    friend class Gil;
    // Owner-thread-only fields (the owner is the only thread that calls the
    // GIL with this handle).
    uint32_t ticks_left = 0;       // ticks mode: tick() calls until the next drop
    bool owes_switch = false;      // released while a drop was requested (see release)
    uint64_t owed_switch_number = 0;
  };

  Gil();
  explicit Gil(Mode mode, std::chrono::microseconds switch_interval = kDefaultSwitchInterval,
               uint32_t check_ticks = kDefaultCheckTicks);
  ~Gil();
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  // Configuration. The interval and tick count may change at any time
  // (sys.setswitchinterval) and apply from the next wait; the mode is meant
  // to be chosen once, before a second thread exists.
  void set_mode(Mode mode) { mode_.store(mode, std::memory_order_relaxed); }
  Mode mode() const { return mode_.load(std::memory_order_relaxed); }
  void set_switch_interval(std::chrono::microseconds interval);  // clamped to >= 1 us
  std::chrono::microseconds switch_interval() const {
    return std::chrono::microseconds(switch_interval_us_.load(std::memory_order_relaxed));
  }
  void set_check_ticks(uint32_t ticks);  // clamped to >= 1
  uint32_t check_ticks() const { return check_ticks_.load(std::memory_order_relaxed); }

  // Blocks until `th`'s thread holds the GIL. Not reentrant. In interval
  // mode a waiter asks the holder to drop after each switch interval in
  // which no switch happened; in ticks mode at once.
  void acquire(ThreadHandle& th);

  // Releases the GIL, which `th` must hold; clears th's drop request. For a
  // blocking operation: if a drop had been requested (interval mode), the
  // forced switch is owed rather than waited for here, so the blocking call
  // starts at once, and th's next acquire lets a waiter in first.
  void release(ThreadHandle& th);

  // Called by the holder at an eval-breaker check when its drop-request bit
  // is set (interval mode): hands the GIL to a waiter, waits until another
  // thread has taken it (no re-grab by the dropper: CPython's
  // FORCE_SWITCHING), then queues for it again. Returns at once, still
  // holding, if nobody waits any more.
  void drop_and_reacquire(ThreadHandle& th);

  // Ticks mode: one tick of the holder, called at an eval-breaker check when
  // its drop-request bit is set. Every check_ticks-th call, if anyone waits,
  // releases and re-acquires the GIL with no forced switch (the dropper may
  // win it straight back, as before 3.2). Returns whether it dropped.
  bool tick(ThreadHandle& th);

  // The one entry point for the interpreter's eval breaker: tick() in ticks
  // mode, drop_and_reacquire() otherwise.
  void handle_drop_request(ThreadHandle& th) {
    if (mode() == Mode::kTicks) {
      (void)tick(th);
    } else {
      drop_and_reacquire(th);
    }
  }

  // Whether `th` holds the GIL. Exact when asked by th's own thread (only it
  // can change the answer); a snapshot otherwise. For assertions.
  bool held_by(const ThreadHandle& th) const {
    return holder_.load(std::memory_order_relaxed) == &th;
  }

  // The interface of the placeholder GIL, kept while strategies/gil.h calls
  // it: each thread uses a thread_local handle with no eval breaker (so it
  // is never asked to drop) and private stats. Do not mix with the handle
  // overloads on one thread.
  void acquire();
  void release();

 private:
  using Clock = std::chrono::steady_clock;

  // Takes the GIL for `th`, waiting as the mode says. `wait_start` is the
  // beginning of a wait already under way (drop_and_reacquire), or
  // default-constructed.
  void take_locked(ThreadHandle& th, Clock::time_point wait_start) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Gives the GIL up: clears th's drop bit, wakes one waiter.
  void give_up_locked(ThreadHandle& th) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Waits until switch_number_ differs from `number` (another thread took
  // the GIL after a forced drop).
  void wait_for_switch_locked(uint64_t number) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Sets the drop bit in the current holder's eval breaker, counting it in
  // the requester's stats if it was not set already.
  void request_drop_locked(ThreadHandle& requester) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void check_holder_locked(const ThreadHandle& th, const char* what) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  static void record_wait(ThreadHandle& th, Clock::time_point wait_start);
  static ThreadHandle& legacy_handle();  // thread_local, for acquire() / release()

  mutable OsMutex mu_;
  // Signalled under mu_ when locked_ becomes false and, in interval mode,
  // when a waiter takes it (the next in line starts its timer).
  std::condition_variable_any released_;
  // Signalled under mu_ when switch_number_ advances while switch_waiters_ > 0
  // (a forced dropper waiting to see its GIL taken).
  std::condition_variable_any switched_;

  bool locked_ ABSL_GUARDED_BY(mu_) = false;
  uint32_t waiters_ ABSL_GUARDED_BY(mu_) = 0;         // threads blocked on locked_
  uint32_t switch_waiters_ ABSL_GUARDED_BY(mu_) = 0;  // threads waiting for a switch
  // Bumped at every acquisition; a forced dropper waits for it to move.
  uint64_t switch_number_ ABSL_GUARDED_BY(mu_) = 0;
  // Interval mode's queue: each waiter takes next_ticket_ and is served
  // when serving_ reaches it; held_since_ is when the holder took the GIL.
  uint64_t next_ticket_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t serving_ ABSL_GUARDED_BY(mu_) = 0;
  Clock::time_point held_since_ ABSL_GUARDED_BY(mu_);
  // Written only under mu_ (relaxed); read without it by held_by.
  std::atomic<ThreadHandle*> holder_{nullptr};

  // Configuration: relaxed, read afresh at each use.
  std::atomic<Mode> mode_{Mode::kInterval};
  std::atomic<int64_t> switch_interval_us_{kDefaultSwitchInterval.count()};
  std::atomic<uint32_t> check_ticks_{kDefaultCheckTicks};
};

}  // namespace lockvm::locking
