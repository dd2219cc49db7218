// The registry from strategy names to compiled instantiations of the
// interpreter. `lockvm run --strategy NAME` looks a name up here; nothing
// else in the VM compares strategy names. Adding a strategy is a policy
// header, a .cc that instantiates the interpreter for it, and one line in
// registry.cc.
#pragma once

#include <span>
#include <string_view>

#include "vm/runtime.h"

namespace lockvm {

struct StrategyInfo {
  std::string_view name;
  std::string_view summary;
  bool allows_threads;
  std::span<const std::string_view> knobs;  // the config knobs it reads (strategies/config.h)
  size_t header_bytes;  // the policy header every object carries
  int (*run)(const RunOptions& options);  // runs a program, returns the exit status
};

std::span<const StrategyInfo> strategies();
const StrategyInfo* find_strategy(std::string_view name);

// One per strategy file (strategies/NAME.cc).
int run_nosync(const RunOptions& options);
int run_gil(const RunOptions& options);
int run_per_object(const RunOptions& options);
int run_biased(const RunOptions& options);
int run_lock_free(const RunOptions& options);
// The --stats instantiations of biased and lock-free (strategies/counting.cc).
int run_biased_counting(const RunOptions& options);
int run_lock_free_counting(const RunOptions& options);

}  // namespace lockvm
