// Tests for vm/dict_table.h: insertion order, CPython dict semantics (replace
// keeps the stored key and position, popitem is LIFO), a randomized comparison
// against a model, and user eq code that errors or mutates the table mid-lookup
// (run under ASan so any read of freed storage fails the test).
#include "vm/dict_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <mutex>
#include <thread>
#include <atomic>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lockvm {
namespace {

using Dict = DictTable<uint64_t>;

struct Ops {
  int64_t eq_calls = 0, allocs = 0;
  int fail_alloc_after = -1;  // >= 0: that many more allocations succeed
  std::unordered_map<void*, size_t> blocks;
  std::function<int(uint64_t, uint64_t)> on_eq;

  int eq(uint64_t stored, uint64_t probe) {
    eq_calls++;
    return on_eq ? on_eq(stored, probe) : stored == probe;
  }
  void* alloc(size_t n) {
    if (fail_alloc_after == 0) return nullptr;
    if (fail_alloc_after > 0) fail_alloc_after--;
    allocs++;
    void* p = std::malloc(n);
    blocks[p] = n;
    return p;
  }
  void free(void* p, size_t n) {
    EXPECT_EQ(blocks.count(p), 1u);
    EXPECT_EQ(blocks[p], n);
    blocks.erase(p);
    std::free(p);
  }
};

// Small hash space so probing, dummies and eq calls are exercised; -1 is never
// a hash (as in Python).
int64_t h(uint64_t k) {
  int64_t x = int64_t(k % 61) - 30;
  return x == -1 ? -2 : x;
}

using Items = std::vector<std::pair<uint64_t, uint64_t>>;
Items items(const Dict& d) {
  Items v;
  for (size_t i = 0; i < d.entry_count(); i++)
    if (d.live(i)) v.emplace_back(d.key(i), d.value(i));
  return v;
}
int put(Dict& d, uint64_t k, uint64_t v, Ops& ops) {
  uint64_t old;
  return d.insert(k, h(k), v, ops, &old);
}
int del(Dict& d, uint64_t k, Ops& ops) {
  uint64_t ok, ov;
  return d.remove(k, h(k), ops, &ok, &ov);
}

TEST(DictTable, InsertionOrderAcrossDeletesReinsertsAndResizes) {
  Ops ops;
  Dict d;
  for (uint64_t k = 0; k < 100; k++) ASSERT_EQ(put(d, k, k * 10, ops), 0);
  for (uint64_t k = 0; k < 100; k += 2) ASSERT_EQ(del(d, k, ops), 1);
  for (uint64_t k = 0; k <= 10; k += 2) ASSERT_EQ(put(d, k, k, ops), 0);
  for (uint64_t k = 100; k < 300; k++) ASSERT_EQ(put(d, k, k, ops), 0);  // resizes
  Items want;
  for (uint64_t k = 1; k < 100; k += 2) want.emplace_back(k, k * 10);
  for (uint64_t k = 0; k <= 10; k += 2) want.emplace_back(k, k);
  for (uint64_t k = 100; k < 300; k++) want.emplace_back(k, k);
  EXPECT_EQ(items(d), want);
  EXPECT_EQ(d.size(), want.size());
  EXPECT_EQ(d.entry_count(), want.size());  // the last resize compacted holes
  for (auto& [k, v] : want) EXPECT_EQ(d.value(size_t(d.lookup(k, h(k), ops))), v);
  EXPECT_EQ(d.lookup(2000, h(2000), ops), Dict::kAbsent);
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, ReplaceKeepsPositionAndStoredKey) {
  Ops ops;
  ops.on_eq = [](uint64_t a, uint64_t b) { return int(a / 4 == b / 4); };  // 4..7 equal
  Dict d;
  ASSERT_EQ(d.insert(1, 9, 100, ops, nullptr), 0);
  ASSERT_EQ(d.insert(4, 9, 200, ops, nullptr), 0);
  ASSERT_EQ(d.insert(9, 9, 300, ops, nullptr), 0);
  uint64_t v0 = d.version(), old = 0;
  EXPECT_EQ(d.insert(5, 9, 222, ops, &old), 1);
  EXPECT_EQ(old, 200u);
  EXPECT_EQ(d.version(), v0);  // replacing a value is not a size change
  EXPECT_EQ(items(d), (Items{{1, 100}, {4, 222}, {9, 300}}));
  uint64_t ok = 0, ov = 0;
  EXPECT_EQ(d.remove(6, 9, ops, &ok, &ov), 1);
  EXPECT_EQ(ok, 4u);
  EXPECT_EQ(ov, 222u);
  EXPECT_EQ(d.exchange_value(0, 111), 100u);
  EXPECT_EQ(items(d), (Items{{1, 111}, {9, 300}}));
  d.release(ops);
}

TEST(DictTable, PopLastIsLifoAndReusesTrimmedEntries) {
  Ops ops;
  Dict d;
  uint64_t k, v;
  EXPECT_FALSE(d.pop_last(&k, &v));
  for (uint64_t i = 1; i <= 10; i++) put(d, i, i * 2, ops);
  del(d, 10, ops);
  del(d, 9, ops);
  ASSERT_TRUE(d.pop_last(&k, &v));
  EXPECT_EQ(k, 8u);
  EXPECT_EQ(v, 16u);
  EXPECT_EQ(d.entry_count(), 7u);  // trailing holes trimmed with it, as CPython
  put(d, 11, 22, ops);
  EXPECT_EQ(d.entry_count(), 8u);
  std::vector<uint64_t> popped;
  while (d.pop_last(&k, &v)) popped.push_back(k);
  EXPECT_EQ(popped, (std::vector<uint64_t>{11, 7, 6, 5, 4, 3, 2, 1}));
  EXPECT_EQ(d.size(), 0u);
  put(d, 5, 5, ops);
  EXPECT_EQ(items(d), (Items{{5, 5}}));
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, VersionTracksKeySetChanges) {
  Ops ops;
  Dict d;
  uint64_t v = d.version();
  auto changed = [&] {
    bool c = d.version() != v;
    v = d.version();
    return c;
  };
  put(d, 1, 1, ops);
  EXPECT_TRUE(changed());
  put(d, 1, 2, ops);
  EXPECT_FALSE(changed());
  d.lookup(1, h(1), ops);
  EXPECT_FALSE(changed());
  EXPECT_EQ(del(d, 2, ops), 0);
  EXPECT_FALSE(changed());
  EXPECT_EQ(del(d, 1, ops), 1);
  EXPECT_TRUE(changed());
  put(d, 3, 3, ops);
  changed();
  uint64_t k, val;
  d.pop_last(&k, &val);
  EXPECT_TRUE(changed());
  put(d, 4, 4, ops);
  changed();
  d.clear(ops, [](uint64_t, uint64_t) {});
  EXPECT_TRUE(changed());
}

TEST(DictTable, EqErrorPropagates) {
  Ops ops;
  Dict d;
  d.insert(1, 7, 10, ops, nullptr);
  ops.on_eq = [](uint64_t, uint64_t) { return -1; };
  uint64_t a, b;
  EXPECT_EQ(d.lookup(2, 7, ops), Dict::kError);
  EXPECT_EQ(d.insert(2, 7, 20, ops, &a), -1);
  EXPECT_EQ(d.remove(2, 7, ops, &a, &b), -1);
  EXPECT_EQ(d.lookup(1, 7, ops), 0);  // identity: eq not consulted
  EXPECT_EQ(d.lookup(2, 8, ops), Dict::kAbsent);  // other hash: eq not consulted
  EXPECT_EQ(items(d), (Items{{1, 10}}));
  d.release(ops);
}

// eq grows the dict during a lookup: its storage is freed and replaced, so the
// lookup must restart; ASan catches any read of the old block.
TEST(DictTable, EqThatResizesTheDictRestartsLookup) {
  Ops ops;
  Dict d;
  for (uint64_t k = 1; k <= 3; k++) d.insert(k, 7, k, ops, nullptr);
  bool fired = false;
  ops.on_eq = [&](uint64_t a, uint64_t b) {
    if (!fired) {
      fired = true;
      for (uint64_t k = 100; k < 400; k++) d.insert(k, int64_t(k), k, ops, nullptr);
    }
    return int(a == b);
  };
  EXPECT_EQ(d.lookup(50, 7, ops), Dict::kAbsent);
  EXPECT_TRUE(fired);
  fired = false;
  EXPECT_EQ(d.insert(50, 7, 50, ops, nullptr), 0);
  EXPECT_EQ(d.size(), 304u);
  fired = false;
  EXPECT_EQ(d.value(size_t(d.lookup(50, 7, ops))), 50u);
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, EqThatRemovesOrClearsDuringLookup) {
  Ops ops;
  Dict d;
  d.insert(1, 7, 10, ops, nullptr);
  d.insert(2, 7, 20, ops, nullptr);
  ops.on_eq = [&](uint64_t stored, uint64_t) {  // removes the key being compared
    ops.on_eq = nullptr;
    uint64_t a, b;
    d.remove(stored, 7, ops, &a, &b);
    return 1;  // ignored: the table changed, so the lookup restarts
  };
  EXPECT_EQ(d.lookup(3, 7, ops), Dict::kAbsent);
  EXPECT_EQ(items(d), (Items{{2, 20}}));
  ops.on_eq = [&](uint64_t, uint64_t) {
    ops.on_eq = nullptr;
    d.clear(ops, [](uint64_t, uint64_t) {});
    return 0;
  };
  EXPECT_EQ(d.insert(3, 7, 30, ops, nullptr), 0);
  EXPECT_EQ(items(d), (Items{{3, 30}}));
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, ClearHandsBackEverythingAndToleratesReentry) {
  Ops ops;
  Dict d;
  for (uint64_t k = 0; k < 50; k++) put(d, k, k + 1000, ops);
  for (uint64_t k = 0; k < 50; k += 3) del(d, k, ops);
  Items got;
  d.clear(ops, [&](uint64_t k, uint64_t v) {
    got.emplace_back(k, v);
    if (k == 1) put(d, 777, 7, ops);  // a __del__ reusing the dict
  });
  EXPECT_EQ(got.size(), 33u);
  EXPECT_EQ(got.front(), (std::pair<uint64_t, uint64_t>{1, 1001}));
  EXPECT_EQ(items(d), (Items{{777, 7}}));
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, CopyDenseAndSparse) {
  Ops ops;
  Dict src;
  for (uint64_t k = 0; k < 30; k++) put(src, k, k, ops);
  del(src, 4, ops);  // mostly dense: cloned, hole kept
  Dict a;
  ASSERT_EQ(a.copy_from(src, ops), 0);
  EXPECT_EQ(items(a), items(src));
  EXPECT_EQ(a.entry_count(), src.entry_count());
  for (uint64_t k = 5; k < 30; k++) del(src, k, ops);  // sparse: compacted
  Dict b;
  ASSERT_EQ(b.copy_from(src, ops), 0);
  EXPECT_EQ(items(b), items(src));
  EXPECT_EQ(b.entry_count(), 4u);
  put(b, 100, 1, ops);  // copies are independent
  put(a, 200, 2, ops);
  EXPECT_EQ(src.size(), 4u);
  EXPECT_EQ(b.size(), 5u);
  EXPECT_EQ(a.size(), 30u);
  EXPECT_GE(a.lookup(200, h(200), ops), 0);
  EXPECT_EQ(src.lookup(200, h(200), ops), Dict::kAbsent);
  Dict empty, c;
  ASSERT_EQ(c.copy_from(empty, ops), 0);
  EXPECT_EQ(c.size(), 0u);
  for (Dict* x : {&src, &a, &b, &c}) x->release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

TEST(DictTable, ReserveAvoidsLaterResizes) {
  Ops ops;
  Dict d;
  put(d, 1, 1, ops);
  ASSERT_EQ(d.reserve(1000, ops), 0);
  int64_t allocs = ops.allocs;
  for (uint64_t k = 2; k <= 1001; k++) put(d, k, k, ops);
  EXPECT_EQ(ops.allocs, allocs);
  EXPECT_EQ(d.size(), 1001u);
  d.release(ops);
}

TEST(DictTable, FailedGrowthLeavesDictUnchanged) {
  Ops ops;
  Dict d;
  ops.fail_alloc_after = 0;
  EXPECT_EQ(put(d, 1, 1, ops), -1);
  EXPECT_EQ(d.size(), 0u);
  ops.fail_alloc_after = -1;
  for (uint64_t k = 0; k < 5; k++) put(d, k, k, ops);  // 8 slots hold 5
  ops.fail_alloc_after = 0;
  EXPECT_EQ(put(d, 5, 5, ops), -1);
  EXPECT_EQ(put(d, 4, 44, ops), 1);  // replacing needs no room
  ops.fail_alloc_after = -1;
  EXPECT_EQ(items(d), (Items{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 44}}));
  d.release(ops);
}

TEST(DictTable, WideIndices) {  // 2^17 slots: int32 indices
  Ops ops;
  Dict d;
  const uint64_t n = 70000;
  auto hh = [](uint64_t k) { return int64_t(k * 2654435761u); };
  for (uint64_t k = 0; k < n; k++) ASSERT_EQ(d.insert(k, hh(k), k, ops, nullptr), 0);
  for (uint64_t k = 0; k < n; k += 7) ASSERT_EQ(d.remove(k, hh(k), ops, nullptr, nullptr), 1);
  for (uint64_t k = 0; k < n; k++) {
    int64_t ix = d.lookup(k, hh(k), ops);
    ASSERT_EQ(ix >= 0, k % 7 != 0);
    if (ix >= 0) {
      ASSERT_EQ(d.value(size_t(ix)), k);
    }
  }
  d.release(ops);
}

TEST(DictTable, RandomOpsAgainstModel) {
  Ops ops;
  auto d = std::make_unique<Dict>();
  std::unordered_map<uint64_t, std::pair<uint64_t, uint64_t>> where;  // key -> (value, seq)
  std::map<uint64_t, uint64_t> order;                                 // seq -> key
  uint64_t seq = 0;
  std::mt19937_64 rng(7);
  auto check_all = [&] {
    Items want;
    for (auto& [s, k] : order) want.emplace_back(k, where[k].first);
    ASSERT_EQ(items(*d), want);
  };
  for (int step = 0; step < 100000; step++) {
    uint64_t k = rng() % 2000, v = rng();
    switch (rng() % 16) {
      case 0: case 1: case 2: case 3: case 4: {
        int r = put(*d, k, v, ops);
        auto it = where.find(k);
        ASSERT_EQ(r, it == where.end() ? 0 : 1);
        if (it == where.end()) {
          where[k] = {v, seq};
          order[seq++] = k;
        } else {
          it->second.first = v;
        }
        break;
      }
      case 5: case 6: case 7: {
        uint64_t ok = 0, ov = 0;
        int r = d->remove(k, h(k), ops, &ok, &ov);
        auto it = where.find(k);
        ASSERT_EQ(r, it == where.end() ? 0 : 1);
        if (r) {
          ASSERT_EQ(ok, k);
          ASSERT_EQ(ov, it->second.first);
          order.erase(it->second.second);
          where.erase(it);
        }
        break;
      }
      case 8: {
        uint64_t pk, pv;
        ASSERT_EQ(d->pop_last(&pk, &pv), !order.empty());
        if (!order.empty()) {
          auto last = std::prev(order.end());
          ASSERT_EQ(pk, last->second);
          ASSERT_EQ(pv, where[pk].first);
          where.erase(pk);
          order.erase(last);
        }
        break;
      }
      case 9:
        if (rng() % 200 == 0) {  // copy, then continue on the copy
          auto c = std::make_unique<Dict>();
          ASSERT_EQ(c->copy_from(*d, ops), 0);
          check_all();
          d->release(ops);
          d = std::move(c);
        } else if (rng() % 500 == 0) {
          size_t n = 0;
          d->clear(ops, [&](uint64_t, uint64_t) { n++; });
          ASSERT_EQ(n, where.size());
          where.clear();
          order.clear();
        }
        break;
      default: {
        int64_t ix = d->lookup(k, h(k), ops);
        auto it = where.find(k);
        ASSERT_EQ(ix >= 0, it != where.end());
        if (ix >= 0) {
          ASSERT_EQ(d->value(size_t(ix)), it->second.first);
        }
      }
    }
    ASSERT_EQ(d->size(), where.size());
    if (step % 2000 == 0) check_all();
  }
  check_all();
  EXPECT_GT(ops.eq_calls, 0);
  d->release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

struct Handle {  // a struct V like the VM's Value
  uint32_t lo, hi;
};

TEST(DictTable, StructHandle) {
  struct HOps {
    int eq(Handle a, Handle b) { return a.lo == b.lo; }
    void* alloc(size_t n) { return std::malloc(n); }
    void free(void* p, size_t) { std::free(p); }
  } ops;
  DictTable<Handle> d;
  for (uint32_t i = 0; i < 100; i++) ASSERT_EQ(d.insert(Handle{i, 0}, i % 3, Handle{i, i}, ops, nullptr), 0);
  Handle old{};
  EXPECT_EQ(d.insert(Handle{5, 1}, 5 % 3, Handle{0, 0}, ops, &old), 1);
  EXPECT_EQ(old.hi, 5u);
  EXPECT_EQ(d.key(5).hi, 0u);
  d.release(ops);
}

}  // namespace
}  // namespace lockvm

