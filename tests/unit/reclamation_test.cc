// memory::QsbrDomain and memory::EpochDomain: a retired block outlives every
// reader that might hold it and no longer; offline or idle threads do not
// hold reclamation back; a departing thread's blocks are adopted, never
// leaked or freed twice; the counters move as documented; and a stress run
// of lock-free readers against writers that replace and retire a shared
// node, which AddressSanitizer (use after free) and ThreadSanitizer (a free
// racing a read) check in their builds. Threads step through phases with an
// atomic, so the outcomes do not depend on timing.
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "memory/alloc.h"
#include "memory/epoch.h"
#include "memory/qsbr.h"

namespace lockvm::memory {
namespace {

// Spins (yielding) until `done()`; false after an absurdly long time, so a
// broken scheme fails the test instead of hanging the suite.
template <class F>
bool eventually(F done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

// Blocks that are not memory: each is a counter that its deleter bumps, so a
// test can tell which blocks were freed and how often.
constexpr size_t kSlots = 256;
std::array<std::atomic<int>, kSlots> g_slot_frees;

void count_free(void* block) { static_cast<std::atomic<int>*>(block)->fetch_add(1); }

void reset_slots() {
  for (auto& s : g_slot_frees) s.store(0);
}
void* slot(size_t i) { return &g_slot_frees[i]; }
int frees_of(size_t i) { return g_slot_frees[i].load(); }
int total_frees() {
  int n = 0;
  for (auto& s : g_slot_frees) n += s.load();
  return n;
}

// A phase counter the threads of one test step through.
struct Phase {
  std::atomic<int> value{0};
  void set(int v) { value.store(v, std::memory_order_release); }
  bool wait(int v) {
    return eventually([&] { return value.load(std::memory_order_acquire) >= v; });
  }
};

// The shared node of the stress tests: readers check that it is intact.
constexpr uint64_t kMagic = 0x5eed'1e55'c0ff'ee00;
constexpr uint64_t kDead = 0xdead'dead'dead'dead;
constexpr uint64_t kMix = 0x9e37'79b9'7f4a'7c15;
struct Node {
  uint64_t magic;
  uint64_t value;
  uint64_t check;  // value ^ kMix
};
std::atomic<uint64_t> g_nodes_freed{0};

Node* make_node(uint64_t v) { return new (allocate(sizeof(Node))) Node{kMagic, v, v ^ kMix}; }

// Poisons before freeing: a reader that still held the node sees the
// poison (or, under the sanitizers, is reported).
void free_node(void* p) {
  auto* n = static_cast<Node*>(p);
  n->magic = kDead;
  release(n);
  g_nodes_freed.fetch_add(1, std::memory_order_relaxed);
}

bool node_intact(const Node* n) { return n->magic == kMagic && n->check == (n->value ^ kMix); }

// Stress sizes: 4 readers of 40000 rounds of kHeld loads each (2.56 million
// loads, each node checked twice) against 2 writers that replace and retire
// the node until the readers are done (at least 50000 times each; some
// 300000-800000 in all). Both sides yield now and then so that on 2 cores
// they interleave instead of running one after the other. About 30-80 ms in
// Release and half a second under ThreadSanitizer on 2 cores.
constexpr int kStressReaders = 4;
constexpr int kStressWriters = 2;
constexpr uint64_t kReaderRounds = 40000;
constexpr uint64_t kMinWritesPerWriter = 50000;
constexpr uint64_t kReclaimEvery = 64;
// A reader keeps every node it loads in one round (between two quiescent
// states, or within one critical section) and checks them all again at the
// end, so a premature free has a whole round to show.
constexpr size_t kHeld = 16;

// How each scheme brackets a reader's round and a writer's retirement.
struct QsbrStress {
  using Domain = QsbrDomain;
  using Thread = QsbrThread;
  static void round_begin(Domain&, Thread*) {}
  static void round_end(Domain& dom, Thread* t, uint64_t round) {
    dom.quiescent(t);
    // Now and then a "blocking call": the offline/online path too.
    if (round % 128 == 127) {
      dom.offline(t);
      std::this_thread::yield();
      dom.online(t);
    }
  }
  static bool inner_read(Domain&, Thread*, uint64_t, const std::atomic<Node*>&) { return true; }
  static void retire(Domain& dom, Thread* t, Node* old, int) { dom.retire(t, old, free_node); }
};

struct EpochStress {
  using Domain = EpochDomain;
  using Thread = EpochThread;
  static void round_begin(Domain& dom, Thread* t) { dom.enter(t); }
  static void round_end(Domain& dom, Thread* t, uint64_t) { dom.exit(t); }
  // Now and then a read inside a read: a nested section.
  static bool inner_read(Domain& dom, Thread* t, uint64_t round, const std::atomic<Node*>& head) {
    if (round % 64 != 0) return true;
    EpochGuard nested(dom, t);
    return node_intact(head.load(std::memory_order_acquire));
  }
  // One writer retires inside a section, the other outside.
  static void retire(Domain& dom, Thread* t, Node* old, int writer) {
    if (writer == 0) {
      EpochGuard guard(dom, t);
      dom.retire(t, old, free_node);
    } else {
      dom.retire(t, old, free_node);
    }
  }
};

// Readers load a shared node and check it while writers replace it and
// retire the old one; at the end every node retired (and the last head) has
// been freed exactly once and no reader ever saw a freed node.
template <class S>
void run_stress() {
  g_nodes_freed.store(0);
  typename S::Domain dom;
  std::atomic<Node*> head{make_node(0)};
  std::atomic<uint64_t> retired{0}, reads{0}, broken{0};
  std::atomic<int> readers_left{kStressReaders};
  std::atomic<int> started{0};
  auto start_together = [&] {
    started.fetch_add(1);
    return eventually([&] { return started.load() == kStressReaders + kStressWriters; });
  };
  std::vector<std::thread> threads;
  for (int r = 0; r < kStressReaders; ++r) {
    threads.emplace_back([&] {
      typename S::Thread* t = dom.register_thread();
      EXPECT_TRUE(start_together());
      uint64_t n = 0, bad = 0;
      std::array<const Node*, kHeld> held;
      for (uint64_t round = 0; round < kReaderRounds; ++round) {
        S::round_begin(dom, t);
        for (size_t k = 0; k < kHeld; ++k, ++n) {
          held[k] = head.load(std::memory_order_acquire);
          if (!node_intact(held[k])) ++bad;
          if (k == kHeld / 2 && !S::inner_read(dom, t, round, head)) ++bad;
        }
        if (round % 16 == 15) std::this_thread::yield();  // let writers retire what we hold
        for (const Node* node : held) {
          if (!node_intact(node)) ++bad;
        }
        S::round_end(dom, t, round);
      }
      reads.fetch_add(n);
      broken.fetch_add(bad);
      dom.unregister_thread(t);
      readers_left.fetch_sub(1, std::memory_order_release);
    });
  }
  for (int w = 0; w < kStressWriters; ++w) {
    threads.emplace_back([&, w] {
      typename S::Thread* t = dom.register_thread();
      EXPECT_TRUE(start_together());
      uint64_t i = 0;
      for (; i < kMinWritesPerWriter || readers_left.load(std::memory_order_acquire) != 0; ++i) {
        Node* fresh = make_node(static_cast<uint64_t>(w) << 32 | i);
        S::retire(dom, t, head.exchange(fresh, std::memory_order_acq_rel), w);
        if (i % kReclaimEvery == kReclaimEvery - 1) {
          dom.reclaim(t);
          std::this_thread::yield();
        }
      }
      retired.fetch_add(i);
      dom.unregister_thread(t);
    });
  }
  for (auto& th : threads) th.join();
  free_node(head.load());
  dom.drain_all();
  EXPECT_EQ(broken.load(), 0u);
  EXPECT_EQ(reads.load(), kStressReaders * kReaderRounds * kHeld);
  EXPECT_GE(retired.load(), kStressWriters * kMinWritesPerWriter);
  EXPECT_EQ(g_nodes_freed.load(), retired.load() + 1);  // + the last head
  EXPECT_EQ(dom.orphan_count(), 0u);
  testing::Test::RecordProperty("writes", std::to_string(retired.load()));
}

// ---------------------------------------------------------------------------
// QSBR

TEST(Qsbr, OnlineReaderDelaysFreeUntilQuiescent) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* w = dom.register_thread();
  Phase phase;
  std::thread reader([&] {
    QsbrThread* r = dom.register_thread();
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.quiescent(r);
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  dom.retire(w, slot(0), count_free);
  // The reader has not reported since the retirement: however often the
  // writer polls, the block stays.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(dom.reclaim(w), 0u);
  EXPECT_EQ(frees_of(0), 0);
  EXPECT_EQ(w->pending(), 1u);
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  EXPECT_EQ(dom.reclaim(w), 1u);
  EXPECT_EQ(frees_of(0), 1);
  EXPECT_EQ(w->pending(), 0u);
  phase.set(4);
  reader.join();
  dom.unregister_thread(w);
  EXPECT_EQ(dom.drain_all(), 0u);
  EXPECT_EQ(total_frees(), 1);
}

TEST(Qsbr, OfflineThreadDoesNotBlock) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* w = dom.register_thread();
  Phase phase;
  // `blocked` goes offline (as around a system call) and never reports;
  // `busy` stays online and reports when asked. Two online threads keep the
  // writer off the single-thread path, so the scan is what is tested.
  std::thread blocked([&] {
    QsbrThread* r = dom.register_thread();
    dom.offline(r);
    phase.set(1);
    ASSERT_TRUE(phase.wait(5));
    dom.online(r);
    dom.unregister_thread(r);
  });
  std::thread busy([&] {
    ASSERT_TRUE(phase.wait(1));
    QsbrThread* r = dom.register_thread();
    phase.set(2);
    ASSERT_TRUE(phase.wait(3));
    dom.quiescent(r);
    phase.set(4);
    ASSERT_TRUE(phase.wait(5));  // online through the writer's poll
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(2));
  dom.retire(w, slot(0), count_free);
  dom.retire(w, slot(1), count_free);
  EXPECT_EQ(dom.reclaim(w), 0u);  // `busy` has not reported yet
  phase.set(3);
  ASSERT_TRUE(phase.wait(4));
  EXPECT_EQ(dom.reclaim(w), 2u);  // `blocked` never reported, yet both go
  EXPECT_EQ(frees_of(0), 1);
  EXPECT_EQ(frees_of(1), 1);
  EXPECT_GT(dom.read_seq(), QsbrDomain::kInitialSeq);  // published by the scan
  phase.set(5);
  blocked.join();
  busy.join();
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), 2);
}

TEST(Qsbr, OnlineAgainCountsFromNow) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* w = dom.register_thread();
  Phase phase;
  std::thread reader([&] {
    QsbrThread* r = dom.register_thread();
    dom.offline(r);
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.online(r);  // back from the "system call": holds nothing yet
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.quiescent(r);
    phase.set(5);
    ASSERT_TRUE(phase.wait(6));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  // Retired after the reader came back: it may have loaded the block since.
  dom.retire(w, slot(0), count_free);
  EXPECT_EQ(dom.reclaim(w), 0u);
  phase.set(4);
  ASSERT_TRUE(phase.wait(5));
  EXPECT_EQ(dom.reclaim(w), 1u);
  phase.set(6);
  reader.join();
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), 1);
}

TEST(Qsbr, UnregisterHandsPendingBlocksOver) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* main_t = dom.register_thread();  // online, not reporting: holds everything back
  Phase phase;
  std::thread other([&] {
    QsbrThread* r = dom.register_thread();
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.quiescent(r);
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  constexpr size_t kBlocks = 100;  // more than one tagging batch
  std::thread leaver([&] {
    QsbrThread* t = dom.register_thread();
    for (size_t i = 0; i < kBlocks; ++i) dom.retire(t, slot(i), count_free);
    dom.unregister_thread(t);
  });
  leaver.join();
  EXPECT_EQ(dom.orphan_count(), kBlocks);
  EXPECT_EQ(total_frees(), 0);
  EXPECT_EQ(dom.thread_count(), 2u);
  // `other` reports; main's reclaim (its own quiescent state included)
  // adopts and frees the orphans through the scan.
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  EXPECT_EQ(dom.reclaim(main_t), kBlocks);
  EXPECT_EQ(dom.orphan_count(), 0u);
  EXPECT_EQ(main_t->deferred_frees(), kBlocks);
  phase.set(4);
  other.join();
  dom.unregister_thread(main_t);
  EXPECT_EQ(dom.drain_all(), 0u);
  for (size_t i = 0; i < kBlocks; ++i) EXPECT_EQ(frees_of(i), 1) << "block " << i;
  EXPECT_EQ(total_frees(), static_cast<int>(kBlocks));
}

TEST(Qsbr, LastThreadOutLeavesOrphansForDrain) {
  reset_slots();
  {
    QsbrDomain dom;
    QsbrThread* a = dom.register_thread();
    QsbrThread* b = dom.register_thread();
    // Same thread, two records: `a` is a reader that never reports, so
    // nothing `b` retires can go when `b` leaves.
    dom.retire(b, slot(0), count_free);
    dom.retire(b, slot(1), count_free);
    dom.unregister_thread(b);
    EXPECT_EQ(dom.orphan_count(), 2u);
    EXPECT_EQ(total_frees(), 0);
    dom.offline(a);
    EXPECT_EQ(dom.drain_all(), 2u);
    EXPECT_EQ(dom.orphan_count(), 0u);
    dom.online(a);
    dom.retire(a, slot(2), count_free);
    // `a` left registered with a pending block: the destructor frees it.
  }
  EXPECT_EQ(frees_of(0), 1);
  EXPECT_EQ(frees_of(1), 1);
  EXPECT_EQ(frees_of(2), 1);
}

TEST(Qsbr, SingleThreadFreesAtOnce) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* t = dom.register_thread();
  const uint64_t seq_before = dom.write_seq();
  dom.retire(t, slot(0), count_free);
  dom.retire(t, slot(1), count_free);
  dom.retire(t, slot(2), count_free);
  EXPECT_EQ(total_frees(), 0);  // retire never frees
  EXPECT_EQ(dom.reclaim(t), 3u);
  // Alone, no grace period is needed, so none is started.
  EXPECT_EQ(dom.write_seq(), seq_before);
  EXPECT_EQ(total_frees(), 3);
  dom.unregister_thread(t);
}

TEST(Qsbr, CountersAndTagBatches) {
  reset_slots();
  QsbrDomain dom;
  QsbrThread* w = dom.register_thread();
  EXPECT_EQ(w->grace_periods(), 0u);
  EXPECT_EQ(w->deferred_frees(), 0u);
  EXPECT_EQ(dom.reclaim(w), 0u);  // nothing pending: no grace period counted
  EXPECT_EQ(w->grace_periods(), 0u);

  Phase phase;
  std::thread reader([&] {
    QsbrThread* r = dom.register_thread();
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.quiescent(r);
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  // A full batch is tagged by one advance of 2, at the kTagBatch-th retire.
  const uint64_t seq0 = dom.write_seq();
  for (size_t i = 0; i + 1 < QsbrDomain::kTagBatch; ++i) dom.retire(w, slot(i), count_free);
  EXPECT_EQ(dom.write_seq(), seq0);
  dom.retire(w, slot(QsbrDomain::kTagBatch - 1), count_free);
  EXPECT_EQ(dom.write_seq(), seq0 + QsbrDomain::kIncrement);
  EXPECT_EQ(w->pending(), QsbrDomain::kTagBatch);
  EXPECT_EQ(dom.reclaim(w), 0u);  // the reader holds them: counters stay
  EXPECT_EQ(w->grace_periods(), 0u);
  EXPECT_EQ(w->deferred_frees(), 0u);
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  EXPECT_EQ(dom.reclaim(w), QsbrDomain::kTagBatch);
  EXPECT_EQ(w->grace_periods(), 1u);
  EXPECT_EQ(w->deferred_frees(), QsbrDomain::kTagBatch);
  EXPECT_EQ(w->pending(), 0u);
  phase.set(4);
  reader.join();
  // Alone again: one more reclaim that frees counts one more grace period.
  dom.retire(w, slot(100), count_free);
  dom.retire(w, slot(101), count_free);
  EXPECT_EQ(dom.reclaim(w), 2u);
  EXPECT_EQ(w->grace_periods(), 2u);
  EXPECT_EQ(w->deferred_frees(), QsbrDomain::kTagBatch + 2);
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), static_cast<int>(QsbrDomain::kTagBatch) + 2);
}

TEST(Qsbr, StressReadersAgainstRetiringWriters) { run_stress<QsbrStress>(); }

// ---------------------------------------------------------------------------
// EBR

TEST(EpochReclamation, CriticalSectionDelaysFreeUntilExit) {
  reset_slots();
  EpochDomain dom;
  EpochThread* w = dom.register_thread();
  Phase phase;
  std::thread reader([&] {
    EpochThread* r = dom.register_thread();
    dom.enter(r);
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.exit(r);
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  dom.retire(w, slot(0), count_free);
  // The epoch may move once (the reader announced the current one) but not
  // twice while the reader stays inside.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(dom.reclaim(w), 0u);
  EXPECT_EQ(frees_of(0), 0);
  EXPECT_EQ(w->pending(), 1u);
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  EXPECT_EQ(dom.reclaim(w), 1u);
  EXPECT_EQ(frees_of(0), 1);
  phase.set(4);
  reader.join();
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), 1);
}

TEST(EpochReclamation, NestedSectionsHoldUntilOutermostExit) {
  reset_slots();
  EpochDomain dom;
  EpochThread* w = dom.register_thread();
  Phase phase;
  std::thread reader([&] {
    EpochThread* r = dom.register_thread();
    dom.enter(r);
    dom.enter(r);  // a read that calls into another read
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.exit(r);  // inner exit: still inside
    EXPECT_TRUE(r->in_critical_section());
    phase.set(3);
    ASSERT_TRUE(phase.wait(4));
    dom.exit(r);
    EXPECT_FALSE(r->in_critical_section());
    phase.set(5);
    ASSERT_TRUE(phase.wait(6));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  dom.retire(w, slot(0), count_free);
  EXPECT_EQ(dom.reclaim(w), 0u);
  phase.set(2);
  ASSERT_TRUE(phase.wait(3));
  EXPECT_EQ(dom.reclaim(w), 0u);
  phase.set(4);
  ASSERT_TRUE(phase.wait(5));
  EXPECT_EQ(dom.reclaim(w), 1u);
  phase.set(6);
  reader.join();
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), 1);
}

TEST(EpochReclamation, IdleThreadsDoNotBlock) {
  reset_slots();
  EpochDomain dom;
  EpochThread* w = dom.register_thread();
  Phase phase;
  // Registered threads outside any critical section (one never entered,
  // one entered and left) do not hold the epoch back.
  std::thread idle([&] {
    EpochThread* r = dom.register_thread();
    phase.set(1);
    ASSERT_TRUE(phase.wait(3));
    dom.unregister_thread(r);
  });
  std::thread visited([&] {
    ASSERT_TRUE(phase.wait(1));
    EpochThread* r = dom.register_thread();
    {
      EpochGuard guard(dom, r);
    }
    phase.set(2);
    ASSERT_TRUE(phase.wait(3));
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(2));
  const uint64_t e0 = dom.epoch();
  dom.retire(w, slot(0), count_free);
  dom.retire(w, slot(1), count_free);
  EXPECT_EQ(dom.reclaim(w), 2u);  // two advances in one call
  EXPECT_EQ(dom.epoch(), e0 + 2);
  EXPECT_EQ(w->advances(), 2u);
  phase.set(3);
  idle.join();
  visited.join();
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), 2);
}

