// The interpreter's state and its most basic services, as templates over the
// locking policy P: the per-thread state passed explicitly to every
// operation, the process-wide runtime (built-in types, singletons, interned
// strings, modules), object allocation, reference counting through the
// policy, and raising exceptions.
//
// Conventions used by every VM function:
//   - A function returning Value returns a new reference; a null Value means
//     an exception is pending in ts.exc.
//   - Arguments are borrowed. Storing a value into an object takes a new
//     reference.
//   - int-returning predicates return 1 / 0, or -1 with an exception pending.
#pragma once

#include <absl/container/flat_hash_map.h>
#include <absl/status/status.h>
#include <absl/strings/str_format.h>

#include <sys/mman.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "memory/alloc.h"
#include "strategies/config.h"
#include "strategies/policy.h"
#include "vm/code.h"
#include "vm/mt_random.h"
#include "vm/object.h"
#include "vm/stats.h"
#include "vm/value.h"

namespace lockvm {

template <class P> struct Runtime;

// An activation record. Frames of plain calls live on the thread's frame
// stack; generator frames are heap blocks owned by their generator.
struct Frame {
  Code* code;
  Object* func;      // the Function (owned), or null for module/class bodies
  Frame* back;
  Dict* globals;     // borrowed from func or module
  Dict* locals;      // namespace dict of class bodies; null otherwise (owned)
  const Instr* ip;   // next instruction
  Value* sp;         // value stack top (one past)
  Generator* gen;    // owning generator, if any
  bool entry;        // returning from this frame returns from eval()
  bool heap;         // allocated on the heap (generators)
  Value slots[];     // nlocals, then ncells, then the value stack

  Value* stack_base() { return slots + code->nlocals + code->ncells; }
  int line() const;
};

inline int Frame::line() const {
  if (ip == nullptr) return code->proto->first_line;
  size_t idx = static_cast<size_t>(ip - code->code);
  if (idx > 0) --idx;  // ip points past the current instruction
  const auto& lines = code->proto->lines;
  return idx < lines.size() ? lines[idx] : code->proto->first_line;
}

// The region behind ThreadState::frame_stack.
class FrameStack {
 public:
  static constexpr size_t kReserve = size_t{256} << 20;
  FrameStack() {
    void* p = mmap(nullptr, kReserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) {
      base_ = top_ = static_cast<char*>(p);
      limit_ = base_ + kReserve;
    }
  }
  ~FrameStack() {
    if (base_ != nullptr) munmap(base_, kReserve);
  }
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;
  // Null when full: the caller falls back to the heap.
  void* push(size_t bytes) {
    bytes = (bytes + 15) & ~size_t{15};
    if (static_cast<size_t>(limit_ - top_) < bytes) return nullptr;
    void* p = top_;
    top_ += bytes;
    return p;
  }
  // Frees p and everything pushed after it.
  void pop(void* p) { top_ = static_cast<char*>(p); }

 private:
  char* base_ = nullptr;
  char* top_ = nullptr;
  char* limit_ = nullptr;
};

// Per-thread counters, summed at exit for --stats. Never shared.
struct Counters {
  uint64_t allocated = 0;
  uint64_t freed = 0;
  // Allocations minus frees not yet added to the runtime's live count
  // (count_live_batch): one shared update per kLiveBatch, not per object.
  int64_t live_delta = 0;
};
constexpr int64_t kLiveBatch = 64;

// Everything one thread of the VM owns. Passed explicitly (never a global)
// to every operation; the policy's per-thread data rides along.
template <class P>
struct ThreadState {
  using policy_type = P;
  Runtime<P>* rt = nullptr;
  int64_t ident = 0;  // _thread.get_ident()
  typename P::ThreadData policy{};
  Counters counters;
  Value exc;          // the pending exception (owned), or null
  Value handled;      // the exception being handled by an except block (owned), or null
  Frame* frame = nullptr;
  int depth = 0;      // Python call depth, for the recursion limit
  const char* native_stack_limit = nullptr;  // below this address: RecursionError

