// Sequence and mapping protocols: len, iteration, subscripts and slices,
// membership, concatenation and repetition, and the bulk operations
// (list.extend, set algebra, dict merge) shared by the interpreter and the
// built-in methods.
#pragma once

#include "vm/arith.h"

namespace lockvm {

// ----------------------------------------------------------------- strings by code point

// Byte offset of code point `index` (0 <= index <= length).
inline int64_t utf8_offset(const Str* s, int64_t index) {
  if (s->ascii) return index;
  int64_t cp = 0;
  for (int64_t i = 0; i < s->nbytes; ++i) {
    if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) {
      if (cp == index) return i;
      ++cp;
    }
  }
  return s->nbytes;
}

inline int utf8_char_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 6) return 2;
  if ((c >> 4) == 14) return 3;
  return 4;
}

template <Policy P>
Value str_char_at(ThreadState<P>& ts, Str* s, int64_t index) {
  int64_t off = utf8_offset(s, index);
  return str_value(ts, std::string_view(s->data + off, static_cast<size_t>(utf8_char_len(s->data[off]))));
}

// ----------------------------------------------------------------- indices

// Converts an index value to int64 (ints, bools, objects with __index__).
template <Policy P>
bool index_value(ThreadState<P>& ts, Value v, int64_t* out) {
  if (is_intlike(v)) {
    *out = int_value(v);
    return true;
  }
  Type* t = type_of(ts, v);
  if (!(t->flags & Type::kBuiltin)) {
    Value m = type_lookup(ts, t, ts.rt->n.__index__);
    if (m) {
      Value r = call(ts, m, &v, 1);
      if (!r) return false;
      bool ok = is_intlike(r);
      if (ok) *out = int_value(r);
      else raisef(ts, ts.rt->t.TypeError, "__index__ returned non-int (type %s)", type_name(ts, r));
      decref(ts, r);
      return ok;
    }
  }
  raisef(ts, ts.rt->t.TypeError, "'%s' object cannot be interpreted as an integer", sv(t->name));
  return false;
}

struct SliceBounds {
  int64_t start, stop, step, length;
};

// PySlice_GetIndicesEx: clamps the slice to a sequence of `len` items.
template <Policy P>
bool slice_bounds(ThreadState<P>& ts, Slice* s, int64_t len, SliceBounds* out) {
  int64_t step = 1;
  if (!is_none(ts, s->step)) {
    if (!is_intlike(s->step) && kind_of(s->step) != Kind::Instance) {
      raise(ts, ts.rt->t.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!index_value(ts, s->step, &step)) return false;
    if (step == 0) {
      raise(ts, ts.rt->t.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto bound = [&](Value v, int64_t dflt, int64_t* out_v) -> bool {
    if (is_none(ts, v)) {
      *out_v = dflt;
      return true;
    }
    if (!is_intlike(v) && kind_of(v) != Kind::Instance) {
      raise(ts, ts.rt->t.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    int64_t x;
    if (!index_value(ts, v, &x)) return false;
    if (x < 0) {
      x += len;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= len) {
      x = step < 0 ? len - 1 : len;
    }
    *out_v = x;
    return true;
  };
  int64_t start, stop;
  if (!bound(s->start, step < 0 ? len - 1 : 0, &start)) return false;
  if (!bound(s->stop, step < 0 ? -1 : len, &stop)) return false;
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  *out = {start, stop, step, n};
  return true;
}

template <Policy P>
Value new_slice(ThreadState<P>& ts, Value start, Value stop, Value step) {
  auto* s = alloc_object<P, Slice>(ts, ts.rt->t.slice);
  s->start = newref(ts, start);
  s->stop = newref(ts, stop);
  s->step = newref(ts, step);
  return Value::from_obj(s);
}

// ----------------------------------------------------------------- len

template <Policy P>
int64_t length(ThreadState<P>& ts, Value v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->type->layout) {
      case Kind::Str: return static_cast<Str*>(o)->length;
      case Kind::List: return list_len(ts, static_cast<List*>(o));
      case Kind::Tuple: return static_cast<Tuple*>(o)->size;
      case Kind::Dict: {
        auto guard = P::lock(ts, o);
        return static_cast<int64_t>(static_cast<Dict*>(o)->table.size());
      }
      case Kind::Set: {
        auto guard = P::lock(ts, o);
        return static_cast<int64_t>(static_cast<Set*>(o)->table.size());
      }
      case Kind::FrozenSet: return static_cast<int64_t>(static_cast<Set*>(o)->table.size());
      case Kind::Range:
        if (static_cast<Range*>(o)->huge) {
          raise(ts, ts.rt->t.OverflowError, "Python int too large to convert to C ssize_t");
          return -1;
        }
        return static_cast<Range*>(o)->length;
      case Kind::DictView: {
        Dict* d = static_cast<DictView*>(o)->dict;
        auto guard = P::lock(ts, d);
        return static_cast<int64_t>(d->table.size());
      }
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__len__);
        if (!m) break;
        Value r = call(ts, m, &v, 1);
        if (!r) return -1;
        if (!is_intlike(r)) {
          raisef(ts, ts.rt->t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, r));
          decref(ts, r);
          return -1;
        }
        int64_t n = int_value(r);
        decref(ts, r);
        if (n < 0) {
          raise(ts, ts.rt->t.ValueError, "__len__() should return >= 0");
          return -1;
        }
        return n;
      }
      default: break;
    }
  }
  raisef(ts, ts.rt->t.TypeError, "object of type '%s' has no len()", type_name(ts, v));
  return -1;
}

// ----------------------------------------------------------------- iteration

template <Policy P>
Value new_seq_iter(ThreadState<P>& ts, Type* type, Value seq) {
  auto* it = alloc_object<P, SeqIter>(ts, type);
  it->seq = newref(ts, seq);
  it->index = 0;
  return Value::from_obj(it);
}

template <Policy P>
Value new_dict_iter(ThreadState<P>& ts, Dict* d, uint8_t which) {
  Type* types[] = {ts.rt->t.dict_keyiterator, ts.rt->t.dict_valueiterator, ts.rt->t.dict_itemiterator};
  auto* it = alloc_object<P, DictIter>(ts, types[which]);
  it->dict = static_cast<Dict*>(newref(ts, d).obj());
  it->pos = 0;
  {
    auto guard = P::lock(ts, d);
    it->expected_size = static_cast<int64_t>(d->table.size());
    it->remaining = it->expected_size;
  }
  it->which = which;
  return Value::from_obj(it);
}

template <Policy P>
Value get_iter(ThreadState<P>& ts, Value v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->type->layout) {
      case Kind::List: return new_seq_iter(ts, ts.rt->t.list_iterator, v);
      case Kind::Tuple: return new_seq_iter(ts, ts.rt->t.tuple_iterator, v);
      case Kind::Str: {
        auto* it = alloc_object<P, StrIter>(
            ts, static_cast<Str*>(o)->ascii ? ts.rt->t.str_iterator : ts.rt->t.str_unicode_iterator);
        it->str = static_cast<Str*>(newref(ts, v).obj());
        it->byte_pos = 0;
        return Value::from_obj(it);
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        auto* it = alloc_object<P, RangeIter>(ts, ts.rt->t.range_iterator);
        it->next = r->start;
        it->step = r->step;
        it->remaining = r->length;
        return Value::from_obj(it);
      }
      case Kind::Dict: return new_dict_iter(ts, static_cast<Dict*>(o), 0);
      case Kind::DictView: return new_dict_iter(ts, static_cast<DictView*>(o)->dict, static_cast<DictView*>(o)->which);
      case Kind::Set:
      case Kind::FrozenSet: {
        auto* s = static_cast<Set*>(o);
        auto* it = alloc_object<P, SetIter>(ts, ts.rt->t.set_iterator);
        it->set = static_cast<Set*>(newref(ts, s).obj());
        it->pos = 0;
        auto guard = P::lock(ts, s);
        it->expected_size = static_cast<int64_t>(s->table.size());
        return Value::from_obj(it);
      }
      case Kind::Generator:
      case Kind::SeqIter:
      case Kind::RangeIter:
      case Kind::StrIter:
      case Kind::DictIter:
      case Kind::SetIter:
      case Kind::Enumerate:
      case Kind::Zip:
      case Kind::Map:
      case Kind::Filter:
      case Kind::Reversed:
      case Kind::CallIter:
        return newref(ts, v);
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__iter__);
        if (m && is_none(ts, m)) break;  // __iter__ = None: explicitly not iterable
        if (m) {
          Value r = call(ts, m, &v, 1);
          if (!r) return r;
          Type* rt = type_of(ts, r);
          Kind rk = rt->layout;
          bool is_iter = rk == Kind::Generator || (rk >= Kind::SeqIter && rk <= Kind::CallIter) ||
                         ((rk == Kind::Instance || rk == Kind::Exception) && type_lookup(ts, rt, ts.rt->n.__next__));
          if (!is_iter) {
            raisef(ts, ts.rt->t.TypeError, "iter() returned non-iterator of type '%s'", sv(rt->name));
            decref(ts, r);
            return Value();
          }
          return r;
        }
        if (type_lookup(ts, o->type, ts.rt->n.__getitem__)) return new_seq_iter(ts, ts.rt->t.iterator, v);
        break;
      }
      default: break;
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "'%s' object is not iterable", type_name(ts, v));
}

