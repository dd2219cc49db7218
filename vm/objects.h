// The object protocol: creating and freeing objects, hashing, equality and
// ordering, truth, repr/str, attribute access, and the container primitives
// (tuple, list, dict, set) that the interpreter and the built-ins share.
// Everything is a template over the policy P; container mutations take the
// policy's per-object guard, which is empty under `gil` and `nosync`.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <thread>

#include "vm/format.h"
#include "vm/list_cas.h"
#include "vm/pyhash.h"
#include "vm/runtime.h"

namespace lockvm {

template <Policy P> Value call(ThreadState<P>& ts, Value callable, const Value* args, int64_t nargs,
                               const KwArgs& kw = {});
template <Policy P> Value repr(ThreadState<P>& ts, Value v);
template <Policy P> Value to_str(ThreadState<P>& ts, Value v);
template <Policy P> int compare_eq(ThreadState<P>& ts, Value a, Value b);
template <Policy P> int64_t hash_value(ThreadState<P>& ts, Value v);
template <Policy P> Value type_lookup(ThreadState<P>& ts, Type* type, Str* name);

// ----------------------------------------------------------------- storage ops

// The Ops a DictTable/SetTable needs: equality through Python semantics,
// storage from the VM's allocator. A replaced table goes through P::retire:
// under policies whose dict reads take no lock it may still be probed.
template <Policy P>
struct TableOps {
  ThreadState<P>& ts;
  int eq(Value stored, Value probe) {
    if (stored.is_small() || probe.is_small()) {
      if (stored.is_small() && probe.is_small()) return 0;  // identity already checked
    } else if (stored.obj()->type->layout == Kind::Str && probe.obj()->type->layout == Kind::Str) {
      return str_equal(static_cast<Str*>(stored.obj()), static_cast<Str*>(probe.obj())) ? 1 : 0;
    }
    // The stored key may be removed by user code inside __eq__.
    incref(ts, stored);
    int r = compare_eq(ts, stored, probe);
    decref(ts, stored);
    return r;
  }
  void* alloc(size_t bytes) { return memory::allocate(bytes); }
  void free(void* block, size_t bytes) { P::retire(ts, block, bytes); }
  // Set bulk operations take and drop references as they decide what to store.
  void retain(Value v) { incref(ts, v); }
  void drop(Value v) { decref(ts, v); }
};

// ----------------------------------------------------------------- recursion guard

// C++ recursion on behalf of Python code (comparing nested lists, repr of a
// deep structure) counts against the same limit as Python calls, as in
// CPython; the RecursionError names where it happened.
template <Policy P>
class RecursionGuard {
 public:
  RecursionGuard(ThreadState<P>& ts, const char* where) : ts_(ts) {
    char probe;
    if (++ts.depth > ts.rt->recursion_limit || &probe < ts.native_stack_limit) {
      try {
        raise(ts, ts.rt->t.RecursionError, cat("maximum recursion depth exceeded", where));
      } catch (...) {  // no memory for the exception: no destructor will undo the count
        --ts.depth;
        throw;
      }
      failed_ = true;
    }
  }
  ~RecursionGuard() { --ts_.depth; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  bool failed() const { return failed_; }

 private:
  ThreadState<P>& ts_;
  bool failed_ = false;
};

// True when the C++ stack is nearly exhausted; raises RecursionError. For
// native recursion that CPython does not count against the recursion limit
// (hashing a nested tuple, a chain of map/filter iterators): only the C++
// stack bounds it, so it goes as deep as the stack allows, then fails cleanly.
template <Policy P>
bool native_stack_exhausted(ThreadState<P>& ts) {
  char probe;
  if (&probe > ts.native_stack_limit) return false;
  raise(ts, ts.rt->t.RecursionError, "maximum recursion depth exceeded");
  return true;
}

// ----------------------------------------------------------------- constructors

template <Policy P>
Tuple* new_tuple(ThreadState<P>& ts, int64_t n) {
  if (n == 0) {
    P::incref(ts, ts.rt->empty_tuple);
    return ts.rt->empty_tuple;
  }
  check_item_count(n);
  Tuple* t = alloc_object<P, Tuple>(ts, ts.rt->t.tuple, sizeof(Value) * static_cast<size_t>(n));
  t->size = n;
  t->hash = -1;
  for (int64_t i = 0; i < n; ++i) t->items[i] = Value();
  return t;
}

// Builds a tuple, taking ownership of the given references.
template <Policy P>
Value tuple_steal(ThreadState<P>& ts, std::initializer_list<Value> items) {
  Tuple* t = new_tuple(ts, static_cast<int64_t>(items.size()));
  int64_t i = 0;
  for (Value v : items) t->items[i++] = v;
  return Value::from_obj(t);
}

// ----------------------------------------------------------------- list storage
//
// A list's items live in one block, [capacity][item 0 ... item capacity-1],
// so that the capacity travels with the block: a reader that takes no lock
// (policies with kOptimisticReads, biased) may hold a block a writer has just
// replaced, and bounds its index by that block's own capacity. Under such
// policies every write of an item, the size or the items pointer is an
// atomic release store (list_store, list_set_size, list_set_items), blocks
// start zeroed (a slot never written reads as an empty Value), replaced
// blocks are retired (P::retire: freed after a grace period), and a value a
// writer removes from a list is released with release_removed (after a
// grace period), so a reader that loaded it may still take a reference.
// Under policies with CAS writes (lock-free) an append with room in the
// block and an item store take no lock either (list_append_cas,
// list_store_cas): the protocol, its invariants and its memory orders are
// vm/list_cas.h's. Every other list write, and every locked read, goes
// through list_lock, which also seals the list against CAS appends, and
// takes items out by exchange (list_take), never by a load and a store.

template <Policy P>
inline constexpr bool kOptimisticReads = [] {
  if constexpr (requires { P::kOptimisticReads; })
    return P::kOptimisticReads;
  else
    return false;
}();

// Policies whose readers never take a container's lock (lock-free): where
// an optimistic read meets a write in progress it reads again instead.
template <Policy P>
inline constexpr bool kLockFreeReads = [] {
  if constexpr (requires { P::kLockFreeReads; })
    return P::kLockFreeReads;
  else
    return false;
}();

// Policies under which a dict value is replaced by CAS, without the lock
// (lock-free; DictTable::enable_cas_values), and a list item stored and
// appended by CAS (vm/list_cas.h).
template <Policy P>
inline constexpr bool kCasWrites = [] {
  if constexpr (requires { P::kCasWrites; })
    return P::kCasWrites;
  else
    return false;
}();

// Brackets one lock-free read: an epoch critical section under policies
// that reclaim by epochs (P::read_section), nothing otherwise.
template <Policy P>
[[gnu::always_inline]] inline auto read_section(ThreadState<P>& ts) {
  if constexpr (requires { P::read_section(ts); })
    return P::read_section(ts);
  else
    return 0;
}

template <Policy P>
Value* list_block_new(int64_t capacity) {
  size_t bytes = sizeof(int64_t) + sizeof(Value) * static_cast<size_t>(capacity);
  void* block = kOptimisticReads<P> ? memory::allocate_zeroed(bytes) : memory::allocate(bytes);
  *static_cast<int64_t*>(block) = capacity;
  return reinterpret_cast<Value*>(static_cast<int64_t*>(block) + 1);
}

// A block no reader can hold: never published, or its list is being freed
// (a reader holds a reference to the list it reads).
inline void list_block_free(Value* items) {
  if (items != nullptr) memory::release(reinterpret_cast<int64_t*>(items) - 1);
}

// A block replaced while readers may still hold it.
template <Policy P>
void list_block_retire(ThreadState<P>& ts, Value* items) {
  if (items != nullptr)
    P::retire(ts, reinterpret_cast<int64_t*>(items) - 1,
              sizeof(int64_t) + sizeof(Value) * static_cast<size_t>(list_block_capacity(items)));
}

template <Policy P>
[[gnu::always_inline]] inline void list_store(Value* items, int64_t i, Value v) {
  if constexpr (kOptimisticReads<P>)
    std::atomic_ref<Value>(items[i]).store(v, std::memory_order_release);
  else
    items[i] = v;
}

template <Policy P>
[[gnu::always_inline]] inline void list_set_size(List* l, int64_t n) {
  if constexpr (kOptimisticReads<P>)
    std::atomic_ref<int64_t>(l->size).store(n, std::memory_order_release);
  else
    l->size = n;
}

// Publishes a new block (capacity is only read by writers, under the lock).
template <Policy P>
inline void list_set_items(List* l, Value* items, int64_t capacity) {
  if constexpr (kOptimisticReads<P>)
    std::atomic_ref<Value*>(l->items).store(items, std::memory_order_release);
  else
    l->items = items;
  l->capacity = capacity;
}

// Under CAS writes: true while no second thread was ever started, so that
// no CAS writer can race a lock holder, who may then take items without an
// atomic read-modify-write (list_cas::take, list_cas::Seal). Never true
// again once a thread has started.
template <Policy P>
[[gnu::always_inline]] inline bool list_alone(ThreadState<P>& ts) {
  return ts.rt->threads_started.load(std::memory_order_relaxed) == 0;
}

// A lock holder's reads of slots. Under CAS writes (vm/list_cas.h) an item
// may be replaced without the lock at any moment: it is read with an atomic
// load, and an item the holder moves or removes is taken out by exchange
// (leaving kFrozen), never loaded and then overwritten, so that a CAS store
// is neither lost nor able to release the item taken. Plain otherwise.
template <Policy P>
[[gnu::always_inline]] inline Value list_load(const Value* items, int64_t i) {
  if constexpr (kCasWrites<P>)
    return list_cas::load(items, i);
  else
    return items[i];
}
template <Policy P>
[[gnu::always_inline]] inline Value list_take(ThreadState<P>& ts, Value* items, int64_t i) {
  if constexpr (kCasWrites<P>)
    return list_cas::take(items, i, list_alone(ts));
  else
    return items[i];
}
// Stores v at i and hands back the item it replaced.
template <Policy P>
[[gnu::always_inline]] inline Value list_exchange(Value* items, int64_t i, Value v) {
  if constexpr (kCasWrites<P>) {
    return list_cas::exchange(items, i, v);
  } else {
    Value old = items[i];
    list_store<P>(items, i, v);
    return old;
  }
}

// memmove of n items within one block, item by item under optimistic
// policies, so a concurrent reader sees each slot hold an old or a new value
// (under CAS writes, an old or a new value or kFrozen, which it reads again).
template <Policy P>
inline void list_move([[maybe_unused]] ThreadState<P>& ts, Value* items, int64_t to, int64_t from, int64_t n) {
  if constexpr (kCasWrites<P>) {
    if (!list_alone(ts)) {
      if (to < from)
        for (int64_t k = 0; k < n; ++k) list_store<P>(items, to + k, list_cas::take(items, from + k, false));
      else
        for (int64_t k = n - 1; k >= 0; --k) list_store<P>(items, to + k, list_cas::take(items, from + k, false));
      return;
    }
    // No CAS writer can race: moved as under biased, and only the slots
    // left behind (the source the destination does not cover) frozen.
    if (to < from)
      for (int64_t k = 0; k < n; ++k) list_store<P>(items, to + k, items[from + k]);
    else
      for (int64_t k = n - 1; k >= 0; --k) list_store<P>(items, to + k, items[from + k]);
    int64_t left = to < from ? std::max(from, to + n) : from, left_end = to < from ? from + n : std::min(to, from + n);
    for (int64_t k = left; k < left_end; ++k) list_cas::put(items, k, list_cas::kFrozen);
  } else if constexpr (kOptimisticReads<P>) {
    if (to < from)
      for (int64_t k = 0; k < n; ++k) list_store<P>(items, to + k, items[from + k]);
    else
      for (int64_t k = n - 1; k >= 0; --k) list_store<P>(items, to + k, items[from + k]);
  } else if (n > 0) {
    std::memmove(items + to, items + from, sizeof(Value) * static_cast<size_t>(n));
  }
}

// Policies whose owner releases what it removes from a list no other thread
// has read without the lock at once (biased: P::kPrivateContainers).
template <Policy P>
inline constexpr bool kPrivateContainers = [] {
  if constexpr (requires { P::kPrivateContainers; })
    return P::kPrivateContainers;
  else
    return false;
}();

// Before a lock-free read of list c: under such policies a thread that is
// not c's owner marks it read-by-others (once, under its lock).
template <Policy P>
[[gnu::always_inline]] inline void before_unlocked_read(ThreadState<P>& ts, Object* c) {
  if constexpr (kPrivateContainers<P>) P::before_unlocked_read(ts, c);
}
// Whether the caller, holding list c's lock, may release what it removes
// from c at once (release_removed_from).
template <Policy P>
[[gnu::always_inline]] inline bool private_to_writer([[maybe_unused]] ThreadState<P>& ts,
                                                     [[maybe_unused]] Object* c) {
  if constexpr (kPrivateContainers<P>)
    return P::private_to_writer(ts, c);
  else
    return false;
}

// Releases a reference a writer took out of a shared container: at once,
// or, under policies whose readers take no lock, after a grace period.
template <Policy P>
inline void release_removed(ThreadState<P>& ts, Value v) {
  if constexpr (requires { P::release_later(ts, v); })
    P::release_later(ts, v);
  else
    decref(ts, v);
}

// release_removed for a value taken out of a list whose lock the writer
// held when it asked private_to_writer: at once when the answer was yes.
template <Policy P>
[[gnu::always_inline]] inline void release_removed_from(ThreadState<P>& ts, bool private_list, Value v) {
  if constexpr (kPrivateContainers<P>) {
    if (private_list) {
      if constexpr (counts_fast_paths<ThreadState<P>>) ++ts.policy.releases_private;
      decref(ts, v);
      return;
    }
  }
  release_removed(ts, v);
}

// A list's lock, for reading or writing it. Under CAS writes it also seals
// the list for the critical section (list_cas::Seal): no append can start
// or be pending, so the holder's size and block change only by its hand,
// and CAS item stores are all that other threads can still do. A list
// re-entered by the thread that holds its lock is sealed already.
template <Policy P>
[[gnu::always_inline]] inline auto list_lock(ThreadState<P>& ts, List* l) {
  if constexpr (kCasWrites<P>) {
    bool held = P::holds_lock(ts, l);
    struct Sealed {
      decltype(P::lock(ts, l)) guard;
      list_cas::Seal seal;  // unsealed first, while the lock is still held
    };
    return Sealed{P::lock(ts, l), list_cas::Seal(l, !held, list_alone(ts))};
  } else {
    return P::lock(ts, l);
  }
}

// A list's lock and another object's (a list, a dict, a set), in address
// order; lists among them sealed as by list_lock.
template <Policy P>
auto list_lock_two(ThreadState<P>& ts, List* l, Object* other) {
  if constexpr (kCasWrites<P>) {
    List* ol = other != l && other->type->layout == Kind::List ? static_cast<List*>(other) : nullptr;
    bool held = P::holds_lock(ts, l), other_held = ol != nullptr && P::holds_lock(ts, ol);
    struct Sealed {
      decltype(P::lock_two(ts, l, other)) guard;
      list_cas::Seal seal, other_seal;
    };
    bool alone = list_alone(ts);
    return Sealed{P::lock_two(ts, l, other), list_cas::Seal(l, !held, alone),
                  list_cas::Seal(ol, ol != nullptr && !other_held, alone)};
  } else {
    return P::lock_two(ts, l, other);
  }
}

template <Policy P>
List* new_list(ThreadState<P>& ts, int64_t capacity = 0) {
  check_item_count(capacity);
  // The items first: if they cannot be allocated, no half-made list exists.
  Value* items = capacity > 0 ? list_block_new<P>(capacity) : nullptr;
  List* l;
  try {
    l = alloc_object<P, List>(ts, ts.rt->t.list);
  } catch (...) {
    list_block_free(items);
    throw;
  }
  l->size = 0;
  l->capacity = capacity;
  l->items = items;
  return l;
}

template <Policy P>
Dict* new_dict(ThreadState<P>& ts) {
  Dict* d = alloc_object<P, Dict>(ts, ts.rt->t.dict);
  new (&d->table) DictTable<Value>();
  if constexpr (kCasWrites<P>) d->table.enable_cas_values();
  return d;
}

template <Policy P>
Set* new_set(ThreadState<P>& ts, bool frozen = false) {
  Set* s = alloc_object<P, Set>(ts, frozen ? ts.rt->t.frozenset : ts.rt->t.set);
  new (&s->table) SetTable<Value>();
  s->hash = -1;
  return s;
}

// ----------------------------------------------------------------- list primitives

// Grows l's storage to hold `needed` items. Exception-safe: the new block is
// allocated (std::bad_alloc past kMaxItems or when memory runs out) before l
// changes, so a failed growth leaves the list as it was.
template <Policy P>
bool list_reserve(ThreadState<P>& ts, List* l, int64_t needed) {
  if (needed <= l->capacity) return true;
  check_item_count(needed);
  // CPython's over-allocation: ~1/8 extra plus a constant, so appends are amortized O(1).
  int64_t cap = needed + (needed >> 3) + (needed < 9 ? 3 : 6);
  Value* items = list_block_new<P>(cap);
  if (kCasWrites<P> && !list_alone(ts)) {
    // Taken out of the old block, so that no CAS store lands there.
    for (int64_t i = 0; i < l->size; ++i) items[i] = list_cas::take(l->items, i, false);
  } else if (l->size > 0) {
    std::memcpy(items, l->items, sizeof(Value) * static_cast<size_t>(l->size));
  }
  Value* old = l->items;
  list_set_items<P>(l, items, cap);
  list_block_retire(ts, old);
  return true;
}

// Appends v, whose reference the list takes over, with l's lock held
// (list_lock). If l cannot grow, v is still the caller's.
template <Policy P>
void list_append_held(ThreadState<P>& ts, List* l, Value v) {
  if (l->size == l->capacity) list_reserve(ts, l, l->size + 1);
  list_store<P>(l->items, l->size, v);
  list_set_size<P>(l, l->size + 1);
}

// Under CAS writes: appends v (already counted for the list) without the
// lock, when the block has an open slot (list_cas::try_append). False:
// nothing published; the caller takes the lock, a counted fallback.
template <Policy P>
bool list_append_cas(ThreadState<P>& ts, List* l, Value v) {
  [[maybe_unused]] auto section = read_section(ts);
  uint64_t retries = 0;
  bool appended = list_cas::try_append(l, v, &retries);
  P::count_cas_write(ts, appended, retries);
  return appended;
}

// Appends a new reference to v.
template <Policy P>
void list_append(ThreadState<P>& ts, List* l, Value v) {
  if constexpr (kCasWrites<P>) {
    // Counted before the CAS publishes it: once in the list, another
    // thread may pop it and release that reference.
    incref(ts, v);
    if (list_append_cas(ts, l, v)) return;
    try {
      auto guard = list_lock(ts, l);
      list_append_held(ts, l, v);
    } catch (...) {  // l could not grow
      decref(ts, v);
      throw;
    }
  } else {
    auto guard = P::lock(ts, l);
    if (l->size == l->capacity) list_reserve(ts, l, l->size + 1);
    incref(ts, v);
    list_store<P>(l->items, l->size, v);
    list_set_size<P>(l, l->size + 1);
  }
}

// Appends, taking ownership of v (which stays the caller's if l cannot grow).
template <Policy P>
void list_append_steal(ThreadState<P>& ts, List* l, Value v) {
  if constexpr (kCasWrites<P>)
    if (list_append_cas(ts, l, v)) return;
  auto guard = list_lock(ts, l);
  list_append_held(ts, l, v);
}

// Under CAS writes: l[i] = v without the lock (list_cas::try_store), v
// already counted for the list. True: stored, and the item replaced is
// released after a grace period (lock-free readers may hold it). False:
// i is negative or out of range, or its slot stayed frozen; v is still the
// caller's, who takes the lock. (A negative index counts from a size that
// appends move without the lock: only the lock holds it still while the
// item is replaced, so `l[-1] = v` is a lock fallback.)
template <Policy P>
bool list_store_cas(ThreadState<P>& ts, List* l, int64_t i, Value v) {
  if (i < 0) return false;
  Value old;
  uint64_t retries = 0;
  int r;
  {
    [[maybe_unused]] auto section = read_section(ts);
    r = list_cas::try_store(l, i, v, &old, &retries);
  }
  P::count_cas_write(ts, r == 1, retries);
  if (r != 1) return false;
  release_removed(ts, old);
  return true;
}

// The list's items as a new tuple, copied under its lock: for code that
// runs Python (comparisons, repr) item by item and must not see the list
// change, or be freed, under it.
template <Policy P>
Tuple* list_snapshot(ThreadState<P>& ts, List* l) {
  auto guard = list_lock(ts, l);
  Tuple* t = new_tuple(ts, l->size);
  for (int64_t i = 0; i < l->size; ++i) t->items[i] = newref(ts, list_load<P>(l->items, i));
  return t;
}

// len(l): without a lock under optimistic policies (the size is an atomic).
template <Policy P>
int64_t list_len(ThreadState<P>& ts, List* l) {
  if constexpr (kOptimisticReads<P>) {
    return std::atomic_ref<int64_t>(l->size).load(std::memory_order_relaxed);
  } else {
    auto guard = P::lock(ts, l);
    return l->size;
  }
}

template <Policy P>
[[gnu::always_inline]] inline Value list_item_ref_under_lock(ThreadState<P>& ts, List* l, int64_t i) {
  auto guard = list_lock(ts, l);
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return Value();
  return newref(ts, list_load<P>(l->items, i));
}

// The optimistic path's fallback, out of line so that the guard's unwinding
// and the lock calls do not weigh on the lock-free path, which is inlined
// into the interpreter loop.
template <Policy P>
[[gnu::noinline]] Value list_item_ref_locked(ThreadState<P>& ts, List* l, int64_t i) {
  return list_item_ref_under_lock(ts, l, i);
}

// The item at index i (negative: from the end) as a new reference, or a
// null Value when i is out of range. Under optimistic policies it takes no
// lock: the size first, then the block (at least as new as the size, thanks
// to the release stores), bounded by the block's own capacity; a slot never
// written, or a block gone (a sort in progress), sends it to the locked path.
// The value read is alive: a writer that removed it releases it only after a
// grace period, which this thread's read section holds up.
template <Policy P>
[[gnu::always_inline]] inline Value list_item_ref(ThreadState<P>& ts, List* l, int64_t i) {
  if constexpr (!kOptimisticReads<P>) {
    return list_item_ref_under_lock(ts, l, i);
  } else {
    before_unlocked_read(ts, l);
    [[maybe_unused]] auto section = read_section(ts);
    for (uint32_t retries = 0;; ++retries) {
      int64_t size = std::atomic_ref<int64_t>(l->size).load(std::memory_order_acquire);
      int64_t at = i < 0 ? i + size : i;
      if (at < 0 || at >= size) return Value();
      Value* items = std::atomic_ref<Value*>(l->items).load(std::memory_order_acquire);
      if (items != nullptr && at < list_block_capacity(items)) [[likely]] {
        Value v = std::atomic_ref<Value>(items[at]).load(std::memory_order_acquire);
        // Under CAS writes a slot may also hold a marker (list_cas.h).
        if (kCasWrites<P> ? list_cas::is_item(v) : bool(v)) [[likely]] {
          P::count_optimistic_read(ts, true);
          return newref(ts, v);
        }
      }
      if constexpr (!kLockFreeReads<P>) break;
      // A write in progress (a block being replaced, a sort): read again;
      // now and then let a writer that was descheduled mid-write run.
      P::count_read_retry(ts);
      if ((retries & 63) == 63) std::this_thread::yield();
    }
    P::count_optimistic_read(ts, false);
    return list_item_ref_locked(ts, l, i);
  }
}

// The next item of a list iterator, or a null Value at the end (under
// free-threaded policies the iterator is then marked exhausted: its list is
// never let go while another thread may be reading it).
template <Policy P>
Value list_iter_next(ThreadState<P>& ts, SeqIter* it, List* l) {
  constexpr int64_t kExhausted = INT64_MAX;
  if constexpr (kOptimisticReads<P>) {
    // Threads sharing one iterator may both take the same item, as under
    // CPython 3.13t; the index is atomic, so that is all that can happen.
    std::atomic_ref<int64_t> index(it->index);
    int64_t i = index.load(std::memory_order_relaxed);
    Value v = list_item_ref(ts, l, i);
    index.store(v ? i + 1 : kExhausted, std::memory_order_relaxed);
    return v;
  } else {
    // The list's lock also orders threads sharing this iterator.
    auto guard = P::lock(ts, l);
    if (it->index < l->size) return newref(ts, l->items[it->index++]);
    if constexpr (P::kFreeThreaded) it->index = kExhausted;
    return Value();
  }
}

// ----------------------------------------------------------------- lock-free key equality

// Keys a lookup without the container's lock can settle (lockfree_key_eq
// decides them against any stored str or number): str, int, bool, float.
inline bool lockfree_key(Value v) {
  if (v.is_small()) return true;
  Kind k = v.obj()->type->layout;
  return k == Kind::Str || k == Kind::Int || k == Kind::Bool || k == Kind::Float;
}

// Equality of a stored dict or set key with a probe key (one lockfree_key
// accepts) for lookups that take no lock (DictTable/SetTable::
// lookup_lockfree): 1 equal, 0 not, -1 only user code could tell (a stored
// instance with __eq__, or a kind not handled here). Runs no Python code and
// reads only immutable fields, so any key a table ever held (removed keys
// are released after a grace period) is safe to pass. Same answers as
// compare_eq: numbers exactly (2**53+1 != float(2**53+1); a NaN only equals
// itself, by identity), str by content, str never equal to a number.
inline int lockfree_key_eq(Value stored, Value probe) {
  if (stored == probe) return 1;
  auto kind = [](Value v) { return v.is_small() ? Kind::Int : v.obj()->type->layout; };
  auto number = [](Kind k) { return k == Kind::Int || k == Kind::Bool || k == Kind::Float; };
  Kind ks = kind(stored), kp = kind(probe);
  if (ks == Kind::Str && kp == Kind::Str)
    return str_equal(static_cast<Str*>(stored.obj()), static_cast<Str*>(probe.obj())) ? 1 : 0;
  if (!number(ks) && ks != Kind::Str) return -1;
  if (ks == Kind::Str || kp == Kind::Str) return 0;  // str against a number
  bool fs = ks == Kind::Float, fp = kp == Kind::Float;
  if (fs && fp) return float_value(stored) == float_value(probe) ? 1 : 0;
  if (!fs && !fp) return int_value(stored) == int_value(probe) ? 1 : 0;
  int64_t i = int_value(fs ? probe : stored);
  double d = float_value(fs ? stored : probe);
  // In [-2**63, 2**63) (NaN is not) an integral d converts exactly.
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return 0;
  auto di = static_cast<int64_t>(d);
  return static_cast<double>(di) == d && di == i ? 1 : 0;
}

// ----------------------------------------------------------------- dict primitives

// Borrowed lookup; null with no exception pending when absent.
template <Policy P>
Value dict_get(ThreadState<P>& ts, Dict* d, Value key, int64_t hash) {
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, d);
  int64_t ix = d->table.lookup(key, hash, ops);
  if (ix < 0) return Value();
  return d->table.value(static_cast<size_t>(ix));
}

template <Policy P>
Value dict_get(ThreadState<P>& ts, Dict* d, Value key) {
  int64_t h = hash_value(ts, key);
  if (h == -1) return Value();
  return dict_get(ts, d, key, h);
}

// Lookup returning a new reference, taken while the dict is locked: what a
// caller needs when another thread may replace the entry and free the old
// value the moment the lock is released.
// Under policies with optimistic reads a str or number key is looked up
// without the lock (DictTable::lookup_lockfree, lockfree_key_eq); a
// comparison only Python code could settle takes the lock.
// The value found is alive for the same reason as a list item's
// (list_item_ref): a writer that removes a value from a dict releases it
// only after a grace period.
template <Policy P>
Value dict_get_ref(ThreadState<P>& ts, Dict* d, Value key, int64_t hash) {
  if constexpr (kOptimisticReads<P>) {
    if (lockfree_key(key)) {
      [[maybe_unused]] auto section = read_section(ts);
      Value v;
      int r = d->table.lookup_lockfree(key, hash, lockfree_key_eq, &v);
      P::count_optimistic_read(ts, r >= 0);
      if (r == 0) return Value();
      if (r > 0) return newref(ts, v);
    } else if constexpr (kLockFreeReads<P>) {
      // Equality of such a key may run user code: the one read that takes
      // the lock under lock-free, counted as a fallback.
      P::count_optimistic_read(ts, false);
    }
  }
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, d);
  int64_t ix = d->table.lookup(key, hash, ops);
  if (ix < 0) return Value();
  return newref(ts, d->table.value(static_cast<size_t>(ix)));
}

