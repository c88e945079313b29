#!/usr/bin/env bash
# A session file written by the wasm build opens natively and the reverse: both CLIs write
# the demo (the files must be byte-identical), each reads the other's binary and JSON files.
# Usage: cross_target.sh NATIVE_CLI WASM_CLI_JS
set -euo pipefail
native=$1
wasm_js=$2
[ -f "$wasm_js" ] || { echo "missing $wasm_js: build the web preset first" >&2; exit 1; }
wasm() { node --no-experimental-fetch "$wasm_js" "$@"; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

wasm demo -o "$dir/wasm.nwk"
"$native" demo -o "$dir/native.nwk"
cmp "$dir/wasm.nwk" "$dir/native.nwk"
"$native" validate "$dir/wasm.nwk"
wasm validate "$dir/native.nwk"
wasm convert "$dir/native.nwk" "$dir/from-native.json"
"$native" convert "$dir/from-native.json" "$dir/round.nwk"
cmp "$dir/round.nwk" "$dir/native.nwk"
"$native" convert "$dir/wasm.nwk" "$dir/from-wasm.json"
wasm convert "$dir/from-wasm.json" "$dir/round2.nwk"
cmp "$dir/round2.nwk" "$dir/wasm.nwk"
[ "$(wasm info "$dir/native.nwk")" = "$("$native" info "$dir/native.nwk")" ]
echo "wasm32 and x86-64 files are identical and interchangeable"
