// Reading configs: the knob catalogue, TOML++ parsing, `--set`, and the
// rules of strategies/config.h. Every check reports the first problem in
// file order as one line; nothing here prints or exits.
#include "strategies/config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include "strategies/registry.h"

namespace lockvm {

namespace {

constexpr std::string_view kGilModes[] = {"interval", "ticks"};
constexpr std::string_view kRefcountSchemes[] = {"atomic", "biased"};
constexpr std::string_view kReclamationSchemes[] = {"qsbr", "epoch"};
constexpr std::string_view kAllocators[] = {"mimalloc", "system"};

using KnobKind = Knob::Kind;

// The catalogue: every knob of design.md, in the order they are shown.
constexpr Knob kKnobs[] = {
    {.name = "gil.switch_interval_us",
     .kind = KnobKind::kInt,
     .min = 1,
     .max = 1000000,
     .help = "microseconds a thread may keep the GIL once another waits (sys.setswitchinterval)",
     .get = [](const Config& c) -> int64_t { return c.gil.switch_interval_us; },
     .set = [](Config& c, int64_t v) { c.gil.switch_interval_us = v; }},
    {.name = "gil.mode",
     .kind = KnobKind::kChoice,
     .choices = kGilModes,
     .help = "when the holder drops the GIL: on request after the switch interval (CPython 3.2+), "
             "or every check_ticks bytecodes if anyone waits (before 3.2)",
     .get = [](const Config& c) -> int64_t { return static_cast<int64_t>(c.gil.mode); },
     .set = [](Config& c, int64_t v) { c.gil.mode = static_cast<GilMode>(v); }},
    {.name = "gil.check_ticks",
     .kind = KnobKind::kInt,
     .min = 1,
     .max = 1000000,
     .help = "bytecodes between GIL drops in ticks mode",
     .get = [](const Config& c) -> int64_t { return c.gil.check_ticks; },
     .set = [](Config& c, int64_t v) { c.gil.check_ticks = v; },
     .only_if = "gil.mode",
     .only_if_value = "ticks"},
    {.name = "refcount.immortal",
     .kind = KnobKind::kBool,
     .help = "None, True, False, small ints, interned strings and builtins are never counted",
     .get = [](const Config& c) -> int64_t { return c.refcount.immortal; },
     .set = [](Config& c, int64_t v) { c.refcount.immortal = v != 0; }},
    {.name = "refcount.deferred",
     .kind = KnobKind::kBool,
     .help = "top-level functions, classes, modules and code objects skip reference counting (freed at exit)",
     .get = [](const Config& c) -> int64_t { return c.refcount.deferred; },
     .set = [](Config& c, int64_t v) { c.refcount.deferred = v != 0; }},
    {.name = "refcount.coalesce",
     .kind = KnobKind::kBool,
     .help = "biased counts: a thread that does not own an object parks the references it drops and reuses "
             "them, instead of an atomic change each time (given back later)",
     .get = [](const Config& c) -> int64_t { return c.refcount.coalesce; },
     .set = [](Config& c, int64_t v) { c.refcount.coalesce = v != 0; }},
    {.name = "refcount.scheme",
     .kind = KnobKind::kChoice,
     .choices = kRefcountSchemes,
     .help = "how reference counts are kept: atomic read-modify-writes, or biased to the owner thread",
     .get = [](const Config& c) -> int64_t { return static_cast<int64_t>(c.refcount.scheme); },
     .set = [](Config& c, int64_t v) { c.refcount.scheme = static_cast<RefcountScheme>(v); }},
    {.name = "reclamation.scheme",
     .kind = KnobKind::kChoice,
     .choices = kReclamationSchemes,
     .help = "when storage a concurrent reader may hold is freed: QSBR grace periods or epochs",
     .get = [](const Config& c) -> int64_t { return static_cast<int64_t>(c.reclamation.scheme); },
     .set = [](Config& c, int64_t v) { c.reclamation.scheme = static_cast<ReclamationScheme>(v); }},
    {.name = "memory.allocator",
     .kind = KnobKind::kChoice,
     .choices = kAllocators,
     .help = "the allocator behind every object and container",
     .get = [](const Config& c) -> int64_t { return static_cast<int64_t>(c.memory.allocator); },
     .set = [](Config& c, int64_t v) { c.memory.allocator = static_cast<Allocator>(v); }},
};

constexpr ConfigTable kTables[] = {
    {"gil", "gil", "the global interpreter lock"},
    {"refcount", "", "reference counting"},
    {"reclamation", "", "deferred freeing of shared storage"},
    {"memory", "", "allocation"},
};

const ConfigTable* find_table(std::string_view name) {
  for (const ConfigTable& t : kTables)
    if (t.name == name) return &t;
  return nullptr;
}

std::string toml_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (ch < 0x20 || ch == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

// `"a" or "b"`, `one of "a", "b", "c"`.
template <class Names>
std::string choice_list(const Names& names) {
  std::vector<std::string> q;
  for (const auto& n : names) q.push_back(toml_string(n));
  if (q.size() == 1) return q[0];
  if (q.size() == 2) return q[0] + " or " + q[1];
  std::string out = "one of ";
  for (size_t i = 0; i < q.size(); ++i) out += (i ? ", " : "") + q[i];
  return out;
}

std::string strategy_choices() {
  std::vector<std::string_view> names;
  for (const StrategyInfo& s : strategies()) names.push_back(s.name);
  return choice_list(names);
}

std::string expected(const Knob& k) {
  switch (k.kind) {
    case KnobKind::kInt: return "an integer from " + std::to_string(k.min) + " to " + std::to_string(k.max);
    case KnobKind::kBool: return "true or false";
    case KnobKind::kChoice: return choice_list(k.choices);
  }
  return "";
}

// What a TOML value is, for "got ...".
std::string describe(const toml::node& n) {
  std::ostringstream os;
  switch (n.type()) {
    case toml::node_type::string: return toml_string(n.as_string()->get());
    case toml::node_type::integer: return std::to_string(n.as_integer()->get());
    case toml::node_type::boolean: return n.as_boolean()->get() ? "true" : "false";
    case toml::node_type::floating_point: os << *n.as_floating_point(); return os.str();
    case toml::node_type::date: os << *n.as_date(); return os.str();
    case toml::node_type::time: os << *n.as_time(); return os.str();
    case toml::node_type::date_time: os << *n.as_date_time(); return os.str();
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

std::string join_names(std::span<const std::string_view> names) {
  std::string out;
  for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::string table_keys(std::string_view table) {
  std::string out;
  for (const Knob& k : kKnobs)
    if (k.table() == table) out += (out.empty() ? "" : ", ") + std::string(k.key());
  return out;
}

std::string top_level_keys() {
  std::string out = "strategy or a table:";
  for (size_t i = 0; i < std::size(kTables); ++i)
    out += std::string(i ? ", [" : " [") + std::string(kTables[i].name) + "]";
  return out;
}

// `gil.mode = "ticks"`.
std::string condition(const Knob& k) { return std::string(k.only_if) + " = " + toml_string(k.only_if_value); }

bool reads(const StrategyInfo& s, std::string_view knob) {
  return std::find(s.knobs.begin(), s.knobs.end(), knob) != s.knobs.end();
}

bool reads_table(const StrategyInfo& s, std::string_view table) {
  for (const Knob& k : kKnobs)
    if (k.table() == table && reads(s, k.name)) return true;
  return false;
}

std::string not_read(const StrategyInfo& s) {
  std::string who(s.name);
  if (s.knobs.empty()) return "not read by strategy \"" + who + "\" (it reads no knobs)";
  return "not read by strategy \"" + who + "\" (it reads " + join_names(s.knobs) + ")";
}

// One key given by the file or by `--set`, with where it was given.
struct Setting {
  std::string name;  // "strategy", "gil", "gil.mode", "foo.bar"
  const toml::node* node;
  std::string place;  // "FILE:LINE", "--set" or "--strategy"
  uint32_t line;      // for ordering a file's settings; 0 for the command line
  bool table_header;  // an empty known table: `[refcount]` with no knobs
};

class Resolver {
 public:
  explicit Resolver(Config* config) : config_(config) {}

  // Checks one setting against the catalogue and applies it; false with
  // error_ set on a problem.
  bool apply(const Setting& s) {
    if (s.table_header) {
      applied_.push_back(s);
      return true;
    }
    if (s.name == "strategy") {
      const toml::node& n = *s.node;
      if (!n.is_string() || find_strategy(n.as_string()->get()) == nullptr)
        return fail(s.place, "strategy", "expected " + strategy_choices() + ", got " + describe(n));
      config_->strategy = n.as_string()->get();
      strategy_given_ = true;
      return true;
    }
    if (s.name.find('.') == std::string::npos) {
      if (find_table(s.name) != nullptr) {
        if (s.place == "--set")
          return fail(s.place, s.name, "is a table; set one of its knobs (" + table_keys(s.name) + ")");
        return fail(s.place, s.name, "expected a table of knobs ([" + s.name + "]), got " + describe(*s.node));
      }
      return fail(s.place, s.name, "unknown key (expected " + top_level_keys() + ")");
    }
    const Knob* k = find_knob(s.name);
    if (k == nullptr) {
      std::string table = s.name.substr(0, s.name.find('.'));
      if (find_table(table) == nullptr)
        return fail(s.place, s.name, "unknown key (expected " + top_level_keys() + ")");
      return fail(s.place, s.name, "unknown key (the [" + table + "] knobs are " + table_keys(table) + ")");
    }
    std::optional<int64_t> v = convert(*k, *s.node);
    if (!v) return fail(s.place, s.name, "expected " + expected(*k) + ", got " + describe(*s.node));
    k->set(*config_, *v);
    applied_.push_back(s);
    return true;
  }

  void set_strategy_flag(std::string_view name) {
    config_->strategy = std::string(name);
    strategy_given_ = true;
  }

  // The rules that need the whole config: the strategy reads what it is
  // given, and conditional knobs are given only when they apply.
  bool check_reads() {
    const StrategyInfo* s = find_strategy(config_->strategy);
    for (const Setting& a : applied_) {
      std::string_view table = std::string_view(a.name).substr(0, a.name.find('.'));
      const ConfigTable* t = find_table(table);
      if (t == nullptr || (!t->owner.empty() && t->owner != s->name)) continue;  // another's own table
      bool ok = a.table_header ? reads_table(*s, table) : reads(*s, a.name);
      if (!ok) return fail(a.place, a.name, not_read(*s));
    }
    for (const Setting& a : applied_) {
      if (a.table_header) continue;
      const Knob* k = find_knob(a.name);
      if (!knob_applies(*k, *config_)) {
        std::string gate(k->only_if);
        return fail(a.place, a.name,
                    "only read when " + condition(*k) + " (" + gate + " is " +
                        format_knob_value(*find_knob(gate), *config_) + ")");
      }
    }
    return true;
  }

  bool strategy_given() const { return strategy_given_; }
  const std::string& error() const { return error_; }
  bool fail_missing_strategy(const std::string& place) {
    return fail(place, "strategy", "missing; expected " + strategy_choices());
  }

 private:
  static std::optional<int64_t> convert(const Knob& k, const toml::node& n) {
    switch (k.kind) {
      case KnobKind::kInt:
        if (const auto* i = n.as_integer(); i != nullptr && i->get() >= k.min && i->get() <= k.max) return i->get();
        return std::nullopt;
      case KnobKind::kBool:
        if (const auto* b = n.as_boolean()) return b->get() ? 1 : 0;
        return std::nullopt;
      case KnobKind::kChoice:
        if (const auto* str = n.as_string())
          for (size_t i = 0; i < k.choices.size(); ++i)
            if (k.choices[i] == str->get()) return static_cast<int64_t>(i);
        return std::nullopt;
    }
    return std::nullopt;
  }

  bool fail(const std::string& place, std::string_view key, const std::string& what) {
    error_ = place + ": " + std::string(key) + ": " + what;
    return false;
  }

  Config* config_;
  std::vector<Setting> applied_;
  bool strategy_given_ = false;
  std::string error_;
};

uint32_t line_of(const toml::key& k, const toml::node& v) {
  if (k.source().begin.line != 0) return k.source().begin.line;
  if (v.source().begin.line != 0) return v.source().begin.line;
  return 1;
}

// The file's settings, in file order.
std::vector<Setting> settings_of(const toml::table& root, const std::string& file) {
  std::vector<Setting> out;
  auto add = [&](std::string name, const toml::node& node, uint32_t line, bool header) {
    out.push_back({std::move(name), &node, file + ":" + std::to_string(line), line, header});
  };
  for (auto&& [k, v] : root) {
    std::string name(k.str());
    if (find_table(name) != nullptr && v.is_table()) {
      // An empty table stands for itself; a full one is its knobs.
      if (v.as_table()->empty()) add(name, v, line_of(k, v), true);
      for (auto&& [k2, v2] : *v.as_table()) add(name + "." + std::string(k2.str()), v2, line_of(k2, v2), false);
    } else {
      add(name, v, line_of(k, v), false);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Setting& a, const Setting& b) { return a.line < b.line; });
  return out;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::span<const Knob> knobs() { return kKnobs; }
std::span<const ConfigTable> config_tables() { return kTables; }

const Knob* find_knob(std::string_view dotted_name) {
  for (const Knob& k : kKnobs)
    if (k.name == dotted_name) return &k;
  return nullptr;
}

bool knob_applies(const Knob& knob, const Config& config) {
  if (knob.only_if.empty()) return true;
  const Knob* gate = find_knob(knob.only_if);
  return gate != nullptr && gate->kind == KnobKind::kChoice &&
         gate->choices[static_cast<size_t>(gate->get(config))] == knob.only_if_value;
}

std::string format_knob_value(const Knob& knob, const Config& config) {
  int64_t v = knob.get(config);
  switch (knob.kind) {
    case KnobKind::kInt: return std::to_string(v);
    case KnobKind::kBool: return v ? "true" : "false";
    case KnobKind::kChoice: return toml_string(knob.choices[static_cast<size_t>(v)]);
  }
  return "";
}

namespace {

ConfigResult resolve(const ConfigRequest& request) {
  ConfigResult result;
  Config& config = result.config;
  Resolver resolver(&config);
  auto failed = [&] {
    result.error = resolver.error();
    return result;
  };

  toml::table root;
  if (!request.file.empty()) {
    const std::string& file = request.file;
    config.source = file;
    std::string text;
    if (request.text) {
      text = *request.text;
    } else {
      std::error_code ec;
      if (std::filesystem::is_directory(file, ec)) {
        result.error = file + ": cannot read the config: it is a directory";
        return result;
      }
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        result.error = file + ": cannot open the config: " + std::strerror(errno);
        return result;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
    try {
      root = toml::parse(std::string_view(text), std::string_view(file));
    } catch (const toml::parse_error& e) {
      uint32_t line = e.source().begin.line != 0 ? e.source().begin.line : 1;
      result.error = file + ":" + std::to_string(line) + ": malformed TOML: " + one_line(e.description());
      return result;
    }
    for (const Setting& s : settings_of(root, file))
      if (!resolver.apply(s)) return failed();
  }

  if (!request.strategy.empty()) {
    if (find_strategy(request.strategy) == nullptr) {
      result.error = "--strategy: expected " + strategy_choices() + ", got " + toml_string(request.strategy);
      return result;
    }
    resolver.set_strategy_flag(request.strategy);
  }

  // Each override's value stays alive in its own parsed table.
  std::vector<toml::table> values;
  values.reserve(request.sets.size());
  for (const std::string& arg : request.sets) {
    size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      result.error = "--set: expected KEY=VALUE, got " + toml_string(arg);
      return result;
    }
    std::string key = arg.substr(0, eq);
    std::string value = arg.substr(eq + 1);
    toml::table t;
    try {
      std::string doc = "v = " + value;
      t = toml::parse(std::string_view(doc), std::string_view("--set"));
    } catch (const toml::parse_error&) {
    }
    if (t.size() != 1 || !t.contains("v")) {  // not one TOML value: a bare word
      t.clear();
      t.insert("v", value);
    }
    values.push_back(std::move(t));
    if (!resolver.apply({key, values.back().get("v"), "--set", 0, false})) return failed();
  }

  if (!resolver.strategy_given() && !request.file.empty()) {
    resolver.fail_missing_strategy(request.file + ":1");
    return failed();
  }
  if (!resolver.check_reads()) return failed();
  return result;
}

}  // namespace

ConfigResult resolve_config(const ConfigRequest& request) {
  ConfigResult result = resolve(request);
  // One line whatever a key or file name holds: control characters escaped.
  std::string line;
  for (unsigned char ch : result.error) {
    if (ch < 0x20 || ch == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      line += buf;
    } else {
      line += static_cast<char>(ch);
    }
  }
  result.error = line;
  return result;
}

std::string format_config(const Config& config) {
  const StrategyInfo* s = find_strategy(config.strategy);
  std::string out = "# lockvm config, resolved from " + config.source + "\n";
  out += "strategy = " + toml_string(config.strategy) + "\n";
  std::string unread;
  for (const ConfigTable& t : kTables) {
    bool header = false;
    for (const Knob& k : kKnobs) {
      if (k.table() != t.name) continue;
      if (s == nullptr || !reads(*s, k.name)) {
        unread += (unread.empty() ? "" : ", ") + std::string(k.name);
        continue;
      }
      if (!header) out += "\n[" + std::string(t.name) + "]\n";
      header = true;
      std::string line = std::string(k.key()) + " = " + format_knob_value(k, config);
      if (!knob_applies(k, config))
        out += "# " + line + "  (read only when " + condition(k) + ")\n";
      else
        out += line + "\n";
    }
  }
  if (!unread.empty()) out += "\n# not read by " + config.strategy + ": " + unread + "\n";
  return out;
}

std::string describe_strategies() {
  const Config defaults;
  size_t name_width = 0;
  size_t knob_width = 0;
  for (const StrategyInfo& s : strategies()) {
    name_width = std::max(name_width, s.name.size());
    for (std::string_view n : s.knobs)
      if (const Knob* k = find_knob(n))
        knob_width = std::max(knob_width, k->name.size() + 3 + format_knob_value(*k, defaults).size());
  }
  std::string out;
  for (const StrategyInfo& s : strategies()) {
    std::string name(s.name);
    out += name + std::string(name_width + 2 - name.size(), ' ') + std::string(s.summary) + "\n";
    std::string indent(name_width + 4, ' ');
    out += indent + "object header: " + std::to_string(s.header_bytes) + " bytes\n";
    if (s.knobs.empty()) out += indent + "(no knobs)\n";
    for (std::string_view n : s.knobs) {
      const Knob* k = find_knob(n);
      if (k == nullptr) continue;
      std::string lhs = std::string(k->name) + " = " + format_knob_value(*k, defaults);
      std::string what = expected(*k);
      if (!k->only_if.empty()) what += ", read only when " + condition(*k);
      out += indent + lhs + std::string(knob_width + 2 - lhs.size(), ' ') + what + ": " + std::string(k->help) + "\n";
    }
  }
  return out;
}

// The same, for programs (`lockvm bench` reads it to find every strategy).
// toml_string's escapes and format_knob_value's literals are valid JSON too.
std::string describe_strategies_json() {
  const Config defaults;
  std::string out = "[";
  for (const StrategyInfo& s : strategies()) {
    if (out.size() > 1) out += ",";
    out += "\n  {\"name\": " + toml_string(s.name) + ", \"summary\": " + toml_string(s.summary) +
           ", \"threads\": " + (s.allows_threads ? "true" : "false") +
           ", \"header_bytes\": " + std::to_string(s.header_bytes) + ", \"knobs\": {";
    bool first = true;
    for (std::string_view n : s.knobs) {
      const Knob* k = find_knob(n);
      if (k == nullptr) continue;
      out += (first ? "" : ", ") + toml_string(k->name) + ": " + format_knob_value(*k, defaults);
      first = false;
    }
    out += "}}";
  }
  return out + "\n]\n";
}

}  // namespace lockvm