template <Policy P>
Value dict_get_str_ref(ThreadState<P>& ts, Dict* d, Str* name) {
  return dict_get_ref(ts, d, Value::from_obj(name), str_hash(name));
}

// Whether `name` is a key of d (a method shadowed by an instance
// attribute); without the lock under optimistic reads, as dict_get_ref.
template <Policy P>
bool dict_has_str(ThreadState<P>& ts, Dict* d, Str* name) {
  if constexpr (kOptimisticReads<P>) {
    [[maybe_unused]] auto section = read_section(ts);
    Value v;
    int r = d->table.lookup_lockfree(Value::from_obj(name), str_hash(name), lockfree_key_eq, &v);
    if (r >= 0) {
      P::count_optimistic_read(ts, true);
      return r > 0;
    }
  }
  return bool(dict_get_str(ts, d, name));
}

// `key in d`: 1, 0, or -1 with an exception (an unhashable key). Without
// the lock under optimistic reads for str and number keys, as
// dict_get_ref: threads testing membership of one shared dict do not all
// write its lock.
template <Policy P>
int dict_contains(ThreadState<P>& ts, Dict* d, Value key) {
  int64_t hash = hash_value(ts, key);
  if (hash == -1) return -1;
  if constexpr (kOptimisticReads<P>) {
    if (lockfree_key(key)) {
      [[maybe_unused]] auto section = read_section(ts);
      Value v;
      int r = d->table.lookup_lockfree(key, hash, lockfree_key_eq, &v);
      P::count_optimistic_read(ts, r >= 0);
      if (r >= 0) return r;
    } else if constexpr (kLockFreeReads<P>) {
      P::count_optimistic_read(ts, false);
    }
  }
  if (dict_get(ts, d, key, hash)) return 1;
  return ts.exc ? -1 : 0;
}

