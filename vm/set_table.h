// SetTable<V>: the hash table behind lockvm's `set` and `frozenset`.
//
// Algorithm: CPython 3.11's Objects/setobject.c, reproduced exactly, because
// programs observe slot order (list({5, 3, 1000}) must print what CPython
// prints).  So every detail that moves a key is CPython's: power-of-two slot
// array from 8; LINEAR_PROBES (9) neighbours before each perturbation jump;
// reuse of the *last* dummy passed; growth once fill*5 >= mask*3 to
// (used > 50000 ? used*2 : used*4); resize re-inserting in old slot order;
// pop()'s finger (kept across clear() and swap()); set_merge's fast paths; the
// dummy purge after difference_update.  The bulk operations are CPython's
// set-with-set paths; the VM composes the rest as CPython does:
//   set(s), s.copy()   empty.add_all_from(s)
//   a | b              copy of a, then add_all_from(b) unless b is a
//   a ^ b              copy of b, then symmetric_difference_update_from(a)
//   a &= b             tmp.intersection_of(a, b); a.swap(tmp)
//   set(d) / update(d) reserve_for_merge(len(d)), then add() per key
//   -= iterable        discard() per item, then purge_dummies()
//   literals, set(it)  add() per item
//
// Slots: empty = {V{}, 0}, dummy = {V{}, -1}, else live.  So V{} (the all-zero
// handle) is never a key, and -1 is never a hash.
//
// Storage: one block per table, [Header][Entry 0 .. Entry mask], so that a
// reader holding a block also holds its size.
//
// Ownership: the table never touches reference counts and never hashes.  add()
// returning 1 means the table took the caller's reference; discard/pop/clear
// hand keys back.  Bulk operations choose what gets stored, so they report via
// extra Ops members: retain(V) before offering another table's key (CPython's
// Py_INCREF, which also keeps it alive across user __eq__), drop(V) for every
// reference left unused, and drop_removed(V) (drop() when Ops has none) for a
// key taken out of this table, which a concurrent reader may still be
// comparing against.
//
// Ops: int eq(V stored, V probe) -> 1/0/-1 (error pending); void* alloc(size_t)
// (nullptr => error pending; or it throws, e.g. std::bad_alloc, and the
// operation that needed the memory leaves the table as it was); void
// free(void*, size_t); retain/drop/drop_removed for bulk operations.  eq may
// mutate this table: lookups note the storage pointer and version_ before eq
// and restart when either changed.  No destructor: the owner calls release()
// or clear().
//
// Concurrent readers (policies whose set reads take no lock): lookup_lockfree()
// probes without the owner's lock while one writer at a time (holding it)
// mutates.  Writers still read plainly; every write a reader can observe is
// an atomic store (on x86 the same moves as plain ones), and nothing a reader
// may be probing ever has a live key moved:
//  - A block is built in private and published whole (table_, release);
//    resize, the dummy purge, clear and swap publish another block instead
//    of moving keys, and the replaced one goes back through ops.free, which
//    the VM defers past a grace period.  A published block's slots only go
//    empty -> live -> dummy -> live -> ..., never back to empty.  add() grows
//    by building the new block with the new key in it, never writing the key
//    into the block it replaces (so that block is left as it was).
//  - The reader loads a slot's key (acquire), then its hash.  Fill an empty
//    slot: hash, then key (release), so a reader that sees the key sees its
//    hash.  Discard: hash = -1, then key = V{} (release), so a reader that
//    sees the emptied key sees -1, not the old hash (which may be 0).
//  - A null key means "empty, stop" only with hash 0; with any other hash,
//    "go on" (a dummy, or a slot being filled: going on is always safe, only
//    stopping can miss a key).  But 0 is a real hash too (hash(0)), so a
//    dummy must never show {V{}, 0}: refilling one writes the key first
//    (release), then the hash.  A reader may still load a dummy's V{} and
//    then, the slot refilled with a hash-0 key meanwhile, that 0: a slot that
//    looks empty and never was.  Such refills bump the block's refill count
//    between their two stores; a reader that stops re-reads the count and
//    answers -1 (take the lock) if it moved since the start of its probe.
//    (Had that first read seen the bump already, the refill's key store,
//    made before the bump, would be visible to the slot's key load too.)
//  - So a key present throughout a call sits in one slot of the block the
//    reader loaded, all slots before it on its probe path were non-empty
//    when it was stored and stay so: the reader reaches it.  A present answer
//    names a key loaded from the table, so present at that moment.
#pragma once

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

