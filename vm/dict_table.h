// DictTable<V>: the hash table behind lockvm's `dict`.
//
// Algorithm: CPython 3.11's compact, insertion-ordered dict (Objects/dictobject.c).
// One storage block per table holds a small header, the sparse index array and
// the dense entry array.  The index array is open-addressed with CPython's
// perturbation probe (i = (i*5 + perturb + 1) & mask; perturb >>= 5) and holds
// entry numbers or kEmptyIx / kDummyIx; entries are appended in insertion order,
// so iterating entries 0..entry_count() is dict order.  Index width follows
// CPython: int8 below 2^8 slots, int16 below 2^16, int32 below 2^32, else int64.
// Load factor, growth (used*3 rounded up to a power of two, minimum 8) and
// popitem's trimming of the entry array are CPython's, so tables resize at the
// same moments as CPython's dicts do.
//
// A removed entry keeps its place as a hole: hash == kDeadHash (-1, which no real
// hash is) with key and value reset to V{}; its index slot becomes kDummyIx.
// Resizing compacts the holes away.
//
// Ownership: the table never touches reference counts and never hashes.  Every
// V handed back (old value, removed key/value, clear's callback) is the caller's
// to release; every V passed to insert is kept by the table when the call
// returns 0.  Storage comes from ops.alloc and goes back through ops.free; the
// table has no destructor: the owner calls release() (or clear()).
//
// Ops (passed to every operation that may compare or allocate):
//   int   eq(V stored_key, V probe_key);  // 1 / 0 / -1 (error pending)
//   void* alloc(size_t bytes);            // nullptr => error pending (MemoryError);
//                                         // or it throws: the table is left as it was
//   void  free(void* block, size_t bytes);
// Concurrent readers (policies whose dict reads take no lock, biased):
// lookup_lockfree() probes without the owner's lock. For it, every write a
// reader can observe is an atomic store: the block pointer (release), index
// slots (release, after the entry they point to is written), entry fields
// (relaxed, a value release); a block is built in private and published
// whole; the owner frees replaced blocks through ops.free, which defers it
// past a grace period under such policies. Writers still read plainly (they
// hold the lock). On x86 these stores are the same moves as plain ones.
//
// eq may run user code that mutates this very table.  Lookups therefore note the
// storage block and version_ before calling eq and restart when either changed,
// as CPython's lookdict does; nothing is read through a stale pointer.  Like
// CPython's incref of `startkey`, keeping stored_key alive across eq is the
// caller's job (eq may remove it from the table).
#pragma once

#include <bit>
#include <cassert>
#include <cstddef>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <new>
#include <thread>
#include <algorithm>
#include <type_traits>

namespace lockvm {

template <class V>
class DictTable {
  static_assert(std::is_trivially_copyable_v<V>, "V must be a plain handle");
  static_assert(alignof(V) <= 8);

 public:
  struct Entry {
    int64_t hash;
    V key;
    V value;
  };
  static constexpr int64_t kAbsent = -1;  // lookup(): key not present
  static constexpr int64_t kError = -2;   // lookup(): eq reported an error
  static constexpr int64_t kDeadHash = -1;

  DictTable() = default;
  DictTable(const DictTable&) = delete;  // owns a block: copy with copy_from()
  DictTable& operator=(const DictTable&) = delete;

  size_t size() const { return used_; }
  // Changes on every insertion of a new key, removal, clear, resize and copy:
  // iterators compare it to detect "dictionary changed size during iteration".
  uint64_t version() const { return version_; }

  // Iteration by entry number (insertion order, holes included).
  size_t entry_count() const { return keys_ ? size_t(keys_->nentries) : 0; }
  bool live(size_t i) const { return entries(keys_)[i].hash != kDeadHash; }
  V key(size_t i) const { return entries(keys_)[i].key; }
  // Acquire: with CAS writers (enable_cas_values) a value may change
  // without the lock; on x86 the same load as a plain one.
  V value(size_t i) const { return load(entries(keys_)[i].value, std::memory_order_acquire); }
  int64_t hash(size_t i) const { return entries(keys_)[i].hash; }
  // Replaces live entry i's value and hands back the old one. Replacing a
  // value keeps the key set, so the version does not change.
  V exchange_value(size_t i, V v) {
    V old = swap_value(entries(keys_)[i].value, v);
    bump_writes();
    return old;
  }

