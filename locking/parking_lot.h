// The parking lot: where threads sleep while they wait on a memory word.
//
// A thread parks on an address (any address: a lock byte, an event flag) and
// sleeps until another thread unparks that address. Because the queues live
// in one fixed, process-wide hash table rather than in the objects waited
// on, a lock needs no storage for its waiters: `locking::Mutex` is one byte.
//
// Origins: the idea and the interface come from WebKit's WTF::ParkingLot
// (Filip Pizlo, 2015-16, after Linux futexes keyed by address;
// WTF/wtf/ParkingLot.h) and CPython 3.13's Python/parking_lot.c (Sam Gross,
// PEP 703): a fixed table of buckets, each with its own small lock and a FIFO
// queue of waiters; `park` validates the word under the bucket lock so that
// a wake-up cannot be lost between checking the word and going to sleep;
// `unpark_one` runs a callback under the bucket lock that learns whether more
// waiters remain (how a lock clears its "has parked" bit without a race) and
// passes a token to the woken thread (how a lock hands itself off). The code
// is lockvm's own.
//
// Contract common to all calls: the address is only a key; it is never
// dereferenced here. Callbacks run with the bucket lock held, so they must be
// short and must not call into the parking lot (the bucket may be shared with
// the address they would use) or block.
#pragma once

#include <absl/functional/function_ref.h>

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace lockvm::locking {

class ParkingLot {
 public:
  ParkingLot() = delete;

  enum class ParkStatus : uint8_t {
    kUnparked,  // woken by unpark_one / unpark_all; `token` is what they passed
    kInvalid,   // `validate` returned false: the thread never slept
    kTimedOut,  // the timeout passed before anyone unparked this thread
  };
  struct ParkResult {
    ParkStatus status;
    intptr_t token;  // from the unparking thread; 0 unless kUnparked
  };

  // What unpark_one's callback learns, under the bucket lock.
  struct UnparkInfo {
    bool did_unpark;     // a waiter was dequeued (it wakes after the callback)
    bool may_have_more;  // other threads are still parked on the address
    void* park_arg;      // the dequeued waiter's `park_arg`; null if none
  };

  using Timeout = std::chrono::nanoseconds;
  static constexpr Timeout kForever = Timeout::max();

  // Parks the calling thread on `address` if `validate()` (called under the
  // bucket lock, so atomically with respect to unpark_*) returns true, and
  // sleeps until unparked or until `timeout` has passed. `park_arg` is handed
  // to unpark_one's callback (a lock puts its "time to be fair" there).
  // A waiter that times out while an unparker is already waking it reports
  // kUnparked: a token passed to it is never lost.
  static ParkResult park(const void* address, absl::FunctionRef<bool()> validate,
                         Timeout timeout = kForever, void* park_arg = nullptr);

  // Dequeues the longest-parked thread on `address`, if any; calls
  // `callback` under the bucket lock (also when nobody was parked), then
  // wakes the thread with the token the callback returned. Returns whether a
  // thread was woken.
  static bool unpark_one(const void* address,
                         absl::FunctionRef<intptr_t(const UnparkInfo&)> callback);
  static bool unpark_one(const void* address) {
    return unpark_one(address, [](const UnparkInfo&) -> intptr_t { return 0; });
  }

  // Wakes every thread parked on `address`, each with `token`; returns how
  // many.
  static size_t unpark_all(const void* address, intptr_t token = 0);

  // How many threads are parked on `address` right now: a snapshot, for
  // tests and assertions (it takes the bucket lock).
  static size_t num_parked(const void* address);

  // The number of buckets: fixed, a power of two. Addresses are hashed, so
  // unrelated addresses share a bucket; that costs a longer scan, never a
  // wrong wake-up.
  static constexpr size_t kNumBuckets = 256;
};

}  // namespace lockvm::locking