namespace lockvm {

template <class V>
class SetTable {
  static_assert(std::is_trivially_copyable_v<V>, "V must be a plain handle");

 public:
  struct Entry {
    V key;
    int64_t hash;
  };
  static constexpr int64_t kAbsent = -1, kError = -2;
  static constexpr size_t kMinSize = 8, kLinearProbes = 9;

  SetTable() = default;
  SetTable(const SetTable&) = delete;  // owns a block: copy with add_all_from()
  SetTable& operator=(const SetTable&) = delete;

  size_t size() const { return used_; }
  size_t fill() const { return fill_; }  // live + dummy slots
  // Changes on every add of a new key, removal, pop, clear, resize and swap:
  // iterators compare it to raise "Set changed size during iteration".
  uint64_t version() const { return version_; }

  // Iteration by slot index; this order is Python's set order.
  size_t slot_count() const { return table_ ? mask_ + 1 : 0; }
  bool live(size_t i) const { return !null(table_[i].key); }
  V key(size_t i) const { return table_[i].key; }
  int64_t hash(size_t i) const { return table_[i].hash; }

  // Slot index of the stored key equal to `key`, kAbsent, or kError.
  template <class Ops>
  int64_t lookup(V key, int64_t hash, Ops& ops) const {
  restart:
    Entry* table = table_;
    if (!table) return kAbsent;
    size_t mask = mask_, perturb = size_t(hash), i = size_t(hash) & mask;
    for (;;) {
      Entry* e = &table[i];
      size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      do {
        if (e->hash == 0 && null(e->key)) return kAbsent;
        if (e->hash == hash) {
          if (same(e->key, key)) return e - table;
          uint64_t seen = version_;
          int cmp = ops.eq(e->key, key);
          if (cmp < 0) return kError;
          if (table_ != table || version_ != seen) goto restart;
          if (cmp > 0) return e - table;
        }
        e++;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  template <class Ops>
  int contains(V key, int64_t hash, Ops& ops) const {
    int64_t s = lookup(key, hash, ops);
    return s == kError ? -1 : s >= 0;
  }

  // Membership without the owner's lock (see "Concurrent readers" above), for
  // keys whose equality runs no user code: eq(stored, key) must be pure and
  // safe on any key ever stored, and answer 1 equal, 0 not equal, -1 only
  // user code could tell.  1: present, 0: absent (each as of some moment of
  // the call), -1: undecided, take the lock.
  template <class Eq>
  int lookup_lockfree(V key, int64_t hash, Eq&& eq) const {
    const Entry* table = load(table_, std::memory_order_acquire);
    if (!table) return 0;
    const Header* h = header(table);
    size_t mask = h->mask;  // written before the block was published
    uint64_t refills = load(h->zero_hash_refills, std::memory_order_acquire);
    size_t perturb = size_t(hash), i = size_t(hash) & mask;
    for (;;) {
      const Entry* e = &table[i];
      size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      do {
        V k = load(e->key, std::memory_order_acquire);
        if (null(k)) {
          // acquire: if this 0 was stored by a refill, its count bump is seen below.
          if (load(e->hash, std::memory_order_acquire) == 0)
            return load(h->zero_hash_refills, std::memory_order_relaxed) == refills ? 0 : -1;
        } else if (same(k, key)) {
          return 1;
        } else if (load(e->hash, std::memory_order_relaxed) == hash) {
          // A hash newer than k (k discarded, the slot refilled) only costs a
          // comparison, or skips a key that was not present throughout.
          int cmp = eq(k, key);
          if (cmp != 0) return cmp;
        }
        e++;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // 1: stored (the table keeps the reference).  0: an equal key is present (the
  // caller keeps its reference).  -1: error, nothing stored.
  template <class Ops>
  int add(V key, int64_t hash, Ops& ops) {
    assert(hash != kDummyHash && !null(key));
  restart:
    if (!table_) {
      Entry* nt = new_table(kMinSize, ops);
      if (!nt) return -1;
      mask_ = kMinSize - 1;
      publish(nt);
    }
    Entry* table = table_;
    Entry* freeslot = nullptr;
    Entry* e;
    size_t mask = mask_, perturb = size_t(hash), i = size_t(hash) & mask;
    for (;;) {
      e = &table[i];
      size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      do {
        if (e->hash == 0 && null(e->key)) goto found_unused_or_dummy;
        if (e->hash == hash) {
          if (same(e->key, key)) return 0;
          uint64_t seen = version_;
          int cmp = ops.eq(e->key, key);
          if (cmp > 0) return 0;  // CPython trusts a match even if eq mutated us
          if (cmp < 0) return -1;
          if (table_ != table || version_ != seen) goto restart;
        } else if (e->hash == kDummyHash) {
          freeslot = e;
        }
        e++;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  found_unused_or_dummy:
    if (freeslot) {
      refill_dummy(*freeslot, key, hash);
      version_++;
      used_++;
      return 1;
    }
    if ((fill_ + 1) * 5 < mask * 3) {
      fill_empty(*e, key, hash);
      fill_++;
      used_++;
      version_++;
      return 1;
    }
    // CPython stores the key, then resizes; the new block gets the key at the
    // place that order gives it, and the old one is left untouched, so a
    // failed growth (-1 or an exception from ops.alloc) has stored nothing.
    size_t used = used_ + 1;
    const Entry extra{key, hash};
    return resize(used > 50000 ? used * 2 : used * 4, ops, &extra, size_t(e - table)) ? 1 : -1;
  }

  // 1: removed, stored key handed back in *old_key.  0: absent.  -1: error.
  template <class Ops>
  int discard(V key, int64_t hash, Ops& ops, V* old_key) {
    int64_t s = lookup(key, hash, ops);
    if (s == kError) return -1;
    if (s < 0) return 0;
    if (old_key) *old_key = table_[s].key;
    kill(table_[s]);
    return 1;
  }

  // set.pop(): the first live slot at or after finger_, wrapping.
  bool pop(V* key) {
    if (used_ == 0) return false;
    Entry* e = table_ + (finger_ & mask_);
    while (null(e->key))
      if (++e > table_ + mask_) e = table_;
    *key = e->key;
    kill(*e);
    finger_ = size_t(e - table_) + 1;
    return true;
  }

  // Empties the table (back to 8 slots; finger_ kept, as CPython), then hands
  // every key to hand_back(key).  Detached first, so hand_back may reuse us.
  template <class Ops, class F>
  void clear(Ops& ops, F&& hand_back) {
    Entry* old = table_;
    size_t n = mask_ + 1;
    publish(nullptr);
    mask_ = kMinSize - 1;
    fill_ = used_ = 0;
    version_++;
    if (!old) return;
    for (size_t i = 0; i < n; i++)
      if (!null(old[i].key)) hand_back(old[i].key);
    free_table(old, n, ops);
  }

  // Frees storage without handing anything back.
  template <class Ops>
  void release(Ops& ops) {
    Entry* old = table_;
    publish(nullptr);
    if (old) free_table(old, mask_ + 1, ops);
    mask_ = kMinSize - 1;
    fill_ = used_ = 0;
    version_++;
  }

  // set_swap_bodies(): exchanges contents; finger_ stays with each object.
  // Blocks change hands whole, so readers of either table see one block or
  // the other; the caller holds both tables' exclusion.
  void swap(SetTable& o) {
    Entry* t = table_;
    publish(o.table_);
    o.publish(t);
    std::swap(mask_, o.mask_);
    std::swap(fill_, o.fill_);
    std::swap(used_, o.used_);
    version_++;
    o.version_++;
  }

  // set_update_internal()'s presize before adding n keys from a dict.
  template <class Ops>
  int reserve_for_merge(size_t n, Ops& ops) {
    if ((fill_ + n) * 5 < mask_ * 3) return 0;
    return resize((used_ + n) * 2, ops) ? 0 : -1;
  }

  // set_merge(): self |= other.  Into an empty table of the same size with no
  // dummies in other, slots are copied position for position; into any other
  // empty table, keys are re-inserted in other's slot order.  0 ok, -1 error.
  template <class Ops>
  int add_all_from(const SetTable& other, Ops& ops) {
    if (&other == this || other.used_ == 0) return 0;
    bool grow = (fill_ + other.used_) * 5 >= mask_ * 3;
    if (used_ == 0 && (fill_ == 0 || grow)) {
      // CPython resizes (when it must; that leaves no dummies) and copies into
      // the empty table; the copy is built here in a new block and published
      // whole, with the layout CPython's table would get.
      size_t n = grow ? size_for(other.used_ * 2) : mask_ + 1;
      Entry* nt = new_table(n, ops);
      if (!nt) return -1;
      bool same_layout = n - 1 == other.mask_ && other.fill_ == other.used_;
      for (size_t i = 0; i <= other.mask_; i++) {
        const Entry& e = other.table_[i];
        if (null(e.key)) continue;
        if (same_layout)
          fill_empty(nt[i], e.key, e.hash);
        else
          insert_clean(nt, n - 1, e.key, e.hash);
        ops.retain(e.key);
      }
      replace(nt, n, ops);
      fill_ = used_ = other.used_;
      return 0;
    }
    if (grow && !resize((used_ + other.used_) * 2, ops)) return -1;
    for (size_t i = 0; i < other.slot_count(); i++)  // other may shrink under eq
      if (other.live(i) && offer(other.key(i), other.hash(i), ops) < 0) return -1;
    return 0;
  }

  // The *_of operations fill this empty table, which is neither a nor b.

  // set_intersection(a, b) into this empty table: walks the smaller set's slots,
  // probing the larger.  0 ok, -1 error.
  template <class Ops>
  int intersection_of(const SetTable& a, const SetTable& b, Ops& ops) {
    if (&a == &b) return add_all_from(a, ops);
    const SetTable *big = &a, *small = &b;
    if (small->used_ > big->used_) std::swap(big, small);
    for (size_t i = 0; i < small->slot_count(); i++) {
      if (!small->live(i)) continue;
      V k = small->key(i);
      int64_t h = small->hash(i);
      ops.retain(k);
      int rv = big->contains(k, h, ops);
      if (rv > 0 && offer_retained(k, h, ops) < 0) return -1;
      if (rv <= 0) ops.drop(k);
      if (rv < 0) return -1;
    }
    return 0;
  }

  // set_difference(a, b) into this empty table.  A set much larger than b is
  // copied and b removed from it; otherwise a's slots not in b are added.
  template <class Ops>
  int difference_of(const SetTable& a, const SetTable& b, Ops& ops) {
    if ((a.used_ >> 2) > b.used_)
      return add_all_from(a, ops) < 0 ? -1 : difference_update_from(b, ops);
    for (size_t i = 0; i < a.slot_count(); i++) {
      if (!a.live(i)) continue;
      V k = a.key(i);
      int64_t h = a.hash(i);
      ops.retain(k);
      int rv = b.contains(k, h, ops);
      if (rv == 0 && offer_retained(k, h, ops) < 0) return -1;
      if (rv != 0) ops.drop(k);
      if (rv < 0) return -1;
    }
    return 0;
  }

  // set_difference_update_internal(self, other): removes other's keys (handed to
  // ops.drop_removed), then rebuilds if more than a quarter of the slots are
  // dummies.
  template <class Ops>
  int difference_update_from(const SetTable& other, Ops& ops) {
    if (&other == this) {
      clear(ops, [&](V k) { drop_removed(ops, k); });
      return 0;
    }
    for (size_t i = 0; i < other.slot_count(); i++) {
      if (!other.live(i)) continue;
      V k = other.key(i), old;
      ops.retain(k);
      int rv = discard(k, other.hash(i), ops, &old);
      ops.drop(k);
      if (rv < 0) return -1;
      if (rv > 0) drop_removed(ops, old);
    }
    return purge_dummies(ops);
  }

  // The end of every difference_update (also after discarding an iterable's or a
  // dict's keys): rebuild once more than a quarter of the slots are dummies.
  template <class Ops>
  int purge_dummies(Ops& ops) {
    if (fill_ - used_ <= mask_ / 4) return 0;
    return resize(used_ > 50000 ? used_ * 2 : used_ * 4, ops) ? 0 : -1;
  }

  // set_symmetric_difference_update(self, other) for a set `other`.
  template <class Ops>
  int symmetric_difference_update_from(const SetTable& other, Ops& ops) {
    if (&other == this) {
      clear(ops, [&](V k) { drop_removed(ops, k); });
      return 0;
    }
    for (size_t i = 0; i < other.slot_count(); i++) {
      if (!other.live(i)) continue;
      V k = other.key(i), old;
      int64_t h = other.hash(i);
      ops.retain(k);
      int rv = discard(k, h, ops, &old);
      if (rv == 0 && offer_retained(k, h, ops) < 0) return -1;
      if (rv != 0) ops.drop(k);
      if (rv < 0) return -1;
      if (rv > 0) drop_removed(ops, old);
    }
    return 0;
  }

 private:
  static constexpr int64_t kDummyHash = -1;
  static constexpr unsigned kPerturbShift = 5;

  // At the start of every block.
  struct Header {
    size_t mask;
    // Dummies refilled with a hash-0 key (see "Concurrent readers").
    uint64_t zero_hash_refills;
  };
  static_assert(sizeof(Header) % alignof(Entry) == 0);

  static bool same(const V& a, const V& b) { return std::memcmp(&a, &b, sizeof(V)) == 0; }
  static bool null(const V& v) { return same(v, V{}); }

  template <class T>
  static void store(T& field, T v, std::memory_order order) {
    std::atomic_ref<T>(field).store(v, order);
  }
  template <class T>
  static T load(const T& field, std::memory_order order) {
    return std::atomic_ref<T>(const_cast<T&>(field)).load(order);
  }
  void publish(Entry* t) { store(table_, t, std::memory_order_release); }

  static Header* header(const Entry* t) {
    return reinterpret_cast<Header*>(const_cast<Entry*>(t)) - 1;
  }
  static size_t block_bytes(size_t n) { return sizeof(Header) + n * sizeof(Entry); }
  // set_table_resize()'s size for minused: the smallest power of two above it.
  static size_t size_for(size_t minused) {
    size_t n = kMinSize;
    while (n <= minused) n <<= 1;
    return n;
  }

  // The slot writes readers may observe, in the orders "Concurrent readers"
  // argues for.
  static void fill_empty(Entry& e, V key, int64_t hash) {
    store(e.hash, hash, std::memory_order_relaxed);
    store(e.key, key, std::memory_order_release);
  }
  void refill_dummy(Entry& e, V key, int64_t hash) {
    store(e.key, key, std::memory_order_release);
    if (hash == 0) {
      uint64_t& n = header(table_)->zero_hash_refills;
      store(n, n + 1, std::memory_order_release);
    }
    store(e.hash, hash, std::memory_order_release);
  }
  void kill(Entry& e) {
    store(e.hash, kDummyHash, std::memory_order_relaxed);
    store(e.key, V{}, std::memory_order_release);
    used_--;
    version_++;
  }

  template <class Ops>
  static void drop_removed(Ops& ops, V k) {
    if constexpr (requires { ops.drop_removed(k); })
      ops.drop_removed(k);
    else
      ops.drop(k);
  }

  // add() for a key retained by the caller: drops the reference unless stored.
  template <class Ops>
  int offer_retained(V k, int64_t h, Ops& ops) {
    int rv = add(k, h, ops);
    if (rv != 1) ops.drop(k);
    return rv;
  }
  template <class Ops>
  int offer(V k, int64_t h, Ops& ops) {
    ops.retain(k);
    return offer_retained(k, h, ops);
  }

  // A block of n empty slots, not yet published.
  template <class Ops>
  static Entry* new_table(size_t n, Ops& ops) {
    void* block = ops.alloc(block_bytes(n));
    if (!block) return nullptr;
    auto* h = static_cast<Header*>(block);
    h->mask = n - 1;
    h->zero_hash_refills = 0;
    auto* t = reinterpret_cast<Entry*>(h + 1);
    for (size_t i = 0; i < n; i++) t[i] = Entry{V{}, 0};
    return t;
  }
  template <class Ops>
  static void free_table(Entry* t, size_t n, Ops& ops) {
    ops.free(header(t), block_bytes(n));
  }
  // Publishes nt (n slots) in place of the current block, which readers may
  // still hold: ops.free decides when it really goes.
  template <class Ops>
  void replace(Entry* nt, size_t n, Ops& ops) {
    Entry* old = table_;
    size_t oldn = mask_ + 1;
    publish(nt);
    mask_ = n - 1;
    version_++;
    if (old) free_table(old, oldn, ops);
  }

  // Into a table known to hold no dummies and no equal key: no comparisons, so
  // no user code can run in the middle of a resize.
  static void insert_clean(Entry* table, size_t mask, V key, int64_t hash) {
    size_t perturb = size_t(hash), i = size_t(hash) & mask;
    for (;;) {
      Entry* e = &table[i];
      if (null(e->key)) return fill_empty(*e, key, hash);
      if (i + kLinearProbes <= mask)
        for (size_t j = 0; j < kLinearProbes; j++)
          if (null((++e)->key)) return fill_empty(*e, key, hash);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // set_table_resize(): smallest power of two > minused, re-inserting live keys
  // in old slot order.  CPython's small table is never rebuilt when it has no
  // dummies and stays small; mask_ == 7 is exactly "uses the small table".
  // `extra`, when given, is a key CPython would have stored in the empty old
  // slot extra_at just before resizing: it is inserted at that point of the
  // walk and counted in used_.
  template <class Ops>
  bool resize(size_t minused, Ops& ops, const Entry* extra = nullptr, size_t extra_at = 0) {
    size_t n = size_for(minused);
    if (n == kMinSize && mask_ == kMinSize - 1 && fill_ == used_) {
      if (extra) {  // (add() never gets here) no rebuild: the key goes where CPython put it
        fill_empty(table_[extra_at], extra->key, extra->hash);
        fill_ = ++used_;
        version_++;
      }
      return true;
    }
    Entry* nt = new_table(n, ops);
    if (!nt) return false;
    Entry* old = table_;
    if (old)
      for (size_t i = 0; i <= mask_; i++) {
        if (extra && i == extra_at)
          insert_clean(nt, n - 1, extra->key, extra->hash);
        else if (!null(old[i].key))
          insert_clean(nt, n - 1, old[i].key, old[i].hash);
      }
    if (extra) used_++;
    fill_ = used_;
    replace(nt, n, ops);
    return true;
  }

  Entry* table_ = nullptr;  // nullptr: empty, behaves as CPython's small table
  size_t mask_ = kMinSize - 1;
  size_t fill_ = 0, used_ = 0;
  size_t finger_ = 0;
  uint64_t version_ = 0;
};

}  // namespace lockvm
