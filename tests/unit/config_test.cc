// The config layer (strategies/config.h): defaults, every class of error
// with its exact one-line message, `--set` parsing, the rule of which knob a
// strategy may be given, and the resolved TOML printed by check-config.
#include "strategies/config.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "strategies/registry.h"

namespace lockvm {
namespace {

ConfigResult from_text(const std::string& text, std::vector<std::string> sets = {}) {
  ConfigRequest r;
  r.file = "cfg.toml";
  r.text = text;
  r.sets = std::move(sets);
  return resolve_config(r);
}

std::string error_of(const std::string& text, std::vector<std::string> sets = {}) {
  ConfigResult r = from_text(text, std::move(sets));
  EXPECT_FALSE(r.ok()) << "accepted:\n" << text;
  EXPECT_EQ(r.error.find('\n'), std::string::npos) << r.error;
  return r.error;
}

ConfigResult from_flags(std::string strategy, std::vector<std::string> sets = {}) {
  ConfigRequest r;
  r.strategy = std::move(strategy);
  r.sets = std::move(sets);
  return resolve_config(r);
}

// ------------------------------------------------------------- defaults

TEST(ConfigDefaults, NoFileNoFlagsIsGilWithDefaults) {
  ConfigResult r = resolve_config(ConfigRequest{});
  ASSERT_TRUE(r.ok()) << r.error;
  const Config& c = r.config;
  EXPECT_EQ(c.strategy, "gil");
  EXPECT_EQ(c.source, "<default>");
  EXPECT_EQ(c.gil.switch_interval_us, 5000);
  EXPECT_EQ(c.gil.mode, GilMode::kInterval);
  EXPECT_EQ(c.gil.check_ticks, 100);
  EXPECT_TRUE(c.refcount.immortal);
  EXPECT_TRUE(c.refcount.deferred);
  EXPECT_EQ(c.refcount.scheme, RefcountScheme::kAtomic);
  EXPECT_EQ(c.reclamation.scheme, ReclamationScheme::kQsbr);
  EXPECT_EQ(c.memory.allocator, Allocator::kMimalloc);
}

TEST(ConfigDefaults, FileWithOnlyStrategyKeepsDefaults) {
  ConfigResult r = from_text("strategy = \"gil\"\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.source, "cfg.toml");
  EXPECT_EQ(r.config.gil.switch_interval_us, 5000);
  EXPECT_EQ(r.config.gil.mode, GilMode::kInterval);
}

TEST(ConfigDefaults, StrategyFlag) {
  ConfigResult r = from_flags("nosync");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.strategy, "nosync");
  EXPECT_EQ(r.config.source, "<default>");
}

TEST(ConfigDefaults, ReadsEveryGilKnob) {
  ConfigResult r = from_text(
      "strategy = \"gil\"\n"
      "[gil]\n"
      "switch_interval_us = 1000\n"
      "mode = \"ticks\"\n"
      "check_ticks = 42\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.switch_interval_us, 1000);
  EXPECT_EQ(r.config.gil.mode, GilMode::kTicks);
  EXPECT_EQ(r.config.gil.check_ticks, 42);
}

TEST(ConfigDefaults, DottedKeysAndRangeEnds) {
  ConfigResult r = from_text("strategy = \"gil\"\ngil.switch_interval_us = 1\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.switch_interval_us, 1);
  r = from_text("strategy = \"gil\"\ngil.switch_interval_us = 1_000_000\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.switch_interval_us, 1000000);
}

// ------------------------------------------------------------- errors

TEST(ConfigErrors, UnknownStrategy) {
  EXPECT_EQ(error_of("strategy = \"fast\"\n"), "cfg.toml:1: strategy: expected one of \"gil\", \"per-object\", \"biased\", \"lock-free\", \"nosync\", got \"fast\"");
  EXPECT_EQ(error_of("# c\n\nstrategy = 3\n"), "cfg.toml:3: strategy: expected one of \"gil\", \"per-object\", \"biased\", \"lock-free\", \"nosync\", got 3");
  EXPECT_EQ(from_flags("fast").error, "--strategy: expected one of \"gil\", \"per-object\", \"biased\", \"lock-free\", \"nosync\", got \"fast\"");
}

TEST(ConfigErrors, MissingStrategy) {
  EXPECT_EQ(error_of("[gil]\nswitch_interval_us = 10\n"), "cfg.toml:1: strategy: missing; expected one of \"gil\", \"per-object\", \"biased\", \"lock-free\", \"nosync\"");
  // --set may supply it.
  EXPECT_TRUE(from_text("[gil]\nswitch_interval_us = 10\n", {"strategy=gil"}).ok());
}

TEST(ConfigErrors, UnknownKey) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nswitch_intervall_us = 10\n"),
            "cfg.toml:3: gil.switch_intervall_us: unknown key (the [gil] knobs are switch_interval_us, mode, check_ticks)");
  EXPECT_EQ(error_of("strategy = \"gil\"\nfoo = 1\n"),
            "cfg.toml:2: foo: unknown key (expected strategy or a table: [gil], [refcount], [reclamation], [memory])");
  EXPECT_EQ(error_of("strategy = \"gil\"\n\n[gc]\nx = 1\n"),
            "cfg.toml:3: gc: unknown key (expected strategy or a table: [gil], [refcount], [reclamation], [memory])");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil.sub]\n"),
            "cfg.toml:2: gil.sub: unknown key (the [gil] knobs are switch_interval_us, mode, check_ticks)");
}

TEST(ConfigErrors, WrongType) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n\n[gil]\nswitch_interval_us = \"fast\"\n"),
            "cfg.toml:4: gil.switch_interval_us: expected an integer from 1 to 1000000, got \"fast\"");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nswitch_interval_us = 5000.0\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got 5000.0");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = 1\n"),
            "cfg.toml:3: gil.mode: expected \"interval\" or \"ticks\", got 1");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = [\"ticks\"]\n"),
            "cfg.toml:3: gil.mode: expected \"interval\" or \"ticks\", got an array");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode.x = 1\n"),
            "cfg.toml:3: gil.mode: expected \"interval\" or \"ticks\", got a table");
  EXPECT_EQ(error_of("strategy = \"gil\"\ngil = 5\n"), "cfg.toml:2: gil: expected a table of knobs ([gil]), got 5");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[[gil]]\n"), "cfg.toml:2: gil: expected a table of knobs ([gil]), got an array");
  EXPECT_EQ(error_of("strategy = \"nosync\"\n[gil]\nswitch_interval_us = true\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got true");
}

