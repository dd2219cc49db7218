// Reference counting for strategies where any thread may change any count
// (per-object): every change is an atomic read-modify-write on a word that
// threads sharing an object all write, which is the cost this design
// measures. Immortal objects get a count so large it never reaches zero,
// but are still counted: skipping them is the `biased` design's
// refinement, not this one's.
#pragma once

#include <atomic>
#include <cstdint>

namespace lockvm::memory {

struct AtomicRefcount {
  static constexpr int64_t kImmortal = int64_t{1} << 60;

  static void init(std::atomic<int64_t>& c) { c.store(1, std::memory_order_relaxed); }
  // relaxed: taking a reference orders nothing; the reference being copied
  // keeps the object alive meanwhile.
  static void incref(std::atomic<int64_t>& c) { c.fetch_add(1, std::memory_order_relaxed); }
  // True when the last reference is gone and the caller must free the
  // object. acq_rel: the release half publishes this thread's writes to the
  // object, the acquire half makes every other thread's writes visible to
  // the thread that frees it. (The same `lock xadd` on x86 as a release-only
  // decrement plus a fence on the last one, and unlike a fence it is
  // understood by ThreadSanitizer.)
  static bool decref(std::atomic<int64_t>& c) { return c.fetch_sub(1, std::memory_order_acq_rel) == 1; }
  static void make_immortal(std::atomic<int64_t>& c) { c.store(kImmortal, std::memory_order_relaxed); }
  static int64_t count(const std::atomic<int64_t>& c) { return c.load(std::memory_order_relaxed); }
  // The caller holds the only reference. acquire: the threads that held
  // the others released them (acq_rel decrements) after their last use, so
  // reusing the object cannot race with that use.
  static bool unique(const std::atomic<int64_t>& c) { return c.load(std::memory_order_acquire) == 1; }
};

}  // namespace lockvm::memory
