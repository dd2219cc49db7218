// locking::ParkingLot: validation, timeouts, unpark_one's FIFO order and
// callback, unpark_all, independence of addresses, and the race between a
// timeout and an unpark. Threads are synchronized with num_parked() and
// atomics, never with sleeps.
#include "locking/parking_lot.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <latch>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace lockvm::locking {
namespace {

using namespace std::chrono_literals;
using Status = ParkingLot::ParkStatus;

template <class F>
bool eventually(F done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

TEST(ParkingLotTest, InvalidDoesNotSleep) {
  int word = 0;
  int calls = 0;
  const auto r = ParkingLot::park(&word, [&] {
    ++calls;
    return false;
  });
  EXPECT_EQ(r.status, Status::kInvalid);
  EXPECT_EQ(r.token, 0);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(ParkingLot::num_parked(&word), 0u);
}

TEST(ParkingLotTest, TimesOutWhenNobodyUnparks) {
  int word = 0;
  const auto r = ParkingLot::park(&word, [] { return true; }, 1ms);
  EXPECT_EQ(r.status, Status::kTimedOut);
  EXPECT_EQ(ParkingLot::num_parked(&word), 0u);
  const auto zero = ParkingLot::park(&word, [] { return true; }, 0ns);
  EXPECT_EQ(zero.status, Status::kTimedOut);
  EXPECT_EQ(ParkingLot::num_parked(&word), 0u);
}

TEST(ParkingLotTest, UnparkOneWithNobodyParked) {
  int word = 0;
  bool called = false;
  const bool woke = ParkingLot::unpark_one(&word, [&](const ParkingLot::UnparkInfo& info) {
    called = true;
    EXPECT_FALSE(info.did_unpark);
    EXPECT_FALSE(info.may_have_more);
    EXPECT_EQ(info.park_arg, nullptr);
    return intptr_t{0};
  });
  EXPECT_FALSE(woke);
  EXPECT_TRUE(called);
  EXPECT_EQ(ParkingLot::unpark_all(&word), 0u);
}

// Waiters are woken first-parked first; the callback sees each one's
// park_arg and whether others remain; each gets the token returned for it.
TEST(ParkingLotTest, UnparkOneIsFifoWithArgsAndTokens) {
  constexpr int kWaiters = 4;
  int word = 0;
  int ids[kWaiters];
  intptr_t tokens[kWaiters] = {};
  Status statuses[kWaiters] = {};
  std::vector<std::thread> pool;
  for (int i = 0; i < kWaiters; ++i) {
    ids[i] = i;
    pool.emplace_back([&, i] {
      const auto r = ParkingLot::park(&word, [] { return true; }, ParkingLot::kForever, &ids[i]);
      statuses[i] = r.status;
      tokens[i] = r.token;
    });
    // Park them one at a time, so the queue order is known.
    ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(&word) == static_cast<size_t>(i + 1); }));
  }
  for (int k = 0; k < kWaiters; ++k) {
    int seen_id = -1;
    bool more = false;
    const bool woke = ParkingLot::unpark_one(&word, [&](const ParkingLot::UnparkInfo& info) {
      EXPECT_TRUE(info.did_unpark);
      seen_id = *static_cast<int*>(info.park_arg);
      more = info.may_have_more;
      return intptr_t{100 + seen_id};
    });
    EXPECT_TRUE(woke);
    EXPECT_EQ(seen_id, k);
    EXPECT_EQ(more, k < kWaiters - 1);
  }
  for (auto& th : pool) th.join();
  for (int i = 0; i < kWaiters; ++i) {
    EXPECT_EQ(statuses[i], Status::kUnparked);
    EXPECT_EQ(tokens[i], 100 + i);
  }
  EXPECT_EQ(ParkingLot::num_parked(&word), 0u);
}

TEST(ParkingLotTest, UnparkAllWakesEveryone) {
  constexpr int kWaiters = 6;
  int word = 0;
  std::atomic<int> unparked{0};
  std::atomic<int> wrong_token{0};
  std::vector<std::thread> pool;
  for (int i = 0; i < kWaiters; ++i) {
    pool.emplace_back([&] {
      const auto r = ParkingLot::park(&word, [] { return true; });
      if (r.status == Status::kUnparked) ++unparked;
      if (r.token != 7) ++wrong_token;
    });
  }
  ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(&word) == kWaiters; }));
  EXPECT_EQ(ParkingLot::unpark_all(&word, 7), static_cast<size_t>(kWaiters));
  for (auto& th : pool) th.join();
  EXPECT_EQ(unparked.load(), kWaiters);
  EXPECT_EQ(wrong_token.load(), 0);
}