template <Policy P> Value generator_next(ThreadState<P>& ts, Generator* g);
template <Policy P> Value getitem(ThreadState<P>& ts, Value obj, Value key);

// The next item, or null: exhausted when no exception is pending.
template <Policy P>
Value iter_next(ThreadState<P>& ts, Value itv) {
  Object* o = itv.obj();
  switch (o->type->layout) {
    case Kind::SeqIter: {
      // Threads may share one iterator. A list iterator's index is guarded
      // by the list's lock, any other by the iterator's own. Under a
      // free-threaded strategy `seq` is never cleared (another thread may be
      // reading it): exhaustion is index = kExhausted, and the sequence is
      // released with the iterator.
      constexpr int64_t kExhausted = INT64_MAX;
      auto* it = static_cast<SeqIter*>(o);
      if (!it->seq) return Value();
      Object* s = it->seq.obj();
      if (s->type->layout == Kind::List) {
        Value v = list_iter_next(ts, it, static_cast<List*>(s));
        if (v || P::kFreeThreaded) return v;
      } else {
        auto guard = P::lock(ts, it);
        if (it->index == kExhausted) return Value();
        if (s->type->layout == Kind::Tuple) {
          auto* t = static_cast<Tuple*>(s);
          if (it->index < t->size) return newref(ts, t->items[it->index++]);
        } else {
          // The old __getitem__ protocol: index until IndexError.
          Value r = getitem(ts, it->seq, Value::from_small(it->index));
          if (r) {
            ++it->index;
            return r;
          }
          if (exception_matches(ts, ts.rt->t.IndexError) || exception_matches(ts, ts.rt->t.StopIteration)) {
            decref(ts, ts.exc);
            ts.exc = Value();
          } else {
            return Value();
          }
        }
        if constexpr (P::kFreeThreaded) {
          it->index = kExhausted;
          return Value();
        }
      }
      Value seq = it->seq;
      it->seq = Value();
      decref(ts, seq);
      return Value();
    }
    case Kind::RangeIter: {
      auto* it = static_cast<RangeIter*>(o);
      if (it->remaining <= 0) return Value();
      --it->remaining;
      int64_t v = it->next;
      it->next += it->remaining > 0 ? it->step : 0;
      return new_int(ts, v);
    }
    case Kind::StrIter: {
      auto* it = static_cast<StrIter*>(o);
      if (it->byte_pos >= it->str->nbytes) return Value();
      int n = utf8_char_len(static_cast<unsigned char>(it->str->data[it->byte_pos]));
      Value r = str_value(ts, std::string_view(it->str->data + it->byte_pos, static_cast<size_t>(n)));
      it->byte_pos += n;
      return r;
    }
    case Kind::DictIter: {
      auto* it = static_cast<DictIter*>(o);
      Dict* d = it->dict;
      auto guard = P::lock(ts, d);
      if (it->pos < 0) return Value();
      if (static_cast<int64_t>(d->table.size()) != it->expected_size) {
        it->pos = -1;
        return raise(ts, ts.rt->t.RuntimeError, "dictionary changed size during iteration");
      }
      while (static_cast<size_t>(it->pos) < d->table.entry_count()) {
        size_t i = static_cast<size_t>(it->pos++);
        if (!d->table.live(i)) continue;
        // More entries than the dict had when iteration began, at an
        // unchanged size: keys were deleted and others added (CPython's check).
        if (it->remaining == 0) {
          it->pos = -1;
          return raise(ts, ts.rt->t.RuntimeError, "dictionary keys changed during iteration");
        }
        --it->remaining;
        if (it->which == 0) return newref(ts, d->table.key(i));
        if (it->which == 1) return newref(ts, d->table.value(i));
        return tuple_steal(ts, {newref(ts, d->table.key(i)), newref(ts, d->table.value(i))});
      }
      it->pos = -1;
      return Value();
    }
    case Kind::SetIter: {
      auto* it = static_cast<SetIter*>(o);
      Set* s = it->set;
      auto guard = P::lock(ts, s);
      if (it->pos < 0) return Value();
      if (static_cast<int64_t>(s->table.size()) != it->expected_size) {
        it->pos = -1;
        return raise(ts, ts.rt->t.RuntimeError, "Set changed size during iteration");
      }
      while (static_cast<size_t>(it->pos) < s->table.slot_count()) {
        size_t i = static_cast<size_t>(it->pos++);
        if (s->table.live(i)) return newref(ts, s->table.key(i));
      }
      it->pos = -1;
      return Value();
    }
    case Kind::Generator: return generator_next(ts, static_cast<Generator*>(o));
    // enumerate, zip, map and filter recurse into the iterators they wrap: a
    // chain of millions (x = map(f, x) in a loop) would overflow the C++
    // stack, so the depth is bounded by the native stack (not by the
    // recursion limit: a sieve of a few thousand nested filters is fine).
    case Kind::Enumerate: {
      if (native_stack_exhausted(ts)) return Value();
      auto* e = static_cast<Enumerate*>(o);
      // Threads sharing one enumerate get each index once, paired with the
      // item taken in the same step.
      auto guard = P::lock(ts, e);
      Value item = iter_next(ts, e->iter);
      if (!item) return item;
      Value idx = new_int(ts, e->count++);
      return tuple_steal(ts, {idx, item});
    }
    case Kind::Zip: {
      if (native_stack_exhausted(ts)) return Value();
      auto* z = static_cast<Zip*>(o);
      if (z->iters->size == 0) return Value();
      Tuple* out = new_tuple(ts, z->iters->size);
      for (int64_t i = 0; i < z->iters->size; ++i) {
        Value item = iter_next(ts, z->iters->items[i]);
        if (!item) {
          decref(ts, out);
          return Value();
        }
        out->items[i] = item;
      }
      return Value::from_obj(out);
    }
    case Kind::Map: {
      if (native_stack_exhausted(ts)) return Value();
      auto* m = static_cast<MapIter*>(o);
      int64_t n = m->iters->size;
      std::vector<Value> args(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) {
        Value item = iter_next(ts, m->iters->items[i]);
        if (!item) {
          for (int64_t j = 0; j < i; ++j) decref(ts, args[static_cast<size_t>(j)]);
          return Value();
        }
        args[static_cast<size_t>(i)] = item;
      }
      Value r = call(ts, m->func, args.data(), n);
      for (Value a : args) decref(ts, a);
      // A StopIteration escaping the function ends the map, as in CPython.
      if (!r && exception_matches(ts, ts.rt->t.StopIteration)) clear_exception(ts);
      return r;
    }
    case Kind::Filter: {
      if (native_stack_exhausted(ts)) return Value();
      auto* f = static_cast<Filter*>(o);
      for (;;) {
        Value item = iter_next(ts, f->iter);
        if (!item) return item;
        int keep;
        if (is_none(ts, f->func)) {
          keep = truthy(ts, item);
        } else {
          Value r = call(ts, f->func, &item, 1);
          keep = r ? truthy(ts, r) : -1;
          if (r) decref(ts, r);
        }
        if (keep > 0) return item;
        decref(ts, item);
        if (keep < 0) return Value();
      }
    }
    case Kind::Reversed: {
      auto* r = static_cast<Reversed*>(o);
      if (!r->seq) return Value();
      Value seq = r->seq;
      if (seq.obj()->type->layout == Kind::List) {
        // The index of a shared reversed(list) is guarded by the list's lock.
        auto* l = static_cast<List*>(seq.obj());
        auto guard = list_lock(ts, l);
        if (r->index < 0) return Value();
        if (r->index < l->size) return newref(ts, list_load<P>(l->items, r->index--));
        r->index = -1;
        return Value();
      }
      auto guard = P::lock(ts, r);  // otherwise by the iterator's own
      if (r->index < 0) return Value();
      Value item = getitem(ts, seq, Value::from_small(r->index));
      --r->index;
      return item;
    }
    case Kind::Instance:
    case Kind::Exception: {
      Value m = type_lookup(ts, o->type, ts.rt->n.__next__);
      if (!m) return raisef(ts, ts.rt->t.TypeError, "'%s' object is not an iterator", sv(o->type->name));
      Value r = call(ts, m, &itv, 1);
      if (!r && exception_matches(ts, ts.rt->t.StopIteration)) {
        decref(ts, ts.exc);
        ts.exc = Value();
      }
      return r;
    }
    default:
      return raisef(ts, ts.rt->t.TypeError, "'%s' object is not an iterator", sv(o->type->name));
  }
}