  // Sets native_stack_limit for a thread whose stack of `stack_size` bytes
  // holds `probe` near its top, keeping a 1 MiB margin for C++ code.
  void set_stack_limit(const char* probe, size_t stack_size) {
    native_stack_limit = reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(probe) - stack_size +
                                                       (size_t{1} << 20));
  }
  ThreadState() = default;
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
  // The floats kept for reuse are this thread's alone: their memory goes
  // with it (they were counted as freed when they entered the freelist).
  ~ThreadState() {
    while (float_freelist != nullptr) {
      Float* f = float_freelist;
      std::memcpy(&float_freelist, &f->value, sizeof(Float*));
      memory::release(memory::header_of<typename P::Header>(f));
    }
    float_free_count = 0;
  }
  // Reasons to leave the fast path at the next back-edge or call: bits set by
  // other threads (GIL drop request) or by the policy (merge queue, QSBR).
  std::atomic<uint32_t> eval_breaker{0};
  // Freed floats kept for reuse: float arithmetic allocates a result per
  // operation, as CPython's does, and its freelist makes that cheap too.
  Float* float_freelist = nullptr;
  int float_free_count = 0;
  // The method cache of type_lookup (vm/objects.h): per thread, so it
  // needs no synchronization; entries are validated against type_epoch.
  struct MethodCacheEntry {
    Type* type;
    Str* name;
    uint64_t epoch;
    Value value;
  };
  static constexpr size_t kMethodCacheSize = 4096;
  std::unique_ptr<MethodCacheEntry[]> method_cache{new MethodCacheEntry[kMethodCacheSize]()};
  // LOAD_GLOBAL's cache: per thread, keyed by instruction, valid while
  // neither the globals nor the builtins dict has been written since.
  struct GlobalCacheEntry {
    const Instr* ip;
    const Dict* globals;
    uint64_t globals_writes;
    uint64_t builtins_writes;
    Dict* holder;  // globals or builtins: the dict whose lock guards value
    Value value;   // borrowed from holder
    bool never_freed;  // value is immortal or deferred (policies with never_freed): no lock needed
  };
  static constexpr size_t kGlobalCacheSize = 1024;
  std::unique_ptr<GlobalCacheEntry[]> global_cache{new GlobalCacheEntry[kGlobalCacheSize]()};
  // LOAD_ATTR/STORE_ATTR's cache of where an instance attribute sits in the
  // instance dict: per thread, keyed by instruction. Instances of a class
  // fill their dicts in the same order, so one slot index serves them all;
  // a hit is verified by finding the very same interned name at that slot.
  struct AttrCacheEntry {
    const Instr* ip;
    size_t index;
  };
  static constexpr size_t kAttrCacheSize = 1024;
  std::unique_ptr<AttrCacheEntry[]> attr_cache{new AttrCacheEntry[kAttrCacheSize]()};
  // Objects whose freeing was deferred to keep dealloc recursion shallow.
  int dealloc_depth = 0;
  std::vector<Object*> trashcan;
  // Containers being printed by repr(), so self-references print as [...].
  std::vector<Object*> repr_stack;
  // Frame stack: frames of ordinary calls are pushed and popped LIFO in one
  // reserved region (pages are committed by the OS on first touch); frames
  // that do not fit, and generator frames, go to the heap.
  FrameStack frame_stack;
};

template <Policy P>
using BuiltinFn = Value (*)(ThreadState<P>& ts, const Value* args, int64_t nargs, const KwArgs& kw);

// --------------------------------------------------------------- refcounts

template <Policy P> void dealloc(ThreadState<P>& ts, Object* o);

