#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit tests, the language corpus under every strategy, threading
# programs, shared-object stress programs, command-line tests), then
#   - the language, threading and stress programs again under
#     AddressSanitizer, since no program may crash the VM or corrupt its
#     memory (the runtime is freed by process exit, as CPython's is, so leak
#     detection is off);
#   - the threading and stress programs under ThreadSanitizer with the
#     free-threaded strategies (per-object, biased, lock-free), where any data race in
#     the VM fails the run (halt_on_error).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
LOCKVM_BUILD_DIR=build-asan bash scripts/build.sh -DLOCKVM_SANITIZE=address
ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" \
  -R '^(lang_gil|threads_gil|stress_gil|threads_per-object|stress_per-object|threads_biased|stress_biased|stress_biased_counted|threads_lock-free|stress_lock-free|stress_lock-free_biased_epoch)$'
LOCKVM_BUILD_DIR=build-tsan bash scripts/build.sh -DLOCKVM_SANITIZE=thread
TSAN_OPTIONS=halt_on_error=1 \
  ctest --test-dir build-tsan --output-on-failure -j "$(nproc)" -R '^(threads_per-object|stress_per-object|PerObjectPolicy\..*|threads_biased|stress_biased|BiasedRefcount\..*|Qsbr\..*|EpochReclamation\..*|DictTableCas\..*|SetTableLockFree\..*|ListCas\..*|ListCasVm\..*|threads_lock-free|stress_lock-free|threads_lock-free_biased_epoch|stress_lock-free_biased_epoch)$'
