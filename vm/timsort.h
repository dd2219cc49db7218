// lockvm::timsort: CPython 3.11's list.sort, ported to a header-only C++20 template.
//
// Algorithm: Objects/listobject.c of CPython 3.11 (list_sort_impl and its helpers;
// see also Objects/listsort.txt), by Tim Peters, with the "powersort" merge policy
// of Munro & Wild that 3.11 adopted.  The structure, the constants (MIN_GALLOP = 7,
// minrun in [32, 64], MAX_MERGE_PENDING = bits in size_t) and the exact order of
// the "<" comparisons are CPython's:
//
//   count_run            natural run: non-descending, or strictly descending
//                        (reversed in place)
//   binarysort           binary insertion extending short runs to minrun
//   merge_compute_minrun minrun in [32, 64] (n itself when n < 64)
//   powerloop /          powersort: a new run's "power" decides which pending
//   found_new_run        runs are merged (3.11 replaced the old merge_collapse
//                        invariants with this; merge_collapse is gone there)
//   merge_force_collapse merge everything at the end
//   merge_at             trims with gallop_right / gallop_left, then
//   merge_lo / merge_hi  merges through a temp buffer of min(na, nb) slots,
//                        galloping adaptively (min_gallop nudged up/down)
//   gallop_left/right    exponential then binary search
//
// So a comparator that logs its calls sees the same pairs, in the same order, as a
// Python __lt__ does under CPython 3.11 (the pre-sort type-homogeneity check of
// CPython only picks a faster compare function; it changes no comparison).
//
// keys != nullptr is CPython's key= path (a "sortslice"): keys[] are compared and
// values[] are permuted alongside.  keys == nullptr: values[] are compared.
// reverse=True is not part of timsort() itself: CPython reverses the list (keys and
// values) first, sorts stably, then reverses back -- also after a failed sort.
// timsort_list() below does exactly that.
//
// less(a, b) returns 1 (a < b), 0 (not less) or -1 (error: the sort stops and
// returns false).  As in CPython, even after an error -- or with a comparator that
// answers inconsistently, e.g. at random -- the arrays hold a permutation of their
// input (keys and values still paired), and nothing is ever read or written out of
// bounds.  If less throws, the arrays are restored the same way before the
// exception propagates.  Temp memory comes from std::malloc; if it cannot be had
// the sort stops as on a comparator error (false; the caller may report
// MemoryError).
//
// T must be trivially copyable (lockvm passes 8-byte handles); it is moved with
// memcpy/memmove and never constructed or destroyed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <type_traits>
#include <utility>

