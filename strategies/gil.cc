// The interpreter instantiated for the `gil` strategy.
#include "strategies/gil.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<GilPolicy>);

int run_gil(const RunOptions& options) { return run_program<GilPolicy>(options); }

}  // namespace lockvm