// Calls fn(item) for each item of an iterable; fn returns false to stop
// with an error pending. Lists and tuples are walked without an iterator.
template <Policy P, class F>
bool for_each(ThreadState<P>& ts, Value iterable, F&& fn) {
  if (iterable.is_obj() && iterable.obj()->type->layout == Kind::Tuple) {
    auto* t = static_cast<Tuple*>(iterable.obj());
    for (int64_t i = 0; i < t->size; ++i)
      if (!fn(t->items[i])) return false;
    return true;
  }
  Value it = get_iter(ts, iterable);
  if (!it) return false;
  for (;;) {
    Value item = iter_next(ts, it);
    if (!item) break;
    bool ok = fn(item);
    decref(ts, item);
    if (!ok) {
      decref(ts, it);
      return false;
    }
  }
  decref(ts, it);
  return !ts.exc;
}

template <Policy P>
List* list_from_iterable(ThreadState<P>& ts, Value iterable) {
  List* l = new_list(ts);
  if (list_extend(ts, l, iterable) < 0) {
    decref(ts, l);
    return nullptr;
  }
  return l;
}

template <Policy P>
Tuple* tuple_from_iterable(ThreadState<P>& ts, Value iterable) {
  if (kind_of(iterable) == Kind::Tuple) return static_cast<Tuple*>(newref(ts, iterable).obj());
  List* l = list_from_iterable(ts, iterable);
  if (!l) return nullptr;
  Tuple* t = new_tuple(ts, l->size);
  for (int64_t i = 0; i < l->size; ++i) t->items[i] = l->items[i];
  l->size = 0;
  decref(ts, l);
  return t;
}