// Entry i of d as new references, read under d's lock, for loops that run
// Python code between entries (repr, comparison): 1 a live entry, 0 an
// empty slot, -1 past the end (d may have changed in between).
template <Policy P>
int dict_entry_ref(ThreadState<P>& ts, Dict* d, size_t i, Value* key, Value* value) {
  auto guard = P::lock(ts, d);
  if (i >= d->table.entry_count()) return -1;
  if (!d->table.live(i)) return 0;
  *key = newref(ts, d->table.key(i));
  *value = newref(ts, d->table.value(i));
  return 1;
}

// The entry index of `key` in d, or -1 (absent or error).
template <Policy P>
int64_t dict_lookup_index(ThreadState<P>& ts, Dict* d, Value key, int64_t hash) {
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, d);
  int64_t ix = d->table.lookup(key, hash, ops);
  return ix >= 0 ? ix : -1;
}

// Borrowed lookup by an interned name: pointer comparison settles almost
// every probe, since namespace keys are interned.
template <Policy P>
Value dict_get_str(ThreadState<P>& ts, Dict* d, Str* name) {
  return dict_get(ts, d, Value::from_obj(name), str_hash(name));
}

// Under policies with CAS writes: replaces the value of a key already in d
// without the lock, when the key is a lockfree_key. True: done; the table
// took the caller's reference to `value`, and *old is the value replaced,
// for the caller to release with release_removed. False: absent, or not
// decidable without user code: the caller takes the lock.
template <Policy P>
bool dict_replace_cas(ThreadState<P>& ts, Dict* d, Value key, int64_t hash, Value value, Value* old) {
  if (!lockfree_key(key)) return false;
  [[maybe_unused]] auto section = read_section(ts);
  uint64_t retries = 0;
  bool replaced = d->table.replace_lockfree(key, hash, lockfree_key_eq, value, old, &retries) == 1;
  P::count_cas_write(ts, replaced, retries);
  return replaced;
}

