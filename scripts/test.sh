#!/usr/bin/env bash
# Installs what is missing, builds native (ASan/UBSan), web and the fuzzers, runs every
# test: unit and CLI tests and the native app smoke test (CTest), a short run of each
# libFuzzer target (NWK_FUZZ_SECONDS each, default 20), the browser tests in headless
# Chromium, and the size budget. Ends with one line "N passed, N failed"; exits non-zero on
# a failure.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_web_toolchain
install_native_toolchain
install_browser_tools
log "Building native (Debug, ASan/UBSan)"
build_native
log "Building web (Release)"
build_web
log "Building the fuzz targets (clang, libFuzzer)"
build_fuzz

passed=0
failed=0

# run_ctest PRESET: runs a CTest preset and adds its counts to the totals.
run_ctest() {
  local log_file line total bad
  log_file=$(mktemp)
  ctest --preset "$1" -j"$(nproc)" 2>&1 | tee "$log_file" || true
  if line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log_file"); then
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    bad=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$line")
    passed=$((passed + total - bad)); failed=$((failed + bad))
  else
    echo "CTest ($1) did not report a result" >&2; failed=$((failed + 1))
  fi
  rm -f "$log_file"
}

log "Unit, CLI and native smoke tests (CTest)"
run_ctest native
log "Fuzzing each loader for ${NWK_FUZZ_SECONDS:-20} s"
run_ctest fuzz

log "Browser tests and size budget (headless Chromium)"
node_log=$(mktemp)
(cd tests/browser && node --test --test-reporter=spec ./*.test.mjs) 2>&1 | tee "$node_log" || true
node_pass=$(grep -E '^ℹ pass [0-9]+' "$node_log" | grep -oE '[0-9]+' || echo 0)
node_fail=$(grep -E '^ℹ fail [0-9]+' "$node_log" | grep -oE '[0-9]+' || echo 0)
if [ "$node_pass" -eq 0 ] && [ "$node_fail" -eq 0 ]; then
  echo "The browser tests did not report a result" >&2; node_fail=1
fi
passed=$((passed + node_pass)); failed=$((failed + node_fail))
rm -f "$node_log"

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
