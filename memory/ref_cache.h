// Coalescing of a thread's reference-count changes on objects it does not
// own (biased counting's slow path), after Levanoni and Petrank's
// update coalescing: a non-owner that drops a reference does not give it
// back at once but *parks* it in a small per-thread cache; taking a
// reference to the same object again reuses a parked one, with no atomic
// instruction. Threads that read the same shared objects over and over (a
// global table, its keys) then stop bouncing those objects' counts between
// cores: each keeps one reference parked instead of adding and subtracting.
//
// Why it is safe: a parked reference is still counted in the object's
// header, so the object cannot die while one is parked; reusing it is
// exactly as safe as holding it. The cost is delay: a parked reference is
// given back (a real decrement, which may free the object) only when its
// slot is taken by another object, when its slot has gone unused for a
// whole period of kFlushEvery parks (so within two periods of its last
// use), when the thread blocks, and when it ends. A slot in use keeps its
// reference across periods: giving back every reference each period made
// a loop over a shared table re-take each of its objects with an atomic
// (on a line the other threads write too) once per period. The decrements are applied at the thread's next
// eval-breaker check, never inside the incref or decref that evicted them
// (callers of incref hold container locks and must not see a finalizer
// run).
//
// One RefCache per thread, used only by it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace lockvm::memory {

class RefCache {
 public:
  // Direct-mapped by address: a loop over a few hundred shared objects (a
  // global table and its keys) must fit without evicting itself. At 512
  // slots shared_globals' 256 keys, tables and lists evicted one another
  // about once every two steps (an atomic each on a line the other threads
  // write too); at 4096 (64 KiB a thread, of which a loop touches only its
  // own slots) 610 times in the whole run.
  static constexpr size_t kSlots = 4096;
  static_assert(kSlots <= 65536, "occupied_ holds slot indices as uint16_t");
  // Parks between two flushes of the whole cache: bounds how long a parked
  // reference can keep an object alive while the thread runs.
  static constexpr uint64_t kFlushEvery = uint64_t{1} << 14;

  // A reference parked for `header` is taken back: true, and the caller
  // has its reference without touching the header.
  [[gnu::always_inline]] bool absorb(void* header) {
    Slot& s = slots_[index(header)];
    if (s.header != header || s.parked == 0) return false;
    --s.parked;
    s.used = true;
    return true;
  }
  // Parks a reference the thread drops. True when the thread now has
  // references to give back (evicted, or a flush is due): the caller asks
  // for an eval-breaker check.
  [[gnu::always_inline]] bool park(void* header) {
    size_t i = index(header);
    Slot& s = slots_[i];
    bool was_empty = released_.empty();
    if (s.header == header) {
      ++s.parked;
    } else {
      if (s.parked != 0) released_.emplace_back(s.header, s.parked);
      if (s.header == nullptr) occupied_.push_back(static_cast<uint16_t>(i));
      s.header = header;
      s.parked = 1;
    }
    s.used = true;
    if (++parks_ == kFlushEvery) age();
    return was_empty && !released_.empty();
  }
  // The end of a period: gives back the references of the slots not used
  // during it, and starts the next one.
  void age() {
    parks_ = 0;
    size_t kept = 0;
    for (uint16_t i : occupied_) {
      Slot& s = slots_[i];
      if (s.used) {
        s.used = false;
        occupied_[kept++] = i;
      } else {
        vacate(s);
      }
    }
    occupied_.resize(kept);
  }
  // Gives every parked reference back (to the list take_released returns).
  // Visits only the slots taken since the last flush: a thread flushes at
  // every blocking call, and the table is 64 KiB.
  void flush() {
    parks_ = 0;
    for (uint16_t i : occupied_) vacate(slots_[i]);
    occupied_.clear();
  }
  // The references to give back: (header, how many), each a real
  // decrement for the caller to apply.
  std::vector<std::pair<void*, uint32_t>> take_released() { return std::move(released_); }
  bool has_released() const { return !released_.empty(); }

 private:
  struct Slot {
    void* header = nullptr;
    uint32_t parked = 0;
    bool used = false;  // absorbed or parked since the period began
  };
  // Headers are at least 24 bytes apart: drop the low bits.
  static size_t index(void* header) { return (reinterpret_cast<uintptr_t>(header) >> 5) & (kSlots - 1); }

  // Empties a slot, handing its parked references (if any) back.
  void vacate(Slot& s) {
    if (s.parked != 0) released_.emplace_back(s.header, s.parked);
    s = Slot{};
  }

  Slot slots_[kSlots];
  // The indices of the slots whose header is set, each once.
  std::vector<uint16_t> occupied_;
  uint64_t parks_ = 0;
  std::vector<std::pair<void*, uint32_t>> released_;
};

}  // namespace lockvm::memory
