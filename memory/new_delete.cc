// The program's operator new/delete, on mimalloc. Debian's shared mimalloc
// replaces operator new with a version that aborts when memory runs out;
// this one throws std::bad_alloc instead, which the VM reports to the
// program as MemoryError (a huge str.center() width, say) rather than dying.
#include <mimalloc.h>

#include <cstddef>
#include <new>

#include "memory/alloc.h"

namespace {
void* checked(void* p) {
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
// Requests the machine cannot hold are refused at once, as memory::allocate
// does, instead of reserving address space that writing would exhaust.
std::size_t bounded(std::size_t n) {
  if (n > lockvm::memory::kMaxAllocation) throw std::bad_alloc();
  return n;
}
}  // namespace

void* operator new(std::size_t n) { return checked(mi_malloc(bounded(n))); }
void* operator new[](std::size_t n) { return checked(mi_malloc(bounded(n))); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return mi_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return mi_malloc(n); }
void* operator new(std::size_t n, std::align_val_t a) { return checked(mi_malloc_aligned(n, static_cast<size_t>(a))); }
void* operator new[](std::size_t n, std::align_val_t a) { return checked(mi_malloc_aligned(n, static_cast<size_t>(a))); }
void operator delete(void* p) noexcept { mi_free(p); }
void operator delete[](void* p) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
