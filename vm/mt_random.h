// CPython 3.11's `random` module core: the MT19937 generator, its seeding
// from ints, floats and strings, and the integer/float draws built on it, so
// that a seeded lockvm program prints the numbers CPython prints.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace lockvm {

// Not thread-safe: the VM serializes calls on a shared instance.
class MersenneTwister {
 public:
  MersenneTwister() { seed_from_os(); }

  // random.seed(None).
  void seed_from_os();
  // random.seed(n) for an int or bool.
  void seed_from_int(int64_t n);
  // random.seed(x) for a float: CPython seeds with (size_t)hash(x).
  void seed_from_hash(int64_t hash);
  // random.seed(s) for a str (version 2: the UTF-8 bytes followed by their
  // SHA-512, read as one big-endian integer).
  void seed_from_str(std::string_view utf8);

  uint32_t genrand_uint32();
  // random.random(): 53 random bits in [0, 1).
  double random();
  // random.getrandbits(k), 0 <= k <= 64.
  uint64_t getrandbits(int k);
  // Random._randbelow(n) for n > 0 (n == 0 gives 0 and draws nothing).
  // choice(seq) is seq[randbelow(len(seq))].
  uint64_t randbelow(uint64_t n);
  // random.randrange(stop) and randrange(start, stop, step), with CPython's
  // ValueError messages.
  absl::StatusOr<int64_t> randrange(int64_t stop);
  absl::StatusOr<int64_t> randrange(int64_t start, int64_t stop,
                                    int64_t step = 1);
  // random.randint(a, b) == randrange(a, b + 1).
  absl::StatusOr<int64_t> randint(int64_t a, int64_t b);
  // random.uniform(a, b).
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // random.shuffle(x) on a sequence of length n: for i = n-1 down to 1, swap
  // x[i] with x[result[n-1-i]].
  std::vector<size_t> shuffle_swaps(size_t n);

 private:
  static constexpr int kN = 624;
  void seed_magnitude(uint64_t n);
  void init_by_array(const uint32_t* key, size_t len);
  absl::StatusOr<int64_t> randrange_wide(__int128 start, __int128 stop,
                                         __int128 step);

  std::array<uint32_t, kN> mt_;
  int index_ = kN;
};

// SHA-512 of `data` (used by string seeding).
std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace lockvm
