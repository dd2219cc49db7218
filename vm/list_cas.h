// Lock-free list writes: the protocol that lets `lock-free` (the policies
// with kCasWrites, vm/objects.h) append to a list and store an item by
// compare-and-swap, without the list's lock, while writers that move items
// (insert, pop, del, remove, sort, reverse, slices, clear, extend, `*=`,
// growth) still take the lock. No reference counts here: callers count a
// value before it is published and release what they take out
// (objects.h: list_append, list_store_cas).
//
// The shared fields, every one accessed through std::atomic_ref:
//   List::size   the item count. Acquire loads, release stores. Written by
//                the lock holder, and by an appender committing its claim.
//   List::items  the block [capacity][slot 0 .. slot capacity-1]. Acquire
//                loads; changed only by the lock holder (release store).
//   slot k       a Value, or one of two markers no Value has (even, below
//                8, not null): kOpen, the slot the next append may claim,
//                and kFrozen, a slot the lock holder has taken. Acquire
//                loads, release stores, acq_rel exchanges and CASes.
// List::capacity is read and written by the lock holder only.
//
// Invariants, outside the lock holder's critical section:
//   1. Slots [0, size) of the published block hold items.
//   2. At most one slot of all blocks the list ever had holds kOpen. If one
//      does, it is in the published block, at index size + p, and slots
//      [size, size + p) hold pending claims: items appended whose size is
//      not published yet. p is 0 unless appenders are mid-append.
//   3. Every other slot past size is null.
//   4. A block that is replaced (growth, `*=`) or detached (a sort with a
//      key) first has every item taken out by exchange with kFrozen and its
//      open slot frozen, so no CAS lands in a block that is not published.
//
// Appender (try_append): load size n and the block; find kOpen at n (or
// past the pending claims after it); CAS it to the item (the claim: kOpen
// exists only at the end of the list, invariant 2); store kOpen into the
// next slot (if the block has one); wait until size == the claimed index
// (earlier claims commit in order; each is a store away), then store
// size + 1: the append's linearization point, since no reader looks past
// the size. Claiming is always valid wherever kOpen is found, however stale
// n was, so there is no ABA to guard against.
// No open slot (the block is full, or a list built in one piece never had
// one opened) sends the append to the lock, counted as a fallback.
//
// Item store (try_store, non-negative indexes only): load size, bound the
// index, load the block and the slot, load the size again (the item is
// l[i] only if i is still below it: pending claims and a lock holder's
// moves put items past the size), and CAS the slot from that item to the
// new one. A CAS only ever replaces an item by an item, so it cannot land
// in a slot that is null, open or taken by the lock holder (kFrozen); a
// frozen slot, a lost CAS or a stale size starts again from the size.
// Residual ABA, by value only: between the second size load and the CAS a
// lock holder would have to shrink the list below i and the very same value
// be appended back at i, the CAS landing before that append's size store;
// the store then overwrites an append that no reader has seen yet, and is
// visible once it commits.
//
// Lock holder (Seal, for the whole critical section; every acquisition of
// a list's lock under kCasWrites seals, readers' included, so locked code
// sees a size and a block that only it changes):
//   - seal: wait until slot[size] is not a pending claim, then CAS kOpen ->
//     kFrozen there: no append can start, and none is pending;
//   - take every item it moves or removes by exchange with kFrozen (take),
//     never by a load followed by a store: a CAS store either lands before
//     the exchange (and its item is the one moved or released) or meets
//     kFrozen and waits;
//   - write items and the size with release stores; a replaced block is
//     retired (freed after a grace period);
//   - unseal: null the slots it vacated past the new size, then store kOpen
//     at slot[size] (after the size: an appender that claims it sees it).
// Until a second thread has ever started (vm/objects.h: list_alone) no CAS
// writer can race the lock holder, who then seals, takes and moves with
// plain stores, leaving the same slots (a thread started later sees them:
// starting it orders them before its first step).
// Readers (list_item_ref, iteration, len) load the size, then the block,
// then the slot, and treat anything that is not an item (null, kOpen,
// kFrozen: a write in progress or a stale size) as "read again"; a pending
// claim is past size, so a half-done append is never read.
#pragma once

