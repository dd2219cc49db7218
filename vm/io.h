// Output to stdout and stderr. stdout is buffered in the runtime (CPython
// block-buffers it when it is not a terminal) and written in large pieces;
// stderr is written at once. The GIL is released around the write system
// call, as CPython does around I/O.
#pragma once

#include <unistd.h>

#include <cerrno>

#include "vm/builtins_core.h"

namespace lockvm {

inline bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Under free-threaded strategies stdout_buffer is guarded by stdout_mutex,
// held across the write too so that output keeps its order. (Under the
// GIL it is guarded by the GIL, which is released around the write; a
// mutex held across that release could deadlock against it.)
template <Policy P>
std::unique_lock<std::mutex> hold_stdout(ThreadState<P>& ts) {
  std::unique_lock<std::mutex> hold(ts.rt->stdout_mutex, std::defer_lock);
  if constexpr (P::kFreeThreaded) hold.lock();
  return hold;
}

template <Policy P>
bool flush_stdout_locked(ThreadState<P>& ts) {
  std::string pending;
  pending.swap(ts.rt->stdout_buffer);
  if (pending.empty()) return true;
  P::detach(ts);
  bool ok = write_all(1, pending);
  P::attach(ts);
  return ok;
}

template <Policy P>
bool flush_stdout(ThreadState<P>& ts) {
  auto hold = hold_stdout(ts);
  return flush_stdout_locked(ts);
}

template <Policy P>
bool write_fd(ThreadState<P>& ts, int fd, std::string_view text) {
  if (fd == 1) {
    auto hold = hold_stdout(ts);
    ts.rt->stdout_buffer.append(text);
    if (ts.rt->stdout_buffer.size() >= 1 << 16) return flush_stdout_locked(ts);
    return true;
  }
  P::detach(ts);
  bool ok = write_all(fd, text);
  P::attach(ts);
  return ok;
}

}  // namespace lockvm