template <Policy P>
int list_extend(ThreadState<P>& ts, List* l, Value iterable) {
  Kind k = kind_of(iterable);
  if (k == Kind::List || k == Kind::Tuple) {
    // Both lists locked (in address order) for the whole copy; `l.extend(l)`
    // copies the n items it had.
    auto append_all = [&](int64_t n, auto source) {
      list_reserve(ts, l, l->size + n);
      const Value* src = source();  // after the reserve: l may be the source
      for (int64_t i = 0; i < n; ++i) {
        Value v = list_load<P>(src, i);  // a list's items may change by CAS (a tuple's may not)
        incref(ts, v);
        list_store<P>(l->items, l->size + i, v);
      }
      list_set_size<P>(l, l->size + n);
    };
    if (k == Kind::List) {
      auto* other = static_cast<List*>(iterable.obj());
      auto guard = list_lock_two(ts, l, other);
      append_all(other->size, [&] { return other->items; });
    } else {
      auto* t = static_cast<Tuple*>(iterable.obj());
      auto guard = list_lock(ts, l);
      append_all(t->size, [&] { return t->items; });
    }
    return 0;
  }
  if (k == Kind::Dict || k == Kind::DictView || k == Kind::Set || k == Kind::FrozenSet) {
    // Copied in one step with both objects locked, as CPython 3.13t does:
    // list(d) and list(d.items()) never see a dict changing under them.
    Object* src = k == Kind::DictView ? static_cast<DictView*>(iterable.obj())->dict : iterable.obj();
    auto guard = list_lock_two(ts, l, src);
    // Under CAS writes l is sealed: appended in place (a CAS append would
    // wait for this very seal); room is reserved first.
    auto append = [&](Value v) {
      if constexpr (kCasWrites<P>)
        list_append_held(ts, l, newref(ts, v));
      else
        list_append(ts, l, v);
    };
    if (k == Kind::Set || k == Kind::FrozenSet) {
      auto* s = static_cast<Set*>(src);
      list_reserve(ts, l, l->size + static_cast<int64_t>(s->table.size()));
      for (size_t i = 0; i < s->table.slot_count(); ++i)
        if (s->table.live(i)) append(s->table.key(i));
      return 0;
    }
    auto* d = static_cast<Dict*>(src);
    uint8_t which = k == Kind::DictView ? static_cast<DictView*>(iterable.obj())->which : 0;
    list_reserve(ts, l, l->size + static_cast<int64_t>(d->table.size()));
    for (size_t i = 0; i < d->table.entry_count(); ++i) {
      if (!d->table.live(i)) continue;
      if (which == 0) {
        append(d->table.key(i));
      } else if (which == 1) {
        append(d->table.value(i));
      } else {
        Value pair = tuple_steal(ts, {newref(ts, d->table.key(i)), newref(ts, d->table.value(i))});
        if constexpr (kCasWrites<P>)
          list_append_held(ts, l, pair);
        else
          list_append_steal(ts, l, pair);
      }
    }
    return 0;
  }
  if (k == Kind::Range) {
    // As CPython's length hint: room for the whole range up front, so
    // list(range(2**62)) is a MemoryError at once, not after filling memory.
    int64_t n = length(ts, iterable), needed;  // OverflowError past int64, as CPython's
    if (n < 0) return -1;
    if (__builtin_add_overflow(l->size, n, &needed)) throw std::bad_alloc();
    auto guard = list_lock(ts, l);
    list_reserve(ts, l, needed);
  }
  bool ok = for_each(ts, iterable, [&](Value item) {
    list_append(ts, l, item);
    return true;
  });
  return ok ? 0 : -1;
}

// ----------------------------------------------------------------- subscripts

template <Policy P>
bool normalize_index(ThreadState<P>& ts, Value key, int64_t len, int64_t* out, const char* what) {
  int64_t i;
  if (!is_intlike(key)) {
    if (kind_of(key) == Kind::Instance && type_lookup(ts, type_of(ts, key), ts.rt->n.__index__)) {
      if (!index_value(ts, key, &i)) return false;
    } else {
      if (std::string_view(what) == "string")
        raisef(ts, ts.rt->t.TypeError, "string indices must be integers, not '%s'", type_name(ts, key));
      else
        raisef(ts, ts.rt->t.TypeError, "%s indices must be integers or slices, not %s", what, type_name(ts, key));
      return false;
    }
  } else {
    i = int_value(key);
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    if (std::string_view(what) == "range")
      raise(ts, ts.rt->t.IndexError, "range object index out of range");
    else
      raisef(ts, ts.rt->t.IndexError, "%s index out of range", what);
    return false;
  }
  *out = i;
  return true;
}

template <Policy P>
Value getitem(ThreadState<P>& ts, Value obj, Value key) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    bool slice = kind_of(key) == Kind::Slice;
    switch (o->type->layout) {
      case Kind::List: {
        auto* l = static_cast<List*>(o);
        if (key.is_small()) {
          if (Value v = list_item_ref(ts, l, key.small())) return v;
          return raise(ts, ts.rt->t.IndexError, "list index out of range");
        }
        auto guard = list_lock(ts, l);
        if (slice) {
          SliceBounds b;
          if (!slice_bounds(ts, static_cast<Slice*>(key.obj()), l->size, &b)) return Value();
          List* r = new_list(ts, b.length);
          for (int64_t j = 0, i = b.start; j < b.length; ++j, i += b.step)
            r->items[j] = newref(ts, list_load<P>(l->items, i));
          r->size = b.length;
          return Value::from_obj(r);
        }
        int64_t i;
        if (!normalize_index(ts, key, l->size, &i, "list")) return Value();
        return newref(ts, list_load<P>(l->items, i));
      }
      case Kind::Tuple: {
        auto* t = static_cast<Tuple*>(o);
        if (slice) {
          SliceBounds b;
          if (!slice_bounds(ts, static_cast<Slice*>(key.obj()), t->size, &b)) return Value();
          if (b.step == 1 && b.length == t->size) return newref(ts, obj);
          Tuple* r = new_tuple(ts, b.length);
          for (int64_t j = 0, i = b.start; j < b.length; ++j, i += b.step) r->items[j] = newref(ts, t->items[i]);
          return Value::from_obj(r);
        }
        int64_t i;
        if (!normalize_index(ts, key, t->size, &i, "tuple")) return Value();
        return newref(ts, t->items[i]);
      }
      case Kind::Str: {
        auto* s = static_cast<Str*>(o);
        if (slice) {
          SliceBounds b;
          if (!slice_bounds(ts, static_cast<Slice*>(key.obj()), s->length, &b)) return Value();
          if (b.step == 1) {
            int64_t from = utf8_offset(s, b.start), to = utf8_offset(s, b.start + b.length);
            return str_value(ts, std::string_view(s->data + from, static_cast<size_t>(to - from)));
          }
          std::string out;
          for (int64_t j = 0, i = b.start; j < b.length; ++j, i += b.step) {
            int64_t off = utf8_offset(s, i);
            out.append(s->data + off, static_cast<size_t>(utf8_char_len(s->data[off])));
          }
          return str_value(ts, out);
        }
        int64_t i;
        if (!normalize_index(ts, key, s->length, &i, "string")) return Value();
        return str_char_at(ts, s, i);
      }
      case Kind::Dict: {
        int64_t h = hash_value(ts, key);
        if (h == -1) return Value();
        Value v = dict_get_ref(ts, static_cast<Dict*>(o), key, h);
        if (v) return v;
        if (ts.exc) return Value();
        return raise_with(ts, ts.rt->t.KeyError, key);
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (slice) {
          SliceBounds b;
          if (!slice_bounds(ts, static_cast<Slice*>(key.obj()), r->length, &b)) return Value();
          auto* nr = alloc_object<P, Range>(ts, ts.rt->t.range);
          nr->huge = false;
          nr->start = r->start + b.start * r->step;
          nr->step = r->step * b.step;
          nr->stop = nr->start + b.length * nr->step;
          nr->length = b.length;
          return Value::from_obj(nr);
        }
        int64_t i;
        if (!normalize_index(ts, key, r->length, &i, "range")) return Value();
        return new_int(ts, r->start + i * r->step);
      }
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__getitem__);
        if (m) {
          Value args[2] = {obj, key};
          return call(ts, m, args, 2);
        }
        break;
      }
      case Kind::Type: {
        auto* t = static_cast<Type*>(o);
        Kind tk = t->layout;
        if ((t->flags & Type::kBuiltin) && (tk == Kind::List || tk == Kind::Dict || tk == Kind::Tuple ||
                                             tk == Kind::Set || tk == Kind::FrozenSet || tk == Kind::Type)) {
          // list[int] and friends: generic aliases are out of the subset,
          // but annotations in user code evaluate them; return the class.
          return newref(ts, obj);
        }
        return raisef(ts, ts.rt->t.TypeError, "type '%s' is not subscriptable", sv(t->name));
      }
      default: break;
    }
  }
  return raisef(ts, ts.rt->t.TypeError, "'%s' object is not subscriptable", type_name(ts, obj));
}

