// The interpreter instantiated for the `biased` strategy.
#include "strategies/biased.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<BiasedPolicy>);

int run_biased(const RunOptions& options) {
  if (options.stats != StatsFormat::kNone) return run_biased_counting(options);  // strategies/counting.cc
  return run_program<BiasedPolicy>(options);
}

}  // namespace lockvm
