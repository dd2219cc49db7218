// Scoped holds on the one-byte lock in an object's header, for the
// strategies whose containers carry their own lock (per-object, biased).
//
// A thread records the objects whose locks it holds, so an operation that
// re-enters an object it already holds (a dict key's __eq__ touching the
// dict being probed, a __del__ run by a decref inside a list operation)
// proceeds as it would under the GIL instead of deadlocking on itself.
// Two objects are always locked in address order, so `a.extend(b)` in one
// thread and `b.extend(a)` in another cannot deadlock.
#pragma once

#include <cstdint>

#include "locking/mutex.h"

namespace lockvm::locking {

// One thread's held object locks and its lock counters. Owned by that
// thread; never shared.
struct HeldObjectLocks {
  static constexpr int kMax = 16;  // nesting deeper than this is not recorded (and so not re-entrant)
  const void* held[kMax] = {};
  int count = 0;
  uint64_t acquisitions = 0;
  uint64_t contended = 0;

  bool holds(const void* object) const {
    for (int i = 0; i < count; ++i)
      if (held[i] == object) return true;
    return false;
  }
};

class ObjectGuard {
 public:
  [[gnu::always_inline]] ObjectGuard(HeldObjectLocks& locks, const void* object, Mutex& mutex) : locks_(locks) {
    if (locks.holds(object)) return;  // re-entered: already ours
    mutex_ = &mutex;
    ++locks.acquisitions;
    if (mutex.lock_reporting_contention()) ++locks.contended;
    if (locks.count < HeldObjectLocks::kMax) {
      locks.held[locks.count++] = object;
      pushed_ = true;
    }
  }
  [[gnu::always_inline]] ~ObjectGuard() {
    if (mutex_ == nullptr) return;
    if (pushed_) --locks_.count;
    mutex_->unlock();
  }
  ObjectGuard(const ObjectGuard&) = delete;
  ObjectGuard& operator=(const ObjectGuard&) = delete;

 private:
  HeldObjectLocks& locks_;
  Mutex* mutex_ = nullptr;
  bool pushed_ = false;
};

class TwoObjectGuard {
 public:
  TwoObjectGuard(HeldObjectLocks& locks, const void* a, Mutex& mutex_a, const void* b, Mutex& mutex_b)
      : first_(locks, a < b ? a : b, a < b ? mutex_a : mutex_b),
        second_(locks, a < b ? b : a, a < b ? mutex_b : mutex_a) {}

 private:
  ObjectGuard first_;
  ObjectGuard second_;
};

}  // namespace lockvm::locking