template <Policy P>
[[gnu::always_inline]] inline void incref(ThreadState<P>& ts, Object* o) { P::incref(ts, o); }
template <Policy P>
[[gnu::always_inline]] inline void incref(ThreadState<P>& ts, Value v) {
  if (v.is_obj()) P::incref(ts, v.obj());
}
template <Policy P>
[[gnu::always_inline]] inline void decref(ThreadState<P>& ts, Object* o) {
  if (P::decref(ts, o)) dealloc(ts, o);
}
template <Policy P>
[[gnu::always_inline]] inline void decref(ThreadState<P>& ts, Value v) {
  if (v.is_obj() && P::decref(ts, v.obj())) dealloc(ts, v.obj());
}
template <Policy P>
[[gnu::always_inline]] inline void xdecref(ThreadState<P>& ts, Value v) {
  if (v.is_obj()) decref(ts, v);
}
template <Policy P>
inline void xdecref(ThreadState<P>& ts, Object* o) {
  if (o != nullptr) decref(ts, o);
}
template <Policy P>
[[gnu::always_inline]] inline Value newref(ThreadState<P>& ts, Value v) {
  incref(ts, v);
  return v;
}
template <Policy P>
inline Value newref(ThreadState<P>& ts, Object* o) {
  P::incref(ts, o);
  return Value::from_obj(o);
}

// An owned reference that is released at scope exit, for C++ code paths
// with several early returns.
template <Policy P>
class Ref {
 public:
  Ref(ThreadState<P>& ts, Value v) : ts_(&ts), v_(v) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { xdecref(*ts_, v_); }
  Value get() const { return v_; }
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset(Value v) {
    xdecref(*ts_, v_);
    v_ = v;
  }
  explicit operator bool() const { return static_cast<bool>(v_); }

 private:
  ThreadState<P>* ts_;
  Value v_;
};

// --------------------------------------------------------------- allocation

// Folds this thread's pending live-object delta into the runtime's count
// and peak (relaxed: a statistic, ordered by nothing).
template <Policy P>
void count_live_batch(ThreadState<P>& ts) {
  int64_t live = ts.rt->live_objects.fetch_add(ts.counters.live_delta, std::memory_order_relaxed) +
                 ts.counters.live_delta;
  ts.counters.live_delta = 0;
  int64_t peak = ts.rt->live_peak.load(std::memory_order_relaxed);
  while (live > peak && !ts.rt->live_peak.compare_exchange_weak(peak, live, std::memory_order_relaxed)) {
  }
}
template <Policy P>
[[gnu::always_inline]] inline void count_allocation(ThreadState<P>& ts) {
  ++ts.counters.allocated;
  if (++ts.counters.live_delta >= kLiveBatch) [[unlikely]] count_live_batch(ts);
}
template <Policy P>
[[gnu::always_inline]] inline void count_free(ThreadState<P>& ts) {
  ++ts.counters.freed;
  if (--ts.counters.live_delta <= -kLiveBatch) [[unlikely]] count_live_batch(ts);
}

template <Policy P, class T>
T* alloc_object(ThreadState<P>& ts, Type* type, size_t extra_bytes = 0) {
  using H = typename P::Header;
  if (extra_bytes > memory::kMaxAllocation) throw std::bad_alloc();  // the sum below must not wrap
  void* mem = memory::allocate(sizeof(H) + sizeof(T) + extra_bytes);
  T* obj = static_cast<T*>(memory::object_after(static_cast<H*>(mem)));
  static_cast<Object*>(obj)->type = type;  // never a same-named field of T
  P::init_header(ts, obj);
  count_allocation(ts);
  return obj;
}

// Immortal and deferred objects are never freed by their counts, so the
// runtime keeps a list of them (Runtime::never_freed_objects) for the
// teardown at exit (vm/teardown.h), which releases what they hold and frees
// them. Every object made immortal or deferred goes through these two.
template <Policy P>
void keep_until_exit(ThreadState<P>& ts, Object* o) {
  std::unique_lock<std::mutex> hold(ts.rt->never_freed_mutex, std::defer_lock);
  if constexpr (P::kFreeThreaded) hold.lock();
  ts.rt->never_freed_objects.push_back(o);
}

// P::make_immortal, with the object remembered for the teardown.
template <Policy P>
void immortalize(ThreadState<P>& ts, Object* o) {
  P::make_immortal(o);
  keep_until_exit(ts, o);
}

