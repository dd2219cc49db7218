// Biased reference counting on its own (memory/biased_refcount.h): the
// owner's plain counts, other threads' shared counts, the merge queue, the
// hand-over of objects whose owner has ended, and the rule that every object
// is freed exactly once, also when many threads race on it.
#include "memory/biased_refcount.h"

#include <atomic>
#include <cstdint>
#include <latch>
#include <new>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "strategies/biased.h"

namespace lockvm::memory {
namespace {

struct Header {
  std::atomic<uint64_t> owner;
  std::atomic<int64_t> shared;
  std::atomic<uint32_t> local;
};
using Rc = BiasedRefcount<Header>;
using Release = Rc::Release;

// A thread's BiasedThread, registered with its own eval-breaker word.
struct TestThread {
  std::atomic<uint32_t> eval_breaker{0};
  BiasedThread brc;
  TestThread(BiasedOwners& owners) { owners.register_thread(brc, &eval_breaker, 2); }
};

// What the strategy does with a decrement's verdict; returns true when the
// object must be freed now.
bool release(BiasedOwners& owners, BiasedThread& t, Header& h) {
  switch (Rc::decref(h, t)) {
    case Release::kAlive:
      return false;
    case Release::kFree:
      return true;
    case Release::kQueue:
      if (owners.enqueue(h.owner.load(std::memory_order_relaxed), &h)) return false;
      return Rc::merge(h, -1) == 0;
  }
  return false;
}

// The owner's merge of its queue; returns how many objects it must free.
int merge_queue(BiasedOwners& owners, BiasedThread& t) {
  int dead = 0;
  for (void* h : owners.take_queue(t))
    if (Rc::merge(*static_cast<Header*>(h), -1) == 0) ++dead;
  return dead;
}

TEST(BiasedRefcount, StrategyHeaderIsTwentyFourBytes) { EXPECT_EQ(sizeof(BiasedPolicy::Header), 24u); }

TEST(BiasedRefcount, OwnerCountsWithoutTouchingTheSharedWord) {
  BiasedOwners owners;
  TestThread a(owners);
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, a.brc);
  Rc::incref(h, a.brc);
  EXPECT_EQ(h.local.load(), 3u);
  EXPECT_EQ(h.shared.load(), 0);
  EXPECT_FALSE(release(owners, a.brc, h));
  EXPECT_FALSE(release(owners, a.brc, h));
  EXPECT_TRUE(release(owners, a.brc, h)) << "the owner's last release frees an object nobody shared";
  EXPECT_EQ(a.brc.counters.owner_ops, 5u);
  EXPECT_EQ(a.brc.counters.shared_ops, 0u);
}

TEST(BiasedRefcount, OtherThreadsUseTheSharedCount) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, b.brc);
  EXPECT_EQ(h.shared.load(), Rc::kOne);
  EXPECT_EQ(h.local.load(), 1u);
  EXPECT_FALSE(release(owners, b.brc, h));
  EXPECT_EQ(h.shared.load(), 0);
  EXPECT_TRUE(release(owners, a.brc, h));
  EXPECT_EQ(b.brc.counters.shared_ops, 2u);
}

TEST(BiasedRefcount, OwnerDroppingFirstMergesAndTheLastSharedReleaseFrees) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, b.brc);
  EXPECT_FALSE(release(owners, a.brc, h)) << "b still holds a reference";
  EXPECT_EQ(h.owner.load(), 0u) << "merged: nobody owns it any more";
  EXPECT_EQ(h.shared.load(), Rc::kOne | Rc::kMerged);
  EXPECT_EQ(a.brc.counters.zero_local_merges, 1u);
  EXPECT_TRUE(release(owners, b.brc, h));
}

TEST(BiasedRefcount, ATransferredReferenceIsQueuedToTheOwnerAndMergedThere) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, a.brc);  // two references, both counted locally by a
  // b releases one of them (say it popped the object from a list a filled):
  // there is no shared count to take it from, so it goes to a's queue.
  EXPECT_FALSE(release(owners, b.brc, h));
  EXPECT_EQ(h.shared.load(), Rc::kQueued);
  EXPECT_NE(a.eval_breaker.load() & 2u, 0u) << "the owner is asked to merge at its next eval-breaker check";
  EXPECT_EQ(h.local.load(), 2u) << "the decrement waits for the owner";
  EXPECT_EQ(merge_queue(owners, a.brc), 0) << "one reference is left";
  EXPECT_EQ(a.eval_breaker.load() & 2u, 0u);
  EXPECT_EQ(h.shared.load(), Rc::kOne | Rc::kMerged);
  EXPECT_TRUE(release(owners, a.brc, h)) << "a's own last release (now on the shared word) frees it";
}

