// CPython 3.11's hashes of numbers and tuples, so that hash(42) == hash(42.0)
// and sets and dicts keyed by them iterate in CPython's order.
#pragma once

#include <cstddef>
#include <cstdint>

namespace lockvm {

// hash(n) for an int or bool.
int64_t hash_int(int64_t v);
// hash(x) for a float; a NaN hashes by its object's identity, as in CPython.
int64_t hash_double(double v, const void* identity);
// object.__hash__, by identity.
int64_t hash_pointer(const void* p);
// hash(tuple) from the hashes of its items.
int64_t hash_tuple(const int64_t* item_hashes, size_t n);

}  // namespace lockvm