// Deferred reference counting (refcount.deferred under biased): functions
// defined outside any function body, classes, modules and code objects, so
// that threads calling the same global function never write one counter.
// Classes and code are `never_freed` whatever the policy (the VM keeps
// borrowed references to them): immortal where the policy does not defer.
template <Policy P>
void defer_refcount(ThreadState<P>& ts, Object* o, bool never_freed) {
  if constexpr (requires { P::make_deferred(ts, o); }) {
    if (P::make_deferred(ts, o)) {
      keep_until_exit(ts, o);
      return;
    }
  }
  if (never_freed) immortalize(ts, o);
}

template <Policy P>
void free_object_memory(ThreadState<P>& ts, Object* o) {
  count_free(ts);
  memory::release(memory::header_of<typename P::Header>(o));
}

// --------------------------------------------------------------- the runtime

// Every built-in type, in one table so the runtime can build them in a loop.
#define LOCKVM_BUILTIN_TYPES(X)                                                             \
  X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) X(bool_) X(int_)          \
  X(float_) X(str) X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice)           \
  X(function) X(builtin_function_or_method) X(method) X(cell) X(code) X(module) X(property) \
  X(staticmethod) X(classmethod) X(super) X(generator) X(traceback) X(dict_keys)            \
  X(dict_values) X(dict_items) X(list_iterator) X(tuple_iterator) X(range_iterator)          \
  X(str_iterator) X(dict_keyiterator) X(dict_valueiterator) X(dict_itemiterator)            \
  X(set_iterator) X(enumerate) X(zip) X(map) X(filter) X(reversed) X(iterator)              \
  X(callable_iterator) X(TextIOWrapper) X(lock) X(str_unicode_iterator) X(list_reverseiterator) X(dict_reversekeyiterator)

// Built-in exception classes: (name, base).
#define LOCKVM_EXCEPTION_TYPES(X)                                                        \
  X(BaseException, object) X(SystemExit, BaseException)                                  \
  X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException)                    \
  X(Exception, BaseException) X(StopIteration, Exception) X(ArithmeticError, Exception)  \
  X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError)                \
  X(AssertionError, Exception) X(AttributeError, Exception) X(LookupError, Exception)    \
  X(IndexError, LookupError) X(KeyError, LookupError) X(NameError, Exception)            \
  X(UnboundLocalError, NameError) X(RuntimeError, Exception)                             \
  X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError)                   \
  X(TypeError, Exception) X(ValueError, Exception) X(ImportError, Exception)             \
  X(ModuleNotFoundError, ImportError) X(OSError, Exception)                              \
  X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
  X(UnicodeError, ValueError) X(FloatingPointError, ArithmeticError) X(MemoryError, Exception)

struct BuiltinTypes {
#define LOCKVM_DECLARE_TYPE(name) Type* name = nullptr;
  LOCKVM_BUILTIN_TYPES(LOCKVM_DECLARE_TYPE)
#undef LOCKVM_DECLARE_TYPE
#define LOCKVM_DECLARE_EXC(name, base) Type* name = nullptr;
  LOCKVM_EXCEPTION_TYPES(LOCKVM_DECLARE_EXC)
#undef LOCKVM_DECLARE_EXC
};