TEST(ConfigErrors, BoolKnobs) {
  // No strategy reads [refcount] yet, so the type check (which comes first)
  // is what fails.
  EXPECT_EQ(error_of("strategy = \"gil\"\n[refcount]\nimmortal = 1\n"),
            "cfg.toml:3: refcount.immortal: expected true or false, got 1");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[refcount]\ndeferred = \"yes\"\n"),
            "cfg.toml:3: refcount.deferred: expected true or false, got \"yes\"");
}

TEST(ConfigErrors, OutOfRange) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nswitch_interval_us = 0\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got 0");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nswitch_interval_us = 1000001\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got 1000001");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = \"ticks\"\ncheck_ticks = -5\n"),
            "cfg.toml:4: gil.check_ticks: expected an integer from 1 to 1000000, got -5");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = \"tick\"\n"),
            "cfg.toml:3: gil.mode: expected \"interval\" or \"ticks\", got \"tick\"");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[memory]\nallocator = \"jemalloc\"\n"),
            "cfg.toml:3: memory.allocator: expected \"mimalloc\" or \"system\", got \"jemalloc\"");
}

TEST(ConfigErrors, MalformedToml) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil\n"),
            "cfg.toml:2: malformed TOML: Error while parsing table header: expected ']', saw '\\n'");
  EXPECT_EQ(error_of("strategy = \"gil\"\nstrategy = \"gil\"\n"),
            "cfg.toml:2: malformed TOML: Error while parsing key-value pair: cannot redefine existing string 'strategy'");
  std::string e = error_of("strategy = \"gil\"\n\n\nswitch_interval_us = = 3\n");
  EXPECT_EQ(e.rfind("cfg.toml:4: malformed TOML: ", 0), 0u) << e;
}

TEST(ConfigErrors, ControlCharactersInKeysStayOnOneLine) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\n\"a\\nb\" = 1\n"),
            "cfg.toml:3: gil.a\\x0ab: unknown key (the [gil] knobs are switch_interval_us, mode, check_ticks)");
}

TEST(ConfigErrors, FirstProblemInFileOrder) {
  // TOML++ keeps keys sorted; the report follows the file.
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nswitch_interval_us = 0\nmode = \"x\"\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got 0");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = \"x\"\nswitch_interval_us = 0\n"),
            "cfg.toml:3: gil.mode: expected \"interval\" or \"ticks\", got \"x\"");
}

