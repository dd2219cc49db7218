// The global interpreter lock as a primitive: one holder at a time.
// This first version is the plain mutual exclusion the single-threaded
// interpreter needs (taken once at start); the timed drop request and forced
// hand-off of CPython 3.2's "new GIL" arrive with threads.
#pragma once

#include <condition_variable>
#include <mutex>

namespace lockvm::locking {

class Gil {
 public:
  void acquire() {
    std::unique_lock<std::mutex> guard(mutex_);
    released_.wait(guard, [this] { return !locked_; });
    locked_ = true;
  }
  void release() {
    {
      std::lock_guard<std::mutex> guard(mutex_);
      locked_ = false;
    }
    released_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable released_;
  bool locked_ = false;  // guarded by mutex_
};

}  // namespace lockvm::locking
