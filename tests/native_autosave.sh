#!/usr/bin/env bash
# The desktop app opens a session given by path and autosaves beside it: run it offscreen
# on a copy of the golden file and check that "<name>.autosave.nwk" appears and is valid.
# Usage: native_autosave.sh APP CLI GOLDEN_FILE
set -euo pipefail
app=$1 cli=$2 golden=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$golden" "$dir/werkstatt.nwk"
SDL_VIDEODRIVER=offscreen XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" ASAN_OPTIONS=detect_leaks=0 \
  "$app" --smoke-frames 60 "$dir/werkstatt.nwk"
"$cli" validate "$dir/werkstatt.autosave.nwk"
