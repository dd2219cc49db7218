// The parking lot's table and queues. See parking_lot.h for the design and
// its origins (WebKit's WTF::ParkingLot, CPython's Python/parking_lot.c).
//
// Each parked thread owns a `Waiter` on its own stack: the node of its
// bucket's queue, plus a private mutex + condition variable on which it
// sleeps. The protocol between a parking thread P and an unparking thread U:
//
//   P: lock bucket; validate(); enqueue W; unlock bucket; sleep until W.woken.
//   U: lock bucket; dequeue W (W.queued = false); callback; W.token = ...;
//      unlock bucket; lock W.mu; W.woken = true; notify; unlock W.mu.
//
// Once U has dequeued W, P must not return (W dies with P's stack frame)
// before U has finished with W: hence P waits for `woken`, set and notified
// by U while holding W.mu, even when P's own timeout expired meanwhile.
// A timed-out P that is still queued removes itself under the bucket lock.
#include "locking/parking_lot.h"

#include <absl/base/thread_annotations.h>

#include <condition_variable>
#include <mutex>

#include "locking/mutex.h"

namespace lockvm::locking {
namespace {

struct Waiter {
  const void* address = nullptr;
  void* park_arg = nullptr;
  // The bucket queue links, `queued` and `token`: guarded by the lock of the
  // bucket the address hashes to (not expressible as an annotation).
  Waiter* prev = nullptr;
  Waiter* next = nullptr;
  bool queued = false;
  intptr_t token = 0;
  // The wake-up: `woken` guarded by `mu`; `cv` signalled under `mu`.
  std::mutex mu;
  std::condition_variable cv;
  bool woken = false;
};

// One bucket per cache line, so threads parking on unrelated addresses do
// not share lines.
struct alignas(64) Bucket {
  OsMutex mu;
  Waiter* head ABSL_GUARDED_BY(mu) = nullptr;  // FIFO: park appends at tail,
  Waiter* tail ABSL_GUARDED_BY(mu) = nullptr;  // unpark takes from head

  void enqueue(Waiter* w) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    w->prev = tail;
    w->next = nullptr;
    if (tail) {
      tail->next = w;
    } else {
      head = w;
    }
    tail = w;
    w->queued = true;
  }

  void remove(Waiter* w) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    if (w->prev) {
      w->prev->next = w->next;
    } else {
      head = w->next;
    }
    if (w->next) {
      w->next->prev = w->prev;
    } else {
      tail = w->prev;
    }
    w->prev = w->next = nullptr;
    w->queued = false;
  }

  Waiter* find(const void* address, Waiter* from) const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    for (Waiter* w = from; w; w = w->next) {
      if (w->address == address) return w;
    }
    return nullptr;
  }
};

// Zero-initialized at compile time (OsMutex's constructor is constexpr), so
// there is no static-initialization order to worry about: a Mutex in another
// file's static object may park before main().
Bucket g_buckets[ParkingLot::kNumBuckets];

Bucket& bucket_for(const void* address) {
  static_assert((ParkingLot::kNumBuckets & (ParkingLot::kNumBuckets - 1)) == 0);
  constexpr int kShift = 64 - __builtin_ctzll(ParkingLot::kNumBuckets);
  // Fibonacci hashing: the high bits of the product mix every address bit,
  // so objects laid out at a fixed stride still spread over the table.
  uint64_t h = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(address)) * 0x9E3779B97F4A7C15ull;
  return g_buckets[h >> kShift];
}

// Wakes a dequeued waiter. After this returns the waiter may be gone.
void wake(Waiter* w) {
  std::lock_guard<std::mutex> guard(w->mu);
  w->woken = true;
  // Notify with the mutex held: the waiter cannot observe `woken`, return and
  // destroy `cv` until we unlock.
  w->cv.notify_one();
}

}  // namespace

ParkingLot::ParkResult ParkingLot::park(const void* address, absl::FunctionRef<bool()> validate,
                                        Timeout timeout, void* park_arg) {
  using Clock = std::chrono::steady_clock;
  const bool forever = timeout == kForever;
  // Compute the deadline before queueing; clamp so that huge timeouts do not
  // overflow the clock's representation.
  Clock::time_point deadline = Clock::time_point::max();
  if (!forever) {
    const Clock::time_point now = Clock::now();
    if (timeout < Timeout::zero()) timeout = Timeout::zero();
    if (timeout < Clock::time_point::max() - now) deadline = now + timeout;
  }

  Bucket& bucket = bucket_for(address);
  Waiter w;
  w.address = address;
  w.park_arg = park_arg;
  {
    OsMutexLock guard(bucket.mu);
    if (!validate()) return {ParkStatus::kInvalid, 0};
    bucket.enqueue(&w);
  }

  {
    std::unique_lock<std::mutex> lock(w.mu);
    if (forever) {
      w.cv.wait(lock, [&] { return w.woken; });
      return {ParkStatus::kUnparked, w.token};
    }
    if (w.cv.wait_until(lock, deadline, [&] { return w.woken; })) {
      return {ParkStatus::kUnparked, w.token};
    }
  }

  // Timed out. Leave the queue, unless an unparker already took us out of it.
  {
    OsMutexLock guard(bucket.mu);
    if (w.queued) {
      bucket.remove(&w);
      return {ParkStatus::kTimedOut, 0};
    }
  }
  // An unparker dequeued us and is about to wake us: wait for it (promptly),
  // then report the wake-up it meant to deliver.
  std::unique_lock<std::mutex> lock(w.mu);
  w.cv.wait(lock, [&] { return w.woken; });
  return {ParkStatus::kUnparked, w.token};
}

bool ParkingLot::unpark_one(const void* address,
                            absl::FunctionRef<intptr_t(const UnparkInfo&)> callback) {
  Bucket& bucket = bucket_for(address);
  Waiter* w;
  {
    OsMutexLock guard(bucket.mu);
    w = bucket.find(address, bucket.head);
    if (w) {
      Waiter* after = w->next;
      bucket.remove(w);
      // Only waiters after the first match can match: earlier ones did not.
      const bool more = bucket.find(address, after) != nullptr;
      w->token = callback(UnparkInfo{true, more, w->park_arg});
    } else {
      (void)callback(UnparkInfo{false, false, nullptr});
    }
  }
  if (w) wake(w);
  return w != nullptr;
}

size_t ParkingLot::unpark_all(const void* address, intptr_t token) {
  Bucket& bucket = bucket_for(address);
  // Collect the matching waiters into a private list (reusing their links),
  // then wake them outside the bucket lock.
  Waiter* first = nullptr;
  Waiter* last = nullptr;
  size_t n = 0;
  {
    OsMutexLock guard(bucket.mu);
    Waiter* w = bucket.find(address, bucket.head);
    while (w) {
      Waiter* after = w->next;
      bucket.remove(w);
      w->token = token;
      if (last) {
        last->next = w;
      } else {
        first = w;
      }
      last = w;
      ++n;
      w = bucket.find(address, after);
    }
  }
  // Read `next` before waking: a woken waiter may return at once.
  for (Waiter* w = first; w;) {
    Waiter* next = w->next;
    wake(w);
    w = next;
  }
  return n;
}

size_t ParkingLot::num_parked(const void* address) {
  Bucket& bucket = bucket_for(address);
  OsMutexLock guard(bucket.mu);
  size_t n = 0;
  for (Waiter* w = bucket.find(address, bucket.head); w; w = bucket.find(address, w->next)) ++n;
  return n;
}

}  // namespace lockvm::locking
