// The `lockvm` command line: run a program under a strategy chosen by name or
// by a config file, list the strategies, check a config, disassemble, print
// the version, and hand `bench` to its driver (bench/lockvm_bench.py). Exit statuses follow design.md: the program's own status, 1
// for an uncaught exception or syntax error, 2 for a usage or configuration
// error, reported as one line on stderr.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "strategies/config.h"
#include "strategies/registry.h"
#include "vm/compiler.h"
#include "vm/parser.h"

namespace {

constexpr std::string_view kVersion = "lockvm 0.1.0";

// Set by CMakeLists.txt for this file only, so that a bench run can record
// what built the binary it measures.
#ifndef LOCKVM_COMPILER
#define LOCKVM_COMPILER "unknown"
#endif
#ifndef LOCKVM_BUILD_TYPE
#define LOCKVM_BUILD_TYPE "unknown"
#endif
#ifndef LOCKVM_SANITIZER
#define LOCKVM_SANITIZER ""
#endif
#ifndef LOCKVM_SOURCE_DIR
#define LOCKVM_SOURCE_DIR "."
#endif

constexpr std::string_view kUsage =
    "usage: lockvm run [--strategy NAME | --config FILE.toml] [--set KEY=VALUE]... [--stats[=json]]\n"
    "                  PROGRAM.py [ARG...]\n"
    "       lockvm strategies [--json]\n"
    "       lockvm check-config FILE.toml [--set KEY=VALUE]...\n"
    "       lockvm dis PROGRAM.py\n"
    "       lockvm bench [OPTIONS]            (lockvm bench --help)\n"
    "       lockvm bench compare A.json B.json\n"
    "       lockvm --version\n";

// A usage error: one line, status 2.
int usage_error(std::string_view message) {
  std::cerr << "lockvm: " << message << "; see lockvm --help\n";
  return 2;
}

int config_error(const std::string& message) {
  std::cerr << message << "\n";
  return 2;
}

// Reads `--NAME VALUE` or `--NAME=VALUE` at args[*i]; false if args[*i] is
// not that option. An option missing its value sets *missing.
bool option_value(const std::vector<std::string>& args, size_t* i, std::string_view name, std::string* value,
                  bool* missing) {
  const std::string& a = args[*i];
  if (a == name) {
    if (*i + 1 >= args.size()) {
      *missing = true;
      return true;
    }
    *value = args[++*i];
    return true;
  }
  if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
    *value = a.substr(name.size() + 1);
    return true;
  }
  return false;
}

int run_command(const std::vector<std::string>& args) {
  lockvm::ConfigRequest request;
  lockvm::StatsFormat stats = lockvm::StatsFormat::kNone;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string value;
    bool missing = false;
    if (option_value(args, &i, "--strategy", &value, &missing)) {
      if (missing) return usage_error("--strategy needs a NAME");
      request.strategy = value;
    } else if (option_value(args, &i, "--config", &value, &missing)) {
      if (missing) return usage_error("--config needs a FILE.toml");
      request.file = value;
    } else if (option_value(args, &i, "--set", &value, &missing)) {
      if (missing) return usage_error("--set needs KEY=VALUE");
      request.sets.push_back(value);
    } else if (a == "--stats" || a == "--stats=table") {
      stats = lockvm::StatsFormat::kTable;
    } else if (a == "--stats=json") {
      stats = lockvm::StatsFormat::kJson;
    } else if (a.rfind("--stats=", 0) == 0) {
      return usage_error("--stats takes table or json, not '" + a.substr(8) + "'");
    } else if (a == "--") {
      ++i;
      break;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else {
      break;
    }
  }
  if (!request.strategy.empty() && !request.file.empty())
    return usage_error("--strategy and --config exclude each other (use --set strategy=NAME to override a file)");
  if (i >= args.size()) return usage_error("run needs a PROGRAM.py");
  lockvm::ConfigResult resolved = lockvm::resolve_config(request);
  if (!resolved.ok()) return config_error(resolved.error);
  const lockvm::StrategyInfo* s = lockvm::find_strategy(resolved.config.strategy);
  lockvm::RunOptions options;
  options.program = args[i];
  options.argv.assign(args.begin() + static_cast<long>(i), args.end());
  options.config = std::move(resolved.config);
  options.stats = stats;
  return s->run(options);
}