TEST(ConfigErrors, MissingFile) {
  ConfigRequest r;
  r.file = "/nonexistent/lockvm/none.toml";
  EXPECT_EQ(resolve_config(r).error, "/nonexistent/lockvm/none.toml: cannot open the config: No such file or directory");
  r.file = std::filesystem::temp_directory_path().string();
  EXPECT_EQ(resolve_config(r).error, r.file + ": cannot read the config: it is a directory");
}

TEST(ConfigErrors, ReadsARealFile) {
  std::string path =
      (std::filesystem::temp_directory_path() / ("lockvm_config_test_" + std::to_string(getpid()) + ".toml")).string();
  {
    std::ofstream out(path);
    out << "strategy = \"gil\"\n\n[gil]\nswitch_interval_us = 250\n";
  }
  ConfigRequest r;
  r.file = path;
  ConfigResult res = resolve_config(r);
  std::remove(path.c_str());
  ASSERT_TRUE(res.ok()) << res.error;
  EXPECT_EQ(res.config.gil.switch_interval_us, 250);
  EXPECT_EQ(res.config.source, path);
}

// ------------------------------------------------------------- which knob a strategy may be given

TEST(ConfigKnobRules, SharedTableNotReadIsAnError) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n\n[refcount]\nimmortal = true\n"),
            "cfg.toml:4: refcount.immortal: not read by strategy \"gil\" (it reads gil.switch_interval_us, gil.mode, "
            "gil.check_ticks)");
  // Even empty.
  EXPECT_EQ(error_of("strategy = \"nosync\"\n[memory]\n"), "cfg.toml:2: memory: not read by strategy \"nosync\" (it reads no knobs)");
  // A dotted key names the knob.
  EXPECT_EQ(error_of("strategy = \"gil\"\nreclamation.scheme = \"epoch\"\n"),
            "cfg.toml:2: reclamation.scheme: not read by strategy \"gil\" (it reads gil.switch_interval_us, gil.mode, "
            "gil.check_ticks)");
}

