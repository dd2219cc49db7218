// Checks lockvm's numeric and tuple hashes against hash() in CPython 3.11.
#include "vm/pyhash.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

namespace lockvm {
namespace {

TEST(PyHashTest, Ints) {
  const std::pair<int64_t, int64_t> cases[] = {
      {0, 0}, {1, 1}, {-1, -2}, {-2, -2}, {2, 2}, {42, 42}, {-42, -42},
      {2305843009213693950, 2305843009213693950},
      {2305843009213693951, 0}, {2305843009213693952, 1},
      {-2305843009213693951, 0}, {-2305843009213693952, -2},
      {4611686018427387904, 2}, {INT64_MAX, 3}, {INT64_MIN, -4},
      {-9223372036854775807, -3},
      {1000000000000000000, 1000000000000000000},
      {-1000000000000000000, -1000000000000000000},
      {123456789012345678, 123456789012345678},
  };
  for (auto [v, h] : cases) EXPECT_EQ(hash_int(v), h) << v;
}

TEST(PyHashTest, Floats) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::pair<double, int64_t> cases[] = {
      {0.0, 0}, {-0.0, 0}, {0.5, 1152921504606846976},
      {-0.5, -1152921504606846976}, {1.0, 1}, {-1.0, -2},
      {1.5, 1152921504606846977}, {42.0, 42},
      {1e100, 1822893315824342674}, {-1e100, -1822893315824342674},
      {1e-300, 482449582752280463}, {5e-324, 16777216},
      {2305843009213693952.0, 1}, {4611686018427387904.0, 2},
      {9223372036854775808.0, 4}, {-9223372036854775808.0, -4},
      {3.141592653589793, 326490430436040707}, {inf, 314159},
      {-inf, -314159}, {1.0000000000000002e+16, 10000000000000002},
      {0.1, 230584300921369408}, {-2.5e-08, -789396629831109982},
      {1.7976931348623157e+308, 2234066890152476671},
  };
  for (auto [v, h] : cases) EXPECT_EQ(hash_double(v, nullptr), h) << v;
  for (int64_t i : {0, 1, -1, 42, -1000000}) {
    EXPECT_EQ(hash_double(double(i), nullptr), hash_int(i));
  }
}

TEST(PyHashTest, NanAndObjectsHashByIdentity) {
  // lockvm objects are 8-byte aligned: the identity hash is the address
  // shifted by 3, unique and non-negative (CPython rotates its 16-byte
  // aligned addresses by 4 to the same effect).
  const void* p = reinterpret_cast<const void*>(uintptr_t{0x7f0012345678});
  EXPECT_EQ(hash_pointer(p), int64_t{0x7f0012345678} >> 3);
  EXPECT_EQ(hash_pointer(reinterpret_cast<const void*>(uintptr_t{0x10})), 2);
  EXPECT_NE(hash_pointer(reinterpret_cast<const void*>(uintptr_t{0x18})),
            hash_pointer(reinterpret_cast<const void*>(uintptr_t{0x20})));
  EXPECT_GE(hash_pointer(reinterpret_cast<const void*>(~uintptr_t{0})), 0);
  EXPECT_EQ(hash_double(std::nan(""), p), hash_pointer(p));
}

TEST(PyHashTest, Tuples) {
  auto tuple = [](std::vector<int64_t> items) {
    return hash_tuple(items.data(), items.size());
  };
  EXPECT_EQ(tuple({}), 5740354900026072187);
  EXPECT_EQ(tuple({hash_int(1)}), -6644214454873602895);
  EXPECT_EQ(tuple({hash_int(1), hash_int(2)}), -3550055125485641917);
  EXPECT_EQ(tuple({hash_int(2), hash_int(1)}), 6794810172467074373);
  EXPECT_EQ(tuple({hash_int(1), hash_int(2), hash_int(3)}), 529344067295497451);
  EXPECT_EQ(tuple({hash_int(-1)}), 8078679518589016365);
  EXPECT_EQ(tuple({hash_int(-2)}), 8078679518589016365);
  EXPECT_EQ(tuple({hash_double(0.5, nullptr), hash_int(1)}),
            -8572458927399070566);
  EXPECT_EQ(tuple({tuple({hash_int(1), hash_int(2)}), hash_int(3)}),
            -333907151259015829);
  EXPECT_EQ(tuple({tuple({tuple({})}), tuple({})}), -1807087918374670097);
  std::vector<int64_t> range;
  for (int i = 0; i < 20; ++i) range.push_back(hash_int(i));
  EXPECT_EQ(tuple(range), -9217304902224717415);
  EXPECT_EQ(tuple({hash_int(INT64_MAX), hash_int(INT64_MIN)}),
            3417692881334962393);
}

}  // namespace
}  // namespace lockvm