  // ---- Writers without the lock (lock-free's CAS writes) ----
  // After enable_cas_values(), replace_lockfree() may swap a live entry's
  // value with no lock held, while writers holding the lock go on as
  // before. What makes that safe:
  //   - a locked writer changes a value only by an atomic exchange (insert's
  //     replacement, exchange_value, take, clear), so a CAS either lands
  //     first (and its value is the one taken and handed back) or fails;
  //   - a resize freezes every value it moves (exchange with frozen()), so a
  //     CAS aimed at the old block fails and is retried on the new one;
  //   - entries are never reused (pop_last does not trim under it), so an
  //     entry found holding key K holds K or nothing for the block's life:
  //     a CAS whose expected value matches cannot land on another key's
  //     entry (the ABA a reused entry would allow);
  //   - the write count is bumped with an RMW (two writers may race).
  // Only the storage of a dict is changed: callers keep the references
  // (the VM releases a replaced value after a grace period).
  void enable_cas_values() { cas_values_ = true; }
  // A value no key ever has: marks an entry whose block is being replaced.
  static V frozen() {
    static_assert(sizeof(V) == sizeof(uint64_t));
    return std::bit_cast<V>(uint64_t{2});  // even and below any object's address: never a Value
  }
  // Replaces the value of `key` without the lock, under the same
  // conditions on eq as lookup_lockfree. 1: replaced, *old_value handed
  // back; 0: absent (the caller inserts under the lock); -1: eq needs user
  // code (the caller takes the lock). *retries counts failed CASes and
  // waits for a resize.
  template <class Eq>
  int replace_lockfree(V key, int64_t hash, Eq&& eq, V value, V* old_value, uint64_t* retries) {
    for (;;) {
      const Keys* k = load(keys_, std::memory_order_acquire);
      if (!k) return 0;
      Found f = find_lockfree(k, key, hash, eq);
      if (f.result <= 0) return f.result;
      std::atomic_ref<V> slot(const_cast<Entry*>(f.entry)->value);
      V cur = slot.load(std::memory_order_acquire);
      while (!same(cur, V{}) && !same(cur, frozen())) {
        // acq_rel: publishes the new value (as a locked store does); the
        // acquire half is the old value's hand-back to this thread.
        if (slot.compare_exchange_weak(cur, value, std::memory_order_acq_rel, std::memory_order_acquire)) {
          *old_value = cur;
          writes_.fetch_add(1, std::memory_order_relaxed);
          return 1;
        }
        ++*retries;
      }
      if (same(cur, V{})) return 0;  // removed meanwhile
      wait_for_new_block(k, retries);
    }
  }
  // Changes on every write, value replacements included: caches of a
  // looked-up value (the interpreter's global cache) compare it.
  // Read without the dict's lock by the per-thread LOAD_GLOBAL cache, so
  // atomic (relaxed: a stale count only costs a cache miss, and the hit
  // path rechecks it under the lock).
  uint64_t writes() const { return writes_.load(std::memory_order_relaxed); }

