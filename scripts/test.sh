#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit tests, the language corpus under every strategy, threading
# programs, shared-object stress programs, command-line tests), then
#   - the language corpus (under every strategy), threading and stress
#     programs again under AddressSanitizer, since no program may crash the VM or corrupt its
#     memory, with its leak check on: the runtime is torn down at exit
#     (vm/teardown.h), so nothing may be left but objects in reference
#     cycles (lockvm has no cycle collector). The language programs that
#     build such cycles are listed, each with its cycle, in
#     tests/lang_leak_cycles.txt and run with only the leak check off; the
#     teardown test runs small programs under every strategy and setting;
#   - the threading and stress programs under ThreadSanitizer with the
#     free-threaded strategies (per-object, biased, lock-free), where any data race in
#     the VM fails the run (halt_on_error).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
LOCKVM_BUILD_DIR=build-asan bash scripts/build.sh -DLOCKVM_SANITIZE=address
# The language corpus under every strategy, not only gil: what is immortal,
# deferred or held back for reclamation, and so what the teardown must free,
# differs with the strategy and its knobs.
# exitcode=23: a memory error or a leak ends the run with a status no
# program expects (ASan's default, 1, is also that of an uncaught exception,
# so a leak in such a program would go unseen).
ASAN_OPTIONS=detect_leaks=1:exitcode=23:allocator_may_return_null=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" \
  -R '^(teardown|lang_.*|threads_.*|stress_.*)$'
LOCKVM_BUILD_DIR=build-tsan bash scripts/build.sh -DLOCKVM_SANITIZE=thread
TSAN_OPTIONS=halt_on_error=1 \
  ctest --test-dir build-tsan --output-on-failure -j "$(nproc)" -R '^(threads_per-object|stress_per-object|PerObjectPolicy\..*|threads_biased|stress_biased|BiasedRefcount\..*|Qsbr\..*|EpochReclamation\..*|DictTableCas\..*|SetTableLockFree\..*|ListCas\..*|ListCasVm\..*|threads_lock-free|stress_lock-free|threads_lock-free_biased_epoch|stress_lock-free_biased_epoch)$'
