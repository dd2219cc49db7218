// Object internals through the VM's own API: list growth and slicing, dict
// order and replacement, sets, numeric hashing and equality, boxed ints, and
// reference counts, under a runtime of the `nosync` strategy.
#include <gtest/gtest.h>

#include "strategies/nosync.h"
#include "vm/vm.h"

namespace lockvm {
namespace {

using P = NoSyncPolicy;

class ObjectsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rt_ = new Runtime<P>();
    ts_ = new ThreadState<P>();
    ts_->rt = rt_;
    char probe;
    ts_->set_stack_limit(&probe, size_t{4} << 20);  // within the main thread's 8 MiB
    init_runtime(*ts_);
  }
  // The runtime is intentionally leaked, as the VM does at exit.
  ThreadState<P>& ts() { return *ts_; }
  Value s(std::string_view text) { return str_value(ts(), text); }
  std::string repr_of(Value v) {
    Value r = repr(ts(), v);
    EXPECT_TRUE(r);
    std::string out(str_view(r));
    decref(ts(), r);
    return out;
  }

  Runtime<P>* rt_ = nullptr;
  ThreadState<P>* ts_ = nullptr;
};

TEST_F(ObjectsTest, ListAppendGrowsAndKeepsOrder) {
  List* l = new_list(ts());
  for (int i = 0; i < 1000; ++i) list_append(ts(), l, Value::from_small(i));
  ASSERT_EQ(l->size, 1000);
  EXPECT_GE(l->capacity, 1000);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(l->items[i].small(), i);
  decref(ts(), l);
}

TEST_F(ObjectsTest, ListHoldsReferences) {
  Value str = s("held");
  int64_t before = P::refcount(str.obj());
  List* l = new_list(ts());
  list_append(ts(), l, str);
  list_append(ts(), l, str);
  EXPECT_EQ(P::refcount(str.obj()), before + 2);
  decref(ts(), l);
  EXPECT_EQ(P::refcount(str.obj()), before);
  decref(ts(), str);
}

TEST_F(ObjectsTest, ListExtendWithItselfDoublesOnce) {
  List* l = new_list(ts());
  for (int i = 0; i < 3; ++i) list_append(ts(), l, Value::from_small(i));
  ASSERT_EQ(list_extend(ts(), l, Value::from_obj(l)), 0);
  EXPECT_EQ(repr_of(Value::from_obj(l)), "[0, 1, 2, 0, 1, 2]");
  decref(ts(), l);
}

TEST_F(ObjectsTest, ListSliceAssignAndDelete) {
  List* l = new_list(ts());
  for (int i = 0; i < 10; ++i) list_append(ts(), l, Value::from_small(i));
  Value none_v = Value::from_obj(rt_->none);
  Value sl = new_slice(ts(), Value::from_small(2), Value::from_small(5), none_v);
  List* repl = new_list(ts());
  list_append(ts(), repl, s("x"));
  ASSERT_EQ(setitem(ts(), Value::from_obj(l), sl, Value::from_obj(repl)), 0);
  EXPECT_EQ(repr_of(Value::from_obj(l)), "[0, 1, 'x', 5, 6, 7, 8, 9]");
  Value every_other = new_slice(ts(), none_v, none_v, Value::from_small(2));
  ASSERT_EQ(delitem(ts(), Value::from_obj(l), every_other), 0);
  EXPECT_EQ(repr_of(Value::from_obj(l)), "[1, 5, 7, 9]");
  Value rev = new_slice(ts(), none_v, none_v, Value::from_small(-1));
  Value r = getitem(ts(), Value::from_obj(l), rev);
  EXPECT_EQ(repr_of(r), "[9, 7, 5, 1]");
  for (Value v : {sl, every_other, rev, r}) decref(ts(), v);
  decref(ts(), repl);
  decref(ts(), l);
}

TEST_F(ObjectsTest, ListIndexErrors) {
  List* l = new_list(ts());
  Value r = getitem(ts(), Value::from_obj(l), Value::from_small(0));
  EXPECT_FALSE(r);
  ASSERT_TRUE(ts().exc);
  EXPECT_TRUE(exception_matches(ts(), rt_->t.IndexError));
  clear_exception(ts());
  decref(ts(), l);
}