template <Policy P>
int list_assign_slice(ThreadState<P>& ts, List* l, Slice* s, Value value) {
  // The new items are materialized first: their iterator may change the
  // list, and the bounds must describe the list as it then is.
  Tuple* items = tuple_from_iterable(ts, value);
  SliceBounds b{};
  if (!items) {
    Value saved = ts.exc;
    ts.exc = Value();
    bool extended;
    {
      auto guard = list_lock(ts, l);
      extended = slice_bounds(ts, s, l->size, &b) && b.step != 1;
    }
    clear_exception(ts);
    ts.exc = saved;
    if (exception_matches(ts, ts.rt->t.TypeError) && kind_of(value) != Kind::Instance) {
      decref(ts, ts.exc);
      ts.exc = Value();
      raise(ts, ts.rt->t.TypeError, extended ? "must assign iterable to extended slice" : "can only assign an iterable");
    }
    return -1;
  }
  // Bounds and update in one locked step: another thread may resize l.
  auto guard = list_lock(ts, l);
  if (!slice_bounds(ts, s, l->size, &b)) {
    decref(ts, items);
    return -1;
  }
  if (b.step == 1) {
    int64_t start = b.start, stop = std::max(b.start, b.stop);
    int64_t removed = stop - start, added = items->size;
    int64_t new_size = l->size - removed + added;
    std::vector<Value> old;
    try {  // every allocation before the list changes; on failure it is untouched
      if constexpr (kCasWrites<P>) {
        old.reserve(static_cast<size_t>(removed));
        list_reserve(ts, l, new_size);
        for (int64_t i = start; i < stop; ++i) old.push_back(list_take<P>(ts, l->items, i));
      } else {
        old.assign(l->items + start, l->items + stop);
        list_reserve(ts, l, new_size);
      }
    } catch (...) {
      decref(ts, items);
      throw;
    }
    list_move<P>(ts, l->items, start + added, stop, l->size - stop);
    for (int64_t i = 0; i < added; ++i) list_store<P>(l->items, start + i, newref(ts, items->items[i]));
    list_set_size<P>(l, new_size);
    decref(ts, items);
    for (Value v : old) release_removed(ts, v);
    return 0;
  }
  if (items->size != b.length) {
    raisef(ts, ts.rt->t.ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
           items->size, b.length);
    decref(ts, items);
    return -1;
  }
  for (int64_t j = 0, i = b.start; j < b.length; ++j, i += b.step)
    release_removed(ts, list_exchange<P>(l->items, i, newref(ts, items->items[j])));
  decref(ts, items);
  return 0;
}

template <Policy P>
int list_delete_slice(ThreadState<P>& ts, List* l, Slice* s) {
  auto guard = list_lock(ts, l);
  SliceBounds b;
  if (!slice_bounds(ts, s, l->size, &b)) return -1;
  if (b.length == 0) return 0;
  if (b.step < 0) {  // normalize to an ascending walk
    b.start = b.start + (b.length - 1) * b.step;
    b.step = -b.step;
  }
  std::vector<Value> removed;
  removed.reserve(static_cast<size_t>(b.length));  // before the list changes: push_back cannot throw below
  int64_t w = 0, next_del = b.start, deleted = 0;
  for (int64_t r = 0; r < l->size; ++r) {
    if (deleted < b.length && r == next_del) {
      removed.push_back(list_take<P>(ts, l->items, r));
      next_del += b.step;
      ++deleted;
    } else {
      list_store<P>(l->items, w++, list_take<P>(ts, l->items, r));
    }
  }
  list_set_size<P>(l, w);
  for (Value v : removed) release_removed(ts, v);
  return 0;
}

// The index `key` names in l for a store or a delete, with CPython's
// "list assignment index out of range"; the caller holds l's lock.
template <Policy P>
bool list_assignment_index(ThreadState<P>& ts, List* l, Value key, int64_t* out) {
  if (normalize_index(ts, key, l->size, out, "list")) return true;
  if (exception_matches(ts, ts.rt->t.IndexError)) {
    decref(ts, ts.exc);
    ts.exc = Value();
    raise(ts, ts.rt->t.IndexError, "list assignment index out of range");
  }
  return false;
}

