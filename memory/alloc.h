// Raw memory for objects and container storage. Every VM allocation goes
// through here so that the allocator is one decision (mimalloc, as design.md
// requires) and so that the per-strategy pre-header is laid out in one place.
#pragma once

#include <mimalloc.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace lockvm::memory {

// Requests past this are refused before reaching the allocator (mimalloc
// aborts on some impossible sizes); the VM turns the refusal into MemoryError.
constexpr size_t kMaxAllocation = size_t{1} << 34;

// Sanitizer builds use the C library's allocator, which the sanitizers
// replace with their own: AddressSanitizer then sees every use after free
// and ThreadSanitizer sees the hand-over of freed memory between threads
// (mimalloc's internal synchronization is invisible to both).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline void* raw_malloc(size_t bytes) { return std::malloc(bytes); }
inline void* raw_zalloc(size_t bytes) { return std::calloc(1, bytes); }
inline void* raw_realloc(void* p, size_t bytes) { return std::realloc(p, bytes); }
inline void raw_free(void* p) { std::free(p); }
#else
inline void* raw_malloc(size_t bytes) { return mi_malloc(bytes); }
inline void* raw_zalloc(size_t bytes) { return mi_zalloc(bytes); }
inline void* raw_realloc(void* p, size_t bytes) { return mi_realloc(p, bytes); }
inline void raw_free(void* p) { mi_free(p); }
#endif

inline void* allocate(size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* p = raw_malloc(bytes);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

inline void* allocate_zeroed(size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* p = raw_zalloc(bytes);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

inline void* reallocate(void* p, size_t bytes) {
  if (bytes > kMaxAllocation) throw std::bad_alloc();
  void* q = raw_realloc(p, bytes);
  if (q == nullptr) throw std::bad_alloc();
  return q;
}

inline void release(void* p) { raw_free(p); }

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
