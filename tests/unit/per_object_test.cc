// The per-object strategy's policy on its own: the object guard is
// re-entrant for the thread that holds it, two-object guards cannot deadlock
// whatever order threads name the objects in, and atomic reference counts
// lose no update and report the last release exactly once.
#include "strategies/per_object.h"

#include <atomic>
#include <cstdint>
#include <latch>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace lockvm {
namespace {

// What the policy needs of a thread's state: its policy data.
struct FakeThreadState {
  PerObjectPolicy::ThreadData policy;
};

// An Object with the policy's header in front of it, as alloc_object lays
// it out.
class Obj {
 public:
  Obj() {
    mem_ = memory::allocate(sizeof(PerObjectPolicy::Header) + sizeof(Object));
    obj_ = static_cast<Object*>(memory::object_after(static_cast<PerObjectPolicy::Header*>(mem_)));
    obj_->type = nullptr;
    FakeThreadState ts;
    PerObjectPolicy::init_header(ts, obj_);
  }
  ~Obj() { memory::release(mem_); }
  Obj(const Obj&) = delete;
  Obj& operator=(const Obj&) = delete;
  Object* get() const { return obj_; }
  bool locked() const { return PerObjectPolicy::header(obj_).mutex.is_locked(); }

 private:
  void* mem_;
  Object* obj_;
};

TEST(PerObjectPolicy, HeaderIsSixteenBytes) { EXPECT_EQ(sizeof(PerObjectPolicy::Header), 16u); }

TEST(PerObjectPolicy, GuardIsReentrantForItsHolder) {
  Obj o;
  FakeThreadState ts;
  {
    auto outer = PerObjectPolicy::lock(ts, o.get());
    EXPECT_TRUE(o.locked());
    {
      auto inner = PerObjectPolicy::lock(ts, o.get());  // would self-deadlock if not re-entrant
      EXPECT_TRUE(o.locked());
    }
    EXPECT_TRUE(o.locked()) << "the inner guard must not release the outer one's lock";
  }
  EXPECT_FALSE(o.locked());
  EXPECT_EQ(ts.policy.locks.count, 0);
  EXPECT_EQ(ts.policy.locks.acquisitions, 1u);
}

TEST(PerObjectPolicy, TwoGuardOnOneObjectLocksItOnce) {
  Obj o;
  FakeThreadState ts;
  {
    auto both = PerObjectPolicy::lock_two(ts, o.get(), o.get());
    EXPECT_TRUE(o.locked());
  }
  EXPECT_FALSE(o.locked());
  EXPECT_EQ(ts.policy.locks.count, 0);
}

TEST(PerObjectPolicy, OppositeOrdersDoNotDeadlockAndExclude) {
  Obj a, b;
  constexpr int kThreads = 4, kRounds = 20000;
  int64_t counter = 0;  // guarded by a's and b's locks together
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      FakeThreadState ts;
      start.arrive_and_wait();
      for (int i = 0; i < kRounds; ++i) {
        // Half the threads name (a, b), half (b, a).
        auto both = (t % 2 == 0) ? PerObjectPolicy::lock_two(ts, a.get(), b.get())
                                 : PerObjectPolicy::lock_two(ts, b.get(), a.get());
        ++counter;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(counter, int64_t{kThreads} * kRounds);
  EXPECT_FALSE(a.locked());
  EXPECT_FALSE(b.locked());
}

TEST(PerObjectPolicy, AtomicCountsLoseNothingAndFreeOnce) {
  Obj o;
  constexpr int kThreads = 4, kRounds = 100000;
  std::latch start(kThreads);
  std::atomic<int> frees{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      FakeThreadState ts;
      start.arrive_and_wait();
      for (int i = 0; i < kRounds; ++i) PerObjectPolicy::incref(ts, o.get());
      for (int i = 0; i < kRounds; ++i)
        if (PerObjectPolicy::decref(ts, o.get())) frees.fetch_add(1);
      EXPECT_EQ(ts.policy.refcount_ops, uint64_t{2} * kRounds);
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(PerObjectPolicy::refcount(o.get()), 1);  // the creator's reference
  EXPECT_EQ(frees.load(), 0);
  FakeThreadState ts;
  EXPECT_TRUE(PerObjectPolicy::decref(ts, o.get()));  // the last one
}

}  // namespace
}  // namespace lockvm