template <Policy P>
int dict_set(ThreadState<P>& ts, Dict* d, Value key, int64_t hash, Value value) {
  if constexpr (kCasWrites<P>) {
    // The table's reference is taken before the CAS publishes the value:
    // once published, another writer may replace it and release that
    // reference (under epochs, before this thread would get to count it).
    incref(ts, value);
    Value old;
    if (dict_replace_cas(ts, d, key, hash, value, &old)) {
      release_removed(ts, old);
      return 0;
    }
    decref(ts, value);  // not published; the caller still holds value
  }
  TableOps<P> ops{ts};
  Value old;
  int r;
  {
    auto guard = P::lock(ts, d);
    incref(ts, key);
    incref(ts, value);
    try {
      r = d->table.insert(key, hash, value, ops, &old);
    } catch (...) {  // the table could not grow; it is unchanged
      decref(ts, key);
      decref(ts, value);
      throw;
    }
    if (r != 0) decref(ts, key);  // replaced: the table keeps its own key
    if (r < 0) decref(ts, value);
  }
  if (r == 1) release_removed(ts, old);
  return r < 0 ? -1 : 0;
}

template <Policy P>
int dict_set(ThreadState<P>& ts, Dict* d, Value key, Value value) {
  int64_t h = hash_value(ts, key);
  if (h == -1) return -1;
  return dict_set(ts, d, key, h, value);
}

