// Transliterates CPython 3.11's Python/pyhash.c, Objects/longobject.c and
// Objects/tupleobject.c for 64-bit builds: numbers hash to their value modulo
// the Mersenne prime 2**61 - 1, so equal ints and floats hash alike.
#include "vm/pyhash.h"

#include <cmath>

namespace lockvm {
namespace {

constexpr int kBits = 61;
constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
constexpr int64_t kInfHash = 314159;

// -1 is CPython's error return, so no hash may be -1.
int64_t not_minus_one(int64_t h) { return h == -1 ? -2 : h; }

}  // namespace

int64_t hash_int(int64_t v) {
  const uint64_t m = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
  const int64_t h = int64_t(m % kModulus);
  return not_minus_one(v < 0 ? -h : h);
}

int64_t hash_double(double v, const void* identity) {
  if (std::isinf(v)) return v > 0 ? kInfHash : -kInfHash;
  if (std::isnan(v)) return hash_pointer(identity);
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits at a time, rotating within the 61-bit field.
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    const uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  return not_minus_one(int64_t(x * uint64_t(int64_t(sign))));
}

int64_t hash_pointer(const void* p) {
  // lockvm objects are 8-byte aligned (the policy header precedes them), so
  // the address shifted by 3 is unique and small enough that programs can
  // do arithmetic on hash(obj) within 64 bits, as with CPython's values.
  const uint64_t y = reinterpret_cast<uintptr_t>(p);
  return not_minus_one(int64_t(y >> 3));
}

int64_t hash_tuple(const int64_t* item_hashes, size_t n) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < n; ++i) {
    acc += uint64_t(item_hashes[i]) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  // Keeps hash(()) at its historical value.
  acc += n ^ (kPrime5 ^ 3527539UL);
  return acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
}

}  // namespace lockvm