  // Entry number of `key`, kAbsent, or kError.
  template <class Ops>
  int64_t lookup(V key, int64_t hash, Ops& ops) const {
  restart:
    const Keys* k = keys_;
    if (!k) return kAbsent;
    size_t mask = (size_t(1) << k->log2_size) - 1;
    size_t i = size_t(hash) & mask, perturb = size_t(hash);
    for (;;) {
      int64_t ix = get_index(k, i);
      if (ix == kEmptyIx) return kAbsent;
      if (ix >= 0) {
        const Entry& e = entries(k)[ix];
        if (same(e.key, key)) return ix;
        if (e.hash == hash) {
          uint64_t seen = version_;
          int cmp = ops.eq(e.key, key);
          if (cmp < 0) return kError;
          if (keys_ != k || version_ != seen) goto restart;
          if (cmp > 0) return ix;
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  // Lookup without the owner's lock, for keys whose equality runs no user
  // code: eq(stored_key, key) must be pure and safe on any live key, and
  // answers 1 equal, 0 not equal, -1 only user code could tell. 1: found,
  // *value set (to a value that was in the table at some moment of the
  // call); 0: absent (as of some moment of the call); -1: take the lock.
  template <class Eq>
  int lookup_lockfree(V key, int64_t hash, Eq&& eq, V* value, size_t* entry_number = nullptr) const {
    for (uint64_t waits = 0;;) {
      const Keys* k = load(keys_, std::memory_order_acquire);
      if (!k) return 0;
      Found f = find_lockfree(k, key, hash, eq);
      if (f.result <= 0) return f.result;
      V v = load(f.entry->value, std::memory_order_acquire);
      if (same(v, V{})) return 0;  // removed meanwhile
      if (same(v, frozen())) {     // being moved to a new block: look there
        wait_for_new_block(k, &waits);
        continue;
      }
      // The slot may have been emptied and reused for another key between
      // the two loads (pop_last gives entries back when no CAS writer is
      // enabled): the value belongs to this key only if the key is still
      // there.
      if (!same(load(f.entry->key, std::memory_order_acquire), f.stored)) return -1;
      *value = v;
      if (entry_number) *entry_number = size_t(f.entry - entries(k));
      return 1;
    }
  }

  // lookup_lockfree by a remembered entry number (an attribute cache's),
  // with no probe: 1 key is at entry ix, *value set as lookup_lockfree
  // would; 0 it is not (the caller probes). Entries past nentries read as
  // empty, since blocks are zeroed before they are published, so ix needs
  // only the block's capacity as a bound.
  [[gnu::always_inline]] int lookup_lockfree_at(size_t ix, V key, V* value) const {
    const Keys* k = load(keys_, std::memory_order_acquire);
    if (!k || ix >= k->entry_capacity) return 0;
    const Entry& e = entries(k)[ix];
    if (!same(load(e.key, std::memory_order_acquire), key)) return 0;
    V v = load(e.value, std::memory_order_acquire);
    if (same(v, V{}) || same(v, frozen())) return 0;
    // As in lookup_lockfree: the entry may have been emptied and reused
    // between the loads.
    if (!same(load(e.key, std::memory_order_acquire), key)) return 0;
    *value = v;
    return 1;
  }

  // 0: inserted (the table keeps key and value).  1: key present; its value is
  // replaced and the old one handed back in *old_value; the stored key stays and
  // the caller keeps `key`.  -1: error, nothing changed.
  template <class Ops>
  int insert(V key, int64_t hash, V value, Ops& ops, V* old_value) {
    int64_t ix = lookup(key, hash, ops);
    if (ix == kError) return -1;
    if (ix >= 0) {
      V old = swap_value(entries(keys_)[ix].value, value);
      if (old_value) *old_value = old;
      bump_writes();
      return 1;
    }
    assert(hash != kDeadHash);
    if ((!keys_ || keys_->usable <= 0) && !resize(log2_for(used_ * 3), ops))
      return -1;
    Keys* k = keys_;
    Entry& e = entries(k)[k->nentries];
    // The key last (release): a reader that sees it sees its value, also in
    // an entry slot reused after pop_last.
    store(e.hash, hash, std::memory_order_relaxed);
    // release: a lock-free reader that loads this value (acquire) then
    // sees an emptied slot's cleared key (take()) or this key, never the
    // key the slot held before, when it checks the key again.
    store(e.value, value, std::memory_order_release);
    store(e.key, key, std::memory_order_release);
    set_index(k, find_empty_slot(k, hash), k->nentries);  // release: publishes the entry
    pop_hint_ = INT64_MAX;
    k->nentries++;
    k->usable--;
    used_++;
    version_++;
    bump_writes();
    return 0;
  }

  // 1: removed, stored key and value handed back.  0: absent.  -1: error.
  template <class Ops>
  int remove(V key, int64_t hash, Ops& ops, V* old_key, V* old_value) {
    int64_t ix = lookup(key, hash, ops);
    if (ix == kError) return -1;
    if (ix < 0) return 0;
    remove_at(size_t(ix), old_key, old_value);
    return 1;
  }

  // Removes live entry `ix` (e.g. one just found by lookup); no comparisons.
  void remove_at(size_t ix, V* old_key, V* old_value) {
    Keys* k = keys_;
    Entry& e = entries(k)[ix];
    set_index(k, slot_of(k, e.hash, int64_t(ix)), kDummyIx);
    take(e, old_key, old_value);
  }

  // popitem(): removes the last entry (LIFO).  As CPython, the entry array is
  // trimmed so the next insertion reuses the slot; usable is not given back
  // because the index keeps a dummy.
  // With CAS writers the entry array is not trimmed (entries are never
  // reused, see enable_cas_values); pop_hint_ then saves rescanning the
  // dead tail on the next call.
  bool pop_last(V* key, V* value) {
    if (used_ == 0) return false;
    Keys* k = keys_;
    int64_t i = cas_values_ ? std::min(pop_hint_, k->nentries - 1) : k->nentries - 1;
    while (entries(k)[i].hash == kDeadHash) i--;
    Entry& e = entries(k)[i];
    set_index(k, slot_of(k, e.hash, i), kDummyIx);
    take(e, key, value);
    if (cas_values_)
      pop_hint_ = i - 1;
    else
      k->nentries = i;
    return true;
  }

  // Empties the table, then hands every key and value to hand_back(key, value).
  // The table is detached first, so hand_back may run code that reuses it.
  template <class Ops, class F>
  void clear(Ops& ops, F&& hand_back) {
    Keys* old = keys_;
    if (!old) return;
    publish(nullptr);
    used_ = 0;
    version_++;
    bump_writes();
    for (int64_t i = 0; i < old->nentries; i++) {
      Entry& e = entries(old)[i];
      // A CAS writer that loaded the old block fails on the emptied value
      // and inserts under the lock instead.
      if (e.hash != kDeadHash) hand_back(e.key, swap_value(e.value, V{}));
    }
    ops.free(old, block_bytes(old->log2_size));
  }

  // Frees storage without handing anything back (the owner already released the
  // contents, or never owned references).
  template <class Ops>
  void release(Ops& ops) {
    Keys* old = keys_;
    publish(nullptr);
    if (old) ops.free(old, block_bytes(old->log2_size));
    used_ = 0;
    version_++;
    bump_writes();
  }

  // dict.copy() into this empty table.  Like PyDict_Copy, a mostly dense source
  // is cloned block-for-block (holes kept), a sparse one is compacted into the
  // smallest table that holds it.  The caller then increfs every live key and
  // value.  0 ok, -1 allocation error.
  template <class Ops>
  int copy_from(const DictTable& src, Ops& ops) {
    assert(!keys_);
    if (src.used_ == 0) return 0;
    const Keys* sk = src.keys_;
    Keys* nk;
    // Cloned whole only when no CAS writer may change a value meanwhile
    // (a memcpy is no atomic load); otherwise rebuilt entry by entry.
    if (!src.cas_values_ && int64_t(src.used_) >= sk->nentries * 2 / 3) {
      nk = static_cast<Keys*>(ops.alloc(block_bytes(sk->log2_size)));
      if (!nk) return -1;
      size_t head = size_t(reinterpret_cast<const char*>(entries(sk)) -
                           reinterpret_cast<const char*>(sk));
      std::memcpy(static_cast<void*>(nk), sk, head + sk->nentries * sizeof(Entry));
      zero_free_entries(nk);
    } else {
      nk = new_keys(log2_for((src.used_ * 3 + 1) >> 1), ops);
      if (!nk) return -1;
      rebuild(nk, sk, Move::kCopy);
    }
    publish(nk);
    used_ = src.used_;
    version_++;
    bump_writes();
    return 0;
  }

  // Makes room for n more keys without further resizes (dict.update, presized
  // literals).  0 ok, -1 allocation error.
  template <class Ops>
  int reserve(size_t n, Ops& ops) {
    if (keys_ && keys_->usable >= int64_t(n)) return 0;
    return resize(log2_for(((used_ + n) * 3 + 1) >> 1), ops) ? 0 : -1;
  }

 private:
  static constexpr int64_t kEmptyIx = -1, kDummyIx = -2;
  static constexpr unsigned kPerturbShift = 5, kLog2MinSize = 3;

  // Header at the start of the block, so one pointer load gives a reader a
  // consistent size / index width / entry count.
  struct Keys {
    uint8_t log2_size;
    uint8_t log2_ixbytes;  // index width: 1 << log2_ixbytes bytes
    // usable_fraction(size), at most UINT32_MAX: the bound of a lookup by
    // remembered entry number, kept so that it needs no division. Immutable.
    uint32_t entry_capacity;
    int64_t usable;        // appends left before a resize
    int64_t nentries;      // entries used, holes included
  };

  static size_t usable_fraction(size_t n) { return (n << 1) / 3; }
  static unsigned log2_for(size_t minsize) {  // smallest 2^k >= minsize, k >= 3
    return minsize <= (size_t(1) << kLog2MinSize)
               ? kLog2MinSize
               : unsigned(std::bit_width(minsize - 1));
  }
  static unsigned ix_log2(unsigned log2_size) {
    return log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
  }
  static size_t block_bytes(unsigned log2_size) {
    size_t n = size_t(1) << log2_size;
    return sizeof(Keys) + (n << ix_log2(log2_size)) + usable_fraction(n) * sizeof(Entry);
  }
  [[gnu::always_inline]] static Entry* entries(const Keys* k) {
    auto* p = reinterpret_cast<const char*>(k) + sizeof(Keys) +
              ((size_t(1) << k->log2_size) << k->log2_ixbytes);
    return reinterpret_cast<Entry*>(const_cast<char*>(p));
  }
  static const void* indices(const Keys* k) { return k + 1; }

  static int64_t get_index(const Keys* k, size_t i) {
    switch (k->log2_ixbytes) {
      case 0: return static_cast<const int8_t*>(indices(k))[i];
      case 1: return static_cast<const int16_t*>(indices(k))[i];
      case 2: return static_cast<const int32_t*>(indices(k))[i];
      default: return static_cast<const int64_t*>(indices(k))[i];
    }
  }
  static void set_index(Keys* k, size_t i, int64_t ix) {
    void* p = k + 1;
    constexpr auto kRelease = std::memory_order_release;
    switch (k->log2_ixbytes) {
      case 0: store(static_cast<int8_t*>(p)[i], int8_t(ix), kRelease); break;
      case 1: store(static_cast<int16_t*>(p)[i], int16_t(ix), kRelease); break;
      case 2: store(static_cast<int32_t*>(p)[i], int32_t(ix), kRelease); break;
      default: store(static_cast<int64_t*>(p)[i], ix, kRelease);
    }
  }
  // A reader's view of an index slot (acquire: the entry it names is
  // written).
  static int64_t load_index(const Keys* k, size_t i) {
    constexpr auto kAcquire = std::memory_order_acquire;
    switch (k->log2_ixbytes) {
      case 0: return load(static_cast<const int8_t*>(indices(k))[i], kAcquire);
      case 1: return load(static_cast<const int16_t*>(indices(k))[i], kAcquire);
      case 2: return load(static_cast<const int32_t*>(indices(k))[i], kAcquire);
      default: return load(static_cast<const int64_t*>(indices(k))[i], kAcquire);
    }
  }
  template <class T>
  static void store(T& field, T v, std::memory_order order) {
    std::atomic_ref<T>(field).store(v, order);
  }
  template <class T>
  [[gnu::always_inline]] static T load(const T& field, std::memory_order order) {
    return std::atomic_ref<T>(const_cast<T&>(field)).load(order);
  }
  void publish(Keys* k) { store(keys_, k, std::memory_order_release); }

  [[gnu::always_inline]] static bool same(const V& a, const V& b) { return std::memcmp(&a, &b, sizeof(V)) == 0; }

  // The probe of lookup_lockfree and replace_lockfree: result 1 with the
  // entry and the key it held, 0 absent, -1 eq could not tell.
  struct Found {
    int result;
    const Entry* entry;
    V stored;
  };
  template <class Eq>
  static Found find_lockfree(const Keys* k, V key, int64_t hash, Eq& eq) {
    size_t mask = (size_t(1) << k->log2_size) - 1;
    size_t i = size_t(hash) & mask, perturb = size_t(hash);
    for (;;) {
      int64_t ix = load_index(k, i);
      if (ix == kEmptyIx) return {0, nullptr, V{}};
      if (ix >= 0) {
        const Entry& e = entries(k)[ix];
        V stored = load(e.key, std::memory_order_acquire);
        // An empty key: removed meanwhile (the slot is a dummy now).
        if (!same(stored, V{})) {
          int equal =
              same(stored, key) ? 1 : load(e.hash, std::memory_order_relaxed) == hash ? eq(stored, key) : 0;
          if (equal < 0) return {-1, nullptr, V{}};
          if (equal) return {1, &e, stored};
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  // A lock-free reader or CAS writer met a frozen value: the block is
  // being replaced under the lock, and the new one is published at the
  // end. Waits for it (yielding now and then: the resizing thread may have
  // been descheduled).
  void wait_for_new_block(const Keys* k, uint64_t* waits) const {
    while (load(keys_, std::memory_order_acquire) == k) {
      if ((++*waits & 63) == 0) std::this_thread::yield();
    }
  }
  // A locked writer's change of a live value: an exchange when CAS writers
  // may be changing it too, else a plain load and a release store.
  V swap_value(V& slot, V v) {
    if (cas_values_) return std::atomic_ref<V>(slot).exchange(v, std::memory_order_acq_rel);
    V old = slot;
    store(slot, v, std::memory_order_release);
    return old;
  }

  // First slot whose index is empty or dummy (CPython's find_empty_slot).
  static size_t find_empty_slot(const Keys* k, int64_t hash) {
    size_t mask = (size_t(1) << k->log2_size) - 1;
    size_t i = size_t(hash) & mask, perturb = size_t(hash);
    while (get_index(k, i) >= 0) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }
  // Slot holding entry number ix (CPython's lookdict_index).
  static size_t slot_of(const Keys* k, int64_t hash, int64_t ix) {
    size_t mask = (size_t(1) << k->log2_size) - 1;
    size_t i = size_t(hash) & mask, perturb = size_t(hash);
    while (get_index(k, i) != ix) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  void take(Entry& e, V* key, V* value) {
    if (key) *key = e.key;
    V v = swap_value(e.value, V{});
    if (value) *value = v;
    store(e.key, V{}, std::memory_order_relaxed);
    store(e.hash, kDeadHash, std::memory_order_relaxed);
    used_--;
    version_++;
    bump_writes();
  }

  template <class Ops>
  static Keys* new_keys(unsigned log2_size, Ops& ops) {
    void* block = ops.alloc(block_bytes(log2_size));
    if (!block) return nullptr;
    unsigned w = ix_log2(log2_size);
    size_t capacity = usable_fraction(size_t(1) << log2_size);
    Keys* k = ::new (block) Keys{uint8_t(log2_size), uint8_t(w), uint32_t(std::min<size_t>(capacity, UINT32_MAX)),
                                 int64_t(capacity), 0};
    std::memset(k + 1, 0xff, (size_t(1) << log2_size) << w);  // all kEmptyIx
    zero_free_entries(k);
    return k;
  }
  // Entries not yet used read as empty (lookup_lockfree_at); done while
  // the block is private.
  static void zero_free_entries(Keys* k) {
    size_t capacity = usable_fraction(size_t(1) << k->log2_size);
    std::memset(static_cast<void*>(entries(k) + k->nentries), 0, (capacity - size_t(k->nentries)) * sizeof(Entry));
  }

  // Appends src's live entries to the fresh nk in order and indexes them.
  // kPlain: no CAS writer can touch src; kCopy: one may (values read
  // atomically; src is another dict's); kFreeze: one may, and src is being
  // replaced (each value taken out and frozen, see enable_cas_values).
  enum class Move { kPlain, kCopy, kFreeze };
  static void rebuild(Keys* nk, const Keys* src, Move move) {
    Entry* dst = entries(nk);
    int64_t n = 0;
    for (int64_t i = 0; i < src->nentries; i++) {
      Entry& e = const_cast<Entry&>(entries(src)[i]);
      if (e.hash == kDeadHash) continue;
      dst[n].hash = e.hash;
      dst[n].key = e.key;
      if (move == Move::kPlain)
        dst[n].value = e.value;
      else if (move == Move::kCopy)
        dst[n].value = load(e.value, std::memory_order_acquire);
      else
        dst[n].value = std::atomic_ref<V>(e.value).exchange(frozen(), std::memory_order_acq_rel);
      ++n;
    }
    for (int64_t j = 0; j < n; j++) set_index(nk, find_empty_slot(nk, dst[j].hash), j);
    nk->usable -= n;
    nk->nentries = n;
  }

  template <class Ops>
  bool resize(unsigned log2_size, Ops& ops) {
    Keys* nk = new_keys(log2_size, ops);
    if (!nk) return false;
    Keys* old = keys_;
    if (old) rebuild(nk, old, cas_values_ ? Move::kFreeze : Move::kPlain);
    pop_hint_ = INT64_MAX;
    publish(nk);
    version_++;
    bump_writes();
    if (old) ops.free(old, block_bytes(old->log2_size));
    return true;
  }

  Keys* keys_ = nullptr;  // nullptr: empty table with no storage
  size_t used_ = 0;
  uint64_t version_ = 0;
  // Without CAS writers only writers holding the dict's exclusion change
  // it: no RMW needed.
  void bump_writes() {
    if (cas_values_)
      writes_.fetch_add(1, std::memory_order_relaxed);
    else
      writes_.store(writes_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
  std::atomic<uint64_t> writes_{0};
  bool cas_values_ = false;  // set once, before the dict is shared
  int64_t pop_hint_ = INT64_MAX;  // with cas_values_: no live entry after it
};

}  // namespace lockvm
