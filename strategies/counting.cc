// The interpreter instantiated once more for each strategy whose fast paths
// carry counters (strategies/policy.h: CountingFastPaths): `--stats` runs
// use these, every other run the lean instantiation in the strategy's own
// file. A file of its own so that the two compile in parallel.
#include "strategies/biased.h"
#include "strategies/lock_free.h"
#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<CountingFastPaths<BiasedPolicy>>);
static_assert(Policy<CountingFastPaths<LockFreeBiasedPolicy>>);

int run_biased_counting(const RunOptions& options) { return run_program<CountingFastPaths<BiasedPolicy>>(options); }

int run_lock_free_counting(const RunOptions& options) {
  return run_program<CountingFastPaths<LockFreeBiasedPolicy>>(options);
}

}  // namespace lockvm
