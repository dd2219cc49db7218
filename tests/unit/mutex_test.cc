// locking::Mutex and locking::TwoLock: mutual exclusion under contention,
// try_lock, parking, hand-off to a waiter that has waited long enough, and
// deadlock-free two-lock sections. Threads are synchronized with latches
// and atomics; the few sleeps only create contention or let time pass.
#include "locking/mutex.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <latch>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "locking/parking_lot.h"
#include "locking/two_lock.h"

namespace lockvm::locking {
namespace {

// Spins (yielding) until `done()`; false if that takes absurdly long, so a
// broken primitive fails the test instead of hanging the suite.
template <class F>
bool eventually(F done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

// The parking-lot key of a Mutex: its lock word, its only member.
const void* park_key(const Mutex& m) { return &m; }

TEST(MutexTest, IsOneByte) { EXPECT_EQ(sizeof(Mutex), 1u); }

TEST(MutexTest, LockUnlockAndLockGuard) {
  Mutex m;
  EXPECT_FALSE(m.is_locked());
  m.lock();
  EXPECT_TRUE(m.is_locked());
  m.unlock();
  EXPECT_FALSE(m.is_locked());
  {
    std::lock_guard<Mutex> guard(m);
    EXPECT_TRUE(m.is_locked());
  }
  EXPECT_FALSE(m.is_locked());
  {
    MutexLock guard(m);
    EXPECT_TRUE(m.is_locked());
  }
  EXPECT_FALSE(m.is_locked());
}

TEST(MutexTest, TryLock) {
  Mutex m;
  ASSERT_TRUE(m.try_lock());
  EXPECT_FALSE(m.try_lock());  // not reentrant
  bool other_got = true;
  std::thread([&] { other_got = m.try_lock(); }).join();
  EXPECT_FALSE(other_got);
  m.unlock();
  std::thread([&] {
    other_got = m.try_lock();
    if (other_got) m.unlock();
  }).join();
  EXPECT_TRUE(other_got);
  EXPECT_FALSE(m.is_locked());
}

TEST(MutexTest, ReportsContention) {
  Mutex m;
  EXPECT_FALSE(m.lock_reporting_contention());
  bool contended = false;
  std::thread t([&] {
    contended = m.lock_reporting_contention();  // the main thread holds it
    m.unlock();
  });
  // Let the thread find it locked (it parks after a few yields), then free it.
  ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(park_key(m)) == 1; }));
  m.unlock();
  t.join();
  EXPECT_TRUE(contended);
}

class MutexContentionTest : public ::testing::TestWithParam<int> {};

TEST_P(MutexContentionTest, CountsExactly) {
  const int threads = GetParam();
  constexpr int kIters = 20000;
  Mutex m;
  uint64_t counter = 0;           // guarded by m
  std::atomic<int> inside{0};     // how many threads are in the critical section
  std::atomic<bool> overlap{false};
  std::latch start(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < kIters; ++i) {
        // Mix the entry points: lock, try_lock-then-lock, and the guard.
        if ((i + t) % 3 == 0) {
          if (!m.try_lock()) m.lock();
        } else {
          m.lock();
        }
        if (inside.fetch_add(1, std::memory_order_relaxed) != 0) overlap = true;
        ++counter;
        inside.fetch_sub(1, std::memory_order_relaxed);
        m.unlock();
      }
    });
  }
  for (auto& th : pool) th.join();
  EXPECT_FALSE(overlap.load());
  EXPECT_EQ(counter, static_cast<uint64_t>(threads) * kIters);
  EXPECT_FALSE(m.is_locked());
}

INSTANTIATE_TEST_SUITE_P(Threads, MutexContentionTest, ::testing::Range(2, 9));

TEST(MutexTest, ParkedWaitersAllGetTheLock) {
  constexpr int kWaiters = 4;
  Mutex m;
  int counter = 0;  // guarded by m
  m.lock();
  std::vector<std::thread> pool;
  for (int t = 0; t < kWaiters; ++t) {
    pool.emplace_back([&] {
      MutexLock guard(m);
      ++counter;
    });
  }
  // Every waiter gives up spinning and parks on the lock word.
  ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(park_key(m)) == kWaiters; }));
  EXPECT_TRUE(m.is_locked());
  m.unlock();
  for (auto& th : pool) th.join();
  EXPECT_EQ(counter, kWaiters);
  EXPECT_FALSE(m.is_locked());
  EXPECT_EQ(ParkingLot::num_parked(park_key(m)), 0u);
}

