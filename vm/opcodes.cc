// Opcode names, stack effects and the disassembler, all driven by the table
// in vm/opcodes.def so that adding an opcode is a one-line change there plus,
// for a VAR effect or a jump, a case here.
#include "vm/opcodes.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "vm/ast.h"

namespace lockvm {

namespace {

constexpr int VAR = 1 << 20;  // marks arg-dependent effects in the table

constexpr int kFixedEffect[] = {
#define OP(name, effect, doc) effect,
#include "vm/opcodes.def"
#undef OP
};

constexpr const char* kNames[] = {
#define OP(name, effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
};

}  // namespace

const char* opcode_name(Opcode op) {
  auto i = static_cast<int>(op);
  return i < kOpcodeCount ? kNames[i] : "<bad opcode>";
}

int stack_effect(Opcode op, uint32_t arg) {
  const int n = static_cast<int>(arg);
  switch (op) {
    case Opcode::CALL: return -(n + 1);
    case Opcode::CALL_KW: return -(n + 2);
    case Opcode::CALL_EX: return -2 - (n & 1);
    case Opcode::MAKE_FUNCTION: return -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1));
    case Opcode::MAKE_CLASS: return -(n + 1);
    case Opcode::BUILD_SLICE: return 1 - n;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING: return 1 - n;
    case Opcode::BUILD_MAP: return 1 - 2 * n;
    case Opcode::FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case Opcode::UNPACK_SEQUENCE: return n - 1;
    case Opcode::UNPACK_EX: return (n & 0xff) + (n >> 8);
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return -1;
    case Opcode::FOR_ITER: return 1;
    case Opcode::RAISE_VARARGS: return -n;
    default: return kFixedEffect[static_cast<int>(op)];
  }
}

int stack_effect_jump(Opcode op, uint32_t arg) {
  switch (op) {
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return 0;
    case Opcode::FOR_ITER: return -1;
    default: return stack_effect(op, arg);
  }
}

bool has_jump_target(Opcode op) {
  switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_BACKWARD:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
    case Opcode::FOR_ITER: return true;
    default: return false;
  }
}

bool is_terminator(Opcode op) {
  switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_BACKWARD:
    case Opcode::RETURN_VALUE:
    case Opcode::RERAISE:
    case Opcode::RAISE_VARARGS: return true;
    default: return false;
  }
}

// ---------------------------------------------------------------- disassembler