// Unparking one address leaves threads parked on others alone, including
// addresses that share its bucket (16 adjacent words, 2 waiters each).
TEST(ParkingLotTest, AddressesAreIndependent) {
  constexpr int kWords = 16;
  constexpr int kPerWord = 2;
  uint64_t words[kWords] = {};
  std::atomic<int> woken[kWords] = {};
  std::vector<std::thread> pool;
  for (int w = 0; w < kWords; ++w) {
    for (int k = 0; k < kPerWord; ++k) {
      pool.emplace_back([&, w] {
        const auto r = ParkingLot::park(&words[w], [] { return true; });
        if (r.status == Status::kUnparked) ++woken[w];
      });
    }
  }
  for (int w = 0; w < kWords; ++w) {
    ASSERT_TRUE(eventually([&] { return ParkingLot::num_parked(&words[w]) == kPerWord; }));
  }
  // Wake the words in a scrambled order; each wake-up must reach its own
  // word's waiters only.
  for (int i = 0; i < kWords; ++i) {
    const int w = (i * 7) % kWords;
    EXPECT_EQ(ParkingLot::unpark_all(&words[w]), static_cast<size_t>(kPerWord));
    for (int j = i + 1; j < kWords; ++j) {
      const int other = (j * 7) % kWords;
      EXPECT_EQ(ParkingLot::num_parked(&words[other]), static_cast<size_t>(kPerWord));
    }
  }
  for (auto& th : pool) th.join();
  for (int w = 0; w < kWords; ++w) EXPECT_EQ(woken[w].load(), kPerWord);
}

// The classic lost-wake-up race: a waiter checks a flag and parks, while the
// setter sets the flag and unparks. Validation under the bucket lock means
// the waiter either sees the flag or is woken.
TEST(ParkingLotTest, NoLostWakeUp) {
  constexpr int kRounds = 200;
  for (int round = 0; round < kRounds; ++round) {
    std::atomic<int> flag{0};
    std::thread waiter([&] {
      while (flag.load(std::memory_order_acquire) == 0) {
        ParkingLot::park(&flag, [&] { return flag.load(std::memory_order_relaxed) == 0; });
      }
    });
    flag.store(1, std::memory_order_release);
    ParkingLot::unpark_all(&flag);
    waiter.join();
  }
}

// Parkers with tiny timeouts against an unparker that never stops: every
// waiter that unpark_one dequeued must report kUnparked with its token, even
// when its own timeout fired at the same moment, and nobody stays parked.
TEST(ParkingLotTest, TimeoutRacesWithUnpark) {
  constexpr int kParkers = 3;
  constexpr int kIters = 300;
  int word = 0;
  std::atomic<int> parkers_left{kParkers};
  std::atomic<uint64_t> unparked{0};
  std::atomic<uint64_t> timed_out{0};
  std::atomic<uint64_t> bad_token{0};
  uint64_t woke_count = 0;  // written by the unparker thread only
  std::latch start(kParkers + 1);
  std::vector<std::thread> pool;
  for (int p = 0; p < kParkers; ++p) {
    pool.emplace_back([&] {
      start.arrive_and_wait();
      for (int i = 0; i < kIters; ++i) {
        const auto r = ParkingLot::park(&word, [] { return true; }, std::chrono::microseconds(20 + i % 50));
        if (r.status == Status::kUnparked) {
          ++unparked;
          if (r.token != 42) ++bad_token;
        } else if (r.status == Status::kTimedOut) {
          ++timed_out;
        }
      }
      --parkers_left;
    });
  }
  std::thread unparker([&] {
    start.arrive_and_wait();
    while (parkers_left.load() > 0) {
      if (ParkingLot::unpark_one(&word, [](const ParkingLot::UnparkInfo&) { return intptr_t{42}; })) {
        ++woke_count;
      } else {
        std::this_thread::yield();
      }
    }
  });
  for (auto& th : pool) th.join();
  unparker.join();
  EXPECT_EQ(unparked.load() + timed_out.load(), static_cast<uint64_t>(kParkers) * kIters);
  EXPECT_EQ(unparked.load(), woke_count);
  EXPECT_EQ(bad_token.load(), 0u);
  EXPECT_EQ(ParkingLot::num_parked(&word), 0u);
}

}  // namespace
}  // namespace lockvm::locking