// `lockvm check-config FILE.toml [--set KEY=VALUE]...`: validates a config
// and prints it resolved, every knob with its value.
int check_config_command(const std::vector<std::string>& args) {
  lockvm::ConfigRequest request;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string value;
    bool missing = false;
    if (option_value(args, &i, "--set", &value, &missing)) {
      if (missing) return usage_error("--set needs KEY=VALUE");
      request.sets.push_back(value);
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return usage_error("unknown option '" + args[i] + "'");
    } else if (!request.file.empty()) {
      return usage_error("check-config takes one FILE.toml");
    } else {
      request.file = args[i];
    }
  }
  if (request.file.empty()) return usage_error("check-config needs a FILE.toml");
  lockvm::ConfigResult resolved = lockvm::resolve_config(request);
  if (!resolved.ok()) return config_error(resolved.error);
  std::cout << lockvm::format_config(resolved.config);
  return 0;
}

// `lockvm dis PROGRAM.py`: the bytecode of a program, for debugging.
int dis_command(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage_error("dis needs one PROGRAM.py");
  std::ifstream in(args[0], std::ios::binary);
  if (!in) {
    std::cerr << "lockvm: can't open file '" << args[0] << "'\n";
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string source = ss.str();
  lockvm::ParseResult parsed = lockvm::parse_module(source);
  if (parsed.error) {
    std::cerr << lockvm::format_syntax_error(*parsed.error, args[0]);
    return 1;
  }
  lockvm::CompileResult compiled = lockvm::compile_module(*parsed.module, args[0], source);
  if (compiled.error) {
    std::cerr << lockvm::format_syntax_error(*compiled.error, args[0]);
    return 1;
  }
  std::cout << lockvm::disassemble(*compiled.code);
  return 0;
}

// `lockvm bench ...`: the benchmark driver is a Python program (it runs
// every measurement in a fresh process and draws the plots with matplotlib),
// kept in the source tree this binary was built from. It gets this binary's
// own path, so it measures exactly the lockvm that was asked.
int bench_command(const std::vector<std::string>& args) {
  const std::string driver = std::string(LOCKVM_SOURCE_DIR) + "/bench/lockvm_bench.py";
  if (access(driver.c_str(), R_OK) != 0) {
    std::cerr << "lockvm: bench: the driver " << driver << " is not readable (" << std::strerror(errno)
              << "); lockvm bench runs from the source tree it was built from\n";
    return 2;
  }
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) {
    std::cerr << "lockvm: bench: cannot find this executable's path: " << std::strerror(errno) << "\n";
    return 2;
  }
  self[n] = '\0';
  // Debian's python3 has Debian's python3-matplotlib (which scripts/deps.sh
  // installs), whatever python3 comes first on PATH; LOCKVM_BENCH_PYTHON
  // picks another.
  std::string python = "python3";
  if (const char* chosen = std::getenv("LOCKVM_BENCH_PYTHON"); chosen != nullptr && chosen[0] != '\0')
    python = chosen;
  else if (access("/usr/bin/python3", X_OK) == 0)
    python = "/usr/bin/python3";
  std::vector<std::string> argv_strings = {python, driver, "--vm", self};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv_ptrs;
  for (std::string& a : argv_strings) argv_ptrs.push_back(a.data());
  argv_ptrs.push_back(nullptr);
  std::cout.flush();
  execvp(python.c_str(), argv_ptrs.data());
  std::cerr << "lockvm: bench: cannot start " << python << ": " << std::strerror(errno)
            << " (the bench driver needs python3: apt-get install python3)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string& cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "--version" || cmd == "version") {
    std::cout << kVersion << "\n"
              << "compiler: " << LOCKVM_COMPILER << "\n"
              << "build type: " << LOCKVM_BUILD_TYPE << "\n"
              << "sanitizer: " << (LOCKVM_SANITIZER[0] ? LOCKVM_SANITIZER : "none") << "\n"
              << "source: " << LOCKVM_SOURCE_DIR << "\n";
    return 0;
  }
  if (cmd == "run") return run_command(rest);
  if (cmd == "check-config") return check_config_command(rest);
  if (cmd == "dis") return dis_command(rest);
  if (cmd == "strategies") {
    if (rest.size() == 1 && rest[0] == "--json") {
      std::cout << lockvm::describe_strategies_json();
      return 0;
    }
    if (!rest.empty()) return usage_error("strategies takes no arguments but --json");
    std::cout << lockvm::describe_strategies();
    return 0;
  }
  if (cmd == "bench") return bench_command(rest);
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  return usage_error("unknown command '" + cmd + "'");
}
