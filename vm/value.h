// The VM's value handle: one 64-bit word that is either a small int stored
// inline or a pointer to a heap object.
//
//   bits & 1 == 1   small int: value = (int64_t)bits >> 1, 63-bit range
//   bits == 0       null: "no value" (an exception is pending, an unset
//                   local, an empty cell); never visible to Python code
//   otherwise       Object*, 8-byte aligned
//
// Ints that fit 63 bits never touch the heap or a reference count; the rest
// of the int64 range is boxed (Kind::Int). Python ints are 64-bit signed in
// lockvm: results outside int64 raise OverflowError.
#pragma once

#include <cstdint>

namespace lockvm {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t{1} << 62);

  constexpr Value() = default;
  static Value from_obj(const Object* o) { return Value(reinterpret_cast<uint64_t>(o)); }
  static constexpr Value from_small(int64_t v) {
    return Value((static_cast<uint64_t>(v) << 1) | 1);
  }
  static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  static constexpr Value from_raw(uint64_t bits) { return Value(bits); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small() const { return (bits_ & 1) != 0; }
  constexpr bool is_obj() const { return bits_ != 0 && (bits_ & 1) == 0; }
  constexpr int64_t small() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  constexpr uint64_t raw() const { return bits_; }

  // Identity, as Python's `is`.
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_ = 0;
};

static_assert(sizeof(Value) == 8);

}  // namespace lockvm
