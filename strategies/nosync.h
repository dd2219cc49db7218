// `nosync`: the floor. Plain reference counts, no locks, one thread only;
// starting a second thread is an error. Every other strategy's cost is
// measured against this one.
#pragma once

#include <span>
#include <string_view>

#include "memory/alloc.h"
#include "memory/plain_refcount.h"
#include "strategies/policy.h"

namespace lockvm {

struct NoSyncPolicy {
  static constexpr std::string_view kName = "nosync";
  static constexpr std::string_view kSummary =
      "no synchronization at all: plain refcounts, unlocked containers, one thread only (the floor)";
  static constexpr bool kAllowsThreads = false;
  static constexpr bool kFreeThreaded = false;
  // The config knobs it reads (strategies/config.h): none.
  static constexpr std::span<const std::string_view> kKnobs = {};
  using Header = memory::PlainRefcountHeader;
  struct ThreadData {};
  struct Shared {};

  static Header& header(Object* o) { return *memory::header_of<Header>(o); }

  template <class TS> static void init_header(TS&, Object* o) { memory::PlainRefcount::init(header(o)); }
  template <class TS> static void incref(TS&, Object* o) { memory::PlainRefcount::incref(header(o)); }
  template <class TS> static bool decref(TS&, Object* o) { return memory::PlainRefcount::decref(header(o)); }
  static void make_immortal(Object* o) { memory::PlainRefcount::make_immortal(header(o)); }
  static int64_t refcount(Object* o) { return memory::PlainRefcount::count(header(o)); }
  template <class TS> static bool unique(TS&, Object* o) { return memory::PlainRefcount::count(header(o)) == 1; }
  template <class TS> static NoGuard lock(TS&, Object*) { return {}; }
  template <class TS> static NoGuard lock_two(TS&, Object*, Object*) { return {}; }
  template <class TS> static void retire(TS&, void* block, size_t) { memory::release(block); }
  template <class TS> static void safepoint(TS&) {}
  template <class TS> static void detach(TS&) {}
  template <class TS> static void attach(TS&) {}
};

}  // namespace lockvm
