// "Did you mean: 'x'?" for uncaught NameError and AttributeError, computed
// when the traceback is printed, exactly as CPython 3.11's suggestions.c:
// the same weighted Levenshtein distance (case flips cost half a move), the
// same cut-off (at most a third of the characters changed) and the same
// candidate lists and order (first best match wins).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "vm/attributes.h"

namespace lockvm {

namespace suggestions_impl {

constexpr size_t kMoveCost = 2, kCaseCost = 1, kMaxStringSize = 40, kMaxCandidates = 750;

inline size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

inline size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

inline std::string best_match(const std::vector<std::string>& candidates, std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

inline void add_keys(std::vector<std::string>& out, Dict* d) {
  if (d == nullptr) return;
  for (size_t i = 0; i < d->table.entry_count(); ++i)
    if (d->table.live(i) && is_str(d->table.key(i))) out.emplace_back(str_view(d->table.key(i)));
}

// dir(obj), as far as the suggestion needs it: sorted, without duplicates.
template <Policy P>
std::vector<std::string> dir_of(ThreadState<P>& ts, Value obj) {
  std::vector<std::string> names;
  Kind k = kind_of(obj);
  if (k == Kind::Module) {
    add_keys(names, static_cast<Module*>(obj.obj())->dict);
  } else {
    if (obj.is_obj()) add_keys(names, instance_dict<P>(obj));
    Type* t = k == Kind::Type ? static_cast<Type*>(obj.obj()) : type_of(ts, obj);
    for (; t != nullptr; t = t->base) add_keys(names, t->dict);
    for (const char* dunder : {"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
                               "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
                               "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
                               "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
                               "__subclasshook__"})
      names.emplace_back(dunder);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace suggestions_impl

// The suggestion for an exception about to be printed, or "".
template <Policy P>
std::string suggestion_for(ThreadState<P>& ts, Exception* e) {
  using namespace suggestions_impl;
  if (e->dict == nullptr) return "";
  Value name = dict_get_str(ts, e->dict, ts.rt->n.name);
  if (!name || !is_str(name)) return "";
  if (is_subtype<P>(e->type, ts.rt->t.AttributeError)) {
    Value obj = dict_get_str(ts, e->dict, intern(ts, "obj"));
    if (!obj) return "";
    return best_match(dir_of(ts, obj), str_view(name));
  }
  if (is_subtype<P>(e->type, ts.rt->t.NameError) && e->traceback != nullptr) {
    Traceback* tb = e->traceback;
    while (tb->next != nullptr) tb = tb->next;
    std::vector<std::string> locals(tb->code->proto->varnames.begin(), tb->code->proto->varnames.end());
    std::string s = best_match(locals, str_view(name));
    if (!s.empty()) return s;
    std::vector<std::string> globals;
    add_keys(globals, tb->globals);
    s = best_match(globals, str_view(name));
    if (!s.empty()) return s;
    std::vector<std::string> builtins;
    add_keys(builtins, ts.rt->builtins);
    return best_match(builtins, str_view(name));
  }
  return "";
}

}  // namespace lockvm