namespace lockvm {
namespace {

// lookup_lockfree (the biased strategy's lock-free dict read) agrees with
// lookup on every key, present, absent and removed, across resizes and
// reused entry slots, and hands an undecidable comparison back to the
// caller (-1) instead of guessing.
TEST(DictTableLockFree, AgreesWithLookupThroughChurn) {
  Dict d;
  Ops ops;
  auto pure_eq = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : 0; };
  std::mt19937_64 rng(7);
  for (int round = 0; round < 4000; ++round) {
    uint64_t k = 1 + rng() % 200;
    switch (rng() % 4) {
      case 0:
      case 1: {
        uint64_t old;
        ASSERT_GE(d.insert(k, h(k), k * 10 + round, ops, &old), 0);
        break;
      }
      case 2: {
        uint64_t ok, ov;
        d.remove(k, h(k), ops, &ok, &ov);
        break;
      }
      case 3: {
        uint64_t pk, pv;
        d.pop_last(&pk, &pv);
        break;
      }
    }
    for (uint64_t probe = 1; probe <= 200; probe += 13) {
      int64_t ix = d.lookup(probe, h(probe), ops);
      uint64_t v = 0;
      int r = d.lookup_lockfree(probe, h(probe), pure_eq, &v);
      ASSERT_EQ(r, ix >= 0 ? 1 : 0) << "key " << probe << " round " << round;
      if (ix >= 0) {
        ASSERT_EQ(v, d.value(size_t(ix)));
      }
    }
  }
  uint64_t v = 0;
  d.clear(ops, [](uint64_t, uint64_t) {});
  EXPECT_EQ(d.lookup_lockfree(5, h(5), pure_eq, &v), 0);
  ASSERT_EQ(d.insert(5, h(5), 50, ops, nullptr), 0);
  ASSERT_EQ(d.insert(5 + 61, h(5 + 61), 60, ops, nullptr), 0);  // same hash, another key
  auto undecidable = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : -1; };
  EXPECT_EQ(d.lookup_lockfree(5 + 61, h(5 + 61), undecidable, &v), -1)
      << "an equal hash with an eq only user code could settle goes to the locked path";
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

// lookup_lockfree_at (an attribute cache's read by a remembered entry
// number): through inserts, removals, popitem and resizes it answers 1 only
// for a key still at that entry, with the value lookup() sees; and it
// answers 1 again while nothing moved the key.
TEST(DictTableLockFree, RememberedEntryAgreesWithLookupThroughChurn) {
  Dict d;
  Ops ops;
  auto pure_eq = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : 0; };
  std::mt19937_64 rng(11);
  std::unordered_map<uint64_t, size_t> remembered;
  int64_t hits = 0;
  for (int round = 0; round < 4000; ++round) {
    uint64_t k = 1 + rng() % 200;
    switch (rng() % 4) {
      case 0:
      case 1: {
        uint64_t old;
        ASSERT_GE(d.insert(k, h(k), k * 10 + round, ops, &old), 0);
        break;
      }
      case 2: {
        uint64_t ok, ov;
        d.remove(k, h(k), ops, &ok, &ov);
        break;
      }
      case 3: {
        uint64_t pk, pv;
        d.pop_last(&pk, &pv);
        break;
      }
    }
    for (uint64_t probe = 1; probe <= 200; probe += 7) {
      int64_t ix = d.lookup(probe, h(probe), ops);
      uint64_t v = 0;
      auto it = remembered.find(probe);
      if (it != remembered.end() && d.lookup_lockfree_at(it->second, probe, &v) == 1) {
        ASSERT_GE(ix, 0) << "a remembered entry answered for an absent key " << probe << " round " << round;
        ASSERT_EQ(it->second, size_t(ix));
        ASSERT_EQ(v, d.value(size_t(ix)));
        ++hits;
      }
      size_t entry = SIZE_MAX;
      if (d.lookup_lockfree(probe, h(probe), pure_eq, &v, &entry) == 1) {
        ASSERT_EQ(entry, size_t(ix));
        remembered[probe] = entry;
      }
    }
  }
  EXPECT_GT(hits, 1000) << "remembered entries should mostly still hold their keys";
  d.release(ops);
}

