// The lock-free list writes of vm/list_cas.h through the VM's own list
// operations (vm/objects.h, containers.h, builtins.h) under the `lock-free`
// strategy, with real objects and reference counts: threads append and store
// by CAS while another inserts, pops, sorts, reverses, deletes, clears,
// extends and slice-assigns under the list's lock, and a reader reads
// without one. Every value is a distinct float object made for one write,
// so at the end, once the deferred releases have run, each one's count must
// be exactly 1 (this test's own reference) plus the times it is in the
// list, which is at most once: a lost append or store leaves a count too
// high, a double release one too low (or a freed object), a duplicate shows
// in the list. Run with atomic counts and QSBR (the defaults) and with
// biased counts and epochs; under ThreadSanitizer too (ListCasVm in the
// TSan stage of scripts/test.sh).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>
#include <unordered_map>
#include <vector>

#include "strategies/lock_free.h"
#include "vm/vm.h"

namespace lockvm {
namespace {

using builtins_impl::list_sort_impl;
using builtins_impl::m_list_clear;
using builtins_impl::m_list_insert;
using builtins_impl::m_list_pop;
using builtins_impl::m_list_reverse;

template <class Policy, ReclamationScheme kReclamation>
struct Config {
  using P = Policy;
  static constexpr ReclamationScheme reclamation = kReclamation;
};

template <class C>
class ListCasVm : public ::testing::Test {
 protected:
  using P = typename C::P;
  void SetUp() override {
    rt_ = new Runtime<P>();
    rt_->options.config.reclamation.scheme = C::reclamation;
    P::configure(*rt_);
    main_ = new_thread();
    init_runtime(*main_);
  }
  ThreadState<P>* new_thread() {
    auto* ts = new ThreadState<P>();
    ts->rt = rt_;
    char probe;
    ts->set_stack_limit(&probe, size_t{4} << 20);
    P::attach(*ts);
    return ts;
  }
  void end_thread(ThreadState<P>* ts) {
    P::thread_exit(*ts);
    P::detach(*ts);
    delete ts;
  }
  // Runs what is due on the main thread: merges, parked references, and
  // the releases whose grace period is over (every other thread has ended).
  void settle() {
    for (int i = 0; i < 8; ++i) {
      main_->eval_breaker.fetch_or(P::kMergeQueueBit | P::kReleaseParkedBit | P::kQuiescentBit);
      P::safepoint(*main_);
    }
  }
  // The runtime is intentionally leaked, as the VM does at exit.
  Runtime<P>* rt_ = nullptr;
  ThreadState<P>* main_ = nullptr;
};

using Configs = ::testing::Types<Config<LockFreeAtomicPolicy, ReclamationScheme::kQsbr>,
                                 Config<LockFreeBiasedPolicy, ReclamationScheme::kEpoch>>;
TYPED_TEST_SUITE(ListCasVm, Configs);

TYPED_TEST(ListCasVm, CasWritersAndLockedMoversBalanceEveryReference) {
  using P = typename TypeParam::P;
  auto& ts = *this->main_;
  constexpr int kAppenders = 2;
  constexpr int64_t kPerAppender = 30000, kStores = 30000, kMoves = 15000;
  // The values, made up front by this thread: appenders' and the storer's
  // and the mover's, disjoint, each written once.
  std::vector<Value> values;
  for (int64_t i = 0; i < kAppenders * kPerAppender + kStores + kMoves; ++i)
    values.push_back(new_float(ts, 0.5 + double(i)));
  auto value = [&](int64_t i) { return values[size_t(i)]; };
  List* l = new_list(ts);
  for (int64_t i = 0; i < 64; ++i) list_append(ts, l, value(kAppenders * kPerAppender + i));  // the storer's first 64
  Value lv = Value::from_obj(l);
  this->rt_->threads_started.store(4);  // lock-free readers may exist: releases wait for a grace period
  std::atomic<int> running{4};
  std::atomic<int> ready{0};
  std::atomic<uint64_t> bad_reads{0}, cas_writes{0};
  // The appenders and the storer keep pace with the mover, so that they
  // race it all along rather than finish before it gets going.
  constexpr int64_t kMoveOps = 20000;
  std::atomic<int64_t> moves{0};
  auto pace = [&](int64_t i, int64_t n) {
    while (i * kMoveOps > (moves.load(std::memory_order_relaxed) + 200) * n &&
           moves.load(std::memory_order_relaxed) < kMoveOps)
      std::this_thread::yield();
  };
  auto start = [&]() -> ThreadState<P>* {  // all threads at once, so that they overlap
    ThreadState<P>* me = this->new_thread();
    ready.fetch_add(1);
    while (ready.load() < kAppenders + 3) std::this_thread::yield();
    return me;
  };
  auto end = [&](ThreadState<P>* me) -> void {
    cas_writes += me->policy.cas_writes;
    this->end_thread(me);
  };

  auto appender = [&](int t) {
    ThreadState<P>* me = start();
    for (int64_t i = 0; i < kPerAppender; ++i) {
      pace(i, kPerAppender);
      list_append(*me, l, value(t * kPerAppender + i));
    }
    running.fetch_sub(1);
    end(me);
  };
  auto storer = [&] {
    ThreadState<P>* me = start();
    std::mt19937_64 rng(1);
    for (int64_t i = 64; i < kStores; ++i) {
      pace(i, kStores);
      Value v = value(kAppenders * kPerAppender + i);
      if (setitem(*me, lv, Value::from_small(int64_t(rng() % 48) - 24), v) < 0) clear_exception(*me);
    }
    running.fetch_sub(1);
    end(me);
  };
  auto mover = [&] {
    ThreadState<P>* me = start();
    std::mt19937_64 rng(2);
    KwArgs none;
    int64_t next = kAppenders * kPerAppender + kStores;
    auto check = [&](Value r) {
      if (r)
        decref(*me, r);
      else
        clear_exception(*me);
    };
    for (; running.load() > 1 || moves.load() < kMoveOps; moves.fetch_add(1)) {
      bool have = next < kAppenders * kPerAppender + kStores + kMoves;
      Value v = have ? value(next) : Value();
      switch (rng() % 10) {
        case 0:
          if (!have) break;
          {
            Value args[] = {lv, Value::from_small(int64_t(rng() % 8)), v};
            check(m_list_insert(*me, args, 3, none));
          }
          ++next;
          break;
        case 1:
        case 2: {
          Value args[] = {lv, Value::from_small(rng() % 2 ? -1 : 0)};
          check(m_list_pop(*me, args, 2, none));
          break;
        }
        case 3:
          check(list_sort_impl(*me, l, Value(), rng() % 2 == 0));
          break;
        case 4: {
          Value args[] = {lv};
          check(m_list_reverse(*me, args, 1, none));
          break;
        }
        case 5:
          if (delitem(*me, lv, Value::from_small(int64_t(rng() % 8))) < 0) clear_exception(*me);
          break;
        case 6:
          if (list_len(*me, l) > 512) {
            Value args[] = {lv};
            check(m_list_clear(*me, args, 1, none));
          }
          break;
        case 7: {
          if (!have) break;
          // l[1:3] = (v,): a slice assignment that shrinks the list by one
          Value sl = new_slice(*me, Value::from_small(1), Value::from_small(3), Value::from_obj(me->rt->none));
          Value t = tuple_steal(*me, {newref(*me, v)});
          if (setitem(*me, lv, sl, t) < 0) clear_exception(*me);
          decref(*me, t);
          decref(*me, sl);
          ++next;
          break;
        }
        case 8: {
          if (!have) break;
          Value t = tuple_steal(*me, {newref(*me, v)});
          if (list_extend(*me, l, t) < 0) clear_exception(*me);
          decref(*me, t);
          ++next;
          break;
        }
        case 9:
          check(binary_op(*me, lv, Value::from_small(1), BinOpKind::Mul, true));  // l *= 1: a new block
          break;
      }
    }
    running.fetch_sub(1);
    end(me);
  };
  auto reader = [&] {
    ThreadState<P>* me = start();
    std::mt19937_64 rng(3);
    while (running.load() > 0) {
      Value x = list_item_ref(*me, l, int64_t(rng() % 64) - 32);
      if (!x) continue;
      if (kind_of(x) != Kind::Float) ++bad_reads;
      decref(*me, x);
    }
    end(me);
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < kAppenders; ++t) threads.emplace_back(appender, t);
  threads.emplace_back(storer);
  threads.emplace_back(mover);
  threads.emplace_back(reader);
  for (auto& t : threads) t.join();
  this->settle();

  EXPECT_EQ(bad_reads.load(), 0u);
  // Appends and stores went by CAS (without the lock), most of them when
  // the mover leaves the list alone long enough.
  EXPECT_GT(cas_writes.load(), uint64_t(kAppenders * kPerAppender / 4));
  std::unordered_map<Object*, int64_t> in_list;
  for (int64_t i = 0; i < l->size; ++i) {
    ASSERT_TRUE(list_cas::is_item(l->items[i])) << "slot " << i;
    ++in_list[l->items[i].obj()];
  }
  int64_t wrong = 0;
  for (Value v : values) {
    int64_t n = in_list.count(v.obj()) ? in_list[v.obj()] : 0;
    EXPECT_LE(n, 1) << "a value is in the list " << n << " times";
    int64_t count = P::refcount(v.obj());
    if (count != 1 + n && ++wrong <= 10)
      ADD_FAILURE() << "value " << float_value(v) << ": count " << count << ", in the list " << n << " times";
  }
  EXPECT_EQ(wrong, 0) << "references that do not balance";
  // The list's own references go with it.
  decref(ts, lv);
  this->settle();
  for (Value v : values) EXPECT_EQ(P::refcount(v.obj()), 1);
}

}  // namespace
}  // namespace lockvm
