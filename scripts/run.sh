#!/usr/bin/env bash
# Installs what is missing, builds the web app (Release) and serves build/web/site on
# http://127.0.0.1:8080 (NWK_PORT to change). A second run installs nothing and rebuilds
# only what changed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
port=${NWK_PORT:-8080}

build_web
log "Netzwerkkarte: http://127.0.0.1:$port  (Strg+C beendet / Ctrl+C stops)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$ROOT/build/web/site"