namespace lockvm {

namespace timsort_detail {

using ssize = std::ptrdiff_t;

// When we get into galloping mode, we stay there until both runs win less often
// than MIN_GALLOP consecutive times.
inline constexpr ssize kMinGallop = 7;
// Pending-runs stack depth: floor(log2(n)) + 1 always suffices.
inline constexpr int kMaxMergePending = static_cast<int>(sizeof(size_t) * 8);

// keys[i] pairs with values[i]; values == nullptr when the keys are the values.
template <class T>
struct SortSlice {
  T* keys;
  T* values;
};

template <class T>
inline void ss_copy(SortSlice<T>& s1, ssize i, const SortSlice<T>& s2, ssize j) {
  s1.keys[i] = s2.keys[j];
  if (s1.values != nullptr) s1.values[i] = s2.values[j];
}

template <class T>
inline void ss_copy_incr(SortSlice<T>& dst, SortSlice<T>& src) {
  *dst.keys++ = *src.keys++;
  if (dst.values != nullptr) *dst.values++ = *src.values++;
}

template <class T>
inline void ss_copy_decr(SortSlice<T>& dst, SortSlice<T>& src) {
  *dst.keys-- = *src.keys--;
  if (dst.values != nullptr) *dst.values-- = *src.values--;
}

template <class T>
inline void ss_memcpy(SortSlice<T>& s1, ssize i, const SortSlice<T>& s2, ssize j, ssize n) {
  if (n <= 0) return;
  std::memcpy(static_cast<void*>(&s1.keys[i]), &s2.keys[j], sizeof(T) * static_cast<size_t>(n));
  if (s1.values != nullptr)
    std::memcpy(static_cast<void*>(&s1.values[i]), &s2.values[j], sizeof(T) * static_cast<size_t>(n));
}

template <class T>
inline void ss_memmove(SortSlice<T>& s1, ssize i, const SortSlice<T>& s2, ssize j, ssize n) {
  if (n <= 0) return;
  std::memmove(static_cast<void*>(&s1.keys[i]), &s2.keys[j], sizeof(T) * static_cast<size_t>(n));
  if (s1.values != nullptr)
    std::memmove(static_cast<void*>(&s1.values[i]), &s2.values[j], sizeof(T) * static_cast<size_t>(n));
}

template <class T>
inline void ss_advance(SortSlice<T>& s, ssize n) {
  s.keys += n;
  if (s.values != nullptr) s.values += n;
}

// Reverse [lo, hi) in place.
template <class T>
inline void reverse_slice(T* lo, T* hi) {
  if (lo == hi) return;
  --hi;
  while (lo < hi) {
    T t = *lo;
    *lo = *hi;
    *hi = t;
    ++lo;
    --hi;
  }
}

template <class T>
inline void reverse_sortslice(SortSlice<T>& s, ssize n) {
  reverse_slice(s.keys, s.keys + n);
  if (s.values != nullptr) reverse_slice(s.values, s.values + n);
}

// A pending run: starts at base, len elements, node "level" for powersort.
template <class T>
struct Run {
  SortSlice<T> base;
  ssize len;
  int power;
};

template <class T, class Less>
class MergeState {
 public:
  MergeState(Less& less, ssize list_size, bool has_values, T* basekeys)
      : less_(less), listlen_(list_size), basekeys_(basekeys), has_values_(has_values) {}
  ~MergeState() { std::free(mem_); }
  MergeState(const MergeState&) = delete;
  MergeState& operator=(const MergeState&) = delete;

  // The body of list_sort_impl from merge_init on (lo: the whole slice, n >= 0).
  // Returns true on success, false on a comparator error / out of memory.
  bool sort(SortSlice<T> lo, ssize nremaining) {
    if (nremaining < 2) return true;
    // March over the array once, left to right, finding natural runs, and
    // extending short natural runs to minrun elements.
    const ssize minrun = compute_minrun(nremaining);
    do {
      bool descending;
      // Identify next run.
      ssize n = count_run(lo.keys, lo.keys + nremaining, &descending);
      if (n < 0) return false;
      if (descending) reverse_sortslice(lo, n);
      // If short, extend to min(minrun, nremaining).
      if (n < minrun) {
        const ssize force = nremaining <= minrun ? nremaining : minrun;
        if (binarysort(lo, lo.keys + force, lo.keys + n) < 0) return false;
        n = force;
      }
      // Maybe merge pending runs.
      if (found_new_run(n) < 0) return false;
      // Push new run on stack (cannot overflow: powers strictly increase
      // up the stack and are at most bits-in-size_t).
      if (n_ >= kMaxMergePending) return false;  // unreachable; belt and braces
      pending_[n_].base = lo;
      pending_[n_].len = n;
      ++n_;
      // Advance to find next run.
      ss_advance(lo, n);
      nremaining -= n;
    } while (nremaining);
    return merge_force_collapse() >= 0;
  }

#if defined(__cpp_exceptions)
  std::exception_ptr pending_exception;
#endif

 private:
  // ISLT: -1 error, 1 if x < y, 0 otherwise.
  int islt(const T& x, const T& y) {
#if defined(__cpp_exceptions)
    try {
      int r = static_cast<int>(less_(x, y));
      return r < 0 ? -1 : (r != 0 ? 1 : 0);
    } catch (...) {
      pending_exception = std::current_exception();
      return -1;
    }
#else
    int r = static_cast<int>(less_(x, y));
    return r < 0 ? -1 : (r != 0 ? 1 : 0);
#endif
  }

