// The interpreter instantiated for the `biased` strategy.
#include "strategies/biased.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<BiasedPolicy>);

int run_biased(const RunOptions& options) { return run_program<BiasedPolicy>(options); }

}  // namespace lockvm
