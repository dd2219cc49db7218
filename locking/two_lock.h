// A scoped lock over two Mutexes, for operations that read or write two
// containers at once (`a.extend(b)`, `d1.update(d2)`, `list(other)`, `a == b`).
//
// Deadlock avoidance lives here, not at the call sites: the two locks are
// always taken in address order (lower address first), so two threads doing
// `a.extend(b)` and `b.extend(a)` acquire them in the same order; and when
// both are the same lock (`a.extend(a)`) it is taken once, since Mutex is not
// reentrant. This is the rule of CPython's two-object critical sections
// (Python/critical_section.c, `_PyCriticalSection2_Begin`, PEP 703), written
// afresh for lockvm. Like CPython's, it orders only these two locks: a
// caller must not already hold a third object lock when it takes a TwoLock.
#pragma once

#include <absl/base/thread_annotations.h>

#include <functional>

#include "locking/mutex.h"

namespace lockvm::locking {

class ABSL_SCOPED_LOCKABLE TwoLock {
 public:
  TwoLock(Mutex& a, Mutex& b) ABSL_EXCLUSIVE_LOCK_FUNCTION(a, b)
      // std::less gives a total order on pointers even where `<` on unrelated
      // objects would not be specified.
      : first_(std::less<Mutex*>()(&b, &a) ? &b : &a),
        second_(&a == &b ? nullptr : (first_ == &a ? &b : &a)) {
    first_->lock();
    if (second_) second_->lock();
  }

  ~TwoLock() ABSL_UNLOCK_FUNCTION() {
    // Release in reverse order of acquisition (either order would be correct).
    if (second_) second_->unlock();
    first_->unlock();
  }

  TwoLock(const TwoLock&) = delete;
  TwoLock& operator=(const TwoLock&) = delete;

  // Whether both arguments were the same lock, taken once.
  bool collapsed() const { return second_ == nullptr; }

 private:
  Mutex* first_;   // the lower address
  Mutex* second_;  // the higher address, or null when both were the same
};

}  // namespace lockvm::locking