// Entries a block has not used yet read as empty, whatever the memory held
// before: a remembered entry number past the used ones never matches.
TEST(DictTableLockFree, UnusedEntriesOfAFreshBlockReadAsEmpty) {
  struct DirtyOps : Ops {
    void* alloc(size_t n) {
      void* p = Ops::alloc(n);
      // Stale memory full of the probed key (7) and a value.
      for (size_t i = 0; i + sizeof(uint64_t) <= n; i += sizeof(uint64_t)) {
        uint64_t seven = 7;
        std::memcpy(static_cast<char*>(p) + i, &seven, sizeof seven);
      }
      return p;
    }
  } ops;
  Dict d;
  ASSERT_EQ(d.insert(1, h(1), 10, ops, nullptr), 0);
  uint64_t v = 0;
  for (size_t ix = 0; ix < 5; ++ix)
    EXPECT_EQ(d.lookup_lockfree_at(ix, 7, &v), 0) << "entry " << ix;
  EXPECT_EQ(d.lookup_lockfree_at(0, 1, &v), 1);
  EXPECT_EQ(v, 10u);
  d.release(ops);
}

// replace_lockfree (lock-free's CAS write of a dict value): replaces only
// a live key's value, reports absent and undecidable keys, and with CAS
// writers enabled entries are never reused, so popitem cannot hand a CAS
// another key's entry.
TEST(DictTableCas, ReplacesOnlyLiveKeysAndNeverReusesEntries) {
  Dict d;
  Ops ops;
  d.enable_cas_values();
  auto pure_eq = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : 0; };
  uint64_t retries = 0, old = 0;
  EXPECT_EQ(d.replace_lockfree(5, h(5), pure_eq, 50, &old, &retries), 0) << "empty table";
  ASSERT_EQ(d.reserve(100, ops), 0);  // no resize (which compacts entries) below
  for (uint64_t k = 1; k <= 20; ++k) ASSERT_EQ(d.insert(k, h(k), k * 10, ops, nullptr), 0);
  EXPECT_EQ(d.replace_lockfree(5, h(5), pure_eq, 55, &old, &retries), 1);
  EXPECT_EQ(old, 50u);
  EXPECT_EQ(d.value(size_t(d.lookup(5, h(5), ops))), 55u);
  EXPECT_EQ(d.replace_lockfree(99, h(99), pure_eq, 990, &old, &retries), 0) << "absent key";
  uint64_t ok, ov;
  ASSERT_EQ(d.remove(7, h(7), ops, &ok, &ov), 1);
  EXPECT_EQ(d.replace_lockfree(7, h(7), pure_eq, 77, &old, &retries), 0) << "removed key";
  auto undecidable = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : -1; };
  ASSERT_EQ(d.insert(5 + 61, h(5 + 61), 60, ops, nullptr), 0);  // same hash as 5
  EXPECT_EQ(d.replace_lockfree(5 + 61, h(5 + 61), undecidable, 61, &old, &retries), -1);
  size_t entries = d.entry_count();
  uint64_t pk, pv;
  ASSERT_TRUE(d.pop_last(&pk, &pv));
  EXPECT_EQ(pk, 5u + 61);
  ASSERT_EQ(d.insert(200, h(200), 2000, ops, nullptr), 0);
  EXPECT_EQ(d.entry_count(), entries + 1) << "popitem's entry is not reused";
  // popitem keeps working from the end past the dead entries it leaves.
  ASSERT_TRUE(d.pop_last(&pk, &pv));
  EXPECT_EQ(pk, 200u);
  ASSERT_TRUE(d.pop_last(&pk, &pv));
  EXPECT_EQ(pk, 20u);
  EXPECT_EQ(retries, 0u);
  d.release(ops);
  EXPECT_TRUE(ops.blocks.empty());
}