// Interned names the VM looks up itself.
#define LOCKVM_NAMES(X)                                                                      \
  X(__init__) X(__new__) X(__name__) X(__main__) X(__module__) X(__qualname__) X(__class__)  \
  X(__dict__) X(__doc__) X(__str__) X(__repr__) X(__eq__) X(__ne__) X(__lt__) X(__le__)      \
  X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__bool__) X(__iter__) X(__next__)             \
  X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__call__) X(__enter__)      \
  X(__exit__) X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__)          \
  X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__)          \
  X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__)       \
  X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__)             \
  X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__) X(__or__)   \
  X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) X(__matmul__) X(__rmatmul__)      \
  X(__imatmul__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__)      \
  X(__float__) X(__format__) X(__getattr__) X(__setattr__) X(__delattr__) X(__round__)       \
  X(__reversed__) X(__file__) X(__builtins__) X(__missing__) X(args) X(code) X(value)        \
  X(__cause__) X(__context__) X(__traceback__) X(__suppress_context__) X(__bases__)          \
  X(__base__) X(__mro__) X(__subclasses__) X(__slots__) X(__set_name__) X(__getattribute__)  \
  X(__divmod__) X(__rdivmod__) X(__get__) X(__set__) X(__delete__) X(__class_getitem__)      \
  X(__init_subclass__) X(__all__) X(send) X(close) X(strict) X(fget) X(fset) X(fdel)         \
  X(setter) X(getter) X(deleter) X(__del__) X(name) X(daemon) X(start) X(stop) X(step) X(real) X(imag)

struct Names {
#define LOCKVM_DECLARE_NAME(n) Str* n = nullptr;
  LOCKVM_NAMES(LOCKVM_DECLARE_NAME)
#undef LOCKVM_DECLARE_NAME
};

// What `--stats` asked for: nothing, a table or JSON on stderr at exit.
enum class StatsFormat : uint8_t { kNone, kTable, kJson };

struct RunOptions {
  std::string program;            // path of the main .py file
  std::vector<std::string> argv;  // sys.argv (argv[0] is the program)
  Config config;                  // the resolved config: strategy and knobs
  StatsFormat stats = StatsFormat::kNone;
};

template <class P>
struct Runtime {
  typename P::Shared shared;
  RunOptions options;
  BuiltinTypes t;
  Names n;
  Object* none = nullptr;
  Object* true_ = nullptr;
  Object* false_ = nullptr;
  Object* not_implemented = nullptr;
  Object* ellipsis = nullptr;
  Tuple* empty_tuple = nullptr;
  Str* empty_str = nullptr;
  Str* ascii_chars[128] = {};
  Module* builtins_module = nullptr;  // owned, as is sys_module; released by the teardown
  Module* sys_module = nullptr;
  Dict* builtins = nullptr;   // the builtins module's dict
  Dict* modules = nullptr;    // sys.modules
  Object* sys_stdout = nullptr;
  Object* sys_stderr = nullptr;
  // Raised when not even a MemoryError can be allocated (vm/interp.h,
  // raise_memory_error); made at start-up and never freed.
  Exception* memory_error_reserve = nullptr;
  // Guarded by the GIL, or by intern_mutex under free-threaded strategies.
  absl::flat_hash_map<std::string_view, Str*> interned;
  std::vector<std::shared_ptr<CodeProto>> protos;  // keeps code alive
  absl::flat_hash_map<std::string, std::string> sources;  // filename -> text, for tracebacks
  // Bumped (release) whenever a class's dict changes after the class was
  // created; method caches compare it (acquire) to drop stale answers.
  std::atomic<uint64_t> type_epoch{1};
  // Values replaced in or deleted from class dicts under a free-threaded
  // strategy, kept until exit (see class_dict_store in vm/attributes.h).
  std::mutex displaced_mutex;
  std::vector<Value> displaced_class_attrs;  // guarded by displaced_mutex
  // The interned-string table's lock under free-threaded strategies.
  std::mutex intern_mutex;
  // Every object made immortal or deferred (keep_until_exit): their counts
  // never free them, the teardown at exit does (vm/teardown.h). May hold
  // an object twice (deferred, then made immortal). Guarded by the GIL, or
  // by never_freed_mutex under free-threaded strategies.
  std::mutex never_freed_mutex;
  std::vector<Object*> never_freed_objects;
  // Set when the teardown starts: no thread may start any more (finalizers
  // still run). Then `finalizing`, once no Python code may run: finalizers
  // (__del__) and the finally blocks of suspended generators are skipped
  // from then on. Both written only when no other thread exists.
  bool shutting_down = false;
  bool finalizing = false;
  int recursion_limit = 1000;
  double switch_interval = 0.005;  // sys.setswitchinterval, seconds
  // sys.stdout is block-buffered as CPython's is when not a terminal;
  // flushed when large, on flush(), and at exit.
  std::string stdout_buffer;  // guarded by the GIL, or by stdout_mutex (vm/io.h)
  std::mutex stdout_mutex;
  std::string main_dir;  // folder of the main program: sibling imports
  MersenneTwister random;
  ThreadState<P>* main_thread = nullptr;
  // Threads started by _thread.start_new_thread that have not finished.
  std::atomic<int> running_threads{0};
  // ... whose Python function has not returned yet: at exit, a thread
  // still counted here is a daemon (or a _thread thread nobody joined),
  // and the runtime is then not torn down (vm/teardown.h).
  std::atomic<int> threads_in_python{0};
  // threading._shutdown found daemon threads still running when the main
  // program ended: they may run on for ever, so the teardown neither waits
  // for them nor runs (vm/teardown.h).
  bool daemon_threads_at_exit = false;
  // ... that may still touch the runtime: decremented (release) as the
  // thread's very last access to it, after its ThreadState is deleted; the
  // teardown waits (acquire) for zero.
  std::atomic<int> thread_states{0};
  // --stats: counters of threads that have ended, folded in under the
  // policy's exclusion (the GIL) before each thread detaches; guarded by
  // stats_mutex for strategies without a GIL.
  std::mutex stats_mutex;
  Stats finished_threads_stats;       // guarded by stats_mutex
  std::atomic<uint64_t> threads_started{0};
  // Live objects, and the most seen at once, for --stats' objects_live_peak:
  // updated by each thread once per kLiveBatch allocations or frees, so
  // exact for one thread and within threads x kLiveBatch otherwise.
  std::atomic<int64_t> live_objects{0};
  std::atomic<int64_t> live_peak{0};
  // Stack of every interpreter thread: deep recursion through C++ is bounded
  // by the native stack guard, which needs room (committed only when used).
  static constexpr size_t kThreadStackSize = size_t{256} << 20;
};