// A waiter parked for more than ~1 ms is handed the lock by unlock(): the
// word stays locked on its behalf, so nobody can barge in between.
TEST(MutexTest, HandsOffToALongParkedWaiter) {
  Mutex m;
  std::atomic<bool> waiter_has_it{false};
  std::atomic<bool> let_go{false};
  m.lock();
  std::thread waiter([&] {
    m.lock();
    waiter_has_it = true;
    ASSERT_TRUE(eventually([&] { return let_go.load(); }));
    m.unlock();
  });
  ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(park_key(m)) == 1; }));
  // Not synchronization: lets the waiter's fairness deadline (1 ms after it
  // parked) pass. sleep_for waits at least this long.
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  m.unlock();
  // Handed off: the waiter owns the lock even if it has not woken yet.
  EXPECT_FALSE(m.try_lock());
  let_go = true;
  waiter.join();
  EXPECT_TRUE(waiter_has_it.load());
  EXPECT_FALSE(m.is_locked());
}

// A holder that re-locks in a tight loop cannot starve a waiter forever.
TEST(MutexTest, WaiterEventuallyGetsLockFromGreedyHolder) {
  Mutex m;
  std::atomic<bool> waiter_done{false};
  std::atomic<bool> greedy_running{false};
  uint64_t greedy_rounds = 0;  // guarded by m
  std::thread greedy([&] {
    while (!waiter_done.load(std::memory_order_relaxed)) {
      m.lock();
      ++greedy_rounds;
      greedy_running.store(true, std::memory_order_relaxed);
      m.unlock();
    }
  });
  ASSERT_TRUE(eventually([&] { return greedy_running.load(); }));
  std::thread waiter([&] {
    m.lock();
    waiter_done = true;
    m.unlock();
  });
  waiter.join();
  greedy.join();
  EXPECT_TRUE(waiter_done.load());
  EXPECT_GT(greedy_rounds, 0u);
}

TEST(TwoLockTest, SameMutexTwiceLocksOnce) {
  Mutex m;
  {
    TwoLock both(m, m);
    EXPECT_TRUE(both.collapsed());
    EXPECT_TRUE(m.is_locked());
  }
  EXPECT_FALSE(m.is_locked());
}

TEST(TwoLockTest, LocksBothAndReleasesBoth) {
  Mutex a, b;
  {
    TwoLock both(a, b);
    EXPECT_FALSE(both.collapsed());
    EXPECT_TRUE(a.is_locked());
    EXPECT_TRUE(b.is_locked());
  }
  EXPECT_FALSE(a.is_locked());
  EXPECT_FALSE(b.is_locked());
  {
    TwoLock both(b, a);
    EXPECT_TRUE(a.is_locked());
    EXPECT_TRUE(b.is_locked());
  }
  EXPECT_FALSE(a.is_locked());
  EXPECT_FALSE(b.is_locked());
}

// `a.extend(b)` on one thread against `b.extend(a)` on another: with a fixed
// order this cannot deadlock (without it, it would within a few iterations).
TEST(TwoLockTest, ReversedOrderFromTwoThreadsDoesNotDeadlock) {
  constexpr int kIters = 20000;
  Mutex a, b;
  uint64_t shared = 0;  // guarded by a and b together
  std::latch start(2);
  auto run = [&](Mutex& x, Mutex& y) {
    start.arrive_and_wait();
    for (int i = 0; i < kIters; ++i) {
      TwoLock both(x, y);
      ++shared;
    }
  };
  std::thread t1(run, std::ref(a), std::ref(b));
  std::thread t2(run, std::ref(b), std::ref(a));
  t1.join();
  t2.join();
  EXPECT_EQ(shared, 2u * kIters);
}

// Random pairs (including a lock with itself) over a small set of locks.
TEST(TwoLockTest, RandomPairsFromManyThreads) {
  constexpr int kLocks = 6;
  constexpr int kThreads = 4;
  constexpr int kIters = 5000;
  Mutex locks[kLocks];
  uint64_t counts[kLocks] = {};  // counts[i] guarded by locks[i]
  std::latch start(kThreads);
  std::vector<std::thread> pool;
  for (int t = 0; t < kThreads; ++t) {
    pool.emplace_back([&, t] {
      std::minstd_rand rng(t + 1);
      start.arrive_and_wait();
      for (int i = 0; i < kIters; ++i) {
        const int x = static_cast<int>(rng() % kLocks);
        const int y = static_cast<int>(rng() % kLocks);
        TwoLock both(locks[x], locks[y]);
        ++counts[x];
        if (y != x) ++counts[y];
      }
    });
  }
  for (auto& th : pool) th.join();
  // Recompute what the threads did, with the same seeds.
  uint64_t expected[kLocks] = {};
  for (int t = 0; t < kThreads; ++t) {
    std::minstd_rand rng(t + 1);
    for (int i = 0; i < kIters; ++i) {
      const int x = static_cast<int>(rng() % kLocks);
      const int y = static_cast<int>(rng() % kLocks);
      ++expected[x];
      if (y != x) ++expected[y];
    }
  }
  for (int i = 0; i < kLocks; ++i) {
    EXPECT_EQ(counts[i], expected[i]) << "lock " << i;
    EXPECT_FALSE(locks[i].is_locked());
  }
}

}  // namespace
}  // namespace lockvm::locking
