// `gil`: CPython up to 3.12. Plain reference counts and unlocked containers,
// made safe by one global lock that a thread must hold to run bytecode and
// releases around blocking operations.
#pragma once

#include <string_view>

#include "locking/gil.h"
#include "memory/alloc.h"
#include "memory/plain_refcount.h"
#include "strategies/policy.h"

namespace lockvm {

struct GilPolicy {
  static constexpr std::string_view kName = "gil";
  static constexpr std::string_view kSummary =
      "one global interpreter lock; plain refcounts and containers (CPython <= 3.12)";
  static constexpr bool kAllowsThreads = true;
  using Header = memory::PlainRefcountHeader;
  struct ThreadData {};
  struct Shared {
    locking::Gil gil;
  };

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }

  template <class TS> static void init_header(TS&, Object* o) { memory::PlainRefcount::init(header(o)); }
  template <class TS> static void incref(TS&, Object* o) { memory::PlainRefcount::incref(header(o)); }
  template <class TS> static bool decref(TS&, Object* o) { return memory::PlainRefcount::decref(header(o)); }
  static void make_immortal(Object* o) { memory::PlainRefcount::make_immortal(header(o)); }
  static int64_t refcount(Object* o) { return memory::PlainRefcount::count(header(o)); }
  template <class TS> static NoGuard lock(TS&, Object*) { return {}; }
  template <class TS> static NoGuard lock_two(TS&, Object*, Object*) { return {}; }
  template <class TS> static void retire(TS&, void* block, size_t) { memory::release(block); }
  template <class TS> static void safepoint(TS&) {}
  template <class TS> static void detach(TS& ts) { ts.rt->shared.gil.release(); }
  template <class TS> static void attach(TS& ts) { ts.rt->shared.gil.acquire(); }
};

}  // namespace lockvm
