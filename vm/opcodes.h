// Static facts about opcodes that the compiler, the disassembler and the
// interpreter's debug checks share: stack effects on each path and which
// instructions transfer control. Derived from the table in vm/opcodes.def.
#pragma once

#include <cstdint>

#include "vm/code.h"

namespace lockvm {

// Net change of the value-stack depth when `op` falls through to the next
// instruction (for a jump, when the jump is not taken).
int stack_effect(Opcode op, uint32_t arg);

// Net change when a jump instruction takes its jump.
int stack_effect_jump(Opcode op, uint32_t arg);

// Instructions whose arg is an instruction index.
bool has_jump_target(Opcode op);

// Instructions after which control never falls through.
bool is_terminator(Opcode op);

}  // namespace lockvm
