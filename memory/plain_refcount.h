// Reference counting for strategies where only one thread touches a count at
// a time (nosync, gil): a plain machine word, no atomics. Immortal objects
// (created by the runtime at start) hold a count so large it never reaches
// zero, as CPython 3.12 does, so incref/decref need no branch for them.
#pragma once

#include <cstdint>

namespace lockvm::memory {

struct PlainRefcountHeader {
  int64_t refcount;
};
static_assert(sizeof(PlainRefcountHeader) == 8);

struct PlainRefcount {
  static constexpr int64_t kImmortal = int64_t{1} << 60;

  static void init(PlainRefcountHeader& h) { h.refcount = 1; }
  static void incref(PlainRefcountHeader& h) { ++h.refcount; }
  // True when the last reference is gone and the object must be freed.
  static bool decref(PlainRefcountHeader& h) { return --h.refcount == 0; }
  static void make_immortal(PlainRefcountHeader& h) { h.refcount = kImmortal; }
  static int64_t count(const PlainRefcountHeader& h) { return h.refcount; }
};

}  // namespace lockvm::memory