// The largest container or string the VM tries to allocate: past it,
// MemoryError at once rather than an allocation that cannot succeed.
constexpr int64_t kMaxItems = int64_t{1} << 34;

// Refuses (std::bad_alloc, which the interpreter reports as MemoryError) an
// item or byte count that no allocation could hold (or a negative one),
// before a size computed from it can overflow.
inline void check_item_count(int64_t n) {
  if (static_cast<uint64_t>(n) > static_cast<uint64_t>(kMaxItems)) throw std::bad_alloc();
}

// --------------------------------------------------------------- basics

// String concatenation of string_views, strings and integers (Debian's
// Abseil has its own string_view, which absl::StrCat requires).
inline void cat_part(std::string& out, std::string_view s) { out.append(s); }
inline void cat_part(std::string& out, const char* s) { out.append(s); }
inline void cat_part(std::string& out, const std::string& s) { out.append(s); }
inline void cat_part(std::string& out, char c) { out.push_back(c); }
template <class I, class = std::enable_if_t<std::is_integral_v<I>>>
inline void cat_part(std::string& out, I v) { out.append(std::to_string(v)); }
template <class... A>
std::string cat(const A&... parts) {
  std::string out;
  (cat_part(out, parts), ...);
  return out;
}

template <Policy P>
inline Type* type_of(ThreadState<P>& ts, Value v) {
  return v.is_small() ? ts.rt->t.int_ : v.obj()->type;
}
inline Kind kind_of(Value v) { return v.is_small() ? Kind::Int : v.obj()->type->layout; }

// A new reference to one of the objects made immortal at start (None,
// True, False, NotImplemented). Where the policy marks immortals instead of
// counting them (biased, lock-free), its incref would read the header only
// to find the mark, so that read is skipped.
template <Policy P>
[[gnu::always_inline]] inline Value immortal_ref(ThreadState<P>& ts, Object* o) {
  if constexpr (requires { P::skip_immortal_incref(ts); }) {
    if (P::skip_immortal_incref(ts)) return Value::from_obj(o);
  }
  return newref(ts, o);
}

