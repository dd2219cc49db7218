// Checks lockvm's random module core against numbers printed by CPython
// 3.11 (random.Random(seed) followed by the same calls, in the same order).
#include "vm/mt_random.h"

#include <cstdint>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace lockvm {
namespace {

enum class Seed { kInt, kStr, kHash };

struct Expected {
  Seed kind;
  int64_t seed;  // the int, or hash(float) for kHash
  std::string text;
  double randoms[3];
  uint64_t bits[6];  // getrandbits(1, 31, 32, 33, 53, 64)
  int64_t ranges[4];  // randrange(10), (3, 100, 7), (100, 3, -7), (-2**63, 2**63-1)
  int64_t dice[5];   // randint(1, 6)
  double uniform;    // uniform(1, 5)
  size_t shuffled[10];  // shuffle(list(range(10)))
  int64_t choices[3];   // choice(range(1000))
};

const Expected kCases[] = {
    {Seed::kInt, 0LL, "",
     {0.8444218515250481, 0.7579544029403025, 0.420571580830845},
     {0ULL, 2073320061ULL, 2195908194ULL, 2087043557ULL, 7059830666782643ULL, 5595132141482622304ULL},
     {7LL, 38LL, 37LL, 7528354001793048440LL},
     {2, 5, 2, 3, 2},
     4.023216816628896,
     {3, 8, 1, 6, 5, 0, 7, 2, 4, 9},
     {362, 444, 323}},
    {Seed::kInt, 1LL, "",
     {0.13436424411240122, 0.8474337369372327, 0.763774618976614},
     {0ULL, 253228484ULL, 2127877499ULL, 3268308804ULL, 5869027593621601ULL, 14549377870619113110ULL},
     {3LL, 10LL, 51LL, 7255418734913898408LL},
     {4, 4, 5, 1, 6},
     2.7815487762192057,
     {2, 9, 8, 4, 7, 6, 0, 5, 1, 3},
     {992, 432, 743}},
    {Seed::kInt, 42LL, "",
     {0.6394267984578837, 0.025010755222666936, 0.27502931836911926},
     {0ULL, 299655412ULL, 3163119785ULL, 4735180711ULL, 8036041610782387ULL, 1603738325357503540ULL},
     {9LL, 45LL, 100LL, -7494999844455396754LL},
     {2, 2, 5, 5, 1},
     3.244980251754452,
     {5, 1, 9, 0, 2, 4, 7, 3, 6, 8},
     {348, 284, 159}},
    {Seed::kInt, 12345LL, "",
     {0.41661987254534116, 0.010169169457068361, 0.8252065092537432},
     {0ULL, 1836395613ULL, 1582316135ULL, 4001984784ULL, 5098148815881226ULL, 2982613905704790608ULL},
     {5LL, 10LL, 9LL, -4407111587478574773LL},
     {5, 6, 2, 5, 5},
     1.7472361730009727,
     {3, 2, 0, 5, 9, 7, 4, 6, 8, 1},
     {194, 857, 349}},
    {Seed::kInt, -7LL, "",
     {0.32383276483316237, 0.15084917392450192, 0.6509344730398537},
     {0ULL, 1763673106ULL, 2301595691ULL, 404285457ULL, 522407965202525ULL, 9360537168593968532ULL},
     {3LL, 3LL, 93LL, -1509457273540090022LL},
     {1, 2, 1, 5, 4},
     1.2364420243159566,
     {7, 8, 2, 0, 4, 6, 5, 3, 1, 9},
     {50, 999, 226}},
    {Seed::kInt, 1099511627776LL, "",
     {0.1036394562812375, 0.6705558677439764, 0.4266543913526999},
     {0ULL, 857154282ULL, 2690737890ULL, 2407100149ULL, 6095570985248128ULL, 12694034509420486643ULL},
     {8LL, 38LL, 58LL, 4119020639644318639LL},
     {3, 1, 4, 4, 3},
     1.1274794561383938,
     {2, 8, 1, 5, 7, 4, 0, 9, 6, 3},
     {490, 405, 522}},
    {Seed::kStr, 0, "hello",
     {0.3537754404730722, 0.6631985810268619, 0.5476053663383964},
     {0ULL, 761675327ULL, 219415655ULL, 3121205525ULL, 8131093207433111ULL, 2957158064926921087ULL},
     {2LL, 3LL, 72LL, -5512297891925141405LL},
     {5, 4, 6, 2, 2},
     4.046093538814663,
     {3, 8, 6, 2, 9, 0, 1, 4, 7, 5},
     {577, 948, 95}},
    {Seed::kStr, 0, "",
     {0.9602256525641875, 0.595411957851699, 0.3880117152955401},
     {1ULL, 1616742339ULL, 948469839ULL, 3677542425ULL, 5614238545463372ULL, 17857434093547685713ULL},
     {9LL, 73LL, 65LL, 6670062290745234076LL},
     {1, 4, 4, 3, 2},
     4.280528818620419,
     {9, 3, 7, 2, 1, 0, 5, 6, 4, 8},
     {178, 898, 949}},
    {Seed::kStr, 0, "h\xc3\xa9llo w\xc3\xb6rld",
     {0.07829104647591212, 0.15883920433278742, 0.9617494468820221},
     {1ULL, 1956360690ULL, 3258133264ULL, 4843256804ULL, 4950847712713940ULL, 1858498520780194281ULL},
     {6LL, 38LL, 79LL, 3272562621018235321LL},
     {2, 6, 3, 2, 4},
     3.087909043050518,
     {6, 5, 8, 2, 3, 1, 7, 4, 9, 0},
     {871, 176, 913}},
    {Seed::kStr, 0, std::string(300, 'x'),
     {0.22742392778346976, 0.029232725307174356, 0.7817729566041761},
     {0ULL, 312180095ULL, 3211959241ULL, 7172900923ULL, 4734820087741644ULL, 4189317470019988483ULL},
     {1LL, 17LL, 44LL, -1319378203986854131LL},
     {4, 4, 4, 6, 1},
     1.0541678771366847,
     {4, 1, 5, 9, 0, 8, 2, 6, 7, 3},
     {46, 385, 922}},
    {Seed::kInt, 9223372036854775807LL, "",
     {0.3166448820870279, 0.631259308253863, 0.8035542479972343},
     {0ULL, 234596446ULL, 2047809456ULL, 7616942454ULL, 6709958092839883ULL, 5083292843309040162ULL},
     {2LL, 80LL, 65LL, 4917016968435456719LL},
     {1, 5, 6, 1, 1},
     4.114892877122596,
     {0, 7, 9, 4, 5, 3, 1, 6, 8, 2},
     {340, 856, 74}},
    {Seed::kInt, INT64_MIN, "",
     {0.5534639983914199, 0.9406144709090462, 0.24199432111690833},
     {1ULL, 1078346673ULL, 364023093ULL, 5828657854ULL, 4531909187776072ULL, 8456063786999328997ULL},
     {3LL, 24LL, 100LL, -7496929707950581314LL},
     {3, 5, 2, 6, 2},
     2.0046137154037043,
     {9, 4, 1, 2, 0, 7, 3, 8, 5, 6},
     {265, 574, 245}},
    {Seed::kHash, 1152921504606846977LL, "",
     {0.551763726942059, 0.2560930858958398, 0.583340633280344},
     {1ULL, 423630218ULL, 3586079426ULL, 553126506ULL, 3793224050874319ULL, 10045016944318891654ULL},
     {1LL, 38LL, 9LL, 8138140441521779254LL},
     {6, 5, 3, 2, 3},
     4.038684514699666,
     {2, 4, 6, 8, 0, 3, 7, 1, 5, 9},
     {652, 464, 826}},
    {Seed::kHash, -576460752303423488LL, "",
     {0.8538447723761984, 0.98692783116038, 0.7722538699639108},
     {1ULL, 1675282145ULL, 1394740835ULL, 446011194ULL, 6832120883170819ULL, 8080225073148671535ULL},
     {5LL, 66LL, 100LL, 7778552672388462296LL},
     {2, 2, 5, 6, 1},
     2.4889713869969197,
     {9, 0, 6, 5, 2, 1, 7, 4, 8, 3},
     {423, 525, 85}},
};

TEST(MersenneTwisterTest, MatchesCPythonSequences) {
  for (const Expected& c : kCases) {
    SCOPED_TRACE(c.kind == Seed::kStr ? c.text : std::to_string(c.seed));
    MersenneTwister mt;
    switch (c.kind) {
      case Seed::kInt: mt.seed_from_int(c.seed); break;
      case Seed::kStr: mt.seed_from_str(c.text); break;
      case Seed::kHash: mt.seed_from_hash(c.seed); break;
    }
    for (double r : c.randoms) EXPECT_EQ(mt.random(), r);
    const int widths[] = {1, 31, 32, 33, 53, 64};
    for (int i = 0; i < 6; ++i) EXPECT_EQ(mt.getrandbits(widths[i]), c.bits[i]);
    EXPECT_EQ(*mt.randrange(10), c.ranges[0]);
    EXPECT_EQ(*mt.randrange(3, 100, 7), c.ranges[1]);
    EXPECT_EQ(*mt.randrange(100, 3, -7), c.ranges[2]);
    EXPECT_EQ(*mt.randrange(INT64_MIN, INT64_MAX), c.ranges[3]);
    for (int64_t d : c.dice) EXPECT_EQ(*mt.randint(1, 6), d);
    EXPECT_EQ(mt.uniform(1, 5), c.uniform);
    std::vector<size_t> xs(10);
    std::iota(xs.begin(), xs.end(), 0);
    const std::vector<size_t> swaps = mt.shuffle_swaps(xs.size());
    for (size_t k = 0; k < swaps.size(); ++k) {
      std::swap(xs[xs.size() - 1 - k], xs[swaps[k]]);
    }
    EXPECT_EQ(xs, std::vector<size_t>(std::begin(c.shuffled), std::end(c.shuffled)));
    for (int64_t choice : c.choices) EXPECT_EQ(int64_t(mt.randbelow(1000)), choice);
  }
}

TEST(MersenneTwisterTest, RandrangeErrorsMatchCPython) {
  MersenneTwister mt;
  auto message = [](const absl::StatusOr<int64_t>& r) {
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    return std::string(r.status().message());
  };
  EXPECT_EQ(message(mt.randrange(5, 5)), "empty range for randrange() (5, 5, 0)");
  EXPECT_EQ(message(mt.randrange(5, 3)), "empty range for randrange() (5, 3, -2)");
  EXPECT_EQ(message(mt.randrange(0)), "empty range for randrange()");
  EXPECT_EQ(message(mt.randrange(-3)), "empty range for randrange()");
  EXPECT_EQ(message(mt.randrange(1, 10, 0)), "zero step for randrange()");
  EXPECT_EQ(message(mt.randrange(1, 10, -1)), "empty range for randrange()");
  EXPECT_EQ(message(mt.randrange(5, 5, 3)), "empty range for randrange()");
  EXPECT_EQ(message(mt.randrange(INT64_MAX, INT64_MIN)),
            "empty range for randrange() (9223372036854775807, "
            "-9223372036854775808, -18446744073709551615)");
  EXPECT_EQ(message(mt.randint(5, 3)), "empty range for randrange() (5, 4, -1)");
  EXPECT_EQ(*mt.randint(INT64_MAX, INT64_MAX), INT64_MAX);
}

TEST(MersenneTwisterTest, OsSeedsDiffer) {
  MersenneTwister a, b;
  EXPECT_NE(a.getrandbits(64), b.getrandbits(64));
}

std::string hex(const std::array<uint8_t, 64>& digest) {
  std::string out;
  for (uint8_t byte : digest) {
    out += "0123456789abcdef"[byte >> 4];
    out += "0123456789abcdef"[byte & 15];
  }
  return out;
}

TEST(Sha512Test, MatchesHashlib) {
  EXPECT_EQ(hex(sha512("")), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
            "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(hex(sha512("abc")), "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex(sha512(std::string(200, 'a'))), "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789"
            "f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
}

}  // namespace
}  // namespace lockvm
