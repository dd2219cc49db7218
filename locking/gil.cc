// The GIL's waits and hand-overs. See gil.h for the design, its origins
// (CPython's Python/ceval_gil.c and the pre-3.2 ticker) and how the
// interpreter drives it.
#include "locking/gil.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace lockvm::locking {
namespace {

// Drop-request bit helpers. Relaxed: the bit is a hint for the holder's
// eval-breaker check; both set and clear happen under Gil::mu_, which is
// what orders them with every decision taken on them.
void set_drop_bit(Gil::ThreadHandle& th) {
  if (th.eval_breaker) th.eval_breaker->fetch_or(kGilDropRequestBit, std::memory_order_relaxed);
}

uint32_t clear_drop_bit(Gil::ThreadHandle& th) {
  if (!th.eval_breaker) return 0;
  return th.eval_breaker->fetch_and(~kGilDropRequestBit, std::memory_order_relaxed) &
         kGilDropRequestBit;
}

}  // namespace

Gil::Gil() = default;

Gil::Gil(Mode mode, std::chrono::microseconds switch_interval, uint32_t check_ticks) {
  set_mode(mode);
  set_switch_interval(switch_interval);
  set_check_ticks(check_ticks);
}

Gil::~Gil() = default;

void Gil::set_switch_interval(std::chrono::microseconds interval) {
  switch_interval_us_.store(std::max<int64_t>(1, interval.count()), std::memory_order_relaxed);
}

void Gil::set_check_ticks(uint32_t ticks) {
  check_ticks_.store(std::max<uint32_t>(1, ticks), std::memory_order_relaxed);
}

void Gil::acquire(ThreadHandle& th) {
  OsMutexLock guard(mu_);
  take_locked(th, Clock::time_point{});
}

void Gil::release(ThreadHandle& th) {
  OsMutexLock guard(mu_);
  check_holder_locked(th, "release");
  const bool requested = clear_drop_bit(th) != 0;
  if (requested && waiters_ > 0 && mode() == Mode::kInterval) {
    // CPython's drop_gil waits for the switch right here (FORCE_SWITCHING);
    // the guarantee only matters once this thread wants the GIL back, so
    // the wait is deferred to that acquire and the blocking call can start.
    th.owes_switch = true;
    th.owed_switch_number = switch_number_;
    ++th.stats.forced_switches;
  }
  give_up_locked(th);
}

void Gil::drop_and_reacquire(ThreadHandle& th) {
  OsMutexLock guard(mu_);
  check_holder_locked(th, "drop_and_reacquire");
  if (waiters_ == 0) {
    // The requester is gone (it can only have been served by an earlier
    // release): nothing to hand over. Keep the GIL.
    clear_drop_bit(th);
    return;
  }
  const Clock::time_point start = Clock::now();
  const uint64_t dropped_at = switch_number_;
  give_up_locked(th);
  ++th.stats.forced_switches;
  // FORCE_SWITCHING: a waiter exists and locked_ is false, so some thread
  // other than this one takes the GIL next and bumps switch_number_.
  wait_for_switch_locked(dropped_at);
  take_locked(th, start);
}

bool Gil::tick(ThreadHandle& th) {
  if (th.ticks_left > 1) {
    --th.ticks_left;
    return false;
  }
  th.ticks_left = check_ticks();
  uint64_t dropped_at;
  {
    OsMutexLock guard(mu_);
    check_holder_locked(th, "tick");
    if (waiters_ == 0) {
      clear_drop_bit(th);
      return false;
    }
    dropped_at = switch_number_;
    give_up_locked(th);
    ++th.stats.tick_drops;
  }
  // Pre-3.2: "other threads may run now" -- but nothing makes them. This
  // thread queues again at once and often wins, being already on a CPU
  // while the waiter is still being woken.
  OsMutexLock guard(mu_);
  take_locked(th, Clock::time_point{});
  if (switch_number_ == dropped_at + 1) ++th.stats.regrabs;
  return true;
}

void Gil::acquire() { acquire(legacy_handle()); }
void Gil::release() { release(legacy_handle()); }

Gil::ThreadHandle& Gil::legacy_handle() {
  thread_local ThreadHandle handle;
  return handle;
}

