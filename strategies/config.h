// The configuration of a run: which strategy, and the value of every knob of
// design.md ("Config files"). A config comes from, in this order,
//   1. a TOML file (`--config FILE.toml`), or `--strategy NAME`, or neither
//      (the built-in default: configs/default.toml, i.e. `gil` with defaults);
//   2. `--set KEY=VALUE` overrides, in command-line order; KEY is dotted
//      (`gil.switch_interval_us`, or `strategy`) and VALUE is a TOML value,
//      anything that does not parse as one being taken as a string (so
//      `--set gil.mode=ticks` works without quotes).
// A file must name its strategy (`strategy = "gil"`); `--set strategy=NAME`
// may replace it.
//
// Which knob a strategy may be given (the rule of design.md, made precise):
//   - Every key must be in the knob catalogue below (knobs()): an unknown
//     table or key, a wrong type or an out-of-range value is an error under
//     every strategy.
//   - Each strategy declares the knobs it reads, next to its policy
//     (`static constexpr ... kKnobs` in strategies/NAME.h, copied into its
//     registry entry).
//   - A table is either owned by one strategy ([gil] by `gil`) or shared
//     ([refcount], [reclamation], [memory]). A table owned by another
//     strategy is allowed and ignored: it is still checked as above, so a
//     typo in it is never silent, but it has no effect. So one file can carry
//     [gil] settings that only matter when `--set strategy=gil` picks them.
//   - Any other knob the strategy does not read is an error: a knob of a
//     shared table, or of the strategy's own table, that it does not declare;
//     a shared table that the strategy reads nothing from is an error even
//     when empty (`[refcount]` under `gil`).
//   - A knob that only means something under another knob's value
//     (gil.check_ticks, with gil.mode = "ticks") is an error when given
//     while that condition is false, whichever strategy runs.
// Every error is one line: `FILE:LINE: KEY: what was expected, got what`
// (a `--set` override names `--set` in place of FILE:LINE, `--strategy`
// likewise); a missing file or malformed TOML names the file (and the line
// where the parser stopped). `lockvm` exits with status 2 on any of them.
//
// Adding a strategy is its policy header with its kKnobs and one registry
// line; every knob of design.md is already in the catalogue, so a new
// strategy only needs config.cc when it brings a knob design.md lacks.
//
// This header is plain data, with no TOML dependency: the VM's RunOptions
// carries a resolved Config.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lockvm {

enum class GilMode : uint8_t {
  kInterval,  // CPython 3.2+: a waiter asks for a drop after switch_interval_us
  kTicks,     // before 3.2: drop every check_ticks bytecodes if anyone waits
};
enum class RefcountScheme : uint8_t { kAtomic, kBiased };
enum class ReclamationScheme : uint8_t { kQsbr, kEpoch };
enum class Allocator : uint8_t { kMimalloc, kSystem };

struct GilConfig {
  int64_t switch_interval_us = 5000;
  GilMode mode = GilMode::kInterval;
  int64_t check_ticks = 100;
};

struct RefcountConfig {
  bool immortal = true;  // None, True, False, small ints, interned strings, builtins
  bool deferred = true;  // functions, classes, modules skip refcounting
  bool coalesce = true;  // biased: non-owner changes parked and reused (memory/ref_cache.h)
  RefcountScheme scheme = RefcountScheme::kAtomic;  // lock-free only
};

struct ReclamationConfig {
  ReclamationScheme scheme = ReclamationScheme::kQsbr;
};

struct MemoryConfig {
  Allocator allocator = Allocator::kMimalloc;
};

// A resolved configuration. Default-constructed, it is configs/default.toml.
// Knobs the strategy does not read keep their defaults.
struct Config {
  std::string strategy = "gil";
  std::string source = "<default>";  // the config file's path, or "<default>"
  GilConfig gil;
  RefcountConfig refcount;
  ReclamationConfig reclamation;
  MemoryConfig memory;
};

// One knob of the catalogue. Values travel as int64_t: an integer as itself,
// a bool as 0 or 1, a choice as its index in `choices` (the enum's order).
struct Knob {
  enum class Kind : uint8_t { kInt, kBool, kChoice };
  std::string_view name;  // dotted: "gil.switch_interval_us"
  Kind kind;
  int64_t min = 0;  // kInt: the allowed range, inclusive
  int64_t max = 0;
  std::span<const std::string_view> choices = {};  // kChoice
  std::string_view help = {};                      // one short line
  int64_t (*get)(const Config&) = nullptr;
  void (*set)(Config&, int64_t) = nullptr;
  // A knob that only means something when a choice knob has one value
  // (gil.check_ticks: only_if "gil.mode", only_if_value "ticks").
  std::string_view only_if = {};
  std::string_view only_if_value = {};

  std::string_view table() const { return name.substr(0, name.find('.')); }
  std::string_view key() const { return name.substr(name.find('.') + 1); }
};

// A top-level table of the catalogue; `owner` is the strategy that owns it,
// empty for a shared table.
struct ConfigTable {
  std::string_view name;
  std::string_view owner;
  std::string_view help;
};

std::span<const Knob> knobs();
// Whether the knob's only_if condition holds in `config` (true without one).
bool knob_applies(const Knob& knob, const Config& config);
std::span<const ConfigTable> config_tables();
const Knob* find_knob(std::string_view dotted_name);

// Where a config comes from; see the top of this file.
struct ConfigRequest {
  std::string file;                 // --config FILE; empty for none
  std::optional<std::string> text;  // the file's contents when already read (tests)
  std::string strategy;             // --strategy NAME; empty for none
  std::vector<std::string> sets;    // --set KEY=VALUE, in order
};

struct ConfigResult {
  Config config;
  std::string error;  // one line, no newline; empty on success
  bool ok() const { return error.empty(); }
};

ConfigResult resolve_config(const ConfigRequest& request);

// The knob's value in `config`, written as TOML (`5000`, `true`, `"ticks"`).
std::string format_knob_value(const Knob& knob, const Config& config);

// A resolved config as TOML (for `lockvm check-config`): the strategy and
// every knob it reads with its value; a knob that does not apply under the
// others is shown commented out, and the knobs the strategy does not read
// are listed in a closing comment. Feeding the text back gives the same
// config.
std::string format_config(const Config& config);

// Every registered strategy, its summary and its knobs with their defaults
// (for `lockvm strategies`).
std::string describe_strategies();
// The same as a JSON array (`lockvm strategies --json`).
std::string describe_strategies_json();

}  // namespace lockvm
