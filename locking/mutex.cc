// Mutex's slow paths: spin, park, unpark, hand off. See mutex.h for the lock
// word and the origins (WebKit's LockAlgorithm, CPython's Python/lock.c).
#include "locking/mutex.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "locking/parking_lot.h"

namespace lockvm::locking {
namespace {

using Clock = std::chrono::steady_clock;

// How many times a contended lock() yields the CPU before parking, while no
// thread is parked yet. A short critical section is usually over within a
// few yields, and yielding costs far less than a park/unpark round trip.
// Once a thread has parked, newcomers park at once (spinning would only
// delay the parked thread's turn). 40 is CPython's MAX_SPIN_COUNT; on a
// single CPU spinning is useless (the holder cannot run while we spin), so
// it is disabled there.
constexpr int kSpinLimit = 40;

// A parked waiter that has waited this long is handed the lock directly by
// the unlocking thread instead of racing barging threads for it: bounded
// unfairness, as CPython's TIME_TO_BE_FAIR_NS (WebKit randomizes a similar
// ~1 ms per bucket). Shorter means fairer and slower under contention
// (every hand-off forces a context switch while the lock is held).
constexpr std::chrono::nanoseconds kTimeToBeFair = std::chrono::milliseconds(1);

// The unpark token: what the unlocking thread tells the woken waiter.
constexpr intptr_t kRetry = 0;    // the lock was released; compete for it again
constexpr intptr_t kHandOff = 1;  // the lock is now yours (the word stays locked)

// What a parked lock() tells the unlocking thread (the park_arg). Written by
// the waiter before it parks, read by the unlocker under the bucket lock.
struct WaiterEntry {
  Clock::time_point time_to_be_fair;
};

int spin_limit() {
  static const int limit = std::thread::hardware_concurrency() > 1 ? kSpinLimit : 0;
  return limit;
}

[[noreturn]] void die(const char* what) {
  std::fprintf(stderr, "lockvm: fatal: %s\n", what);
  std::abort();
}

}  // namespace

void Mutex::lock_slow() {
  WaiterEntry entry;
  bool entry_ready = false;
  int spins = 0;
  uint8_t v = bits_.load(std::memory_order_relaxed);
  for (;;) {
    if (!(v & kLocked)) {
      // Free (perhaps with parked waiters: barging is allowed until a waiter
      // is owed a hand-off). acquire: pairs with unlock's release.
      if (bits_.compare_exchange_weak(v, v | kLocked, std::memory_order_acquire,
                                      std::memory_order_relaxed)) {
        return;
      }
      continue;
    }
    if (!(v & kHasParked) && spins < spin_limit()) {
      ++spins;
      std::this_thread::yield();
      v = bits_.load(std::memory_order_relaxed);
      continue;
    }
    if (!(v & kHasParked)) {
      // First to park: announce it so that unlock() takes the slow path.
      // relaxed: the parking lot's bucket lock orders this with unlock_slow.
      if (!bits_.compare_exchange_weak(v, v | kHasParked, std::memory_order_relaxed,
                                       std::memory_order_relaxed)) {
        continue;
      }
    }
    if (!entry_ready) {
      // The fairness clock starts at the first park, not at the first spin.
      entry.time_to_be_fair = Clock::now() + kTimeToBeFair;
      entry_ready = true;
    }
    // Sleep only if the word still says "locked, has parked": checked under
    // the bucket lock, which unlock_slow also holds while it rewrites the
    // word, so its wake-up cannot slip between this check and the sleep.
    const ParkingLot::ParkResult r = ParkingLot::park(
        &bits_,
        [this] { return bits_.load(std::memory_order_relaxed) == (kLocked | kHasParked); },
        ParkingLot::kForever, &entry);
    if (r.status == ParkingLot::ParkStatus::kUnparked && r.token == kHandOff) {
      // We own the lock: the unlocker left kLocked set for us. Its critical
      // section happens-before ours through the parking lot's wake-up (a
      // mutex release/acquire pair).
      return;
    }
    v = bits_.load(std::memory_order_relaxed);
  }
}

void Mutex::unlock_slow() {
  uint8_t v = bits_.load(std::memory_order_relaxed);
  for (;;) {
    if (!(v & kLocked)) die("unlock of a locking::Mutex that is not locked");
    if (v & kHasParked) {
      // Rewrite the word under the bucket lock: no waiter can park or
      // validate in between, so "has parked" is exact after the store.
      ParkingLot::unpark_one(&bits_, [this](const ParkingLot::UnparkInfo& info) -> intptr_t {
        uint8_t next = 0;
        bool hand_off = false;
        if (info.did_unpark) {
          const auto* entry = static_cast<const WaiterEntry*>(info.park_arg);
          hand_off = Clock::now() >= entry->time_to_be_fair;
          if (hand_off) next |= kLocked;
          if (info.may_have_more) next |= kHasParked;
        }
        // release: the critical section we leave happens-before the next
        // holder's (pairs with the acquire CAS in lock / lock_slow).
        bits_.store(next, std::memory_order_release);
        return hand_off ? kHandOff : kRetry;
      });
      return;
    }
    // Locked, nobody parked (a waiter may be spinning): plain release.
    if (bits_.compare_exchange_weak(v, 0, std::memory_order_release, std::memory_order_relaxed)) {
      return;
    }
  }
}

}  // namespace lockvm::locking