  // If n < 64, n.  Else a k in [32, 64] such that n/k is close to, but strictly
  // less than, an exact power of 2 (32 if n is a power of 2).
  static ssize compute_minrun(ssize n) {
    ssize r = 0;  // becomes 1 if any 1 bits are shifted off
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // [lo, hi) is sorted by binary insertion, stably; [lo, start) is already
  // sorted.  Even on error the slice is a permutation of its input.
  int binarysort(SortSlice<T> lo, T* hi, T* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      // Set l to where *start belongs.
      T* l = lo.keys;
      T* r = start;
      T pivot = *r;
      // Invariants: pivot >= all in [lo, l); pivot < all in [r, start).
      do {
        T* p = l + ((r - l) >> 1);
        int k = islt(pivot, *p);
        if (k < 0) return -1;
        if (k)
          r = p;
        else
          l = p + 1;
      } while (l < r);
      // pivot belongs at l (after any equal elements: stability).
      for (T* p = start; p > l; --p) *p = *(p - 1);
      *l = pivot;
      if (lo.values != nullptr) {
        // The same move on the values, at the same offsets.
        T* vstart = lo.values + (start - lo.keys);
        T* vl = lo.values + (l - lo.keys);
        T vpivot = *vstart;
        for (T* p = vstart; p > vl; --p) *p = *(p - 1);
        *vl = vpivot;
      }
    }
    return 0;
  }

