// The interpreter instantiated for `lock-free` with atomic reference counts
// (refcount.scheme = "atomic"); its own file so the two instantiations
// compile in parallel.
#include "strategies/lock_free.h"
#include "vm/vm.h"

namespace lockvm {

static_assert(Policy<LockFreeAtomicPolicy>);

int run_lock_free_atomic(const RunOptions& options) { return run_program<LockFreeAtomicPolicy>(options); }

}  // namespace lockvm