// One thread replaces the values of fixed keys by CAS, with no lock, while
// another inserts and removes other keys under a mutex (the dict's lock),
// resizing the table again and again. No replacement may be lost to a
// resize or handed back twice: every CAS hands back exactly the value the
// previous one stored, and the table ends holding the last. Replaced blocks
// are freed only after both threads stop (the grace period the VM waits
// for). Meant for ThreadSanitizer too.
TEST(DictTableCas, NoReplacementLostAcrossResizes) {
  struct SharedOps {
    std::vector<std::pair<void*, size_t>> retired;
    int eq(uint64_t stored, uint64_t probe) { return stored == probe; }
    void* alloc(size_t n) { return std::malloc(n); }
    void free(void* p, size_t n) { retired.emplace_back(p, n); }  // under the mutex
  } ops;
  Dict d;
  d.enable_cas_values();
  std::mutex lock;
  constexpr uint64_t kFixed = 8;  // keys 1..8 stay; values start at 1000 * key
  for (uint64_t k = 1; k <= kFixed; ++k) ASSERT_EQ(d.insert(k, h(k), 1000 * k, ops, nullptr), 0);
  std::atomic<bool> done{false};
  std::atomic<uint64_t> batches{0};  // churn batches done, each of 64 writes
  std::thread churn([&] {
    std::mt19937_64 rng(11);
    while (!done.load(std::memory_order_relaxed)) {
      std::lock_guard<std::mutex> g(lock);
      for (int i = 0; i < 64; ++i) {
        uint64_t k = 100 + rng() % 400;
        uint64_t ok, ov;
        if (rng() % 3 == 0)
          d.remove(k, h(k), ops, &ok, &ov);
        else
          d.insert(k, h(k), k, ops, &ov);
      }
      if (rng() % 8 == 0) d.pop_last(nullptr, nullptr);
      batches.fetch_add(1, std::memory_order_relaxed);
    }
  });
  auto pure_eq = [](uint64_t stored, uint64_t probe) { return stored == probe ? 1 : 0; };
  uint64_t expected[kFixed + 1];
  for (uint64_t k = 1; k <= kFixed; ++k) expected[k] = 1000 * k;
  uint64_t retries = 0;
  // At least 20000 replacements, and on until the churn has resized the
  // table many times under them.
  for (uint64_t round = 1; round <= 20000 || batches.load(std::memory_order_relaxed) < 2000; ++round) {
    uint64_t k = 1 + round % kFixed;
    uint64_t value = 1000000 * round + k, old = 0;
    ASSERT_EQ(d.replace_lockfree(k, h(k), pure_eq, value, &old, &retries), 1) << "a fixed key went missing";
    ASSERT_EQ(old, expected[k]) << "a replacement was lost or handed back twice";
    expected[k] = value;
  }
  done.store(true, std::memory_order_relaxed);
  churn.join();
  Ops check_ops;
  for (uint64_t k = 1; k <= kFixed; ++k) EXPECT_EQ(d.value(size_t(d.lookup(k, h(k), check_ops))), expected[k]);
  d.release(ops);
  for (auto [p, n] : ops.retired) std::free(p);
}

}  // namespace
}  // namespace lockvm
