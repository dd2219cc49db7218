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

template <Policy P>
bool flush_stdout(ThreadState<P>& ts) {
  std::string pending;
  pending.swap(ts.rt->stdout_buffer);
  if (pending.empty()) return true;
  P::detach(ts);
  bool ok = write_all(1, pending);
  P::attach(ts);
  return ok;
}

template <Policy P>
bool write_fd(ThreadState<P>& ts, int fd, std::string_view text) {
  if (fd == 1) {
    ts.rt->stdout_buffer.append(text);
    if (ts.rt->stdout_buffer.size() >= 1 << 16) return flush_stdout(ts);
    return true;
  }
  P::detach(ts);
  bool ok = write_all(fd, text);
  P::attach(ts);
  return ok;
}

}  // namespace lockvm
