// The strategy table: one line per strategy.
#include "strategies/registry.h"

#include "strategies/biased.h"
#include "strategies/gil.h"
#include "strategies/lock_free.h"
#include "strategies/nosync.h"
#include "strategies/per_object.h"

namespace lockvm {

namespace {
template <class P>
constexpr StrategyInfo entry(int (*run)(const RunOptions&)) {
  return StrategyInfo{P::kName, P::kSummary, P::kAllowsThreads, P::kKnobs, sizeof(typename P::Header), run};
}

constexpr StrategyInfo kStrategies[] = {
    entry<GilPolicy>(run_gil),
    entry<PerObjectPolicy>(run_per_object),
    entry<BiasedPolicy>(run_biased),
    entry<LockFreeBiasedPolicy>(run_lock_free),
    entry<NoSyncPolicy>(run_nosync),
};
}  // namespace

std::span<const StrategyInfo> strategies() { return kStrategies; }

const StrategyInfo* find_strategy(std::string_view name) {
  for (const StrategyInfo& s : kStrategies)
    if (s.name == name) return &s;
  return nullptr;
}

}  // namespace lockvm
