// Tests for vm/list_cas.h, the lock-free list write protocol, on a bare
// List with no VM around it: the seal and the open slot on one thread, then
// CAS appenders, CAS item storers and a lock-free reader racing a writer
// that holds a mutex (the list's lock) and inserts, pops, sorts, reverses,
// clears and grows the block. Values are unique small ints, so every one
// can be accounted for: each value published (appended, stored, inserted)
// must end up either in the list exactly once or handed back exactly once
// (popped, replaced by a store, cleared), the token-level form of "every
// reference count balances". Meant for ThreadSanitizer too (the TSan stage
// of scripts/test.sh runs ListCas.*).
#include "vm/list_cas.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace lockvm {
namespace {

using list_cas::is_item;
using list_cas::kFrozen;
using list_cas::kOpen;

Value tok(int64_t id) { return Value::from_small(id); }

// A list and the locked writer's side of the protocol, written the way
// vm/objects.h writes it (take by exchange, release stores, seal).
struct Harness {
  List l{};
  std::mutex lock;
  std::vector<void*> retired;  // replaced blocks, freed at the end (the grace period)

  ~Harness() {
    if (l.items != nullptr) std::free(reinterpret_cast<int64_t*>(l.items) - 1);
    for (void* b : retired) std::free(b);
  }
  static Value* new_block(int64_t cap) {
    auto* b = static_cast<int64_t*>(std::calloc(1, sizeof(int64_t) + sizeof(Value) * size_t(cap)));
    b[0] = cap;
    return reinterpret_cast<Value*>(b + 1);
  }
  int64_t size() const { return l.size; }  // with the lock held (and so sealed)
  void set_size(int64_t n) { list_cas::size_of(&l).store(n, std::memory_order_release); }
  void reserve(int64_t needed, bool always = false) {
    if (needed <= l.capacity && !always) return;
    int64_t cap = needed + needed / 2 + 2;
    Value* nb = new_block(cap);
    for (int64_t i = 0; i < l.size; ++i) nb[i] = list_cas::take(l.items, i, false);
    if (l.items != nullptr) retired.push_back(reinterpret_cast<int64_t*>(l.items) - 1);
    list_cas::items_of(&l).store(nb, std::memory_order_release);
    l.capacity = cap;
  }
  void move(int64_t to, int64_t from, int64_t n) {
    if (to < from)
      for (int64_t k = 0; k < n; ++k) list_cas::put(l.items, to + k, list_cas::take(l.items, from + k, false));
    else
      for (int64_t k = n - 1; k >= 0; --k) list_cas::put(l.items, to + k, list_cas::take(l.items, from + k, false));
  }
  // Each locked operation: the mutex, then the seal, as list_lock does.
  void append(Value v) {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    reserve(size() + 1);
    list_cas::put(l.items, size(), v);
    set_size(size() + 1);
  }
  void insert(int64_t i, Value v) {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    i = std::min(i, size());
    reserve(size() + 1);
    move(i + 1, i, size() - i);
    list_cas::put(l.items, i, v);
    set_size(size() + 1);
  }
  bool pop(int64_t i, Value* out) {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    if (size() == 0) return false;
    i = i < 0 ? size() - 1 : std::min(i, size() - 1);
    *out = list_cas::take(l.items, i, false);
    move(i, i + 1, size() - i - 1);
    set_size(size() - 1);
    return true;
  }
  void store_locked(int64_t i, Value v, Value* old) {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    *old = list_cas::exchange(l.items, i % size(), v);
  }
  void sort() {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    std::vector<Value> items;
    for (int64_t i = 0; i < size(); ++i) items.push_back(list_cas::take(l.items, i, false));
    std::sort(items.begin(), items.end(), [](Value a, Value b) { return a.small() < b.small(); });
    for (size_t i = 0; i < items.size(); ++i) list_cas::put(l.items, int64_t(i), items[i]);
  }
  void reverse() {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    for (int64_t i = 0, j = size() - 1; i < j; ++i, --j) {
      Value a = list_cas::take(l.items, i, false);
      list_cas::put(l.items, i, list_cas::take(l.items, j, false));
      list_cas::put(l.items, j, a);
    }
  }
  void clear(std::vector<Value>* out) {
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    for (int64_t i = 0; i < size(); ++i) out->push_back(list_cas::take(l.items, i, false));
    set_size(0);
  }
  void reblock() {  // a new block, larger or smaller, with no new item (as `*=`)
    std::lock_guard<std::mutex> g(lock);
    list_cas::Seal seal(&l, true);
    reserve(size(), true);
  }
  // The lock-free reader's protocol (vm/objects.h: list_item_ref).
  bool read(int64_t i, Value* out) {
    for (;;) {
      int64_t n = list_cas::size_of(&l).load(std::memory_order_acquire);
      if (i >= n) return false;
      Value* items = list_cas::items_of(&l).load(std::memory_order_acquire);
      if (items != nullptr && i < list_block_capacity(items)) {
        Value v = list_cas::slot(items, i).load(std::memory_order_acquire);
        if (is_item(v)) {
          *out = v;
          return true;
        }
      }
    }
  }
  // Outside any write: invariants 1-3 of list_cas.h at rest.
  void expect_at_rest() {
    int64_t cap = list_block_capacity(l.items);
    for (int64_t k = 0; k < cap; ++k) {
      Value v = l.items[k];
      if (k < l.size)
        EXPECT_TRUE(is_item(v)) << "slot " << k << " below the size holds " << v.raw();
      else if (k == l.size)
        EXPECT_TRUE(v == kOpen || v.is_null()) << "the slot at the size holds " << v.raw();
      else
        EXPECT_TRUE(v.is_null()) << "slot " << k << " past the size holds " << v.raw();
    }
    // A retired block holds no item and no open slot (invariant 4): no CAS
    // can land there.
    int64_t live = 0;
    for (void* b : retired) {
      auto* items = reinterpret_cast<Value*>(static_cast<int64_t*>(b) + 1);
      for (int64_t k = 0; k < list_block_capacity(items); ++k) live += is_item(items[k]) || items[k] == kOpen;
    }
    EXPECT_EQ(live, 0) << "slots of retired blocks still open or holding items";
  }
};

TEST(ListCas, MarkersAreNoValues) {
  for (Value m : {kFrozen, kOpen, Value()}) EXPECT_FALSE(is_item(m));
  for (int64_t i : {-3, -1, 0, 1, 2, 1000}) EXPECT_TRUE(is_item(Value::from_small(i)));
  alignas(8) static Object o{};
  EXPECT_TRUE(is_item(Value::from_obj(&o)));
}

TEST(ListCas, SealOpensTheSlotAtTheSizeAndAppendsFillTheBlock) {
  Harness h;
  uint64_t retries = 0;
  EXPECT_FALSE(list_cas::try_append(&h.l, tok(1), &retries)) << "no block: only the lock can append";
  h.append(tok(1));  // a block of 3 slots; the seal's end opens slot 1
  ASSERT_EQ(list_block_capacity(h.l.items), 3);
  EXPECT_EQ(h.l.items[1], kOpen);
  EXPECT_TRUE(list_cas::try_append(&h.l, tok(2), &retries));
  EXPECT_TRUE(list_cas::try_append(&h.l, tok(3), &retries));
  EXPECT_EQ(h.l.size, 3);
  EXPECT_FALSE(list_cas::try_append(&h.l, tok(4), &retries)) << "a full block";
  h.append(tok(4));  // grows, and opens slot 4
  EXPECT_EQ(h.l.size, 4);
  EXPECT_EQ(h.l.items[4], kOpen);
  EXPECT_EQ(h.retired.size(), 1u);
  Value old;
  EXPECT_EQ(list_cas::try_store(&h.l, 3, tok(40), &old, &retries), 1);
  EXPECT_EQ(old, tok(4));
  EXPECT_EQ(list_cas::try_store(&h.l, 4, tok(5), &old, &retries), 0) << "past the end";
  EXPECT_EQ(h.l.items[4], kOpen) << "a store never lands on the open slot";
  // A locked pop vacates the last slot: frozen while sealed, then open.
  Value popped;
  ASSERT_TRUE(h.pop(-1, &popped));
  EXPECT_EQ(popped, tok(40));
  EXPECT_EQ(h.l.items[3], kOpen);
  EXPECT_TRUE(h.l.items[4].is_null());
  {
    std::lock_guard<std::mutex> g(h.lock);
    list_cas::Seal seal(&h.l, true);
    EXPECT_EQ(h.l.items[3], kFrozen) << "sealed: no append can start";
    EXPECT_FALSE(list_cas::try_append(&h.l, tok(9), &retries)) << "gives up on a sealed list after a while";
    list_cas::Seal nested(&h.l, false);  // a re-entered lock: nothing more
  }
  EXPECT_EQ(h.l.items[3], kOpen);
  h.expect_at_rest();
  EXPECT_EQ(retries, uint64_t(list_cas::kMaxTries) + 1);
}

TEST(ListCas, ABlockBuiltInOnePieceIsAppendedToUnderTheLockOnce) {
  Harness h;
  h.l.items = Harness::new_block(4);  // as new_list(ts, 4) filled directly: no open slot
  h.l.capacity = 4;
  h.l.items[0] = tok(1);
  h.l.size = 1;
  uint64_t retries = 0;
  EXPECT_FALSE(list_cas::try_append(&h.l, tok(2), &retries));
  h.append(tok(2));
  EXPECT_TRUE(list_cas::try_append(&h.l, tok(3), &retries));
  EXPECT_EQ(h.l.size, 3);
  h.expect_at_rest();
}

// With no other thread ever started, a lock holder seals and takes with
// plain stores (list_alone in vm/objects.h): the same slots result.
TEST(ListCas, AloneSealAndTakeLeaveWhatTheAtomicOnesLeave) {
  for (bool alone : {false, true}) {
    Harness h;
    h.append(tok(1));
    h.append(tok(2));  // 2 items in a block of 3: slot 2 open
    {
      std::lock_guard<std::mutex> g(h.lock);
      list_cas::Seal seal(&h.l, true, alone);
      EXPECT_EQ(h.l.items[2], kFrozen);
      Value v = list_cas::take(h.l.items, 0, alone);  // pop(0)
      EXPECT_EQ(v, tok(1));
      EXPECT_EQ(h.l.items[0], kFrozen);
      list_cas::put(h.l.items, 0, list_cas::take(h.l.items, 1, alone));
      EXPECT_EQ(h.l.items[1], kFrozen);
      h.set_size(1);
    }
    EXPECT_EQ(h.l.items[0], tok(2));
    EXPECT_EQ(h.l.items[1], kOpen);
    EXPECT_TRUE(h.l.items[2].is_null());
    h.expect_at_rest();
  }
}

// The narrowest race, made frequent: one CAS storer hammers the two slots
// of a two-item list while a lock holder keeps reversing it, taking both
// items out and putting them back. A take done as a load and a store (not
// one exchange) lets a store land in between: its value is lost and the
// item it replaced is both handed back and moved. Every value published
// must end up exactly once, in the list or handed back.
TEST(ListCas, StoresRacingTakesOnOneSlotAreNeitherLostNorDoubled) {
  Harness h;
  h.append(tok(1));
  h.append(tok(2));
  constexpr int64_t kStores = 200000;
  std::atomic<bool> done{false};
  // The stores start once the reversals have: on a loaded machine the
  // storer could otherwise finish before this thread reverses at all.
  std::atomic<bool> reversing{false};
  std::vector<Value> published{tok(1), tok(2)}, handed_back;
  uint64_t landed = 0;
  std::thread storer([&] {
    while (!reversing.load(std::memory_order_acquire)) std::this_thread::yield();
    uint64_t retries = 0;
    for (int64_t i = 0; i < kStores; ++i) {
      Value v = tok(1000 + i), old;
      int r = list_cas::try_store(&h.l, i & 1, v, &old, &retries);
      if (r == 1) {
        published.push_back(v);
        handed_back.push_back(old);
        ++landed;
      } else if (r == -1) {  // frozen too long: the locked path
        h.store_locked(i & 1, v, &old);
        published.push_back(v);
        handed_back.push_back(old);
      }
    }
    done.store(true, std::memory_order_release);
  });
  uint64_t reversals = 0;
  while (!done.load(std::memory_order_acquire)) {
    h.reverse();
    ++reversals;
    reversing.store(true, std::memory_order_release);
  }
  storer.join();
  std::map<int64_t, int> seen;
  for (int64_t k = 0; k < h.l.size; ++k) ++seen[h.l.items[k].small()];
  for (Value v : handed_back) ++seen[v.small()];
  int64_t wrong = 0;
  for (Value v : published) wrong += seen[v.small()] != 1;
  EXPECT_EQ(h.l.size, 2);
  EXPECT_EQ(seen.size(), published.size()) << "a value appeared that was never published";
  EXPECT_EQ(wrong, 0) << "values lost or found twice, of " << published.size();
  EXPECT_GT(landed, 0u);
  EXPECT_GT(reversals, 0u);
  h.expect_at_rest();
}

// The race. Two appenders append unique values by CAS (under the lock when
// there is no open slot), a storer replaces items by CAS, a reader reads
// without the lock, and a mover holding the lock inserts, pops, sorts,
// reverses, clears and grows. Every value published is then found exactly
// once: in the list or among the values handed back.
TEST(ListCas, AppendersAndStorersRacingLockedMoversLoseAndDuplicateNothing) {
  Harness h;
  // Every thread runs until all have done their share (so that they overlap
  // however the scheduler places them): appends, stores, moves, reads.
  constexpr uint64_t kShare = 50000;
  std::atomic<uint64_t> progress[5] = {};  // 0, 1 appenders, 2 storer, 3 mover, 4 reader
  std::atomic<bool> stop{false};
  std::atomic<int> ready{0};
  std::atomic<uint64_t> cas_appends{0}, cas_stores{0};
  std::atomic<bool> bad_read{false};
  std::vector<Value> published[4], handed_back[4];
  auto start = [&] {
    ready.fetch_add(1);
    while (ready.load() < 5) std::this_thread::yield();
  };
  auto appender = [&](int t) {
    start();
    uint64_t retries = 0, mine = 0;
    for (int64_t i = 0; !stop.load(std::memory_order_relaxed); ++i) {
      Value v = tok((int64_t(t) + 1) * 100000000 + i);
      published[t].push_back(v);
      if (list_cas::try_append(&h.l, v, &retries))
        ++mine;
      else
        h.append(v);
      progress[t].store(uint64_t(i) + 1, std::memory_order_relaxed);
    }
    cas_appends += mine;
  };
  auto storer = [&] {
    start();
    std::mt19937_64 rng(7);
    uint64_t retries = 0, mine = 0;
    for (int64_t i = 0; !stop.load(std::memory_order_relaxed); ++i) {
      progress[2].store(uint64_t(i), std::memory_order_relaxed);
      Value v = tok(300000000 + i), old;
      int64_t at = int64_t(rng() % 64) - 32;  // negative: from the end
      // Negative indexes go to the lock, as list_store_cas sends them.
      int r = at < 0 ? -1 : list_cas::try_store(&h.l, at, v, &old, &retries);
      if (r == 0) continue;  // out of range: never published
      if (r == 1) {
        ++mine;
      } else {
        std::lock_guard<std::mutex> g(h.lock);  // frozen too long: the locked path
        list_cas::Seal seal(&h.l, true);
        int64_t n = h.size(), k = at < 0 ? at + n : at;
        if (k < 0 || k >= n) continue;
        old = list_cas::exchange(h.l.items, k, v);
      }
      published[2].push_back(v);
      handed_back[2].push_back(old);
    }
    cas_stores += mine;
  };
  auto mover = [&] {
    start();
    std::mt19937_64 rng(3);
    for (int64_t i = 0; !stop.load(std::memory_order_relaxed); ++i) {
      progress[3].store(uint64_t(i), std::memory_order_relaxed);
      Value v = tok(400000000 + i), out;
      if (list_cas::size_of(&h.l).load(std::memory_order_relaxed) > 2048) {
        h.clear(&handed_back[3]);  // the appenders are faster than the pops
        continue;
      }
      switch (rng() % 8) {
        case 0: h.insert(0, v); published[3].push_back(v); break;
        case 1: h.insert(int64_t(rng() % 16), v); published[3].push_back(v); break;
        case 2:
        case 3: if (h.pop(-1, &out)) handed_back[3].push_back(out); break;
        case 4: if (h.pop(int64_t(rng() % 8), &out)) handed_back[3].push_back(out); break;
        case 5: if (i % 16 == 5) h.sort(); else h.reverse(); break;
        case 6: if (i % 64 == 6) h.clear(&handed_back[3]); break;
        case 7: if (i % 8 == 7) h.reblock(); break;
      }
    }
  };
  auto reader = [&] {
    start();
    std::mt19937_64 rng(5);
    for (uint64_t reads = 0; !stop.load(std::memory_order_relaxed);) {
      Value v;
      if (h.read(int64_t(rng() % 32), &v)) {
        progress[4].store(++reads, std::memory_order_relaxed);
        if (!v.is_small() || v.small() < 100000000) bad_read = true;
      }
    }
  };
  std::thread threads[] = {std::thread(appender, 0), std::thread(appender, 1), std::thread(storer),
                           std::thread(mover), std::thread(reader)};
  for (;;) {
    bool all = true;
    for (auto& p : progress) all = all && p.load(std::memory_order_relaxed) >= kShare;
    if (all) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  stop = true;
  for (auto& t : threads) t.join();

  h.expect_at_rest();
  EXPECT_FALSE(bad_read) << "a reader got a marker or a value never published";
  std::map<uint64_t, int> seen;  // value -> times found (in the list or handed back)
  for (int64_t i = 0; i < h.l.size; ++i) ++seen[h.l.items[i].raw()];
  for (auto& v : handed_back)
    for (Value x : v) ++seen[x.raw()];
  size_t total = 0;
  for (auto& v : published) {
    total += v.size();
    for (Value x : v) {
      auto it = seen.find(x.raw());
      if (it == seen.end()) {
        ADD_FAILURE() << "value " << x.small() << " was lost";
        continue;
      }
      EXPECT_EQ(it->second, 1) << "value " << x.small() << " found " << it->second << " times";
      seen.erase(it);
    }
  }
  for (auto [raw, n] : seen) ADD_FAILURE() << "value " << Value::from_raw(raw).small() << " was never published";
  EXPECT_GE(total, size_t(2 * kShare));
  // The race did happen: most appends went by CAS, and stores landed too.
  EXPECT_GT(cas_appends.load(), kShare);
  EXPECT_GT(cas_stores.load(), 0u);
}

}  // namespace
}  // namespace lockvm