TEST_F(ObjectsTest, DictKeepsInsertionOrderAcrossDeletes) {
  Dict* d = new_dict(ts());
  for (int i = 0; i < 50; ++i) ASSERT_EQ(dict_set(ts(), d, Value::from_small(i), Value::from_small(i * i)), 0);
  for (int i = 0; i < 50; i += 2) {
    Value k = Value::from_small(i);
    ASSERT_EQ(dict_del(ts(), d, k, hash_value(ts(), k)), 1);
  }
  ASSERT_EQ(dict_set(ts(), d, Value::from_small(0), Value::from_small(-1)), 0);
  std::vector<int64_t> keys;
  for (size_t i = 0; i < d->table.entry_count(); ++i)
    if (d->table.live(i)) keys.push_back(d->table.key(i).small());
  ASSERT_EQ(keys.size(), 26u);
  EXPECT_EQ(keys.front(), 1);
  EXPECT_EQ(keys[24], 49);
  EXPECT_EQ(keys.back(), 0);  // re-inserted keys go to the end
  decref(ts(), d);
}

TEST_F(ObjectsTest, DictReplaceKeepsPositionAndStrKeysCompareByValue) {
  Dict* d = new_dict(ts());
  Value a = s("alpha"), b = s("beta");
  dict_set(ts(), d, a, Value::from_small(1));
  dict_set(ts(), d, b, Value::from_small(2));
  Value a2 = s("alpha");  // equal, not identical
  dict_set(ts(), d, a2, Value::from_small(3));
  EXPECT_EQ(repr_of(Value::from_obj(d)), "{'alpha': 3, 'beta': 2}");
  Value got = dict_get(ts(), d, a2);
  ASSERT_TRUE(got);
  EXPECT_EQ(got.small(), 3);
  for (Value v : {a, b, a2}) decref(ts(), v);
  decref(ts(), d);
}

TEST_F(ObjectsTest, UnhashableKeyRaises) {
  Dict* d = new_dict(ts());
  List* l = new_list(ts());
  EXPECT_EQ(dict_set(ts(), d, Value::from_obj(l), Value::from_small(1)), -1);
  EXPECT_TRUE(exception_matches(ts(), rt_->t.TypeError));
  clear_exception(ts());
  decref(ts(), l);
  decref(ts(), d);
}

TEST_F(ObjectsTest, NumericHashAndEquality) {
  Value f = new_float(ts(), 42.0);
  EXPECT_EQ(hash_value(ts(), Value::from_small(42)), hash_value(ts(), f));
  EXPECT_EQ(compare_eq(ts(), Value::from_small(42), f), 1);
  Value t = Value::from_obj(rt_->true_);
  EXPECT_EQ(hash_value(ts(), t), 1);
  EXPECT_EQ(compare_eq(ts(), Value::from_small(1), t), 1);
  decref(ts(), f);
}

TEST_F(ObjectsTest, SetOfIntsIteratesInCPythonOrder) {
  Set* st = new_set(ts());
  for (int64_t v : {5, 3, 1000, 8, 16, -1, 33}) ASSERT_EQ(set_add(ts(), st, Value::from_small(v)), 0);
  // CPython 3.11: s = set(); for x in (5, 3, 1000, 8, 16, -1, 33): s.add(x)
  EXPECT_EQ(repr_of(Value::from_obj(st)), "{33, 3, 5, 1000, 8, 16, -1}");
  EXPECT_EQ(set_contains(ts(), st, Value::from_small(1000)), 1);
  EXPECT_EQ(set_discard(ts(), st, Value::from_small(1000)), 1);
  EXPECT_EQ(set_contains(ts(), st, Value::from_small(1000)), 0);
  decref(ts(), st);
}

TEST_F(ObjectsTest, IntsBeyond62BitsAreBoxed) {
  int64_t big = int64_t{1} << 62;
  Value v = new_int(ts(), big);
  ASSERT_TRUE(v.is_obj());
  EXPECT_EQ(int_value(v), big);
  Value sum = binary_op(ts(), v, v, BinOpKind::Add, false);
  EXPECT_FALSE(sum);  // 2**63 does not fit: OverflowError, never a wrap
  EXPECT_TRUE(exception_matches(ts(), rt_->t.OverflowError));
  clear_exception(ts());
  Value small = Value::from_small(Value::kSmallMax);
  Value one_more = binary_op(ts(), small, Value::from_small(1), BinOpKind::Add, false);
  ASSERT_TRUE(one_more.is_obj());
  EXPECT_EQ(int_value(one_more), Value::kSmallMax + 1);
  decref(ts(), one_more);
  decref(ts(), v);
}

TEST_F(ObjectsTest, FloorDivisionAndModuloRoundTowardNegativeInfinity) {
  Value q = binary_op(ts(), Value::from_small(-7), Value::from_small(2), BinOpKind::FloorDiv, false);
  Value m = binary_op(ts(), Value::from_small(-7), Value::from_small(2), BinOpKind::Mod, false);
  EXPECT_EQ(q.small(), -4);
  EXPECT_EQ(m.small(), 1);
}

}  // namespace
}  // namespace lockvm
