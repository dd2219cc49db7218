// The interpreter instantiated for the `nosync` strategy.
#include "strategies/nosync.h"

#include "strategies/registry.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<NoSyncPolicy>);

int run_nosync(const RunOptions& options) { return run_program<NoSyncPolicy>(options); }

}  // namespace lockvm
