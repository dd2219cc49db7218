// Raw memory for objects and container storage. Every VM allocation goes
// through here so that the allocator is one decision (mimalloc, as design.md
// requires) and so that the per-strategy pre-header is laid out in one place.
#pragma once

#include <mimalloc.h>

#include <cstddef>
#include <new>

namespace lockvm::memory {

// Requests past this are refused before reaching the allocator (mimalloc
// aborts on some impossible sizes); the VM turns the refusal into MemoryError.
constexpr size_t kMaxAllocation = size_t{1} << 34;

inline void* allocate(size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* p = mi_malloc(bytes);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

inline void* allocate_zeroed(size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* p = mi_zalloc(bytes);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

inline void* reallocate(void* p, size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* q = mi_realloc(p, bytes);
  if (q == nullptr) throw std::bad_alloc();
  return q;
}

inline void release(void* p) { mi_free(p); }

// An object's allocation is [Header][Object...]; the VM only ever holds the
// Object pointer. These convert between the two views.
template <class Header>
inline Header* header_of(void* object) {
  return reinterpret_cast<Header*>(object) - 1;
}

template <class Header>
inline void* object_after(Header* header) {
  return header + 1;
}

}  // namespace lockvm::memory