template <Policy P>
inline Value none(ThreadState<P>& ts) { return immortal_ref(ts, ts.rt->none); }
template <Policy P>
inline bool is_none(ThreadState<P>& ts, Value v) { return v.raw() == Value::from_obj(ts.rt->none).raw(); }
template <Policy P>
inline Value py_bool(ThreadState<P>& ts, bool b) { return immortal_ref(ts, b ? ts.rt->true_ : ts.rt->false_); }
template <Policy P>
inline Value not_implemented(ThreadState<P>& ts) { return immortal_ref(ts, ts.rt->not_implemented); }
template <Policy P>
inline bool is_not_implemented(ThreadState<P>& ts, Value v) {
  return v.raw() == Value::from_obj(ts.rt->not_implemented).raw();
}

template <Policy P>
Value new_int(ThreadState<P>& ts, int64_t v) {
  if (Value::fits_small(v)) return Value::from_small(v);
  Int* o = alloc_object<P, Int>(ts, ts.rt->t.int_);
  o->value = v;
  return Value::from_obj(o);
}

// The int64 held by an int or bool; callers check kind first.
inline int64_t int_value(Value v) {
  return v.is_small() ? v.small() : static_cast<Int*>(v.obj())->value;
}
inline bool is_int_kind(Value v) { return v.is_small() || v.obj()->type->layout == Kind::Int; }
// int or bool: what Python's arithmetic treats as an integer.
inline bool is_intlike(Value v) {
  if (v.is_small()) return true;
  Kind k = v.obj()->type->layout;
  return k == Kind::Int || k == Kind::Bool;
}

constexpr int kFloatFreelistMax = 256;

template <Policy P>
Value new_float(ThreadState<P>& ts, double d) {
  Float* o = ts.float_freelist;
  if (o != nullptr) {
    // A freelisted float keeps its type; its value field holds the next link.
    std::memcpy(&ts.float_freelist, &o->value, sizeof(Float*));
    --ts.float_free_count;
    P::init_header(ts, o);
    count_allocation(ts);
  } else {
    o = alloc_object<P, Float>(ts, ts.rt->t.float_);
  }
  o->value = d;
  return Value::from_obj(o);
}
inline double float_value(Value v) { return static_cast<Float*>(v.obj())->value; }

// --------------------------------------------------------------- strings

inline int64_t hash_bytes(std::string_view s) {
  // FNV-1a folded to CPython's hash width; never -1 (the "not computed" mark).
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

inline int64_t utf8_length(std::string_view s, bool* ascii) {
  int64_t n = 0;
  bool all_ascii = true;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0x80) all_ascii = false;
  }
  *ascii = all_ascii;
  return n;
}

template <Policy P>
Str* alloc_str(ThreadState<P>& ts, int64_t nbytes) {
  check_item_count(nbytes);
  Str* s = alloc_object<P, Str>(ts, ts.rt->t.str, static_cast<size_t>(nbytes) + 1);
  s->nbytes = nbytes;
  s->hash = -1;
  s->interned = false;
  s->data[nbytes] = '\0';
  return s;
}

// Fixes up length and ascii after the bytes of an alloc_str are written.
inline void finish_str(Str* s) {
  bool ascii;
  s->length = utf8_length(std::string_view(s->data, static_cast<size_t>(s->nbytes)), &ascii);
  s->ascii = ascii;
}

template <Policy P>
Str* new_str(ThreadState<P>& ts, std::string_view utf8) {
  if (utf8.empty()) {
    P::incref(ts, ts.rt->empty_str);
    return ts.rt->empty_str;
  }
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128 &&
      ts.rt->ascii_chars[static_cast<unsigned char>(utf8[0])] != nullptr) {
    Str* c = ts.rt->ascii_chars[static_cast<unsigned char>(utf8[0])];
    P::incref(ts, c);
    return c;
  }
  Str* s = alloc_str(ts, static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  finish_str(s);
  return s;
}