template <Policy P>
int dict_set_str(ThreadState<P>& ts, Dict* d, Str* name, Value value) {
  return dict_set(ts, d, Value::from_obj(name), str_hash(name), value);
}

// 1 removed, 0 absent, -1 error.
template <Policy P>
int dict_del(ThreadState<P>& ts, Dict* d, Value key, int64_t hash) {
  TableOps<P> ops{ts};
  Value k, v;
  int r;
  {
    auto guard = P::lock(ts, d);
    r = d->table.remove(key, hash, ops, &k, &v);
  }
  if (r == 1) {
    release_removed(ts, k);
    release_removed(ts, v);
  }
  return r;
}

// An instance's __dict__ is made on its first attribute store. Threads may
// race to make it, so the pointer is published by compare-and-swap and read
// with acquire (the dict's contents are then visible).
inline Dict* load_dict_slot(Dict* const& slot) {
  return std::atomic_ref<Dict*>(const_cast<Dict*&>(slot)).load(std::memory_order_acquire);
}

template <Policy P>
Dict* ensure_dict_slot(ThreadState<P>& ts, Dict*& slot) {
  std::atomic_ref<Dict*> ref(slot);
  Dict* d = ref.load(std::memory_order_acquire);
  if (d != nullptr) return d;
  Dict* fresh = new_dict(ts);
  // acq_rel: publishes the new dict; on failure, acquires the winner's.
  if (ref.compare_exchange_strong(d, fresh, std::memory_order_acq_rel, std::memory_order_acquire)) return fresh;
  decref(ts, fresh);
  return d;
}

