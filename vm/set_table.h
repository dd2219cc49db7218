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
// Ownership: the table never touches reference counts and never hashes.  add()
// returning 1 means the table took the caller's reference; discard/pop/clear
// hand keys back.  Bulk operations choose what gets stored, so they report via
// two extra Ops members: retain(V) before offering another table's key
// (CPython's Py_INCREF, which also keeps it alive across user __eq__) and
// drop(V) for every reference left unused or removed.
//
// Ops: int eq(V stored, V probe) -> 1/0/-1 (error pending); void* alloc(size_t)
// (nullptr => error pending; or it throws, e.g. std::bad_alloc, and the
// operation that needed the memory leaves the table as it was); void
// free(void*, size_t); retain/drop for bulk
// operations.  eq may mutate this table: lookups note the storage pointer and
// version_ before eq and restart when either changed.  No destructor: the owner
// calls release() or clear().
#pragma once

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

  // 1: stored (the table keeps the reference).  0: an equal key is present (the
  // caller keeps its reference).  -1: error, nothing stored.
  template <class Ops>
  int add(V key, int64_t hash, Ops& ops) {
    assert(hash != kDummyHash && !null(key));
  restart:
    if (!table_ && !(table_ = new_table(kMinSize, ops))) return -1;
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
    version_++;
    used_++;
    if (freeslot) {
      *freeslot = Entry{key, hash};
      return 1;
    }
    fill_++;
    *e = Entry{key, hash};
    if (fill_ * 5 < mask * 3) return 1;
    // Growth failed: undo, so -1 (or an exception from ops.alloc) always
    // means "not stored".
    auto undo = [&] {
      *e = Entry{V{}, 0};
      fill_--;
      used_--;
    };
    bool grown;
    try {
      grown = resize(used_ > 50000 ? used_ * 2 : used_ * 4, ops);
    } catch (...) {
      undo();
      throw;
    }
    if (grown) return 1;
    undo();
    return -1;
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
    table_ = nullptr;
    mask_ = kMinSize - 1;
    fill_ = used_ = 0;
    version_++;
    if (!old) return;
    for (size_t i = 0; i < n; i++)
      if (!null(old[i].key)) hand_back(old[i].key);
    ops.free(old, n * sizeof(Entry));
  }

  // Frees storage without handing anything back.
  template <class Ops>
  void release(Ops& ops) {
    if (table_) ops.free(table_, (mask_ + 1) * sizeof(Entry));
    table_ = nullptr;
    mask_ = kMinSize - 1;
    fill_ = used_ = 0;
    version_++;
  }

  // set_swap_bodies(): exchanges contents; finger_ stays with each object.
  void swap(SetTable& o) {
    std::swap(table_, o.table_);
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
    if ((fill_ + other.used_) * 5 >= mask_ * 3 && !resize((used_ + other.used_) * 2, ops))
      return -1;
    if (fill_ == 0) {
      if (!table_ && !(table_ = new_table(kMinSize, ops))) return -1;
      bool same_layout = mask_ == other.mask_ && other.fill_ == other.used_;
      for (size_t i = 0; i <= other.mask_; i++) {
        const Entry& e = other.table_[i];
        if (null(e.key)) continue;
        if (same_layout)
          table_[i] = e;
        else
          insert_clean(table_, mask_, e.key, e.hash);
        ops.retain(e.key);
      }
      fill_ = used_ = other.used_;
      version_++;
      return 0;
    }
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
  // ops.drop), then rebuilds if more than a quarter of the slots are dummies.
  template <class Ops>
  int difference_update_from(const SetTable& other, Ops& ops) {
    if (&other == this) {
      clear(ops, [&](V k) { ops.drop(k); });
      return 0;
    }
    for (size_t i = 0; i < other.slot_count(); i++) {
      if (!other.live(i)) continue;
      V k = other.key(i), old;
      ops.retain(k);
      int rv = discard(k, other.hash(i), ops, &old);
      ops.drop(k);
      if (rv < 0) return -1;
      if (rv > 0) ops.drop(old);
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
      clear(ops, [&](V k) { ops.drop(k); });
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
      if (rv > 0) ops.drop(old);
    }
    return 0;
  }

 private:
  static constexpr int64_t kDummyHash = -1;
  static constexpr unsigned kPerturbShift = 5;

  static bool same(const V& a, const V& b) { return std::memcmp(&a, &b, sizeof(V)) == 0; }
  static bool null(const V& v) { return same(v, V{}); }

  void kill(Entry& e) {
    e = Entry{V{}, kDummyHash};
    used_--;
    version_++;
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

  template <class Ops>
  static Entry* new_table(size_t n, Ops& ops) {
    auto* t = static_cast<Entry*>(ops.alloc(n * sizeof(Entry)));
    if (t)
      for (size_t i = 0; i < n; i++) t[i] = Entry{V{}, 0};
    return t;
  }

  // Into a table known to hold no dummies and no equal key: no comparisons, so
  // no user code can run in the middle of a resize.
  static void insert_clean(Entry* table, size_t mask, V key, int64_t hash) {
    size_t perturb = size_t(hash), i = size_t(hash) & mask;
    for (;;) {
      Entry* e = &table[i];
      if (null(e->key)) return void(*e = Entry{key, hash});
      if (i + kLinearProbes <= mask)
        for (size_t j = 0; j < kLinearProbes; j++)
          if (null((++e)->key)) return void(*e = Entry{key, hash});
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // set_table_resize(): smallest power of two > minused, re-inserting live keys
  // in old slot order.  CPython's small table is never rebuilt when it has no
  // dummies and stays small; mask_ == 7 is exactly "uses the small table".
  template <class Ops>
  bool resize(size_t minused, Ops& ops) {
    size_t n = kMinSize;
    while (n <= minused) n <<= 1;
    if (n == kMinSize && mask_ == kMinSize - 1 && fill_ == used_) return true;
    Entry* nt = new_table(n, ops);
    if (!nt) return false;
    Entry* old = table_;
    size_t oldn = mask_ + 1;
    if (old)
      for (size_t i = 0; i < oldn; i++)
        if (!null(old[i].key)) insert_clean(nt, n - 1, old[i].key, old[i].hash);
    table_ = nt;
    mask_ = n - 1;
    fill_ = used_;
    version_++;
    if (old) ops.free(old, oldn * sizeof(Entry));
    return true;
  }

  Entry* table_ = nullptr;  // nullptr: empty, behaves as CPython's small table
  size_t mask_ = kMinSize - 1;
  size_t fill_ = 0, used_ = 0;
  size_t finger_ = 0;
  uint64_t version_ = 0;
};

}  // namespace lockvm
