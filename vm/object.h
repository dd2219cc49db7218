// Memory layouts of the VM's objects. Layouts are plain structs shared by
// every strategy: what differs per strategy (reference counts, owner thread,
// the per-object lock) lives in the policy's pre-header, placed immediately
// before the Object in the same allocation (see memory/alloc.h). So the same
// List is 8 bytes of header smaller under `gil` than under `biased`, and no
// layout here is a template.
//
// Kind names the C++ layout of an instance; Type is the Python class. User
// classes get the layout of their nearest built-in base (Instance for plain
// classes, Exception for exception classes).
#pragma once

#include <atomic>
#include <cstddef>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "vm/code.h"
#include "vm/dict_table.h"
#include "vm/set_table.h"
#include "vm/value.h"

namespace lockvm {

enum class Kind : uint8_t {
  None, NotImplemented, Ellipsis, Bool, Int, Float, Str, Tuple, List, Dict, Set, FrozenSet,
  Range, Slice, Function, Builtin, BoundMethod, Cell, Code, Type, Instance, Exception,
  Traceback, Generator, Module, Property, StaticMethod, ClassMethod, Super, DictView,
  // iterators
  SeqIter, RangeIter, StrIter, DictIter, SetIter, Enumerate, Zip, Map, Filter, Reversed,
  CallIter, TextIO, ThreadLock,
};

struct Type;
struct Str;
struct Dict;
struct Tuple;

struct Object {
  Type* type;
};

struct Float : Object {
  double value;
};

// Boxed ints: only for values outside the 63-bit small range, and for the
// two bools (True and False are Kind::Bool objects holding 1 and 0).
struct Int : Object {
  int64_t value;
};

// UTF-8 text. `length` counts code points; indexing is O(1) when `ascii`.
struct Str : Object {
  int64_t length;
  int64_t nbytes;
  int64_t hash;  // -1 until computed
  bool ascii;
  bool interned;
  char data[];   // nbytes + a terminating NUL
};

struct Tuple : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  Value items[];
};

// The item array is a separate block so that a resize can replace it while
// readers of the old one finish (QSBR under the free-threaded strategies).
struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;
};

struct Dict : Object {
  DictTable<Value> table;
};

struct Set : Object {  // Kind::Set and Kind::FrozenSet
  SetTable<Value> table;
  int64_t hash;  // frozenset only
};

struct Range : Object {
  int64_t start, stop, step, length;
  bool huge;  // the true length exceeds int64 (length is then INT64_MAX): len() raises OverflowError
};

struct Slice : Object {
  Value start, stop, step;  // None objects when omitted
};

struct Code : Object {
  const CodeProto* proto;  // kept alive by the runtime
  const Instr* code;
  Value* consts;           // owned references
  Str** names;             // interned
  Str** varnames;          // interned, for keyword argument matching
  Str* name;
  Str* qualname;
  Str* filename;
  int32_t argcount, kwonlyargcount, nlocals, ncells, nfree, stacksize;
  uint32_t flags;          // CodeProto::Flags
  int32_t total_args;      // argcount + kwonly + varargs + varkw
};

struct Cell : Object {
  Value contents;  // null when empty
};

struct Function : Object {
  Code* code;
  Dict* globals;
  Tuple* defaults;   // may be null
  Dict* kwdefaults;  // may be null
  Tuple* closure;    // cells, may be null
  Str* name;
  Str* qualname;
  Value module;      // the defining module's __name__ (a Str)
  Dict* dict;        // function attributes, lazily created
};

// Keyword arguments as a builtin receives them: parallel names and values.
struct KwArgs {
  Str* const* names = nullptr;
  const Value* values = nullptr;
  int64_t count = 0;
};

// A C++ function callable from Python. `fn` is a policy-specific function
// pointer (BuiltinFn<P> in vm/runtime.h) stored type-erased because layouts
// are shared by all strategies; only the runtime of that policy creates and
// calls it.
struct Builtin : Object {
  void* fn;
  Str* name;
  Type* owner;         // the type a method belongs to (for messages), or null
  Value self;          // bound receiver (e.g. sys.stdout.write), or null
  int16_t min_args;    // -1: the function checks its own arguments
  int16_t max_args;
  bool accepts_kwargs;
};

struct BoundMethod : Object {
  Value self;
  Value func;
};

struct Type : Object {
  enum Flags : uint32_t {
    kBuiltin = 1,       // a built-in type: no attribute assignment
    kBaseType = 2,      // user classes may derive from it
    kException = 4,     // BaseException or a subclass
    kHasProperties = 8,  // this class or a base defines a property: the instance dict does not win
  };
  Str* name;
  Str* qualname;   // "Outer.Inner", "f.<locals>.C": how tracebacks name it
  Str* module;     // "builtins" for built-in types
  Type* base;      // single inheritance; null only for `object`
  Dict* dict;
  Kind layout;     // layout of instances
  uint32_t flags;
  // Built-in types: the constructor called by `T(...)` (a BuiltinFn of the
  // runtime's policy). User classes inherit their base's.
  void* ctor;
};

struct Instance : Object {
  Dict* dict;
};

struct Traceback : Object {
  Traceback* next;
  Code* code;
  Dict* globals;  // of the frame, for NameError suggestions
  int32_t line;
};

struct Exception : Object {
  Dict* dict;
  Tuple* args;
  Traceback* traceback;  // may be null
  Value cause;           // null or an exception
  Value context;         // null or an exception
  bool suppress_context;
};

struct Frame;
struct Generator : Object {
  Frame* frame;  // null once finished
  Str* name;
  Str* qualname;
  std::atomic<bool> running;  // claimed by exchange while a thread runs the frame
};

struct Module : Object {
  Dict* dict;
  Str* name;
};

struct Property : Object {
  Value fget, fset, fdel;  // null when absent
};

struct MethodWrapper : Object {  // staticmethod and classmethod
  Value func;
};

struct Super : Object {
  Type* start;  // search starts after this class in the MRO of obj's type
  Value obj;
};

struct DictView : Object {  // dict.keys(), values(), items()
  Dict* dict;
  uint8_t which;  // 0 keys, 1 values, 2 items
};

// Iterator layouts. `seq`/`source` are owned references.
struct SeqIter : Object {  // list, tuple, str via __getitem__ protocol
  Value seq;
  int64_t index;
};
struct RangeIter : Object {
  int64_t next, step, remaining;
};
struct StrIter : Object {
  Str* str;
  int64_t byte_pos;
};
struct DictIter : Object {
  Dict* dict;
  int64_t pos;
  int64_t expected_size;
  int64_t remaining;  // entries still expected (CPython's di_len)
  uint8_t which;  // 0 keys, 1 values, 2 items
};
struct SetIter : Object {
  Set* set;
  int64_t pos;
  int64_t expected_size;
};
struct Enumerate : Object {
  Value iter;
  int64_t count;
};
struct Zip : Object {
  Tuple* iters;
};
struct MapIter : Object {
  Value func;
  Tuple* iters;
};
struct Filter : Object {
  Value func;  // None object: truthiness filter
  Value iter;
};
struct Reversed : Object {
  Value seq;
  int64_t index;  // next index to yield, counting down
};
struct TextIO : Object {  // sys.stdout / sys.stderr
  int fd;
};

// _thread.LockType: a binary semaphore that any thread may release, with
// timed acquisition (vm/thread_module.h). The state is allocated apart
// because a mutex and a condition variable cannot move.
struct LockCore {
  std::mutex mutex;
  std::condition_variable released;
  bool locked = false;  // guarded by mutex
};
struct ThreadLock : Object {
  LockCore* core;
};

}  // namespace lockvm