template <Policy P>
Value str_value(ThreadState<P>& ts, std::string_view utf8) {
  return Value::from_obj(new_str(ts, utf8));
}

inline std::string_view sv(const Str* s) { return {s->data, static_cast<size_t>(s->nbytes)}; }
inline std::string_view str_view(Value v) { return sv(static_cast<Str*>(v.obj())); }
inline bool is_str(Value v) { return v.is_obj() && v.obj()->type->layout == Kind::Str; }

// A lazily computed hash (of a str, tuple or frozenset): threads sharing the
// object may compute it at the same time and store the same value, so the
// field is read and written atomically, relaxed (a plain move on x86).
inline int64_t load_cached_hash(const int64_t& field) {
  return std::atomic_ref<int64_t>(const_cast<int64_t&>(field)).load(std::memory_order_relaxed);
}
inline void store_cached_hash(int64_t& field, int64_t h) {
  std::atomic_ref<int64_t>(field).store(h, std::memory_order_relaxed);
}

inline int64_t str_hash(Str* s) {
  int64_t h = load_cached_hash(s->hash);
  if (h == -1) {
    h = hash_bytes(sv(s));
    store_cached_hash(s->hash, h);
  }
  return h;
}

// Interned strings are immortal: identifiers, attribute names, and the keys
// of every namespace dict, so that name lookups compare pointers first.
template <Policy P>
Str* intern(ThreadState<P>& ts, std::string_view utf8) {
  std::unique_lock<std::mutex> hold(ts.rt->intern_mutex, std::defer_lock);
  if constexpr (P::kFreeThreaded) hold.lock();
  auto it = ts.rt->interned.find(utf8);
  if (it != ts.rt->interned.end()) return it->second;
  Str* s = alloc_str(ts, static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  finish_str(s);
  str_hash(s);
  s->interned = true;
  ts.rt->interned.emplace(sv(s), s);
  immortalize(ts, s);  // takes never_freed_mutex inside intern_mutex (never the other way)
  return s;
}

inline bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if (a->interned && b->interned) return false;
  int64_t ha = load_cached_hash(a->hash), hb = load_cached_hash(b->hash);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return std::memcmp(a->data, b->data, static_cast<size_t>(a->nbytes)) == 0;
}

// --------------------------------------------------------------- errors

template <Policy P> Value new_exception(ThreadState<P>& ts, Type* type, Value arg);
template <Policy P> void set_exception(ThreadState<P>& ts, Value exc);

// Raises `type(msg)`. Always returns a null Value so callers can
// `return raise(...)`.
template <Policy P>
Value raise(ThreadState<P>& ts, Type* type, std::string_view msg) {
  Value arg = str_value(ts, msg);
  Value exc = new_exception(ts, type, arg);
  decref(ts, arg);
  set_exception(ts, exc);
  return Value();
}

template <Policy P, class... A>
Value raisef(ThreadState<P>& ts, Type* type, const absl::FormatSpec<A...>& fmt, const A&... args) {
  return raise(ts, type, absl::StrFormat(fmt, args...));
}

// Raises with the message of an Abseil status (vm/format.h's errors).
template <Policy P>
Value raise_status(ThreadState<P>& ts, Type* type, const absl::Status& status) {
  return raise(ts, type, std::string_view(status.message().data(), status.message().size()));
}

// Raises with a value that is not a message (KeyError(key), StopIteration(v)).
template <Policy P>
Value raise_with(ThreadState<P>& ts, Type* type, Value arg) {
  Value exc = new_exception(ts, type, arg);
  set_exception(ts, exc);
  return Value();
}

template <Policy P>
bool exception_matches(ThreadState<P>& ts, Type* type);

template <Policy P>
inline std::string_view type_name(ThreadState<P>& ts, Value v) { return sv(type_of(ts, v)->name); }

}  // namespace lockvm
