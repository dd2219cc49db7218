// Small locks.
//
// `Mutex` is a one-byte lock for the per-object lock of the free-threaded
// strategies (design.md, `per-object` and `biased`): an uncontended lock or
// unlock is one compare-and-swap, inline; a contended one leaves the fast
// path for an out-of-line slow path that spins briefly, then parks the
// thread on `ParkingLot` keyed by the lock's own address. The lock word
// holds no queue, so it costs one byte per object however many threads
// wait on it.
//
// Origins: WebKit's WTF::Lock (Filip Pizlo, "Locking in WebKit", 2016;
// WTF/wtf/Lock.h, LockAlgorithm.h) introduced the two-bit lock word over a
// parking lot; CPython 3.13's PyMutex (Include/cpython/pylock.h,
// Python/lock.c, by Sam Gross for PEP 703) is the same design in one byte,
// and its fairness rule is the one used here: a waiter that has been parked
// for more than ~1 ms is handed the lock directly by the unlocking thread,
// instead of racing for it with threads that barge in (TIME_TO_BE_FAIR_NS).
// The code below is written for lockvm; no source was copied.
//
// The lock word (`bits_`), one byte:
//
//   bit 0  kLocked     the lock is held.
//   bit 1  kHasParked  at least one thread is (or is about to be) parked on
//                      this address. Set by a waiter before it parks; only
//                      cleared by an unlocking thread under the parking-lot
//                      bucket lock, when it has just woken the last waiter.
//   bits 2..7          always zero.
//
//   0b00 unlocked            0b01 locked, no waiters
//   0b10 unlocked, waiters   0b11 locked, waiters
//
// The fast paths touch only 0b00 <-> 0b01; every other transition happens in
// mutex.cc. A thread woken by `unlock` either owns the lock already (hand-off:
// the word was left at 0b01/0b11 on its behalf) or must compete again.
//
// `OsMutex` (below) is a std::mutex that Clang's thread-safety analysis
// understands, for the few places that need a condition variable (the GIL)
// or a lock that must never park on the parking lot (the parking lot's own
// buckets).
#pragma once

#include <absl/base/thread_annotations.h>

#include <atomic>
#include <cassert>
#include <cstdint>
#include <mutex>

namespace lockvm::locking {

class ABSL_LOCKABLE Mutex {
 public:
  static constexpr uint8_t kLocked = 1u << 0;
  static constexpr uint8_t kHasParked = 1u << 1;

  constexpr Mutex() = default;
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  // Blocks until the calling thread holds the lock. Not reentrant: a thread
  // that locks a Mutex it holds deadlocks.
  void lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() {
    uint8_t expected = 0;
    // acquire: pairs with the release in unlock() / unlock_slow(), so the
    // previous holder's writes are visible inside the critical section.
    if (!bits_.compare_exchange_strong(expected, kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed)) [[unlikely]] {
      lock_slow();
    }
  }

  // As lock(); returns true when the fast path failed (the lock was held or
  // had waiters), for the "contended acquisitions" counter of --stats.
  [[nodiscard]] bool lock_reporting_contention() ABSL_EXCLUSIVE_LOCK_FUNCTION() {
    uint8_t expected = 0;
    if (bits_.compare_exchange_strong(expected, kLocked, std::memory_order_acquire,
                                      std::memory_order_relaxed)) [[likely]] {
      return false;
    }
    lock_slow();
    return true;
  }

  // Takes the lock if it is free right now; never blocks. Succeeds on an
  // unlocked word even when threads are parked (the barging that hand-off
  // after ~1 ms keeps from starving them).
  [[nodiscard]] bool try_lock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true) {
    uint8_t v = bits_.load(std::memory_order_relaxed);
    while (!(v & kLocked)) {
      // acquire: as in lock().
      if (bits_.compare_exchange_weak(v, v | kLocked, std::memory_order_acquire,
                                      std::memory_order_relaxed)) {
        return true;
      }
    }
    return false;
  }

  // Releases the lock; the caller must hold it. Wakes one parked waiter if
  // there is one (slow path).
  void unlock() ABSL_UNLOCK_FUNCTION() {
    uint8_t expected = kLocked;
    // release: pairs with the acquire in lock() / try_lock().
    if (!bits_.compare_exchange_strong(expected, 0, std::memory_order_release,
                                       std::memory_order_relaxed)) [[unlikely]] {
      unlock_slow();
    }
  }

  // Whether some thread holds the lock: a snapshot, for debug assertions
  // ("the object lock is held inside mutators") and tests only.
  bool is_locked() const { return bits_.load(std::memory_order_relaxed) & kLocked; }

  // Tells Clang's analysis that the lock is held here (checked in debug
  // builds only as "held by some thread": the word does not record an owner).
  void assert_held() const ABSL_ASSERT_EXCLUSIVE_LOCK() { assert(is_locked()); }

 private:
  void lock_slow();
  void unlock_slow();

  std::atomic<uint8_t> bits_{0};
};

static_assert(sizeof(Mutex) == 1, "Mutex must stay one byte: it lives in every object's header");
static_assert(std::atomic<uint8_t>::is_always_lock_free);

// RAII guard for Mutex that Clang's thread-safety analysis understands
// (std::lock_guard<Mutex> works too, but the analysis does not see it).
class ABSL_SCOPED_LOCKABLE MutexLock {
 public:
  explicit MutexLock(Mutex& mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) { mu_.lock(); }
  ~MutexLock() ABSL_UNLOCK_FUNCTION() { mu_.unlock(); }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

 private:
  Mutex& mu_;
};

// A std::mutex annotated as a capability. Wait on it with
// std::condition_variable_any (which accepts any BasicLockable).
class ABSL_LOCKABLE OsMutex {
 public:
  constexpr OsMutex() = default;
  OsMutex(const OsMutex&) = delete;
  OsMutex& operator=(const OsMutex&) = delete;
  void lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() { mu_.lock(); }
  void unlock() ABSL_UNLOCK_FUNCTION() { mu_.unlock(); }
  bool try_lock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true) { return mu_.try_lock(); }

 private:
  std::mutex mu_;
};

class ABSL_SCOPED_LOCKABLE OsMutexLock {
 public:
  explicit OsMutexLock(OsMutex& mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) { mu_.lock(); }
  ~OsMutexLock() ABSL_UNLOCK_FUNCTION() { mu_.unlock(); }
  OsMutexLock(const OsMutexLock&) = delete;
  OsMutexLock& operator=(const OsMutexLock&) = delete;

 private:
  OsMutex& mu_;
};

}  // namespace lockvm::locking
