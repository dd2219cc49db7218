// The program's operator new/delete, on mimalloc. Debian's shared mimalloc
// replaces operator new with a version that aborts when memory runs out;
// this one throws std::bad_alloc instead, which the VM reports to the
// program as MemoryError (a huge str.center() width, say) rather than dying.
#include <mimalloc.h>

#include <cstddef>
#include <new>

namespace {
void* checked(void* p) {
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
}  // namespace

void* operator new(std::size_t n) { return checked(mi_malloc(n)); }
void* operator new[](std::size_t n) { return checked(mi_malloc(n)); }
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