template <Policy P>
int setitem(ThreadState<P>& ts, Value obj, Value key, Value value) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->type->layout) {
      case Kind::List: {
        auto* l = static_cast<List*>(o);
        if (kind_of(key) == Kind::Slice) return list_assign_slice(ts, l, static_cast<Slice*>(key.obj()), value);
        if constexpr (kCasWrites<P>) {
          if (key.is_small()) {
            incref(ts, value);  // the list's, counted before the CAS publishes it
            if (list_store_cas(ts, l, key.small(), value)) return 0;
            decref(ts, value);  // out of range (raised below) or frozen too long
          }
        }
        int64_t i;
        Value old;
        {
          // Index check and store in one locked step: another thread may shrink l.
          auto guard = list_lock(ts, l);
          if (!list_assignment_index(ts, l, key, &i)) return -1;
          old = list_exchange<P>(l->items, i, newref(ts, value));
        }
        release_removed(ts, old);
        return 0;
      }
      case Kind::Dict: return dict_set(ts, static_cast<Dict*>(o), key, value);
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__setitem__);
        if (m) {
          Value args[3] = {obj, key, value};
          Value r = call(ts, m, args, 3);
          if (!r) return -1;
          decref(ts, r);
          return 0;
        }
        break;
      }
      default: break;
    }
  }
  raisef(ts, ts.rt->t.TypeError, "'%s' object does not support item assignment", type_name(ts, obj));
  return -1;
}

template <Policy P>
int delitem(ThreadState<P>& ts, Value obj, Value key) {
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->type->layout) {
      case Kind::List: {
        auto* l = static_cast<List*>(o);
        if (kind_of(key) == Kind::Slice) return list_delete_slice(ts, l, static_cast<Slice*>(key.obj()));
        int64_t i;
        Value old;
        {
          auto guard = list_lock(ts, l);
          if (!list_assignment_index(ts, l, key, &i)) return -1;
          old = list_take<P>(ts, l->items, i);
          list_move<P>(ts, l->items, i, i + 1, l->size - i - 1);
          list_set_size<P>(l, l->size - 1);
        }
        release_removed(ts, old);
        return 0;
      }
      case Kind::Dict: {
        int64_t h = hash_value(ts, key);
        if (h == -1) return -1;
        int r = dict_del(ts, static_cast<Dict*>(o), key, h);
        if (r == 0) {
          raise_with(ts, ts.rt->t.KeyError, key);
          return -1;
        }
        return r < 0 ? -1 : 0;
      }
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__delitem__);
        if (m) {
          Value args[2] = {obj, key};
          Value r = call(ts, m, args, 2);
          if (!r) return -1;
          decref(ts, r);
          return 0;
        }
        break;
      }
      default: break;
    }
  }
  // CPython words it by protocol: an integer index on a type with sequence
  // slots says "doesn't", anything else "does not".
  Kind k = kind_of(obj);
  bool sequence = (k == Kind::Tuple || k == Kind::Str || k == Kind::Range || k == Kind::Set ||
                   k == Kind::FrozenSet || k == Kind::DictView || k == Kind::Instance) &&
                  (is_intlike(key) || (kind_of(key) == Kind::Instance &&
                                       type_lookup(ts, type_of(ts, key), ts.rt->n.__index__)));
  raisef(ts, ts.rt->t.TypeError, sequence ? "'%s' object doesn't support item deletion"
                                          : "'%s' object does not support item deletion",
         type_name(ts, obj));
  return -1;
}

// ----------------------------------------------------------------- membership

template <Policy P>
int contains(ThreadState<P>& ts, Value container, Value item) {
  if (container.is_obj()) {
    Object* o = container.obj();
    switch (o->type->layout) {
      case Kind::List: {
        auto* l = static_cast<List*>(o);
        for (int64_t i = 0;; ++i) {
          // Each item is taken under the lock and compared outside it:
          // __eq__ may run Python code.
          Value x;
          if constexpr (kLockFreeReads<P>) {
            x = list_item_ref(ts, l, i);  // no lock (which would also hold up CAS appends)
            if (!x) break;
            if (x == item) {
              decref(ts, x);
              return 1;
            }
          } else {
            auto guard = list_lock(ts, l);
            if (i >= l->size) break;
            x = list_load<P>(l->items, i);
            if (x == item) return 1;
            incref(ts, x);
          }
          int r = compare_eq(ts, x, item);
          decref(ts, x);
          if (r != 0) return r;
        }
        return 0;
      }
      case Kind::Tuple: {
        auto* t = static_cast<Tuple*>(o);
        for (int64_t i = 0; i < t->size; ++i) {
          int r = compare_eq(ts, t->items[i], item);
          if (r != 0) return r;
        }
        return 0;
      }
      case Kind::Str: {
        if (!is_str(item)) {
          raisef(ts, ts.rt->t.TypeError, "'in <string>' requires string as left operand, not %s", type_name(ts, item));
          return -1;
        }
        return str_view(container).find(str_view(item)) != std::string_view::npos;
      }
      case Kind::Dict:
        return dict_contains(ts, static_cast<Dict*>(o), item);
      case Kind::DictView: {
        auto* dv = static_cast<DictView*>(o);
        if (dv->which == 0) return dict_contains(ts, dv->dict, item);
        break;
      }
      case Kind::Set:
      case Kind::FrozenSet: return set_contains(ts, static_cast<Set*>(o), item);
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (is_intlike(item)) {
          int64_t x = int_value(item);
          if (r->length == 0) return 0;
          if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
          return (x - r->start) % r->step == 0;
        }
        break;
      }
      case Kind::Instance:
      case Kind::Exception: {
        Value m = type_lookup(ts, o->type, ts.rt->n.__contains__);
        if (m) {
          Value args[2] = {container, item};
          Value r = call(ts, m, args, 2);
          if (!r) return -1;
          int t = truthy(ts, r);
          decref(ts, r);
          return t;
        }
        break;
      }
      default: break;
    }
  }
  Type* t = type_of(ts, container);
  bool iterable = t->layout != Kind::Int && t->layout != Kind::Float && t->layout != Kind::None &&
                  t->layout != Kind::Bool &&
                  (t->layout != Kind::Instance || type_lookup(ts, t, ts.rt->n.__iter__) ||
                   type_lookup(ts, t, ts.rt->n.__getitem__));
  if (!iterable) {
    raisef(ts, ts.rt->t.TypeError, "argument of type '%s' is not iterable", sv(t->name));
    return -1;
  }
  Value it = get_iter(ts, container);
  if (!it) {
    if (exception_matches(ts, ts.rt->t.TypeError)) {
      clear_exception(ts);
      raisef(ts, ts.rt->t.TypeError, "argument of type '%s' is not iterable", sv(t->name));
    }
    return -1;
  }
  int found = 0;
  for (;;) {
    Value x = iter_next(ts, it);
    if (!x) break;
    int r = compare_eq(ts, x, item);
    decref(ts, x);
    if (r != 0) {
      found = r;
      break;
    }
  }
  decref(ts, it);
  if (found < 0 || (found == 0 && ts.exc)) return -1;
  return found;
}

// ----------------------------------------------------------------- concatenation

