// `gil`: CPython up to 3.12. Plain reference counts and unlocked containers,
// made safe by one global lock that a thread must hold to run bytecode and
// releases around blocking operations.
#pragma once

#include <algorithm>
#include <chrono>
#include <string_view>

#include "locking/gil.h"
#include "memory/alloc.h"
#include "memory/plain_refcount.h"
#include "strategies/config.h"
#include "strategies/policy.h"

namespace lockvm {

struct GilPolicy {
  static constexpr std::string_view kName = "gil";
  static constexpr std::string_view kSummary =
      "one global interpreter lock; plain refcounts and containers (CPython <= 3.12)";
  static constexpr bool kAllowsThreads = true;
  static constexpr bool kFreeThreaded = false;
  // The config knobs it reads (strategies/config.h).
  static constexpr std::string_view kKnobs[] = {"gil.switch_interval_us", "gil.mode", "gil.check_ticks"};
  using Header = memory::PlainRefcountHeader;
  // Each thread's handle on the GIL: where waiters post drop requests (the
  // thread's eval-breaker word) and its own GIL counters.
  struct ThreadData {
    locking::Gil::ThreadHandle gil;
  };
  struct Shared {
    locking::Gil gil;
  };

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
  // A waiter set the drop-request bit: hand the GIL over (forced switch).
  template <class TS> static void safepoint(TS& ts) {
    if (ts.eval_breaker.load(std::memory_order_relaxed) & locking::kGilDropRequestBit)
      ts.rt->shared.gil.handle_drop_request(ts.policy.gil);
  }
  template <class TS> static void detach(TS& ts) { ts.rt->shared.gil.release(ts.policy.gil); }
  template <class TS> static void attach(TS& ts) {
    ts.policy.gil.eval_breaker = &ts.eval_breaker;
    ts.rt->shared.gil.acquire(ts.policy.gil);
  }
  // The [gil] table of the run's config, applied before any thread starts.
  template <class RT> static void configure(RT& rt) {
    const auto& g = rt.options.config.gil;
    rt.shared.gil.set_mode(g.mode == GilMode::kTicks ? locking::Gil::Mode::kTicks : locking::Gil::Mode::kInterval);
    rt.shared.gil.set_switch_interval(std::chrono::microseconds(g.switch_interval_us));
    rt.shared.gil.set_check_ticks(static_cast<uint32_t>(g.check_ticks));
    rt.switch_interval = 1e-6 * static_cast<double>(g.switch_interval_us);
  }
  // --stats: this thread's GIL counters (detach() folds the final wait in).
  template <class TS, class S> static void add_stats(const TS& ts, S& out) {
    const locking::GilStats& g = ts.policy.gil.stats;
    out.add("gil_acquisitions", g.acquisitions);
    out.add("gil_contended_acquisitions", g.contended);
    out.add("gil_drop_requests", g.drop_requests);
    out.add("gil_forced_switches", g.forced_switches);
    out.add("gil_tick_drops", g.tick_drops);
    out.add("gil_regrabs", g.regrabs);
    out.add("gil_wait_ns_total", g.wait_ns);
    out.max("gil_wait_ns_max", g.max_wait_ns);
  }
  // sys.setswitchinterval.
  template <class TS> static void set_switch_interval(TS& ts, double seconds) {
    ts.rt->shared.gil.set_switch_interval(
        std::chrono::microseconds(std::max<int64_t>(1, static_cast<int64_t>(seconds * 1e6))));
  }
};

}  // namespace lockvm