void Gil::take_locked(ThreadHandle& th, Clock::time_point wait_start) {
  bool waited = wait_start != Clock::time_point{};
  if (th.owes_switch) {
    // This thread released the GIL while a waiter had asked for it: let
    // some other thread take it before competing again.
    th.owes_switch = false;
    if (switch_number_ == th.owed_switch_number) {
      if (!waited) wait_start = Clock::now();
      waited = true;
      wait_for_switch_locked(th.owed_switch_number);
    }
  }
  if (mode() == Mode::kTicks) {
    if (locked_) {
      if (!waited) wait_start = Clock::now();
      waited = true;
      ++waiters_;
      while (locked_) {
        // Pre-3.2: no timed request and no order among waiters; a waiter
        // is simply there, and the holder's ticks start counting.
        request_drop_locked(th);
        released_.wait(mu_);
      }
      --waiters_;
    }
  } else if (locked_ || next_ticket_ != serving_) {
    // Interval mode: waiters are served in arrival order (a ticket each),
    // and only the first in line asks the holder to drop, once the holder
    // has had a whole interval. With two CPU-bound threads and a thread
    // waking from I/O, the latter then waits at most the rest of the
    // current slice plus one slice, where CPython's unordered wake-ups can
    // hand the GIL back and forth between the CPU-bound pair meanwhile.
    if (!waited) wait_start = Clock::now();
    waited = true;
    const uint64_t ticket = next_ticket_++;
    ++waiters_;
    while (locked_ || serving_ != ticket) {
      if (serving_ != ticket) {
        released_.wait(mu_);
        continue;
      }
      const Clock::time_point deadline = held_since_ + switch_interval();
      if (Clock::now() < deadline) {
        released_.wait_until(mu_, deadline);
      } else {
        request_drop_locked(th);
        released_.wait(mu_);
      }
    }
    --waiters_;
    ++serving_;
  }
  locked_ = true;
  holder_.store(&th, std::memory_order_relaxed);
  held_since_ = Clock::now();
  ++switch_number_;
  if (switch_waiters_ > 0) switched_.notify_all();
  // The next in line starts timing the new holder's slice.
  if (waiters_ > 0 && mode() == Mode::kInterval) released_.notify_all();
  ++th.stats.acquisitions;
  if (waited) record_wait(th, wait_start);
  if (mode() == Mode::kTicks) {
    th.ticks_left = check_ticks();
    // Other waiters still queued: their request carries over to the new
    // holder, whose ticks start now.
    if (waiters_ > 0) set_drop_bit(th);
  }
}

void Gil::give_up_locked(ThreadHandle& th) {
  clear_drop_bit(th);
  locked_ = false;
  holder_.store(nullptr, std::memory_order_relaxed);
  // Interval mode: only the first in line may take it, so all are woken
  // to look; ticks mode: any waiter may, one is enough.
  if (mode() == Mode::kInterval) {
    released_.notify_all();
  } else {
    released_.notify_one();
  }
}

void Gil::wait_for_switch_locked(uint64_t number) {
  ++switch_waiters_;
  while (switch_number_ == number) switched_.wait(mu_);
  --switch_waiters_;
}

void Gil::request_drop_locked(ThreadHandle& requester) {
  ThreadHandle* holder = holder_.load(std::memory_order_relaxed);
  // The holder cannot release (and so cannot go away) while we hold mu_.
  if (holder == nullptr || holder->eval_breaker == nullptr) return;
  const uint32_t before =
      holder->eval_breaker->fetch_or(kGilDropRequestBit, std::memory_order_relaxed);
  if (!(before & kGilDropRequestBit)) ++requester.stats.drop_requests;
}

void Gil::check_holder_locked(const ThreadHandle& th, const char* what) const {
  if (!locked_ || holder_.load(std::memory_order_relaxed) != &th) {
    std::fprintf(stderr, "lockvm: fatal: Gil::%s by a thread that does not hold the GIL\n", what);
    std::abort();
  }
}

void Gil::record_wait(ThreadHandle& th, Clock::time_point wait_start) {
  const auto ns = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - wait_start).count());
  ++th.stats.contended;
  th.stats.wait_ns += ns;
  th.stats.max_wait_ns = std::max(th.stats.max_wait_ns, ns);
}

}  // namespace lockvm::locking
