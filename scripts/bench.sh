#!/usr/bin/env bash
# Builds the web app and the bare ImGui page, then measures both (tests/browser/bench.mjs):
# bundle bytes raw and gzip -9, and the first drawn frame after navigation (median of 5 cold
# loads in headless Chromium), core speed in wasm, and the native tally speed (preset
# "release", app/bench/tally_bench.cpp, written to build/bench-native.json and merged in).
# Writes build/bench.json and prints it.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_browser_tools
build_web >/dev/null
install_native_toolchain
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target tally_bench >/dev/null
build/release/bin/tally_bench >build/bench-native.json
node tests/browser/bench.mjs
