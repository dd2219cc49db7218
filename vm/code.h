// The compiler's output: a CodeProto per function body, plain C++ data with no
// VM objects in it, so the front end is compiled once and shared by every
// strategy. The runtime turns a CodeProto into a code object of its own
// policy when a module is loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace lockvm {

enum class Opcode : uint8_t {
#define OP(name, effect, doc) name,
#include "vm/opcodes.def"
#undef OP
};

constexpr int kOpcodeCount = 0
#define OP(name, effect, doc) +1
#include "vm/opcodes.def"
#undef OP
    ;

const char* opcode_name(Opcode op);

using Instr = uint32_t;
constexpr uint32_t kMaxArg = (1u << 24) - 1;
inline Instr make_instr(Opcode op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Opcode instr_op(Instr i) { return static_cast<Opcode>(i & 0xff); }
inline uint32_t instr_arg(Instr i) { return i >> 8; }

struct CodeProto;

// A constant of the constant pool. Tuples of constants appear for keyword
// names of CALL_KW and for folded tuple literals.
struct ConstTuple;
struct NoneConst {};
struct EllipsisConst {};
struct OverflowIntConst {  // an int literal outside int64: OverflowError when loaded
  std::string text;
};
using ConstValue = std::variant<NoneConst, bool, int64_t, double, std::string, EllipsisConst,
                                std::shared_ptr<CodeProto>, std::shared_ptr<ConstTuple>,
                                OverflowIntConst>;
struct ConstTuple {
  std::vector<ConstValue> items;
};

// One row of the exception table: an exception raised by an instruction in
// [start, end) unwinds the value stack to `depth` items, pushes the
// exception and jumps to `target`. Rows never overlap; the first match wins.
struct ExceptionEntry {
  uint32_t start, end, target, depth;
};

struct CodeProto {
  enum Flags : uint32_t {
    kGenerator = 1,    // calling it creates a generator
    kVarargs = 2,      // has *args (slot after the positional and kw-only params)
    kVarkw = 4,        // has **kwargs (slot after *args)
    kClassBody = 8,    // uses LOAD_NAME/STORE_NAME against a namespace dict
    kModule = 16,      // module body: names are globals
  };
  std::string name;      // "f", "<module>", "<lambda>", "<listcomp>", "<genexpr>", class name
  std::string qualname;  // "A.f", "f.<locals>.g"
  std::string filename;
  int first_line = 1;
  uint32_t flags = 0;
  int argcount = 0;        // positional-or-keyword parameters
  int kwonlyargcount = 0;  // keyword-only parameters, after the positional ones
  // Fast locals: the parameters first (positional, kw-only, *args, **kwargs),
  // then the other locals.
  std::vector<std::string> varnames;
  // Cell variables (locals captured by inner functions), then free
  // variables (captured from outer functions); LOAD_DEREF indexes the
  // concatenation. A parameter that is also a cell is listed in cell2arg.
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  std::vector<int> cell2arg;  // per cellvar: index of the parameter it starts from, or -1
  std::vector<std::string> names;  // globals, attributes, imported modules
  std::vector<ConstValue> consts;
  std::vector<Instr> code;
  std::vector<int> lines;  // source line of each instruction
  std::vector<ExceptionEntry> exception_table;
  int stacksize = 0;  // maximum value-stack depth

  int nlocals() const { return static_cast<int>(varnames.size()); }
  int ncells() const { return static_cast<int>(cellvars.size() + freevars.size()); }
};

// Renders the instructions of `code` and of every nested CodeProto, one per
// line, for `lockvm dis` and for tests.
std::string disassemble(const CodeProto& code);

}  // namespace lockvm