// ----------------------------------------------------------------- set primitives
//
// Under policies with optimistic reads `x in s` takes no lock for a str or
// number x (SetTable::lookup_lockfree, as dict_get_ref); so a key a writer
// takes out of a set that other threads may read (discard, pop, clear, the
// in-place bulk operations) is released with release_removed: a reader may
// still be comparing against it.

// The Ops for bulk operations on a set other threads may read: keys they
// remove are released after a grace period. (Plain TableOps suffice for a
// set still private to its maker.)
template <Policy P>
struct SharedSetOps : TableOps<P> {
  void drop_removed(Value v) { release_removed(this->ts, v); }
};

template <Policy P>
int set_add(ThreadState<P>& ts, Set* s, Value key, int64_t hash) {
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, s);
  incref(ts, key);
  int r;
  try {
    r = s->table.add(key, hash, ops);
  } catch (...) {  // the table could not grow; it is unchanged
    decref(ts, key);
    throw;
  }
  if (r != 1) decref(ts, key);  // present already, or error
  return r < 0 ? -1 : 0;
}

template <Policy P>
int set_add(ThreadState<P>& ts, Set* s, Value key) {
  int64_t h = hash_value(ts, key);
  if (h == -1) return -1;
  return set_add(ts, s, key, h);
}

template <Policy P>
int set_contains(ThreadState<P>& ts, Set* s, Value key) {
  int64_t h = hash_value(ts, key);
  if (h == -1) return -1;
  if constexpr (kOptimisticReads<P>) {
    if (lockfree_key(key)) {
      [[maybe_unused]] auto section = read_section(ts);
      int r = s->table.lookup_lockfree(key, h, lockfree_key_eq);
      P::count_optimistic_read(ts, r >= 0);
      if (r >= 0) return r;
    } else if constexpr (kLockFreeReads<P>) {
      P::count_optimistic_read(ts, false);  // as dict_get_ref
    }
  }
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, s);
  return s->table.contains(key, h, ops);
}

// 1 removed, 0 absent, -1 error.
template <Policy P>
int set_discard(ThreadState<P>& ts, Set* s, Value key) {
  int64_t h = hash_value(ts, key);
  if (h == -1) return -1;
  TableOps<P> ops{ts};
  Value old;
  int r;
  {
    auto guard = P::lock(ts, s);
    r = s->table.discard(key, h, ops, &old);
  }
  if (r == 1) release_removed(ts, old);
  return r;
}

// ----------------------------------------------------------------- dealloc

template <Policy P> void generator_dealloc_frame(ThreadState<P>& ts, Generator* g);

// Runs a user class's __del__ on an object whose last reference is gone.
// False if __del__ stored a new reference to it (resurrection): the object
// then lives on.
template <Policy P>
bool run_finalizer(ThreadState<P>& ts, Object* o) {
  // The teardown at exit runs no Python code: classes are being emptied.
  if (ts.rt->finalizing) return true;
  Value del = type_lookup(ts, o->type, ts.rt->n.__del__);
  if (!del || kind_of(del) != Kind::Function) return true;
  Value saved_exc = ts.exc;
  ts.exc = Value();
  P::init_header(ts, o);  // alive (count 1) while __del__ runs
  Value self = Value::from_obj(o);
  Value r;
  try {
    r = call(ts, del, &self, 1);
  } catch (const std::bad_alloc&) {  // no memory for __del__'s frame: skip it
    r = Value();
  }
  if (r) {
    decref(ts, r);
  } else {
    // CPython reports and ignores exceptions from __del__.
    xdecref(ts, ts.exc);
    ts.exc = Value();
  }
  ts.exc = saved_exc;
  return !P::decref(ts, o) ? false : true;
}

template <Policy P>
void dealloc_now(ThreadState<P>& ts, Object* o);

// Frees an object whose last reference is gone. Freeing a container drops
// its items, which may free more: past a nesting depth the rest is queued
// and freed iteratively (CPython's "trashcan"), so releasing a list nested
// a million deep cannot overflow the C++ stack.
template <Policy P>
void dealloc(ThreadState<P>& ts, Object* o) {
  constexpr int kTrashcanDepth = 500;
  if (ts.dealloc_depth >= kTrashcanDepth) {
    // Releasing memory must never fail: should the queue itself be unable
    // to grow, free this one object right away instead.
    try {
      ts.trashcan.push_back(o);
      return;
    } catch (const std::bad_alloc&) {
    }
  }
  ++ts.dealloc_depth;
  dealloc_now(ts, o);
  --ts.dealloc_depth;
  if (ts.dealloc_depth == 0) {
    while (!ts.trashcan.empty()) {
      Object* next = ts.trashcan.back();
      ts.trashcan.pop_back();
      ++ts.dealloc_depth;
      dealloc_now(ts, next);
      --ts.dealloc_depth;
    }
  }
}