template <Policy P>
Value sequence_concat(ThreadState<P>& ts, Value a, Value b) {
  Kind k = kind_of(a);
  if (k == Kind::Str) {
    auto *sa = static_cast<Str*>(a.obj()), *sb = static_cast<Str*>(b.obj());
    if (sa->nbytes == 0) return newref(ts, b);
    if (sb->nbytes == 0) return newref(ts, a);
    Str* r = alloc_str(ts, sa->nbytes + sb->nbytes);
    std::memcpy(r->data, sa->data, static_cast<size_t>(sa->nbytes));
    std::memcpy(r->data + sa->nbytes, sb->data, static_cast<size_t>(sb->nbytes));
    r->length = sa->length + sb->length;
    r->ascii = sa->ascii && sb->ascii;
    return Value::from_obj(r);
  }
  if (k == Kind::Tuple) {
    auto *ta = static_cast<Tuple*>(a.obj()), *tb = static_cast<Tuple*>(b.obj());
    Tuple* r = new_tuple(ts, ta->size + tb->size);
    for (int64_t i = 0; i < ta->size; ++i) r->items[i] = newref(ts, ta->items[i]);
    for (int64_t i = 0; i < tb->size; ++i) r->items[ta->size + i] = newref(ts, tb->items[i]);
    return Value::from_obj(r);
  }
  auto *la = static_cast<List*>(a.obj()), *lb = static_cast<List*>(b.obj());
  auto guard = list_lock_two(ts, la, lb);
  List* r = new_list(ts, la->size + lb->size);
  for (int64_t i = 0; i < la->size; ++i) r->items[i] = newref(ts, list_load<P>(la->items, i));
  for (int64_t i = 0; i < lb->size; ++i) r->items[la->size + i] = newref(ts, list_load<P>(lb->items, i));
  r->size = la->size + lb->size;
  return Value::from_obj(r);
}

template <Policy P>
Value sequence_repeat(ThreadState<P>& ts, Value seq, int64_t n) {
  if (n < 0) n = 0;
  Kind k = kind_of(seq);
  // A list is repeated from a snapshot of its items: another thread may
  // resize it between reading its length and copying them.
  Ref<P> snapshot(ts, k == Kind::List ? Value::from_obj(list_snapshot(ts, static_cast<List*>(seq.obj()))) : Value());
  int64_t len = k == Kind::List ? static_cast<Tuple*>(snapshot.get().obj())->size : length(ts, seq);
  int64_t total;
  if (__builtin_mul_overflow(len, n, &total)) return raise(ts, ts.rt->t.OverflowError, "repeated sequence is too long");
  if (total > kMaxItems) return raise_with(ts, ts.rt->t.MemoryError, Value());
  if (total == 0) {
    // Nothing to copy, however large n is ("" * 2**62 must not loop 2**62 times).
    if (k == Kind::Str) return newref(ts, ts.rt->empty_str);
    if (k == Kind::Tuple) return newref(ts, ts.rt->empty_tuple);
    return Value::from_obj(new_list(ts));
  }
  if (k == Kind::Str) {
    auto* s = static_cast<Str*>(seq.obj());
    Str* r = alloc_str(ts, s->nbytes * n);
    for (int64_t i = 0; i < n; ++i) std::memcpy(r->data + i * s->nbytes, s->data, static_cast<size_t>(s->nbytes));
    r->length = s->length * n;
    r->ascii = s->ascii;
    return Value::from_obj(r);
  }
  const Value* items = k == Kind::Tuple ? static_cast<Tuple*>(seq.obj())->items : static_cast<Tuple*>(snapshot.get().obj())->items;
  if (k == Kind::Tuple) {
    Tuple* r = new_tuple(ts, total);
    for (int64_t i = 0; i < total; ++i) r->items[i] = newref(ts, items[i % len]);
    return Value::from_obj(r);
  }
  List* r = new_list(ts, total);
  for (int64_t i = 0; i < total; ++i) r->items[i] = newref(ts, items[i % len]);
  r->size = total;
  return Value::from_obj(r);
}

// ----------------------------------------------------------------- set algebra

template <Policy P>
Set* set_copy(ThreadState<P>& ts, Set* s, bool frozen) {
  Set* r = new_set(ts, frozen);
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, s);
  r->table.add_all_from(s->table, ops);  // retains what it stores
  return r;
}

template <Policy P>
int set_update_from(ThreadState<P>& ts, Set* s, Value iterable) {
  Kind k = kind_of(iterable);
  if (k == Kind::Set || k == Kind::FrozenSet) {
    // CPython's set_merge: an empty target takes the source's layout.
    auto* other = static_cast<Set*>(iterable.obj());
    if (other == s) return 0;
    TableOps<P> ops{ts};
    auto guard = P::lock_two(ts, s, other);
    return s->table.add_all_from(other->table, ops) < 0 ? -1 : 0;
  }
  if (k == Kind::Dict) {
    // CPython presizes for the dict's keys before adding them.
    auto* d = static_cast<Dict*>(iterable.obj());
    TableOps<P> ops{ts};
    auto guard = P::lock_two(ts, s, d);
    if (s->table.reserve_for_merge(d->table.size(), ops) < 0) return -1;
    for (size_t i = 0; i < d->table.entry_count(); ++i) {
      if (!d->table.live(i)) continue;
      if (set_add(ts, s, d->table.key(i), d->table.hash(i)) < 0) return -1;
    }
    return 0;
  }
  bool ok = for_each(ts, iterable, [&](Value item) { return set_add(ts, s, item) == 0; });
  return ok ? 0 : -1;
}