#include <atomic>
#include <cassert>
#include <cstdint>
#include <thread>

#include "vm/object.h"
#include "vm/value.h"

namespace lockvm {

// The capacity a list block carries in front of its slots.
inline int64_t list_block_capacity(const Value* items) {
  return items != nullptr ? reinterpret_cast<const int64_t*>(items)[-1] : 0;
}

namespace list_cas {

inline constexpr Value kFrozen = Value::from_raw(2);
inline constexpr Value kOpen = Value::from_raw(4);

// A Value, not null and not a marker: small ints are odd, objects 8-aligned.
inline bool is_item(Value v) { return (v.raw() & 1) != 0 || v.raw() > 7; }

inline std::atomic_ref<int64_t> size_of(List* l) { return std::atomic_ref<int64_t>(l->size); }
inline std::atomic_ref<Value*> items_of(List* l) { return std::atomic_ref<Value*>(l->items); }
inline std::atomic_ref<Value> slot(Value* items, int64_t k) { return std::atomic_ref<Value>(items[k]); }

// Tries before an append or store that keeps meeting a sealed list or a
// frozen slot gives up and queues on the lock (a lock holder may keep it
// for long: a sort, a copy of a big list). Every 64th try yields, so that a
// holder that was descheduled can finish.
inline constexpr uint32_t kMaxTries = 1024;
inline void pause(uint32_t tries) {
  if ((tries & 63) == 63) std::this_thread::yield();
}

// Appends v (a Value the caller has already counted for the list) without
// the lock. False: no open slot; nothing was published, take the lock.
inline bool try_append(List* l, Value v, uint64_t* retries) {
  for (uint32_t tries = 0;; ++tries) {
    int64_t n = size_of(l).load(std::memory_order_acquire);
    Value* items = items_of(l).load(std::memory_order_acquire);
    int64_t cap = list_block_capacity(items);
    int64_t k = n;
    Value cur;
    // Pending claims first: the open slot follows them.
    while (k < cap && is_item(cur = slot(items, k).load(std::memory_order_acquire))) ++k;
    if (k < cap && cur == kOpen) {
      // acq_rel: publishes v's contents with the claim; acquire pairs with
      // the store that opened the slot (and so with the size before it).
      if (slot(items, k).compare_exchange_strong(cur, v, std::memory_order_acq_rel, std::memory_order_relaxed)) {
        if (k + 1 < cap) slot(items, k + 1).store(kOpen, std::memory_order_release);
        // Claims commit in index order; the one before ours is a store away.
        for (uint32_t waits = 0; size_of(l).load(std::memory_order_acquire) != k; ++waits) pause(waits);
        size_of(l).store(k + 1, std::memory_order_release);
        return true;
      }
    } else if (k == n && (k >= cap || cur.is_null())) {
      // Full, or no slot was ever opened (the list was built in one piece
      // or its last lock holder found it full): only the lock can append.
      if (size_of(l).load(std::memory_order_acquire) == n) return false;
    }
    // A lost race, a sealed list, a claim not yet followed by its open slot.
    ++*retries;
    if (tries >= kMaxTries) return false;
    pause(tries);
  }
}

// Stores v (counted for the list already) at index i (not negative: see
// below) without the lock. 1: stored, *old is the item it replaced (the
// caller releases it after a grace period); 0: i is out of range; -1: the
// slot stayed frozen (a lock holder is moving it): take the lock.
//
// The size is loaded again after the slot, and the CAS expects the very
// item loaded: an item seen at i is only known to be l[i] while i is below
// the size, since pending claims and a lock holder's moves put items past
// it (a list that shrank after the first size load, then got an append,
// has one at i). A lost CAS starts again from the size for the same reason.
// A negative index is not taken here: its meaning moves with every append,
// which a CAS on one slot cannot hold still (list_store_cas sends it to the
// lock).
inline int try_store(List* l, int64_t i, Value v, Value* old, uint64_t* retries) {
  assert(i >= 0);
  for (uint32_t tries = 0;; ++tries) {
    int64_t n = size_of(l).load(std::memory_order_acquire);
    if (i >= n) return 0;
    Value* items = items_of(l).load(std::memory_order_acquire);
    if (i < list_block_capacity(items)) {
      auto s = slot(items, i);
      Value cur = s.load(std::memory_order_acquire);
      if (is_item(cur) && i < size_of(l).load(std::memory_order_acquire)) {
        // acq_rel: publishes v; acquire: the replaced item is handed to us.
        if (s.compare_exchange_strong(cur, v, std::memory_order_acq_rel, std::memory_order_relaxed)) {
          *old = cur;
          return 1;
        }
      }
    }
    // Frozen (a move under the lock), a lost race, or a stale size or
    // block: load again.
    ++*retries;
    if (tries >= kMaxTries) return -1;
    pause(tries);
  }
}

// The lock holder's reads and writes of slots. take: the item at k, leaving
// kFrozen (an exchange, so that a CAS store can neither be lost nor release
// the item taken); load: the item at k, left in place; put: a release store.
// `alone`: no other thread was ever started, so none can be writing: the
// same effect without an atomic read-modify-write (a thread started later
// sees these stores: starting it orders them before its first step).
inline Value take(Value* items, int64_t k, bool alone) {
  Value v;
  if (alone) {
    v = slot(items, k).load(std::memory_order_relaxed);
    slot(items, k).store(kFrozen, std::memory_order_relaxed);
  } else {
    v = slot(items, k).exchange(kFrozen, std::memory_order_acq_rel);
  }
  assert(is_item(v));
  return v;
}
inline Value load(const Value* items, int64_t k) {
  return slot(const_cast<Value*>(items), k).load(std::memory_order_acquire);
}
inline void put(Value* items, int64_t k, Value v) { slot(items, k).store(v, std::memory_order_release); }
// Replaces the item at k and hands back the one it held.
inline Value exchange(Value* items, int64_t k, Value v) {
  Value old = slot(items, k).exchange(v, std::memory_order_acq_rel);
  assert(is_item(old));
  return old;
}

// Seals a list for the critical section of the thread that has just taken
// its lock, and opens it again at the end (see the top of this file).
// `acquired` is false when the thread already held the lock (re-entered,
// e.g. by a __del__ run inside a list operation): the outer holder sealed.
// `alone` as for take: no appender can be racing, a plain store freezes.
class Seal {
 public:
  Seal(List* l, bool acquired, bool alone = false) {
    if (!acquired) return;
    l_ = l;
    if (alone) {
      block_ = l->items;
      size_ = l->size;
      if (size_ < list_block_capacity(block_) && load(block_, size_) == kOpen) put(block_, size_, kFrozen);
      return;
    }
    for (uint32_t waits = 0;; ++waits) {
      int64_t n = size_of(l).load(std::memory_order_acquire);
      Value* items = items_of(l).load(std::memory_order_acquire);
      block_ = items;
      size_ = n;
      if (n >= list_block_capacity(items)) return;  // full: no open slot, no claim pending
      auto s = slot(items, n);
      Value cur = s.load(std::memory_order_acquire);
      if (cur == kOpen) {
        if (s.compare_exchange_strong(cur, kFrozen, std::memory_order_acq_rel, std::memory_order_acquire)) return;
        continue;  // claimed meanwhile
      }
      if (!is_item(cur)) return;  // null: never opened
      pause(waits);               // a pending claim at n: its size is a store away
    }
  }
  ~Seal() {
    if (l_ == nullptr) return;
    int64_t n = l_->size;  // only this thread writes it now
    Value* items = l_->items;
    int64_t cap = list_block_capacity(items);
    if (items == block_) {
      // Slots this section vacated past the new size (left frozen by take).
      for (int64_t k = n + 1; k <= size_ && k < cap; ++k) put(items, k, Value());
    }
    if (n < cap) {
      assert(!is_item(load(items, n)));
      put(items, n, kOpen);
    }
  }
  Seal(const Seal&) = delete;
  Seal& operator=(const Seal&) = delete;

 private:
  List* l_ = nullptr;
  Value* block_ = nullptr;  // the block and size when sealed
  int64_t size_ = 0;
};

}  // namespace list_cas
}  // namespace lockvm