namespace {

bool uses_arg(Opcode op) {
  switch (op) {
    case Opcode::NOP:
    case Opcode::POP_TOP:
    case Opcode::PUSH_NULL:
    case Opcode::LOAD_ASSERTION_ERROR:
    case Opcode::RETURN_VALUE:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT:
    case Opcode::BINARY_SUBSCR:
    case Opcode::STORE_SUBSCR:
    case Opcode::DELETE_SUBSCR:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::GET_ITER:
    case Opcode::RERAISE:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::POP_EXCEPT:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::BEFORE_WITH:
    case Opcode::WITH_EXCEPT_START:
    case Opcode::IMPORT_STAR:
    case Opcode::YIELD_VALUE:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::YIELD_FROM:
    case Opcode::RETURN_GENERATOR: return false;
    default: return true;
  }
}

// Python's repr of a float: shortest round-trip digits, positional notation
// for exponents in [-4, 16), otherwise d.ddde+XX.
std::string float_repr(double v) {
  if (v != v) return "nan";
  if (v == 1.0 / 0.0) return "inf";
  if (v == -1.0 / 0.0) return "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  std::string sign;
  if (s[0] == '-') sign = "-", s.erase(0, 1);
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.') digits += s[i];
  if (exp >= -4 && exp < 16) {
    std::string out;
    if (exp < 0) {
      out = "0." + std::string(-exp - 1, '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(exp + 1 - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
    return sign + out;
  }
  std::string mant = digits.substr(0, 1);
  if (digits.size() > 1) mant += "." + digits.substr(1);
  char ebuf[16];
  std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
  return sign + mant + ebuf;
}

std::string str_repr(const std::string& s) {
  char quote = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + quote;
}

std::string const_repr(const ConstValue& v) {
  struct Visitor {
    std::string operator()(NoneConst) const { return "None"; }
    std::string operator()(EllipsisConst) const { return "Ellipsis"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return float_repr(d); }
    std::string operator()(const std::string& s) const { return str_repr(s); }
    std::string operator()(const OverflowIntConst& o) const { return o.text; }
    std::string operator()(const std::shared_ptr<CodeProto>& c) const {
      return "<code " + c->qualname + ">";
    }
    std::string operator()(const std::shared_ptr<ConstTuple>& t) const {
      std::string out = "(";
      for (size_t i = 0; i < t->items.size(); ++i) {
        if (i) out += ", ";
        out += const_repr(t->items[i]);
      }
      return out + (t->items.size() == 1 ? ",)" : ")");
    }
  };
  return std::visit(Visitor{}, v);
}

const char* binop_symbol(uint32_t arg) {
  static const char* const kSyms[] = {"+",  "-",  "*", "/", "//", "%", "**",
                                      "<<", ">>", "|", "^", "&",  "@"};
  static const char* const kInplace[] = {
      "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "@="};
  if (arg < 13) return kSyms[arg];
  if (arg >= 16 && arg < 29) return kInplace[arg - 16];
  return "?";
}

std::string flag_names(uint32_t flags) {
  static const char* const kFlags[] = {"GENERATOR", "VARARGS", "VARKW", "CLASS_BODY", "MODULE"};
  std::string out;
  for (int i = 0; i < 5; ++i) {
    if (flags & (1u << i)) {
      if (!out.empty()) out += ", ";
      out += kFlags[i];
    }
  }
  return out.empty() ? "-" : out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

template <typename T>
std::string item_or_bad(const std::vector<T>& v, uint32_t i) {
  return i < v.size() ? v[i] : std::string("<bad index>");
}

std::string arg_detail(const CodeProto& code, Opcode op, uint32_t arg) {
  switch (op) {
    case Opcode::LOAD_CONST:
      return arg < code.consts.size() ? const_repr(code.consts[arg]) : "<bad index>";
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_FAST_SUBSCR:
    case Opcode::LOAD_FAST_BINARY_OP:
    case Opcode::LOAD_FAST_COMPARE_OP:
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST: return item_or_bad(code.varnames, arg);
    case Opcode::LOAD_DEREF:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
    case Opcode::LOAD_CLOSURE:
      if (arg < code.cellvars.size()) return code.cellvars[arg];
      return item_or_bad(code.freevars, arg - static_cast<uint32_t>(code.cellvars.size()));
    case Opcode::LOAD_GLOBAL:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_NAME:
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
    case Opcode::LOAD_ATTR:
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_FROM: return item_or_bad(code.names, arg);
    case Opcode::BINARY_OP: return binop_symbol(arg);
    case Opcode::COMPARE_OP: {
      static const char* const kCmp[] = {"==", "!=", "<", "<=", ">", ">="};
      return arg < 6 ? kCmp[arg] : "?";
    }
    case Opcode::IS_OP: return arg ? "is not" : "is";
    case Opcode::CONTAINS_OP: return arg ? "not in" : "in";
    case Opcode::FORMAT_VALUE: {
      static const char* const kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Opcode::MAKE_FUNCTION: {
      std::vector<std::string> parts;
      if (arg & 1) parts.push_back("defaults");
      if (arg & 2) parts.push_back("kwdefaults");
      if (arg & 4) parts.push_back("closure");
      return join(parts);
    }
    case Opcode::UNPACK_EX:
      return std::to_string(arg & 0xff) + " before, " + std::to_string(arg >> 8) + " after";
    default:
      if (has_jump_target(op)) return "to " + std::to_string(arg);
      return "";
  }
}

void disassemble_into(const CodeProto& code, std::string& out) {
  out += "Disassembly of " + code.qualname + " (" + code.filename + ", line " +
         std::to_string(code.first_line) + "):\n";
  out += "  flags: " + flag_names(code.flags) + "; argcount " + std::to_string(code.argcount) +
         ", kwonly " + std::to_string(code.kwonlyargcount) + ", stacksize " +
         std::to_string(code.stacksize) + "\n";
  if (!code.varnames.empty()) out += "  varnames: " + join(code.varnames) + "\n";
  if (!code.cellvars.empty()) out += "  cellvars: " + join(code.cellvars) + "\n";
  if (!code.freevars.empty()) out += "  freevars: " + join(code.freevars) + "\n";
  int last_line = -1;
  char buf[128];
  for (size_t i = 0; i < code.code.size(); ++i) {
    Instr ins = code.code[i];
    Opcode op = instr_op(ins);
    uint32_t arg = instr_arg(ins);
    int line = i < code.lines.size() ? code.lines[i] : -1;
    std::string line_col = line != last_line ? std::to_string(line) : "";
    last_line = line;
    std::snprintf(buf, sizeof buf, "%4s %5zu %-20s", line_col.c_str(), i, opcode_name(op));
    std::string row = buf;
    if (uses_arg(op)) {
      row += " " + std::to_string(arg);
      std::string detail = arg_detail(code, op, arg);
      if (!detail.empty()) row += " (" + detail + ")";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!code.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionEntry& e : code.exception_table) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
             std::to_string(e.target) + " [" + std::to_string(e.depth) + "]\n";
    }
  }
  for (const ConstValue& c : code.consts) {
    if (auto* nested = std::get_if<std::shared_ptr<CodeProto>>(&c)) {
      out += "\n";
      disassemble_into(**nested, out);
    }
  }
}

}  // namespace

std::string disassemble(const CodeProto& code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace lockvm
