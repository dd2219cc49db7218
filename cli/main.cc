// The `lockvm` command line: run a program under a strategy, list the
// strategies, print the version. Exit statuses follow design.md: the
// program's own status, 1 for an uncaught exception or syntax error, 2 for a
// usage error.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <fstream>
#include <sstream>

#include "strategies/registry.h"
#include "vm/compiler.h"
#include "vm/parser.h"

namespace {

constexpr std::string_view kVersion = "lockvm 0.1.0";

int usage(std::string_view message) {
  if (!message.empty()) std::cerr << "lockvm: " << message << "\n";
  std::cerr << "usage: lockvm run [--strategy NAME] PROGRAM.py [ARG...]\n"
               "       lockvm strategies\n"
               "       lockvm dis PROGRAM.py\n"
               "       lockvm --version\n";
  return 2;
}

int run_command(const std::vector<std::string>& args) {
  std::string strategy = "gil";  // design.md: the default is configs/default.toml, i.e. gil
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--strategy") {
      if (i + 1 >= args.size()) return usage("--strategy needs a NAME");
      strategy = args[++i];
    } else if (a.rfind("--strategy=", 0) == 0) {
      strategy = a.substr(11);
    } else if (a == "--") {
      ++i;
      break;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage("unknown option '" + a + "'");
    } else {
      break;
    }
  }
  if (i >= args.size()) return usage("run needs a PROGRAM.py");
  const lockvm::StrategyInfo* s = lockvm::find_strategy(strategy);
  if (s == nullptr) {
    std::string known;
    for (const auto& k : lockvm::strategies()) known += (known.empty() ? "" : ", ") + std::string(k.name);
    std::cerr << "lockvm: unknown strategy '" << strategy << "' (expected one of: " << known << ")\n";
    return 2;
  }
  lockvm::RunOptions options;
  options.program = args[i];
  options.argv.assign(args.begin() + static_cast<long>(i), args.end());
  return s->run(options);
}

// `lockvm dis PROGRAM.py`: the bytecode of a program, for debugging.
int dis_command(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage("dis needs one PROGRAM.py");
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

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage("");
  const std::string& cmd = args[0];
  if (cmd == "--version" || cmd == "version") {
    std::cout << kVersion << "\n";
    return 0;
  }
  if (cmd == "run") return run_command(std::vector<std::string>(args.begin() + 1, args.end()));
  if (cmd == "dis") return dis_command(std::vector<std::string>(args.begin() + 1, args.end()));
  if (cmd == "strategies") {
    for (const auto& s : lockvm::strategies()) std::cout << s.name << "\t" << s.summary << "\n";
    return 0;
  }
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    usage("");
    return 0;
  }
  return usage("unknown command '" + cmd + "'");
}
