// Follows CPython 3.11's Modules/_randommodule.c and Lib/random.py step for
// step; any deviation changes the numbers a seeded program prints.
#include "vm/mt_random.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <string>

#include <sys/random.h>
#include <unistd.h>

#include "absl/strings/str_cat.h"

namespace lockvm {
namespace {

std::string int128_str(__int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return std::to_string(int64_t(v));
  unsigned __int128 m = v < 0 ? -static_cast<unsigned __int128>(v) : v;
  return (v < 0 ? "-" : "") + std::to_string(uint64_t(m / 10)) +
         char('0' + int(m % 10));
}

__int128 floor_div(__int128 a, __int128 b) {
  __int128 q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

}  // namespace

std::array<uint8_t, 64> sha512(std::string_view data) {
  static constexpr uint64_t kK[80] = {
      0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
      0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
      0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
      0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
      0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
      0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
      0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
      0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
      0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
      0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
      0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
      0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
      0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
      0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
      0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
      0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
      0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
      0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
      0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
      0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
      0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
      0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
      0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
      0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
      0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
      0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
      0x5fcb6fab3ad6faec, 0x6c44198c4a475817};
  uint64_t h[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                   0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                   0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
  // Padding: 0x80, zeros, then the bit length as a 128-bit big-endian number.
  std::string msg(data);
  msg += char(0x80);
  while (msg.size() % 128 != 112) msg += '\0';
  msg.append(8, '\0');
  for (int i = 7; i >= 0; --i) msg += char(uint64_t(data.size()) * 8 >> (8 * i));
  for (size_t block = 0; block < msg.size(); block += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
      w[t] = 0;
      for (int b = 0; b < 8; ++b) w[t] = w[t] << 8 | uint8_t(msg[block + 8 * t + b]);
    }
    for (int t = 16; t < 80; ++t) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t v[8];
    std::copy(h, h + 8, v);
    for (int t = 0; t < 80; ++t) {
      uint64_t t1 = v[7] + (rotr(v[4], 14) ^ rotr(v[4], 18) ^ rotr(v[4], 41)) +
                    ((v[4] & v[5]) ^ (~v[4] & v[6])) + kK[t] + w[t];
      uint64_t t2 = (rotr(v[0], 28) ^ rotr(v[0], 34) ^ rotr(v[0], 39)) +
                    ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
      std::copy_backward(v, v + 7, v + 8);
      v[4] += t1;
      v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; ++i) h[i] += v[i];
  }
  std::array<uint8_t, 64> out;
  for (int i = 0; i < 64; ++i) out[i] = uint8_t(h[i / 8] >> (56 - 8 * (i % 8)));
  return out;
}

void MersenneTwister::init_by_array(const uint32_t* key, size_t len) {
  mt_[0] = 19650218U;
  for (int i = 1; i < kN; ++i) {
    mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + uint32_t(i);
  }
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, len); k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) +
             key[j] + uint32_t(j);
    if (++i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (++j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) -
             uint32_t(i);
    if (++i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;
  index_ = kN;
}

void MersenneTwister::seed_from_os() {
  uint32_t key[kN];
  if (getrandom(key, sizeof key, GRND_NONBLOCK) == ssize_t(sizeof key)) {
    init_by_array(key, kN);
    return;
  }
  // CPython's fallback without entropy: the time and the process id.
  const auto now = std::chrono::system_clock::now().time_since_epoch().count();
  key[0] = uint32_t(now);
  key[1] = uint32_t(uint64_t(now) >> 32);
  key[2] = uint32_t(getpid());
  init_by_array(key, 3);
}

// CPython splits the seed's absolute value into 32-bit words, least
// significant first, with at least one word.
void MersenneTwister::seed_magnitude(uint64_t n) {
  const uint32_t key[2] = {uint32_t(n), uint32_t(n >> 32)};
  init_by_array(key, n >> 32 ? 2 : 1);
}

void MersenneTwister::seed_from_int(int64_t n) {
  seed_magnitude(n < 0 ? 0 - uint64_t(n) : uint64_t(n));
}

void MersenneTwister::seed_from_hash(int64_t hash) { seed_magnitude(uint64_t(hash)); }

void MersenneTwister::seed_from_str(std::string_view utf8) {
  std::string bytes(utf8);
  const std::array<uint8_t, 64> digest = sha512(utf8);
  bytes.append(digest.begin(), digest.end());
  bytes.erase(0, bytes.find_first_not_of('\0'));  // the digest is never all zero
  std::vector<uint32_t> key((bytes.size() + 3) / 4);
  for (size_t i = 0; i < bytes.size(); ++i) {
    key[i / 4] |= uint32_t(uint8_t(bytes[bytes.size() - 1 - i])) << (8 * (i % 4));
  }
  init_by_array(key.data(), key.size());
}

uint32_t MersenneTwister::genrand_uint32() {
  constexpr int kM = 397;
  constexpr uint32_t kMatrixA = 0x9908b0dfU, kUpper = 0x80000000U,
                     kLower = 0x7fffffffU;
  auto twist = [&](int k, int next, int far) {
    uint32_t y = (mt_[k] & kUpper) | (mt_[next] & kLower);
    mt_[k] = mt_[far] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
  };
  if (index_ >= kN) {
    int k = 0;
    for (; k < kN - kM; ++k) twist(k, k + 1, k + kM);
    for (; k < kN - 1; ++k) twist(k, k + 1, k + kM - kN);
    twist(kN - 1, 0, kM - 1);
    index_ = 0;
  }
  uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double MersenneTwister::random() {
  uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t MersenneTwister::getrandbits(int k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  // Words are drawn least significant first.
  uint64_t low = genrand_uint32();
  uint64_t high = genrand_uint32() >> (64 - k);
  return low | high << 32;
}

uint64_t MersenneTwister::randbelow(uint64_t n) {
  const int k = std::bit_width(n);
  uint64_t r = getrandbits(k);
  while (r >= n && n != 0) r = getrandbits(k);
  return r;
}

absl::StatusOr<int64_t> MersenneTwister::randrange(int64_t stop) {
  if (stop > 0) return int64_t(randbelow(uint64_t(stop)));
  return absl::InvalidArgumentError("empty range for randrange()");
}

absl::StatusOr<int64_t> MersenneTwister::randrange(int64_t start, int64_t stop,
                                                   int64_t step) {
  return randrange_wide(start, stop, step);
}

absl::StatusOr<int64_t> MersenneTwister::randint(int64_t a, int64_t b) {
  return randrange_wide(a, __int128(b) + 1, 1);
}

absl::StatusOr<int64_t> MersenneTwister::randrange_wide(__int128 start,
                                                        __int128 stop,
                                                        __int128 step) {
  const __int128 width = stop - start;
  if (step == 1) {
    if (width > 0) return int64_t(start + randbelow(uint64_t(width)));
    return absl::InvalidArgumentError(
        absl::StrCat("empty range for randrange() (", int128_str(start), ", ",
                     int128_str(stop), ", ", int128_str(width), ")"));
  }
  if (step == 0) return absl::InvalidArgumentError("zero step for randrange()");
  const __int128 n = floor_div(step > 0 ? width + step - 1 : width + step + 1, step);
  if (n <= 0) return absl::InvalidArgumentError("empty range for randrange()");
  return int64_t(start + step * __int128(randbelow(uint64_t(n))));
}

std::vector<size_t> MersenneTwister::shuffle_swaps(size_t n) {
  std::vector<size_t> swaps;
  for (size_t i = n; i-- > 1;) swaps.push_back(randbelow(i + 1));
  return swaps;
}

}  // namespace lockvm