TEST(EpochReclamation, UnregisterHandsPendingBlocksOver) {
  reset_slots();
  EpochDomain dom;
  EpochThread* main_t = dom.register_thread();
  dom.enter(main_t);  // holds everything retired from now on
  constexpr size_t kBlocks = 100;
  std::thread leaver([&] {
    EpochThread* t = dom.register_thread();
    for (size_t i = 0; i < kBlocks; ++i) dom.retire(t, slot(i), count_free);
    dom.unregister_thread(t);
  });
  leaver.join();
  EXPECT_EQ(dom.orphan_count(), kBlocks);
  EXPECT_EQ(total_frees(), 0);
  // Still inside: the orphans stay.
  EXPECT_EQ(dom.reclaim(main_t), 0u);
  EXPECT_EQ(dom.orphan_count(), kBlocks);
  dom.exit(main_t);
  // A reader that enters now cannot hold the orphans; it does not block.
  Phase phase;
  std::thread late([&] {
    EpochThread* r = dom.register_thread();
    dom.enter(r);
    phase.set(1);
    ASSERT_TRUE(phase.wait(2));
    dom.exit(r);
    dom.unregister_thread(r);
  });
  ASSERT_TRUE(phase.wait(1));
  // Freed within a few polls (the late reader may have announced an epoch
  // the first advances leave behind).
  size_t freed = 0;
  for (int i = 0; i < 3 && freed < kBlocks; ++i) freed += dom.reclaim(main_t);
  phase.set(2);
  late.join();
  freed += dom.reclaim(main_t);
  EXPECT_EQ(freed, kBlocks);
  EXPECT_EQ(dom.orphan_count(), 0u);
  EXPECT_EQ(main_t->deferred_frees(), kBlocks);
  dom.unregister_thread(main_t);
  EXPECT_EQ(dom.drain_all(), 0u);
  for (size_t i = 0; i < kBlocks; ++i) EXPECT_EQ(frees_of(i), 1) << "block " << i;
  EXPECT_EQ(total_frees(), static_cast<int>(kBlocks));
}

