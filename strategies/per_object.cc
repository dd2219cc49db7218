// The interpreter instantiated for the `per-object` strategy.
#include "strategies/per_object.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<PerObjectPolicy>);

int run_per_object(const RunOptions& options) { return run_program<PerObjectPolicy>(options); }

}  // namespace lockvm