TEST(ConfigKnobRules, BiasedReadsTheRefcountKnobsOnly) {
  ConfigResult r = from_text("strategy = \"biased\"\n[refcount]\nimmortal = false\ndeferred = false\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_FALSE(r.config.refcount.immortal);
  EXPECT_FALSE(r.config.refcount.deferred);
  EXPECT_EQ(error_of("strategy = \"biased\"\n[refcount]\nscheme = \"biased\"\n"),
            "cfg.toml:3: refcount.scheme: not read by strategy \"biased\" (it reads refcount.immortal, "
            "refcount.deferred, refcount.coalesce)");
  EXPECT_EQ(error_of("strategy = \"biased\"\n[reclamation]\n"),
            "cfg.toml:2: reclamation: not read by strategy \"biased\" (it reads refcount.immortal, refcount.deferred, "
            "refcount.coalesce)");
}

TEST(ConfigKnobRules, LockFreeReadsBothSchemesAndTheRefcountMarks) {
  ConfigResult r = from_text(
      "strategy = \"lock-free\"\n[refcount]\nscheme = \"biased\"\nimmortal = false\n"
      "[reclamation]\nscheme = \"epoch\"\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.refcount.scheme, RefcountScheme::kBiased);
  EXPECT_EQ(r.config.reclamation.scheme, ReclamationScheme::kEpoch);
  EXPECT_FALSE(r.config.refcount.immortal);
  EXPECT_EQ(error_of("strategy = \"lock-free\"\n[reclamation]\nscheme = \"rcu\"\n"),
            "cfg.toml:3: reclamation.scheme: expected \"qsbr\" or \"epoch\", got \"rcu\"");
  EXPECT_EQ(error_of("strategy = \"lock-free\"\n[memory]\nallocator = \"system\"\n"),
            "cfg.toml:3: memory.allocator: not read by strategy \"lock-free\" (it reads refcount.immortal, "
            "refcount.deferred, refcount.coalesce, refcount.scheme, reclamation.scheme)");
}

TEST(ConfigKnobRules, AnotherStrategysOwnTableIsCheckedAndIgnored) {
  ConfigResult r = from_text("strategy = \"nosync\"\n[gil]\nswitch_interval_us = 100\nmode = \"ticks\"\ncheck_ticks = 7\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.strategy, "nosync");
  // Still checked: a typo or a bad value is an error under nosync too.
  EXPECT_EQ(error_of("strategy = \"nosync\"\n[gil]\nswitch_interval = 100\n"),
            "cfg.toml:3: gil.switch_interval: unknown key (the [gil] knobs are switch_interval_us, mode, check_ticks)");
  EXPECT_EQ(error_of("strategy = \"nosync\"\n[gil]\nswitch_interval_us = 0\n"),
            "cfg.toml:3: gil.switch_interval_us: expected an integer from 1 to 1000000, got 0");
}

TEST(ConfigKnobRules, ConditionalKnob) {
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\ncheck_ticks = 10\n"),
            "cfg.toml:3: gil.check_ticks: only read when gil.mode = \"ticks\" (gil.mode is \"interval\")");
  EXPECT_EQ(error_of("strategy = \"gil\"\n[gil]\nmode = \"ticks\"\ncheck_ticks = 10\n", {"gil.mode=interval"}),
            "cfg.toml:4: gil.check_ticks: only read when gil.mode = \"ticks\" (gil.mode is \"interval\")");
  EXPECT_TRUE(from_text("strategy = \"gil\"\n[gil]\ncheck_ticks = 10\n", {"gil.mode=ticks"}).ok());
}

TEST(ConfigKnobRules, CatalogueAndDeclarationsAgree) {
  for (const StrategyInfo& s : strategies()) {
    for (std::string_view name : s.knobs) EXPECT_NE(find_knob(name), nullptr) << s.name << " reads unknown " << name;
  }
  const Config defaults;
  for (const Knob& k : knobs()) {
    bool table_known = false;
    for (const ConfigTable& t : config_tables()) table_known |= t.name == k.table();
    EXPECT_TRUE(table_known) << k.name;
    EXPECT_FALSE(k.help.empty()) << k.name;
    int64_t v = k.get(defaults);
    if (k.kind == Knob::Kind::kInt) {
      EXPECT_TRUE(v >= k.min && v <= k.max) << k.name;
    }
    if (k.kind == Knob::Kind::kChoice) {
      EXPECT_LT(static_cast<size_t>(v), k.choices.size()) << k.name;
    }
    if (!k.only_if.empty()) {
      ASSERT_NE(find_knob(k.only_if), nullptr) << k.name;
    }
  }
  // An owned table is named for its owner.
  for (const ConfigTable& t : config_tables())
    if (!t.owner.empty()) {
      EXPECT_EQ(t.owner, t.name);
    }
}

// ------------------------------------------------------------- --set

TEST(ConfigSet, OverridesTheFileInOrder) {
  ConfigResult r = from_text("strategy = \"gil\"\n[gil]\nswitch_interval_us = 1000\n",
                             {"gil.switch_interval_us=2000", "gil.switch_interval_us=3000"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.switch_interval_us, 3000);
}

TEST(ConfigSet, ValuesAreTomlBareWordsAreStrings) {
  ConfigResult r = from_flags("", {"gil.mode=ticks", "gil.check_ticks=0x10"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.mode, GilMode::kTicks);
  EXPECT_EQ(r.config.gil.check_ticks, 16);
  r = from_flags("", {"gil.mode=\"ticks\"", "gil.check_ticks=1_000"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.gil.mode, GilMode::kTicks);
  EXPECT_EQ(r.config.gil.check_ticks, 1000);
  r = from_flags("", {"strategy=nosync"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.config.strategy, "nosync");
  // --set strategy overrides --strategy and the file.
  EXPECT_EQ(from_flags("gil", {"strategy=nosync"}).config.strategy, "nosync");
  EXPECT_EQ(from_text("strategy = \"gil\"\n", {"strategy=nosync"}).config.strategy, "nosync");
}

TEST(ConfigSet, Errors) {
  EXPECT_EQ(from_flags("", {"gil.switch_interval_us=fast"}).error,
            "--set: gil.switch_interval_us: expected an integer from 1 to 1000000, got \"fast\"");
  EXPECT_EQ(from_flags("", {"gil.switch_interval_us=1ms"}).error,
            "--set: gil.switch_interval_us: expected an integer from 1 to 1000000, got \"1ms\"");
  EXPECT_EQ(from_flags("", {"gil.switch_interval_us=0"}).error,
            "--set: gil.switch_interval_us: expected an integer from 1 to 1000000, got 0");
  EXPECT_EQ(from_flags("", {"gil.switch_interval_us="}).error,
            "--set: gil.switch_interval_us: expected an integer from 1 to 1000000, got \"\"");
  EXPECT_EQ(from_flags("", {"gil.mode=1.5"}).error, "--set: gil.mode: expected \"interval\" or \"ticks\", got 1.5");
  EXPECT_EQ(from_flags("", {"gil.switch_interval_us"}).error, "--set: expected KEY=VALUE, got \"gil.switch_interval_us\"");
  EXPECT_EQ(from_flags("", {"=5"}).error, "--set: expected KEY=VALUE, got \"=5\"");
  EXPECT_EQ(from_flags("", {"gil=5"}).error, "--set: gil: is a table; set one of its knobs (switch_interval_us, mode, check_ticks)");
  EXPECT_EQ(from_flags("", {"gil.foo=5"}).error,
            "--set: gil.foo: unknown key (the [gil] knobs are switch_interval_us, mode, check_ticks)");
  EXPECT_EQ(from_flags("", {"gc.x=5"}).error,
            "--set: gc.x: unknown key (expected strategy or a table: [gil], [refcount], [reclamation], [memory])");
  EXPECT_EQ(from_flags("", {"strategy=bogus"}).error, "--set: strategy: expected one of \"gil\", \"per-object\", \"biased\", \"lock-free\", \"nosync\", got \"bogus\"");
  EXPECT_EQ(from_flags("", {"refcount.immortal=false"}).error,
            "--set: refcount.immortal: not read by strategy \"gil\" (it reads gil.switch_interval_us, gil.mode, "
            "gil.check_ticks)");
  EXPECT_EQ(from_flags("", {"gil.check_ticks=5"}).error,
            "--set: gil.check_ticks: only read when gil.mode = \"ticks\" (gil.mode is \"interval\")");
  // A [gil] override under nosync is checked and ignored.
  EXPECT_TRUE(from_flags("nosync", {"gil.switch_interval_us=10"}).ok());
  EXPECT_EQ(from_flags("nosync", {"gil.switch_interval_us=0"}).error,
            "--set: gil.switch_interval_us: expected an integer from 1 to 1000000, got 0");
}

// ------------------------------------------------------------- printing

TEST(ConfigFormat, ResolvedTomlShowsEveryKnob) {
  ConfigResult r = from_text("strategy = \"gil\"\n[gil]\nswitch_interval_us = 1000\n");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(format_config(r.config),
            "# lockvm config, resolved from cfg.toml\n"
            "strategy = \"gil\"\n"
            "\n"
            "[gil]\n"
            "switch_interval_us = 1000\n"
            "mode = \"interval\"\n"
            "# check_ticks = 100  (read only when gil.mode = \"ticks\")\n"
            "\n"
            "# not read by gil: refcount.immortal, refcount.deferred, refcount.coalesce, refcount.scheme, "
            "reclamation.scheme, memory.allocator\n");
}

TEST(ConfigFormat, ResolvedTomlReadsBackTheSame) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"gil.mode=ticks", "gil.check_ticks=7", "gil.switch_interval_us=123"},
      {"strategy=nosync"},
  };
  for (const auto& sets : cases) {
    ConfigResult a = from_flags("", sets);
    ASSERT_TRUE(a.ok()) << a.error;
    std::string text = format_config(a.config);
    ConfigResult b = from_text(text);
    ASSERT_TRUE(b.ok()) << b.error << "\n" << text;
    std::string again = format_config(b.config);  // the same but for the first line, the source
    EXPECT_EQ(again.substr(again.find('\n')), text.substr(text.find('\n')));
    for (const Knob& k : knobs()) EXPECT_EQ(k.get(a.config), k.get(b.config)) << k.name;
  }
}

TEST(ConfigFormat, StrategiesListsEveryStrategyAndKnob) {
  std::string text = describe_strategies();
  for (const StrategyInfo& s : strategies()) {
    EXPECT_NE(text.find(std::string(s.name) + " "), std::string::npos) << s.name;
    EXPECT_NE(text.find(std::string(s.summary)), std::string::npos) << s.name;
  }
  EXPECT_NE(text.find("gil.switch_interval_us = 5000"), std::string::npos) << text;
  EXPECT_NE(text.find("gil.mode = \"interval\""), std::string::npos) << text;
  EXPECT_NE(text.find("gil.check_ticks = 100"), std::string::npos) << text;
  EXPECT_NE(text.find("(no knobs)"), std::string::npos) << text;
}

}  // namespace
}  // namespace lockvm