  // Length of the run beginning at lo in [lo, hi) (lo < hi): the longest
  // lo[0] <= lo[1] <= ... or the longest strictly descending lo[0] > lo[1] > ...
  // (*descending set).  -1 on error.
  ssize count_run(T* lo, T* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    ssize n = 2;
    int k = islt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = islt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = islt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  // Position of key in sorted a[0..n) (n > 0), left of any equal elements:
  // the k in 0..n with a[k-1] < key <= a[k].  Starts at hint (0 <= hint < n).
  // -1 on error.  Whatever the comparator says, the result is in [0, n].
  ssize gallop_left(const T key, T* a, ssize n, ssize hint) {
    ssize ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    k = islt(*a, key);
    if (k < 0) return -1;
    if (k) {
      // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
      const ssize maxofs = n - hint;  // &a[n-1] is highest
      while (ofs < maxofs) {
        k = islt(a[ofs], key);
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;  // key <= a[hint + ofs]
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to offsets relative to &a[0].
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
      const ssize maxofs = hint + 1;  // &a[0] is lowest
      while (ofs < maxofs) {
        k = islt(*(a - ofs), key);
        if (k < 0) return -1;
        if (k) break;
        // key <= a[hint - ofs]
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to positive offsets relative to &a[0].
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    // Now a[lastofs] < key <= a[ofs]: binary search with invariant
    // a[lastofs-1] < key <= a[ofs].
    ++lastofs;
    while (lastofs < ofs) {
      const ssize m = lastofs + ((ofs - lastofs) >> 1);
      k = islt(a[m], key);
      if (k < 0) return -1;
      if (k)
        lastofs = m + 1;  // a[m] < key
      else
        ofs = m;  // key <= a[m]
    }
    return ofs;
  }

  // Like gallop_left, but right of any equal elements: the k in 0..n with
  // a[k-1] <= key < a[k].  -1 on error.
  ssize gallop_right(const T key, T* a, ssize n, ssize hint) {
    ssize ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    k = islt(key, *a);
    if (k < 0) return -1;
    if (k) {
      // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
      const ssize maxofs = hint + 1;  // &a[0] is lowest
      while (ofs < maxofs) {
        k = islt(key, *(a - ofs));
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;  // a[hint - ofs] <= key
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to positive offsets relative to &a[0].
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
      const ssize maxofs = n - hint;  // &a[n-1] is highest
      while (ofs < maxofs) {
        k = islt(key, a[ofs]);
        if (k < 0) return -1;
        if (k) break;
        // a[hint + ofs] <= key
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to offsets relative to &a[0].
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    // Now a[lastofs] <= key < a[ofs]: binary search with invariant
    // a[lastofs-1] <= key < a[ofs].
    ++lastofs;
    while (lastofs < ofs) {
      const ssize m = lastofs + ((ofs - lastofs) >> 1);
      k = islt(key, a[m]);
      if (k < 0) return -1;
      if (k)
        ofs = m;  // key < a[m]
      else
        lastofs = m + 1;  // a[m] <= key
    }
    return ofs;
  }

  // Ensure temp memory for `need` slots (keys, plus values when paired).
  // The old contents need not survive.  0 on success, -1 when out of memory.
  int getmem(ssize need) {
    if (need <= alloced_) return 0;
    const size_t multiplier = has_values_ ? 2 : 1;
    std::free(mem_);
    mem_ = nullptr;
    alloced_ = 0;
    a_ = SortSlice<T>{nullptr, nullptr};
    if (static_cast<size_t>(need) > SIZE_MAX / sizeof(T) / multiplier) return -1;
    mem_ = static_cast<T*>(std::malloc(multiplier * static_cast<size_t>(need) * sizeof(T)));
    if (mem_ == nullptr) return -1;
    alloced_ = need;
    a_.keys = mem_;
    a_.values = has_values_ ? mem_ + need : nullptr;
    return 0;
  }

  // Merge the na elements at ssa with the nb elements at ssb.keys == ssa.keys + na,
  // stably, in place; na, nb > 0, ssa.keys[na-1] belongs at the end of the merge,
  // and na <= nb should hold.  0 on success, -1 on error (the slice is then
  // still a permutation of its input).
  ssize merge_lo(SortSlice<T> ssa, ssize na, SortSlice<T> ssb, ssize nb) {
    ssize k;
    SortSlice<T> dest;
    int result = -1;  // guilty until proved innocent
    ssize min_gallop;

    if (getmem(na) < 0) return -1;
    ss_memcpy(a_, 0, ssa, 0, na);
    dest = ssa;
    ssa = a_;

    ss_copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;

    min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0;  // # of times A won in a row
      ssize bcount = 0;  // # of times B won in a row

      // Do the straightforward thing until (if ever) one run appears to win
      // consistently.
      for (;;) {
        k = islt(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          ss_copy_incr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto Succeed;
          if (bcount >= min_gallop) break;
        } else {
          ss_copy_incr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto CopyB;
          if (acount >= min_gallop) break;
        }
      }

      // One run is winning so consistently that galloping may be a huge win.
      // So try that, and continue galloping until (if ever) neither run
      // appears to be winning consistently anymore.
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          if (k < 0) goto Fail;
          ss_memcpy(dest, 0, ssa, 0, k);
          ss_advance(dest, k);
          ss_advance(ssa, k);
          na -= k;
          if (na == 1) goto CopyB;
          // na == 0 is impossible now if the comparison function is
          // consistent, but we can't assume that it is.
          if (na == 0) goto Succeed;
        }
        ss_copy_incr(dest, ssb);
        --nb;
        if (nb == 0) goto Succeed;

        k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) goto Fail;
          ss_memmove(dest, 0, ssb, 0, k);
          ss_advance(dest, k);
          ss_advance(ssb, k);
          nb -= k;
          if (nb == 0) goto Succeed;
        }
        ss_copy_incr(dest, ssa);
        --na;
        if (na == 1) goto CopyB;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // penalize it for leaving galloping mode
      min_gallop_ = min_gallop;
    }
  Succeed:
    result = 0;
  Fail:
    if (na) ss_memcpy(dest, 0, ssa, 0, na);
    return result;
  CopyB:
    // The last element of ssa belongs at the end of the merge.
    ss_memmove(dest, 0, ssb, 0, nb);
    ss_copy(dest, nb, ssa, 0);
    return 0;
  }

  // Like merge_lo, but na >= nb should hold; merges right to left.
  ssize merge_hi(SortSlice<T> ssa, ssize na, SortSlice<T> ssb, ssize nb) {
    ssize k;
    SortSlice<T> dest, basea, baseb;
    int result = -1;  // guilty until proved innocent
    ssize min_gallop;

    if (getmem(nb) < 0) return -1;
    dest = ssb;
    ss_advance(dest, nb - 1);
    ss_memcpy(a_, 0, ssb, 0, nb);
    basea = ssa;
    baseb = a_;
    ssb.keys = a_.keys + nb - 1;
    if (ssb.values != nullptr) ssb.values = a_.values + nb - 1;
    ss_advance(ssa, na - 1);

    ss_copy_decr(dest, ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;

    min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0;  // # of times A won in a row
      ssize bcount = 0;  // # of times B won in a row

      // Do the straightforward thing until (if ever) one run appears to win
      // consistently.
      for (;;) {
        k = islt(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          ss_copy_decr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto Succeed;
          if (acount >= min_gallop) break;
        } else {
          ss_copy_decr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto CopyA;
          if (bcount >= min_gallop) break;
        }
      }

      // One run is winning so consistently that galloping may be a huge win.
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
        if (k < 0) goto Fail;
        k = na - k;
        acount = k;
        if (k) {
          ss_advance(dest, -k);
          ss_advance(ssa, -k);
          ss_memmove(dest, 1, ssa, 1, k);
          na -= k;
          if (na == 0) goto Succeed;
        }
        ss_copy_decr(dest, ssb);
        --nb;
        if (nb == 1) goto CopyA;

        k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
        if (k < 0) goto Fail;
        k = nb - k;
        bcount = k;
        if (k) {
          ss_advance(dest, -k);
          ss_advance(ssb, -k);
          ss_memcpy(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb == 1) goto CopyA;
          // nb == 0 is impossible now if the comparison function is
          // consistent, but we can't assume that it is.
          if (nb == 0) goto Succeed;
        }
        ss_copy_decr(dest, ssa);
        --na;
        if (na == 0) goto Succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // penalize it for leaving galloping mode
      min_gallop_ = min_gallop;
    }
  Succeed:
    result = 0;
  Fail:
    if (nb) ss_memcpy(dest, -(nb - 1), baseb, 0, nb);
    return result;
  CopyA:
    // The first element of ssb belongs at the front of the merge.
    ss_memmove(dest, 1 - na, ssa, 1 - na, na);
    ss_advance(dest, -na);
    ss_advance(ssa, -na);
    ss_copy(dest, 0, ssb, 0);
    return 0;
  }

  // Merge the two runs at stack indices i and i+1.  0 on success, -1 on error.
  ssize merge_at(int i) {
    SortSlice<T> ssa = pending_[i].base;
    ssize na = pending_[i].len;
    SortSlice<T> ssb = pending_[i + 1].base;
    ssize nb = pending_[i + 1].len;

    // Record the length of the combined runs; if i is the 3rd-last run now,
    // also slide over the last run (which isn't involved in this merge).
    // The current run i+1 goes away in any case.
    pending_[i].len = na + nb;
    if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
    --n_;

    // Where does b start in a?  Elements in a before that can be ignored.
    ssize k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(ssa, k);
    na -= k;
    if (na == 0) return 0;

    // Where does a end in b?  Elements in b after that can be ignored.
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return nb;

    // Merge what remains of the runs, using a temp array with min(na, nb) slots.
    if (na <= nb) return merge_lo(ssa, na, ssb, nb);
    return merge_hi(ssa, na, ssb, nb);
  }

  // Two adjacent runs begin at index s1: lengths n1 and n2, list length n.
  // The "power" of the first run (see listsort.txt).
  static int powerloop(ssize s1, ssize n1, ssize n2, ssize n) {
    int result = 0;
    // Midpoints a = s1 + n1/2 and b = s1 + n1 + n2/2, doubled to be integers.
    ssize a = 2 * s1 + n1;  // 2*a
    ssize b = a + n1 + n2;  // 2*b
    // Emulate a/n and b/n one bit at a time, until the bits differ.
    for (;;) {
      ++result;
      if (a >= n) {  // both quotient bits are 1
        a -= n;
        b -= n;
      } else if (b >= n) {  // a/n bit is 0, b/n bit is 1
        break;
      }  // else both quotient bits are 0
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  // The next run has been identified, of length n2.  If there's already a run
  // on the stack, compute the topmost run's power and merge adjacent runs on
  // the stack with greater power.  The caller pushes the new run afterwards.
  int found_new_run(ssize n2) {
    if (n_) {
      Run<T>* p = pending_;
      const ssize s1 = p[n_ - 1].base.keys - basekeys_;  // start index
      const ssize n1 = p[n_ - 1].len;
      const int power = powerloop(s1, n1, n2, listlen_);
      while (n_ > 1 && p[n_ - 2].power > power) {
        if (merge_at(n_ - 2) < 0) return -1;
      }
      p[n_ - 1].power = power;
    }
    return 0;
  }

  // Regardless of invariants, merge all runs on the stack until only one
  // remains.
  int merge_force_collapse() {
    Run<T>* p = pending_;
    while (n_ > 1) {
      int n = n_ - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      if (merge_at(n) < 0) return -1;
    }
    return 0;
  }

  Less& less_;
  ssize min_gallop_ = kMinGallop;  // controls when we get *into* galloping mode
  ssize listlen_;                  // len(input list)
  T* basekeys_;                    // base address of the keys array
  bool has_values_;
  SortSlice<T> a_{nullptr, nullptr};  // temp storage for merges
  ssize alloced_ = 0;
  T* mem_ = nullptr;
  int n_ = 0;  // pending runs
  Run<T> pending_[kMaxMergePending];
};

}  // namespace timsort_detail

// Sorts values[0..n) in place, stably, by less(a, b) (1: a < b, 0: not, -1: error).
// If keys != nullptr, keys[0..n) are compared and values are permuted alongside
// (CPython's sortslice); values may then be nullptr too, to sort keys alone.
// Returns false on a comparator error or when temp memory can't be had; the
// arrays then still hold a permutation of the input.
template <class T, class Less>
bool timsort(T* keys, T* values, size_t n, Less&& less) {
  static_assert(std::is_trivially_copyable_v<T>, "timsort moves elements with memcpy");
  using namespace timsort_detail;
  SortSlice<T> lo = keys != nullptr ? SortSlice<T>{keys, values} : SortSlice<T>{values, nullptr};
  if (lo.keys == nullptr || n < 2) return true;
  if (lo.keys == lo.values) lo.values = nullptr;  // the same array: move it once
  MergeState<T, std::remove_reference_t<Less>> ms(less, static_cast<ssize>(n), lo.values != nullptr, lo.keys);
  bool ok = ms.sort(lo, static_cast<ssize>(n));
#if defined(__cpp_exceptions)
  if (ms.pending_exception) std::rethrow_exception(ms.pending_exception);
#endif
  return ok;
}

// list.sort(key=..., reverse=...) as CPython 3.11 runs it: with reverse, keys
// and values are reversed first, sorted stably, then reversed back (also when the
// sort fails, as CPython does), so equal elements keep their original order.
// Unlike CPython, which drops the keys afterwards, keys are reversed back too so
// keys[i] stays paired with values[i].
template <class T, class Less>
bool timsort_list(T* keys, T* values, size_t n, bool reverse, Less&& less) {
  if (!reverse || n < 2) return timsort(keys, values, n, std::forward<Less>(less));
  using timsort_detail::reverse_slice;
  const bool distinct = keys != nullptr && values != nullptr && keys != values;
  if (keys != nullptr) reverse_slice(keys, keys + n);
  if (values != nullptr && (keys == nullptr || distinct)) reverse_slice(values, values + n);
  struct Restore {
    T* k;
    T* v;
    size_t n;
    bool distinct;
    ~Restore() {
      if (k != nullptr) timsort_detail::reverse_slice(k, k + n);
      if (v != nullptr && (k == nullptr || distinct)) timsort_detail::reverse_slice(v, v + n);
    }
  } restore{keys, values, n, distinct};
  return timsort(keys, values, n, std::forward<Less>(less));
}

}  // namespace lockvm