TEST(BiasedRefcount, TheQueueKeepsAnObjectAliveUntilTheOwnerMerges) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, a.brc);
  EXPECT_FALSE(release(owners, b.brc, h));  // queued
  EXPECT_FALSE(release(owners, a.brc, h)) << "local 2 -> 1: the queued decrement is not applied yet";
  EXPECT_EQ(merge_queue(owners, a.brc), 1) << "the queued -1 brings it to zero: freed once, by the owner";
}

TEST(BiasedRefcount, ObjectsOfAnEndedOwnerAreMergedByTheThreadThatReleasesThem) {
  BiasedOwners owners;
  TestThread b(owners);
  Header h;
  uint64_t ended_id;
  {
    TestThread a(owners);
    Rc::init(h, a.brc);
    Rc::incref(h, a.brc);  // two references, left behind by a
    ended_id = a.brc.id;
    EXPECT_TRUE(owners.unregister_thread(a.brc).empty());
  }
  EXPECT_FALSE(owners.registered(ended_id));
  EXPECT_FALSE(release(owners, b.brc, h)) << "merged by b: one reference is left";
  EXPECT_EQ(h.owner.load(), 0u);
  EXPECT_EQ(h.shared.load(), Rc::kOne | Rc::kMerged);
  EXPECT_TRUE(release(owners, b.brc, h));
}

TEST(BiasedRefcount, AnEndingThreadGetsWhatWasQueuedToIt) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  EXPECT_FALSE(release(owners, b.brc, h));  // queued: the only reference
  std::vector<void*> left = owners.unregister_thread(a.brc);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(Rc::merge(h, -1), 0) << "the ending owner merges it and frees it";
}

TEST(BiasedRefcount, AnEndingThreadStaysRegisteredUntilItsQueueIsEmpty) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header h;
  Rc::init(h, a.brc);
  EXPECT_FALSE(release(owners, b.brc, h));  // queued to a: the only reference
  std::vector<void*> q;
  EXPECT_FALSE(owners.unregister_if_idle(a.brc, &q)) << "something is queued: a stays";
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(owners.registered(a.brc.id));
  EXPECT_EQ(Rc::merge(*static_cast<Header*>(q[0]), -1), 0) << "a merges it (and would free it)";
  q.clear();
  EXPECT_TRUE(owners.unregister_if_idle(a.brc, &q));
  EXPECT_TRUE(q.empty());
  EXPECT_FALSE(owners.registered(a.brc.id));
}

// An ending thread's merges free objects, and freeing one releases what it
// holds, which that thread may own: owner-path writes to `local`. Leaving
// the table only when the queue is empty puts all of them before the
// unlock that removed it, so a thread that then releases such an object
// and merges it (its owner gone) reads the final count and may free it.
// The second thread's turn is signalled with a relaxed flag on purpose: a
// latch would add the very happens-before edge under test, and
// ThreadSanitizer (this suite runs under it) would report the free racing
// a's last store were the edge missing (a removed first, then releasing).
TEST(BiasedRefcount, AnEndedOwnersLastCountWritesHappenBeforeAnotherThreadsMerge) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  auto* h = new Header();
  Rc::init(*h, a.brc);
  Rc::incref(*h, a.brc);  // two references, both a's count
  std::atomic<bool> a_done{false};
  bool freed = false;
  std::thread ending([&] {
    EXPECT_FALSE(release(owners, a.brc, *h)) << "a's own release, as a freed container's";
    std::vector<void*> q;
    while (!owners.unregister_if_idle(a.brc, &q)) {
      for (void* x : q) Rc::merge(*static_cast<Header*>(x), -1);
      q.clear();
    }
    a_done.store(true, std::memory_order_relaxed);
  });
  std::thread other([&] {
    while (!a_done.load(std::memory_order_relaxed)) std::this_thread::yield();
    freed = release(owners, b.brc, *h);  // shared == 0: queued, a is gone: merged here
    if (freed) delete h;
  });
  ending.join();
  other.join();
  EXPECT_TRUE(freed) << "the last reference, merged by b";
}

