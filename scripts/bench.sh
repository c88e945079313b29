#!/usr/bin/env bash
# Builds the web app and the bare ImGui page, then measures both (tests/browser/bench.mjs):
# bundle bytes raw and gzip -9, and the first drawn frame after navigation (median of 5 cold
# loads in headless Chromium), core speed in wasm, the native tally speed (preset
# "release", app/bench/tally_bench.cpp, written to build/bench-native.json and merged in), the
# native speed of comparing two conferences of 10,000 offers (app/bench/core_bench.cpp built
# natively: compare_native_ms, build/bench-compare-native.json; it fails the bench when the
# comparison misses the offers it was made with; compare_wasm_ms comes from the wasm build), and
# the live-voting load test against the release netzwerkkarte-server (scripts/live_load.py,
# one call, two steps: 500 participants within 5 s as live_*, 2,000 within 60 s each from an
# address of its own as live2000_*; latency p50/p99, ballots acknowledged and tallied, the
# server's peak memory and CPU time; build/bench-live.json, merged in). Writes build/bench.json
# and prints it; then fails when a live request failed or an acknowledged ballot is missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_browser_tools
build_web >/dev/null
install_native_toolchain
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target tally_bench core_bench netzwerkkarte-server >/dev/null
build/release/bin/tally_bench >build/bench-native.json
build/release/bin/core_bench >build/bench-compare-native.json
live_status=0
python3 scripts/live_load.py build/release/bin/netzwerkkarte-server >build/bench-live.json || live_status=$?
node tests/browser/bench.mjs
if [ "$live_status" -ne 0 ]; then
  log "Live load test FAILED: a request failed or an acknowledged ballot is missing (live_* and live2000_* keys)"
  exit 1
fi
