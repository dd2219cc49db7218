// `--stats`: named counters of a run, printed to stderr at exit as a table
// or JSON (vm/vm.h). Counters are per thread (never shared); a thread folds
// its own into the runtime's totals as it ends, and the main thread's are
// added at exit. A strategy contributes its own counters through the
// optional policy hook `P::add_stats(const ThreadState&, Stats&)`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace lockvm {

// Named counters, in the order they were first added.
class Stats {
 public:
  void add(std::string_view name, uint64_t value) {
    for (auto& [n, v] : items_)
      if (n == name) {
        v += value;
        return;
      }
    items_.emplace_back(std::string(name), value);
  }
  void max(std::string_view name, uint64_t value) {
    for (auto& [n, v] : items_)
      if (n == name) {
        v = std::max(v, value);
        return;
      }
    items_.emplace_back(std::string(name), value);
  }
  // Adds another set of counters: totals add up, "..._max" counters keep
  // the larger value.
  void merge(const Stats& other) {
    for (const auto& [name, value] : other.items_) {
      bool is_max = name.size() > 4 && name.compare(name.size() - 4, 4, "_max") == 0;
      if (is_max) max(name, value);
      else add(name, value);
    }
  }
  uint64_t get(std::string_view name) const {
    for (const auto& [n, v] : items_)
      if (n == name) return v;
    return 0;
  }
  const std::vector<std::pair<std::string, uint64_t>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, uint64_t>> items_;
};

}  // namespace lockvm
