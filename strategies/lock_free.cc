// The interpreter instantiated for the `lock-free` strategy with biased
// reference counts, and the entry point that picks the instantiation the
// `refcount.scheme` knob names (the atomic one is in lock_free_atomic.cc).
#include "strategies/lock_free.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<LockFreeBiasedPolicy>);

int run_lock_free_atomic(const RunOptions& options);

int run_lock_free(const RunOptions& options) {
  if (options.config.refcount.scheme == RefcountScheme::kAtomic) return run_lock_free_atomic(options);
  if (options.stats != StatsFormat::kNone) return run_lock_free_counting(options);  // strategies/counting.cc
  return run_program<LockFreeBiasedPolicy>(options);
}

}  // namespace lockvm
