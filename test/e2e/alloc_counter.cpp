// alloc_counter.cpp - counts a program's heap allocations.
//
// Linked into each end-to-end program (test/e2e/run_e2e.py). It replaces every
// replaceable global allocation function of C++17 (plain, array, nothrow,
// aligned, and the matching plain, sized, aligned and nothrow deallocation
// functions), counts each successful allocation, and forwards to malloc and
// free (aligned_alloc for the aligned forms). At exit it writes
// "allocations: N" to the file named by STACKLIFT_ALLOC_LOG, if that is set;
// never to standard output, which stays the program's own.

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace {

std::atomic<unsigned long long> allocations{0};

// One allocation, or null. `alignment` is 0 for the unaligned forms.
void *try_allocate(std::size_t size, std::size_t alignment) noexcept {
  if (size == 0)
    size = 1;
  void *p;
  if (alignment == 0) {
    p = std::malloc(size);
  } else {
    if (alignment < sizeof(void *))
      alignment = sizeof(void *);
    // aligned_alloc wants a size that is a multiple of the alignment.
    const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
    p = rounded < size ? nullptr : std::aligned_alloc(alignment, rounded);
  }
  if (p)
    allocations.fetch_add(1, std::memory_order_relaxed);
  return p;
}

// What the throwing forms do: retry through the new-handler, then throw.
void *allocate(std::size_t size, std::size_t alignment) {
  for (;;) {
    if (void *p = try_allocate(size, alignment))
      return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler)
      throw std::bad_alloc();
    handler();
  }
}

// What the nothrow forms do: the same, with null for the exception.
void *allocate_nothrow(std::size_t size, std::size_t alignment) noexcept {
  try {
    return allocate(size, alignment);
  } catch (...) {
    return nullptr;
  }
}

void deallocate(void *p) noexcept { std::free(p); }

// Writes the count when the program ends. Constructed before the other static
// objects (init_priority), so it is destroyed after them and sees their
// allocations too.
struct Report {
  ~Report() {
    const char *path = std::getenv("STACKLIFT_ALLOC_LOG");
    if (!path || !*path)
      return;
    if (std::FILE *log = std::fopen(path, "w")) {
      std::fprintf(log, "allocations: %llu\n", allocations.load());
      std::fclose(log);
    }
  }
};

#if defined(__GNUC__)
__attribute__((init_priority(101)))
#endif
Report report;

std::size_t alignment_of(std::align_val_t alignment) { return static_cast<std::size_t>(alignment); }

} // namespace

void *operator new(std::size_t size) { return allocate(size, 0); }
void *operator new[](std::size_t size) { return allocate(size, 0); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  return allocate_nothrow(size, 0);
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  return allocate_nothrow(size, 0);
}
void *operator new(std::size_t size, std::align_val_t alignment) {
  return allocate(size, alignment_of(alignment));
}
void *operator new[](std::size_t size, std::align_val_t alignment) {
  return allocate(size, alignment_of(alignment));
}
void *operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
  return allocate_nothrow(size, alignment_of(alignment));
}
void *operator new[](std::size_t size, std::align_val_t alignment,
                     const std::nothrow_t &) noexcept {
  return allocate_nothrow(size, alignment_of(alignment));
}

void operator delete(void *p) noexcept { deallocate(p); }
void operator delete[](void *p) noexcept { deallocate(p); }
void operator delete(void *p, std::size_t) noexcept { deallocate(p); }
void operator delete[](void *p, std::size_t) noexcept { deallocate(p); }
void operator delete(void *p, const std::nothrow_t &) noexcept { deallocate(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { deallocate(p); }
void operator delete(void *p, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void *p, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void *p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void *p, std::align_val_t, const std::nothrow_t &) noexcept { deallocate(p); }
void operator delete[](void *p, std::align_val_t, const std::nothrow_t &) noexcept {
  deallocate(p);
}