TEST(BiasedRefcount, OwnerIdsAreNeverReused) {
  BiasedOwners owners;
  uint64_t first;
  {
    TestThread a(owners);
    first = a.brc.id;
    owners.unregister_thread(a.brc);
  }
  TestThread b(owners);
  EXPECT_NE(b.brc.id, first);
  EXPECT_NE(b.brc.id, 0u);
}

TEST(BiasedRefcount, ImmortalAndDeferredObjectsAreNotCounted) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  Header imm, def;
  Rc::init(imm, a.brc);
  Rc::init(def, a.brc);
  Rc::mark(imm, Rc::kImmortalMark);
  Rc::mark(def, Rc::kDeferredMark);
  for (int i = 0; i < 3; ++i) {
    Rc::incref(imm, b.brc);
    Rc::incref(def, a.brc);
    EXPECT_FALSE(release(owners, b.brc, imm));
    EXPECT_FALSE(release(owners, a.brc, def));
    EXPECT_FALSE(release(owners, a.brc, def));  // more releases than references: still never freed
  }
  EXPECT_EQ(imm.shared.load(), 0);
  EXPECT_EQ(def.local.load(), Rc::kDeferredMark);
  EXPECT_EQ(b.brc.counters.immortal_skips, 6u);
  EXPECT_EQ(a.brc.counters.deferred_skips, 9u);
  EXPECT_EQ(b.brc.counters.shared_ops + a.brc.counters.owner_ops, 0u);
}

// Threads share one object owned by thread 0: each takes and drops
// references many times, handing some to each other through the queue,
// while the owner merges at "eval-breaker checks". Exactly one release in
// all of it may report the object dead, and only at the very end.
TEST(BiasedRefcount, RacingThreadsFreeTheObjectExactlyOnce) {
  constexpr int kThreads = 4;
  constexpr int kRounds = 20000;
  BiasedOwners owners;
  std::vector<std::unique_ptr<TestThread>> threads;
  for (int i = 0; i < kThreads; ++i) threads.push_back(std::make_unique<TestThread>(owners));
  Header h;
  Rc::init(h, threads[0]->brc);
  // One reference per worker, taken by the owner and handed over (as a
  // list the owner filled and the workers popped from would).
  for (int i = 1; i < kThreads; ++i) Rc::incref(h, threads[0]->brc);
  std::atomic<int> frees{0};
  std::atomic<int> workers_left{kThreads - 1};
  std::latch start(kThreads);
  std::vector<std::thread> pool;
  for (int i = 1; i < kThreads; ++i) {
    pool.emplace_back([&, i] {
      BiasedThread& me = threads[i]->brc;
      start.arrive_and_wait();
      for (int r = 0; r < kRounds; ++r) {
        Rc::incref(h, me);
        if (release(owners, me, h)) frees.fetch_add(1);
      }
      if (release(owners, me, h)) frees.fetch_add(1);  // the handed-over reference
      workers_left.fetch_sub(1);
    });
  }
  BiasedThread& owner = threads[0]->brc;
  start.arrive_and_wait();
  while (workers_left.load() > 0) {
    Rc::incref(h, owner);
    if (release(owners, owner, h)) frees.fetch_add(1);
    frees.fetch_add(merge_queue(owners, owner));
  }
  for (std::thread& t : pool) t.join();
  frees.fetch_add(merge_queue(owners, owner));
  EXPECT_EQ(frees.load(), 0) << "the owner's own reference is still held";
  if (release(owners, owner, h)) frees.fetch_add(1);
  frees.fetch_add(merge_queue(owners, owner));
  EXPECT_EQ(frees.load(), 1);
  for (auto& t : threads) owners.unregister_thread(t->brc);
}

