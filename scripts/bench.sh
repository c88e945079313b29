#!/usr/bin/env bash
# Builds the web app and the bare ImGui page, then measures both (tests/browser/bench.mjs):
# bundle bytes raw and gzip -9, and the first drawn frame after navigation (median of 5 cold
# loads in headless Chromium). Writes build/bench.json and prints it.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_browser_tools
build_web >/dev/null
node tests/browser/bench.mjs