TEST(EpochReclamation, DrainAllAndDestructorFreeTheRest) {
  reset_slots();
  {
    EpochDomain dom;
    EpochThread* a = dom.register_thread();
    EpochThread* b = dom.register_thread();
    dom.enter(a);
    dom.retire(b, slot(0), count_free);
    dom.unregister_thread(b);
    EXPECT_EQ(dom.orphan_count(), 1u);
    dom.exit(a);
    EXPECT_EQ(dom.drain_all(), 1u);
    dom.retire(a, slot(1), count_free);
    // `a` stays registered with a pending block: the destructor frees it.
  }
  EXPECT_EQ(frees_of(0), 1);
  EXPECT_EQ(frees_of(1), 1);
}

TEST(EpochReclamation, Counters) {
  reset_slots();
  EpochDomain dom;
  EpochThread* w = dom.register_thread();
  EXPECT_EQ(dom.reclaim(w), 0u);  // nothing pending: nothing counted, no advance
  EXPECT_EQ(w->grace_periods(), 0u);
  EXPECT_EQ(w->advances(), 0u);
  const uint64_t e0 = dom.epoch();
  // Retiring a full batch tags it but does not move the epoch.
  for (size_t i = 0; i < EpochDomain::kTagBatch; ++i) dom.retire(w, slot(i), count_free);
  EXPECT_EQ(dom.epoch(), e0);
  EXPECT_EQ(w->pending(), EpochDomain::kTagBatch);
  // Inside its own section the thread holds its own blocks back: the epoch
  // moves once, not twice.
  dom.enter(w);
  EXPECT_EQ(dom.reclaim(w), 0u);
  EXPECT_EQ(dom.epoch(), e0 + 1);
  EXPECT_EQ(w->grace_periods(), 0u);
  EXPECT_EQ(w->deferred_frees(), 0u);
  dom.exit(w);
  EXPECT_EQ(dom.reclaim(w), EpochDomain::kTagBatch);
  EXPECT_EQ(dom.epoch(), e0 + 2);
  EXPECT_EQ(w->grace_periods(), 1u);
  EXPECT_EQ(w->deferred_frees(), EpochDomain::kTagBatch);
  EXPECT_EQ(w->advances(), 2u);
  EXPECT_EQ(w->pending(), 0u);
  dom.retire(w, slot(200), count_free);
  EXPECT_EQ(dom.reclaim(w), 1u);
  EXPECT_EQ(w->grace_periods(), 2u);
  EXPECT_EQ(w->deferred_frees(), EpochDomain::kTagBatch + 1);
  dom.unregister_thread(w);
  EXPECT_EQ(total_frees(), static_cast<int>(EpochDomain::kTagBatch) + 1);
}

TEST(EpochReclamation, StressReadersAgainstRetiringWriters) { run_stress<EpochStress>(); }

}  // namespace
}  // namespace lockvm::memory