template <Policy P>
void dealloc_now(ThreadState<P>& ts, Object* o) {
  switch (o->type->layout) {
    case Kind::Float:
      if (ts.float_free_count < kFloatFreelistMax) {
        std::memcpy(&static_cast<Float*>(o)->value, &ts.float_freelist, sizeof(Float*));
        ts.float_freelist = static_cast<Float*>(o);
        ++ts.float_free_count;
        count_free(ts);
        return;
      }
      break;
    case Kind::Int:
    case Kind::Str:
    case Kind::Range:
    case Kind::RangeIter:
    case Kind::TextIO:
      break;
    case Kind::ThreadLock:
      delete static_cast<ThreadLock*>(o)->core;
      break;
    case Kind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      for (int64_t i = 0; i < t->size; ++i) xdecref(ts, t->items[i]);
      break;
    }
    case Kind::List: {
      auto* l = static_cast<List*>(o);
      for (int64_t i = 0; i < l->size; ++i) decref(ts, l->items[i]);
      list_block_free(l->items);
      break;
    }
    case Kind::Dict: {
      auto* d = static_cast<Dict*>(o);
      // No reader holds a dict being freed (readers hold a reference).
      struct : TableOps<P> {
        void free(void* block, size_t) { memory::release(block); }
      } ops{{ts}};
      d->table.clear(ops, [&](Value k, Value v) {
        decref(ts, k);
        decref(ts, v);
      });
      break;
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      auto* s = static_cast<Set*>(o);
      TableOps<P> ops{ts};
      s->table.clear(ops, [&](Value k) { decref(ts, k); });
      break;
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      decref(ts, s->start);
      decref(ts, s->stop);
      decref(ts, s->step);
      break;
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      decref(ts, f->code);
      decref(ts, f->globals);
      xdecref(ts, f->defaults);
      xdecref(ts, f->kwdefaults);
      xdecref(ts, f->closure);
      decref(ts, f->name);
      decref(ts, f->qualname);
      xdecref(ts, f->module);
      xdecref(ts, f->dict);
      break;
    }
    case Kind::Builtin: {
      auto* b = static_cast<Builtin*>(o);
      xdecref(ts, b->self);
      break;
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      decref(ts, m->self);
      decref(ts, m->func);
      break;
    }
    case Kind::Cell:
      xdecref(ts, static_cast<Cell*>(o)->contents);
      break;
    case Kind::Instance:
      if (!(o->type->flags & Type::kBuiltin) && !run_finalizer(ts, o)) return;  // resurrected
      xdecref(ts, static_cast<Instance*>(o)->dict);
      break;
    case Kind::Exception: {
      auto* e = static_cast<Exception*>(o);
      xdecref(ts, e->dict);
      xdecref(ts, e->args);
      xdecref(ts, e->traceback);
      xdecref(ts, e->cause);
      xdecref(ts, e->context);
      break;
    }
    case Kind::Traceback: {
      // Iterative: a deep traceback chain must not recurse on the C++ stack.
      auto* tb = static_cast<Traceback*>(o);
      Traceback* next = tb->next;
      decref(ts, tb->code);
      xdecref(ts, tb->globals);
      free_object_memory(ts, o);
      while (next != nullptr && P::decref(ts, next)) {
        Traceback* n2 = next->next;
        decref(ts, next->code);
        xdecref(ts, next->globals);
        free_object_memory(ts, next);
        next = n2;
      }
      return;
    }
    case Kind::Generator: {
      auto* g = static_cast<Generator*>(o);
      generator_dealloc_frame(ts, g);
      decref(ts, g->name);
      decref(ts, g->qualname);
      break;
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      decref(ts, m->dict);
      decref(ts, m->name);
      break;
    }
    case Kind::Property: {
      auto* p = static_cast<Property*>(o);
      xdecref(ts, p->fget);
      xdecref(ts, p->fset);
      xdecref(ts, p->fdel);
      break;
    }
    case Kind::StaticMethod:
    case Kind::ClassMethod:
      decref(ts, static_cast<MethodWrapper*>(o)->func);
      break;
    case Kind::Super: {
      auto* s = static_cast<Super*>(o);
      decref(ts, s->start);
      decref(ts, s->obj);
      break;
    }
    case Kind::DictView:
      decref(ts, static_cast<DictView*>(o)->dict);
      break;
    case Kind::SeqIter:
      xdecref(ts, static_cast<SeqIter*>(o)->seq);
      break;
    case Kind::StrIter:
      decref(ts, static_cast<StrIter*>(o)->str);
      break;
    case Kind::DictIter:
      decref(ts, static_cast<DictIter*>(o)->dict);
      break;
    case Kind::SetIter:
      decref(ts, static_cast<SetIter*>(o)->set);
      break;
    case Kind::Enumerate:
      decref(ts, static_cast<Enumerate*>(o)->iter);
      break;
    case Kind::Zip:
      decref(ts, static_cast<Zip*>(o)->iters);
      break;
    case Kind::Map:
      decref(ts, static_cast<MapIter*>(o)->func);
      decref(ts, static_cast<MapIter*>(o)->iters);
      break;
    case Kind::Filter:
      decref(ts, static_cast<Filter*>(o)->func);
      decref(ts, static_cast<Filter*>(o)->iter);
      break;
    case Kind::Reversed:
      xdecref(ts, static_cast<Reversed*>(o)->seq);
      break;
    case Kind::CallIter:
      xdecref(ts, static_cast<SeqIter*>(o)->seq);
      break;
    case Kind::Code:
    case Kind::Type:
    case Kind::None:
    case Kind::NotImplemented:
    case Kind::Ellipsis:
    case Kind::Bool:
      // Immortal: created by the runtime and never freed before exit.
      return;
  }
  free_object_memory(ts, o);
}

// ----------------------------------------------------------------- type checks

template <Policy P>
bool is_subtype(Type* t, Type* base) {
  for (; t != nullptr; t = t->base)
    if (t == base) return true;
  return false;
}

template <Policy P>
bool isinstance(ThreadState<P>& ts, Value v, Type* t) {
  return is_subtype<P>(type_of(ts, v), t);
}

inline bool is_type(Value v) { return v.is_obj() && v.obj()->type->layout == Kind::Type; }
inline bool is_exception(Value v) { return v.is_obj() && v.obj()->type->layout == Kind::Exception; }

// Searches the class and its bases for `name`, uncached.
template <Policy P>
Value type_lookup_uncached(ThreadState<P>& ts, Type* type, Str* name) {
  for (Type* t = type; t != nullptr; t = t->base) {
    // Type dicts are keyed by interned strings only, so a direct table probe
    // with pointer equality is exact.
    struct IdentityOps {
      int eq(Value a, Value b) {
        return str_equal(static_cast<Str*>(a.obj()), static_cast<Str*>(b.obj())) ? 1 : 0;
      }
      void* alloc(size_t n) { return memory::allocate(n); }
      void free(void* p, size_t) { memory::release(p); }
    } ops;
    // Locked against a concurrent class-attribute store; the answer is
    // borrowed (class_dict_store keeps displaced values alive).
    auto guard = P::lock(ts, t->dict);
    int64_t ix = t->dict->table.lookup(Value::from_obj(name), str_hash(name), ops);
    if (ix >= 0) return t->dict->table.value(static_cast<size_t>(ix));
  }
  return Value();
}

