// lockvm-spawn: starts COUNT copies of a command at once and reports each
// one's exit status, CPU time and peak resident memory, and the wall time
// until the last one ended, for `lockvm bench` (bench/harness/process.py).
//
// Why a separate small program: Linux charges a child the parent's memory
// high-water mark at fork (wait4's ru_maxrss is the larger of the two), so a
// Python driver that forks the workloads itself would report its own size as
// the peak of every small workload. This program is a few hundred KiB.
//
//   lockvm-spawn COUNT TIMEOUT_S OUTDIR CMD [ARG...]
//
// Child k's stdout and stderr go to OUTDIR/k.out and OUTDIR/k.err, its stdin
// is /dev/null. Prints one line per child, `child K status S signal N
// user_s U system_s Y maxrss_kib M`, then `wall_s W timed_out 0|1`. A run
// past TIMEOUT_S is killed (SIGKILL, every child). Exit status 0 when the
// report is complete, 2 for a usage error or when nothing could start.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int kMaxChildren = 1024;
pid_t children[kMaxChildren];
int child_count = 0;
volatile sig_atomic_t timed_out = 0;

void on_alarm(int) {
  timed_out = 1;
  for (int k = 0; k < child_count; ++k) kill(children[k], SIGKILL);
}

double now_s() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int open_output(const char* dir, int k, const char* ext) {
  char path[4096];
  std::snprintf(path, sizeof path, "%s/%d.%s", dir, k, ext);
  return open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: lockvm-spawn COUNT TIMEOUT_S OUTDIR CMD [ARG...]\n");
    return 2;
  }
  int count = std::atoi(argv[1]);
  double timeout = std::atof(argv[2]);
  const char* outdir = argv[3];
  if (count < 1 || count > kMaxChildren || !(timeout > 0)) {
    std::fprintf(stderr, "lockvm-spawn: COUNT must be 1..%d and TIMEOUT_S positive\n", kMaxChildren);
    return 2;
  }
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, nullptr);

  const double start = now_s();
  for (int k = 0; k < count; ++k) {
    int out = open_output(outdir, k, "out");
    int err = open_output(outdir, k, "err");
    if (out < 0 || err < 0) {
      std::fprintf(stderr, "lockvm-spawn: cannot create output files in %s: %s\n", outdir, std::strerror(errno));
      on_alarm(0);
      return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
      std::fprintf(stderr, "lockvm-spawn: fork: %s\n", std::strerror(errno));
      on_alarm(0);
      return 2;
    }
    if (pid == 0) {
      int in = open("/dev/null", O_RDONLY);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      execvp(argv[4], argv + 4);
      dprintf(2, "lockvm-spawn: cannot run %s: %s\n", argv[4], std::strerror(errno));
      _exit(127);
    }
    close(out);
    close(err);
    children[child_count++] = pid;
  }
  itimerval limit;
  std::memset(&limit, 0, sizeof limit);
  limit.it_value.tv_sec = static_cast<time_t>(timeout);
  limit.it_value.tv_usec = static_cast<suseconds_t>((timeout - static_cast<double>(limit.it_value.tv_sec)) * 1e6);
  setitimer(ITIMER_REAL, &limit, nullptr);

  double wall = 0;
  for (int k = 0; k < count; ++k) {
    int status = 0;
    rusage usage;
    pid_t got;
    do {
      got = wait4(children[k], &status, 0, &usage);
    } while (got < 0 && errno == EINTR);
    wall = now_s() - start;  // children are reaped in order: the last wait ends last
    if (got < 0) {
      std::printf("child %d status -1 signal 0 user_s 0 system_s 0 maxrss_kib 0\n", k);
      continue;
    }
    std::printf("child %d status %d signal %d user_s %.6f system_s %.6f maxrss_kib %ld\n", k,
                WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                usage.ru_utime.tv_sec + usage.ru_utime.tv_usec * 1e-6,
                usage.ru_stime.tv_sec + usage.ru_stime.tv_usec * 1e-6, usage.ru_maxrss);
  }
  std::printf("wall_s %.6f timed_out %d\n", wall, timed_out ? 1 : 0);
  return 0;
}