// Coalescing (memory/ref_cache.h): a non-owner's decrement is parked, its
// next increment of the same object reuses the parked reference without
// touching the shared word, and the parked reference is given back by a
// flush, after which the object dies exactly when its counts say so.
TEST(BiasedRefcount, CoalescedPairsLeaveTheSharedWordAlone) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  b.brc.coalesce = true;
  b.brc.release_bit = 8;
  Header h;
  Rc::init(h, a.brc);
  Rc::incref(h, b.brc);  // b takes a reference: one atomic add
  EXPECT_EQ(h.shared.load() >> Rc::kShift, 1);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(release(owners, b.brc, h)) << "parked, not applied";
    Rc::incref(h, b.brc);  // reuses the parked reference
  }
  EXPECT_EQ(h.shared.load() >> Rc::kShift, 1) << "the pairs never reached the header";
  EXPECT_EQ(b.brc.counters.shared_ops, 1u);
  EXPECT_EQ(b.brc.counters.coalesced, 1000u);
  EXPECT_FALSE(release(owners, b.brc, h));  // b drops its reference: parked
  EXPECT_EQ(b.eval_breaker.load() & 8u, 0u) << "nothing to give back yet";
  EXPECT_FALSE(release(owners, a.brc, h)) << "the owner's last release cannot free: b's parked reference counts";
  b.brc.cache.flush();
  auto released = b.brc.cache.take_released();
  ASSERT_EQ(released.size(), 1u);
  EXPECT_EQ(released[0].first, &h);
  EXPECT_EQ(released[0].second, 1u);
  EXPECT_EQ(Rc::release_parked(h, b.brc), Release::kFree) << "the parked reference was the last";
  owners.unregister_thread(a.brc);
  owners.unregister_thread(b.brc);
}

// Two objects competing for one cache slot: the first one's parked
// reference is evicted (handed out for a real decrement) and the thread's
// release bit is raised once.
TEST(BiasedRefcount, EvictionHandsParkedReferencesBack) {
  BiasedOwners owners;
  TestThread a(owners), b(owners);
  b.brc.coalesce = true;
  b.brc.release_bit = 8;
  // Headers RefCache::kSlots * 32 bytes apart share a slot.
  constexpr size_t kStride = RefCache::kSlots * 32;
  std::vector<uint64_t> memory((kStride + sizeof(Header)) / sizeof(uint64_t) + 1);
  Header& h1 = *new (memory.data()) Header;
  Header& h2 = *new (reinterpret_cast<char*>(memory.data()) + kStride) Header;
  Rc::init(h1, a.brc);
  Rc::init(h2, a.brc);
  Rc::incref(h1, b.brc);
  Rc::incref(h2, b.brc);
  EXPECT_FALSE(release(owners, b.brc, h1));
  EXPECT_FALSE(b.brc.cache.has_released());
  EXPECT_FALSE(release(owners, b.brc, h2)) << "takes h1's slot";
  EXPECT_TRUE(b.brc.cache.has_released());
  EXPECT_EQ(b.eval_breaker.load() & 8u, 8u);
  auto released = b.brc.cache.take_released();
  ASSERT_EQ(released.size(), 1u);
  EXPECT_EQ(released[0].first, &h1);
  EXPECT_EQ(Rc::release_parked(h1, b.brc), Release::kAlive) << "the owner still holds h1";
  EXPECT_EQ(h1.shared.load() >> Rc::kShift, 0);
  owners.unregister_thread(a.brc);
  owners.unregister_thread(b.brc);
}

// The periodic aging (every RefCache::kFlushEvery parks): a reference whose
// slot was used during the period stays parked (a hot shared object is not
// re-taken with an atomic every period); one whose slot went unused for a
// whole period is given back.
TEST(BiasedRefcount, AgingKeepsReferencesInUseAndGivesBackIdleOnes) {
  RefCache cache;
  // Apart enough that they never share a cache slot (RefCache::index).
  alignas(64) Header hot;
  alignas(64) Header idle;
  EXPECT_FALSE(cache.park(&hot));
  EXPECT_FALSE(cache.park(&idle));
  cache.age();  // both were used during the first period
  EXPECT_FALSE(cache.has_released());
  EXPECT_TRUE(cache.absorb(&hot));
  EXPECT_FALSE(cache.park(&hot));  // hot is used again; idle is not
  cache.age();
  auto released = cache.take_released();
  ASSERT_EQ(released.size(), 1u);
  EXPECT_EQ(released[0].first, &idle);
  EXPECT_EQ(released[0].second, 1u);
  cache.age();  // hot went unused for this period
  released = cache.take_released();
  ASSERT_EQ(released.size(), 1u);
  EXPECT_EQ(released[0].first, &hot);
  // Parks alone end a period: kFlushEvery parks of one object keep it.
  for (uint64_t i = 0; i < RefCache::kFlushEvery; ++i) cache.park(&hot);
  EXPECT_FALSE(cache.has_released());
  cache.flush();  // a thread that blocks or ends gives everything back
  released = cache.take_released();
  ASSERT_EQ(released.size(), 1u);
  EXPECT_EQ(released[0].second, static_cast<uint32_t>(RefCache::kFlushEvery));
}

}  // namespace
}  // namespace lockvm::memory
