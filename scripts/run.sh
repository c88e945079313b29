#!/usr/bin/env bash
# Installs what is missing, builds the web app (Release) and serves build/web/site on
# http://127.0.0.1:8080 (NWK_PORT to change). A second run installs nothing and rebuilds
# only what changed.
# With --live: builds netzwerkkarte-server too and serves the app through it, for live
# votes from participants' phones, on every interface, port 8090 (NWK_PORT), data in
# ./netzwerkkarte-data (NWK_DATA); it prints the facilitator link and the participants' address.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

build_web
if [ "${1:-}" = "--live" ]; then
  install_native_toolchain
  cmake --preset release >/dev/null
  cmake --build --preset release -j"$(nproc)" --target netzwerkkarte-server >/dev/null
  log "Netzwerkkarte mit Live-Abstimmung / with live voting (Strg+C beendet / Ctrl+C stops)"
  exec build/release/bin/netzwerkkarte-server --port "${NWK_PORT:-8090}" --site "$ROOT/build/web/site" \
    --data "${NWK_DATA:-$ROOT/netzwerkkarte-data}"
fi
port=${NWK_PORT:-8080}
log "Netzwerkkarte: http://127.0.0.1:$port  (Strg+C beendet / Ctrl+C stops)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$ROOT/build/web/site"