template <Policy P>
Value set_binop(ThreadState<P>& ts, Value a, Value b, BinOpKind op, bool inplace) {
  auto* sa = static_cast<Set*>(a.obj());
  auto* sb = static_cast<Set*>(b.obj());
  bool frozen = a.obj()->type->layout == Kind::FrozenSet;
  TableOps<P> ops{ts};
  SharedSetOps<P> inplace_ops{{ts}};  // removals from a, which others may read
  // The compositions are CPython's (see vm/set_table.h), so results iterate
  // in CPython's order.
  auto guard = P::lock_two(ts, sa, sb);
  Set* r;
  int rc = 0;
  switch (op) {
    case BinOpKind::BitOr:
      r = inplace ? static_cast<Set*>(newref(ts, a).obj()) : set_copy(ts, sa, frozen);
      if (sa != sb) rc = r->table.add_all_from(sb->table, ops);
      break;
    case BinOpKind::BitAnd:
      r = new_set(ts, frozen);
      rc = r->table.intersection_of(sa->table, sb->table, ops);
      break;
    case BinOpKind::Sub:
      if (inplace) {
        r = static_cast<Set*>(newref(ts, a).obj());
        if (sa == sb) {
          r->table.clear(ops, [&](Value k) { release_removed(ts, k); });
        } else {
          rc = r->table.difference_update_from(sb->table, inplace_ops);
          if (rc == 0) rc = r->table.purge_dummies(ops);
        }
        break;
      }
      r = new_set(ts, frozen);
      rc = r->table.difference_of(sa->table, sb->table, ops);
      break;
    case BinOpKind::BitXor:
      if (inplace) {
        r = static_cast<Set*>(newref(ts, a).obj());
        if (sa == sb) r->table.clear(ops, [&](Value k) { release_removed(ts, k); });
        else rc = r->table.symmetric_difference_update_from(sb->table, inplace_ops);
        break;
      }
      r = set_copy(ts, sb, frozen);
      rc = r->table.symmetric_difference_update_from(sa->table, ops);
      break;
    default: return not_implemented(ts);
  }
  if (rc < 0) {
    decref(ts, r);
    return Value();
  }
  if (inplace && op == BinOpKind::BitAnd) {
    sa->table.swap(r->table);
    // a's old keys: those not kept may still be under a reader's comparison.
    r->table.clear(ops, [&](Value k) { release_removed(ts, k); });
    decref(ts, r);
    return newref(ts, a);
  }
  return Value::from_obj(r);
}

template <Policy P>
Value view_set_binop(ThreadState<P>& ts, Value a, Value b, BinOpKind op) {
  Kind ka = kind_of(a), kb = kind_of(b);
  auto to_set = [&](Value v, Kind k) -> Value {
    if (k == Kind::Set || k == Kind::FrozenSet) return newref(ts, v);
    Set* s = new_set(ts);
    if (set_update_from(ts, s, v) < 0) {
      decref(ts, s);
      return Value();
    }
    return Value::from_obj(s);
  };
  if (!is_set_like_view(a) && ka != Kind::Set && ka != Kind::FrozenSet) {
    // other OP view: only iterables combine with views.
    if (ka == Kind::Int || ka == Kind::Float || ka == Kind::None || ka == Kind::Bool) return not_implemented(ts);
  }
  if (!is_set_like_view(b) && kb != Kind::Set && kb != Kind::FrozenSet) {
    if (kb == Kind::Int || kb == Kind::Float || kb == Kind::None || kb == Kind::Bool) return not_implemented(ts);
  }
  Value sa = to_set(a, ka);
  if (!sa) return sa;
  Value sb = to_set(b, kb);
  if (!sb) {
    decref(ts, sa);
    return sb;
  }
  Value r = set_binop(ts, sa, sb, op, false);
  decref(ts, sa);
  decref(ts, sb);
  if (r && kind_of(r) == Kind::FrozenSet) {
    // A view result is always a mutable set.
    Value m = to_set(r, Kind::None);
    decref(ts, r);
    return m;
  }
  return r;
}

// Calls fn(key, value) for each item of a mapping: a dict, or any object
// with keys() and __getitem__ (CPython's mapping protocol). 0 when `m` is
// no mapping (nothing raised), 1 done, -1 error.
template <Policy P, class F>
int for_each_mapping_item(ThreadState<P>& ts, Value m, F&& fn) {
  if (kind_of(m) == Kind::Dict) {
    auto* d = static_cast<Dict*>(m.obj());
    auto guard = P::lock(ts, d);
    for (size_t i = 0; i < d->table.entry_count(); ++i) {
      if (!d->table.live(i)) continue;
      if (!fn(d->table.key(i), d->table.value(i))) return -1;
    }
    return 1;
  }
  if (kind_of(m) != Kind::Instance) return 0;
  Value keys_fn = getattr_optional(ts, m, intern(ts, "keys"));
  if (!keys_fn) return ts.exc ? -1 : 0;
  Value keys = call(ts, keys_fn, nullptr, 0);
  decref(ts, keys_fn);
  if (!keys) return -1;
  bool ok = for_each(ts, keys, [&](Value k) {
    Value v = getitem(ts, m, k);
    if (!v) return false;
    bool r = fn(k, v);
    decref(ts, v);
    return r;
  });
  decref(ts, keys);
  return ok ? 1 : -1;
}

template <Policy P>
int dict_update_from(ThreadState<P>& ts, Dict* d, Value other) {
  if (kind_of(other) == Kind::Instance) {
    int r = for_each_mapping_item(ts, other, [&](Value k, Value v) { return dict_set(ts, d, k, v) == 0; });
    if (r != 0) return r < 0 ? -1 : 0;
  }
  if (kind_of(other) == Kind::Dict) {
    auto* o = static_cast<Dict*>(other.obj());
    auto guard = P::lock_two(ts, d, o);
    for (size_t i = 0; i < o->table.entry_count(); ++i) {
      if (!o->table.live(i)) continue;
      if (dict_set(ts, d, o->table.key(i), o->table.hash(i), o->table.value(i)) < 0) return -1;
    }
    return 0;
  }
  // An iterable of pairs.
  int64_t index = 0;
  bool ok = for_each(ts, other, [&](Value pair) {
    Tuple* t = tuple_from_iterable(ts, pair);
    if (!t) {
      if (exception_matches(ts, ts.rt->t.TypeError)) {
        decref(ts, ts.exc);
        ts.exc = Value();
        raisef(ts, ts.rt->t.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", index);
      }
      return false;
    }
    if (t->size != 2) {
      raisef(ts, ts.rt->t.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", index,
             t->size);
      decref(ts, t);
      return false;
    }
    int r = dict_set(ts, d, t->items[0], t->items[1]);
    decref(ts, t);
    ++index;
    return r == 0;
  });
  return ok ? 0 : -1;
}

template <Policy P>
Dict* dict_copy(ThreadState<P>& ts, Dict* d) {
  Dict* r = new_dict(ts);
  TableOps<P> ops{ts};
  auto guard = P::lock(ts, d);
  r->table.copy_from(d->table, ops);
  for (size_t i = 0; i < r->table.entry_count(); ++i) {
    if (!r->table.live(i)) continue;
    incref(ts, r->table.key(i));
    incref(ts, r->table.value(i));
  }
  return r;
}

template <Policy P>
Value dict_merge_new(ThreadState<P>& ts, Value a, Value b, bool inplace) {
  Dict* r = inplace ? static_cast<Dict*>(newref(ts, a).obj()) : dict_copy(ts, static_cast<Dict*>(a.obj()));
  if (dict_update_from(ts, r, b) < 0) {
    decref(ts, r);
    return Value();
  }
  return Value::from_obj(r);
}

}  // namespace lockvm