// Searches the class and its bases for `name`; borrowed, null if absent.
// Answers (misses included) are memoized in the thread's method cache,
// keyed by (class, name) and valid while no class dict has changed since
// (Runtime::type_epoch), as CPython's type attribute cache.
template <Policy P>
Value type_lookup(ThreadState<P>& ts, Type* type, Str* name) {
  // Only interned (immortal) names are cache keys: a freed name's address
  // could come back as a different string.
  if (!name->interned) return type_lookup_uncached(ts, type, name);
  uint64_t epoch = ts.rt->type_epoch.load(std::memory_order_acquire);
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) ^ static_cast<uint64_t>(str_hash(name))) &
                (ThreadState<P>::kMethodCacheSize - 1);
  auto& e = ts.method_cache[slot];
  if (e.type == type && e.name == name && e.epoch == epoch) return e.value;
  Value v = type_lookup_uncached(ts, type, name);
  e = {type, name, epoch, v};
  return v;
}

// ----------------------------------------------------------------- hashing

template <Policy P>
int64_t hash_value(ThreadState<P>& ts, Value v) {
  if (v.is_small()) return hash_int(v.small());
  Object* o = v.obj();
  switch (o->type->layout) {
    case Kind::Str: return str_hash(static_cast<Str*>(o));
    case Kind::Int:
    case Kind::Bool: return hash_int(static_cast<Int*>(o)->value);
    case Kind::Float: return hash_double(static_cast<Float*>(o)->value, o);
    case Kind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      if (int64_t h = load_cached_hash(t->hash); h != -1) return h;
      // A tuple nested millions deep recurses once per level.
      if (native_stack_exhausted(ts)) return -1;
      std::vector<int64_t> hashes(static_cast<size_t>(t->size));
      for (int64_t i = 0; i < t->size; ++i) {
        hashes[static_cast<size_t>(i)] = hash_value(ts, t->items[i]);
        if (hashes[static_cast<size_t>(i)] == -1) return -1;
      }
      int64_t h = hash_tuple(hashes.data(), hashes.size());
      store_cached_hash(t->hash, h);
      return h;
    }
    case Kind::FrozenSet: {
      auto* s = static_cast<Set*>(o);
      if (int64_t h = load_cached_hash(s->hash); h != -1) return h;
      // CPython's frozenset hash: order-independent mix of the element hashes.
      uint64_t h = 0;
      for (size_t i = 0; i < s->table.slot_count(); ++i) {
        if (!s->table.live(i)) continue;
        uint64_t eh = static_cast<uint64_t>(s->table.hash(i));
        h ^= ((eh ^ 89869747ull) ^ (eh << 16)) * 3644798167ull;
      }
      h ^= (static_cast<uint64_t>(s->table.size()) + 1) * 1927868237ull;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069u + 907133923ull;
      int64_t r = static_cast<int64_t>(h);
      if (r == -1) r = 590923713;
      store_cached_hash(s->hash, r);
      return r;
    }
    case Kind::List:
    case Kind::Dict:
    case Kind::Set:
    case Kind::DictView:
      raisef(ts, ts.rt->t.TypeError, "unhashable type: '%s'", sv(o->type->name));
      return -1;
    case Kind::Instance:
    case Kind::Exception: {
      if (!(o->type->flags & Type::kBuiltin)) {
        Value h = type_lookup(ts, o->type, ts.rt->n.__hash__);
        if (h && is_none(ts, h)) {
          raisef(ts, ts.rt->t.TypeError, "unhashable type: '%s'", sv(o->type->name));
          return -1;
        }
        if (h && h.is_obj() && h.obj()->type->layout == Kind::Function) {
          Value r = call(ts, h, &v, 1);
          if (!r) return -1;
          if (!is_intlike(r)) {
            decref(ts, r);
            raise(ts, ts.rt->t.TypeError, "__hash__ method should return an integer");
            return -1;
          }
          // CPython keeps a __hash__ result that fits a machine word as is.
          int64_t x = int_value(r);
          decref(ts, r);
          return x == -1 ? -2 : x;
        }
      }
      break;
    }
    default:
      break;
  }
  return hash_pointer(o);  // identity, as object.__hash__
}

// ----------------------------------------------------------------- truth

template <Policy P>
int truthy(ThreadState<P>& ts, Value v) {
  if (v.is_small()) return v.small() != 0;
  Object* o = v.obj();
  switch (o->type->layout) {
    case Kind::Bool:
    case Kind::Int: return static_cast<Int*>(o)->value != 0;
    case Kind::None: return 0;
    case Kind::Float: return static_cast<Float*>(o)->value != 0.0;
    case Kind::Str: return static_cast<Str*>(o)->nbytes != 0;
    case Kind::List: return list_len(ts, static_cast<List*>(o)) != 0;
    case Kind::Tuple: return static_cast<Tuple*>(o)->size != 0;
    case Kind::Dict: {
      auto guard = P::lock(ts, o);
      return static_cast<Dict*>(o)->table.size() != 0;
    }
    case Kind::Set: {
      auto guard = P::lock(ts, o);
      return static_cast<Set*>(o)->table.size() != 0;
    }
    case Kind::FrozenSet: return static_cast<Set*>(o)->table.size() != 0;
    case Kind::Range: return static_cast<Range*>(o)->length != 0;
    case Kind::DictView: return static_cast<DictView*>(o)->dict->table.size() != 0;
    case Kind::Instance:
    case Kind::Exception: {
      if (o->type->flags & Type::kBuiltin) return 1;
      Value m = type_lookup(ts, o->type, ts.rt->n.__bool__);
      if (m) {
        Value r = call(ts, m, &v, 1);
        if (!r) return -1;
        if (!r.is_obj() || r.obj()->type->layout != Kind::Bool) {
          raisef(ts, ts.rt->t.TypeError, "__bool__ should return bool, returned %s", type_name(ts, r));
          decref(ts, r);
          return -1;
        }
        int b = static_cast<Int*>(r.obj())->value != 0;
        decref(ts, r);
        return b;
      }
      m = type_lookup(ts, o->type, ts.rt->n.__len__);
      if (m) {
        Value r = call(ts, m, &v, 1);
        if (!r) return -1;
        if (!is_intlike(r)) {
          raisef(ts, ts.rt->t.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(ts, r));
          decref(ts, r);
          return -1;
        }
        int64_t n = int_value(r);
        decref(ts, r);
        if (n < 0) {
          raise(ts, ts.rt->t.ValueError, "__len__() should return >= 0");
          return -1;
        }
        return n != 0;
      }
      return 1;
    }
    default: return 1;
  }
}

}  // namespace lockvm
