# Shared by run.sh, test.sh and bench.sh: installs what is missing and builds.
# Contract: everything comes from Debian packages (apt, apt-get source) or the npm
# registry; downloaded sources and the wasm SDL2 build are cached outside the clone in
# $NWK_CACHE, keyed on their versions, so a second run installs and configures nothing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NWK_CACHE=${NWK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netzwerkkarte}
IMGUI_VERSION=1.90.1+ds-1      # trixie: input queue (1.87+), imgui_impl_sdl2
IMGUI_SUITE=trixie
SDL2_VERSION=2.26.5+dfsg-1     # bookworm
SDL2_SUITE=bookworm
export NODE_PATH=/usr/share/nodejs   # emcc's JS optimizer needs Debian's node-acorn
export DEBIAN_FRONTEND=noninteractive

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=0
apt_install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing Debian packages: ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Tools for the web build (emscripten brings clang/lld and binaryen; brotli and gzip
# precompress the site, cmake/Precompress.cmake).
install_web_toolchain() {
  apt_install_missing ca-certificates cmake make g++ dpkg-dev xz-utils gzip python3 \
    emscripten node-acorn libcereal-dev brotli \
    fonts-inter fonts-font-awesome fonttools librsvg2-bin
}

# Tools for the native app, CLI, unit tests and fuzzers (clang's libFuzzer runtime),
# netzwerkkarte-server's libraries (Boost.Asio/Beast, SQLite, qrcodegen for the join QR code),
# and openpyxl, which reads the CLI's workbook in the CLI tests.
install_native_toolchain() {
  apt_install_missing libsdl2-dev libgl-dev libegl-dev libgtest-dev googletest clang libclang-rt-14-dev \
    libboost-dev libsqlite3-dev libqrcodegencpp-dev python3-openpyxl
}

# Chromium and Node for the browser tests (poppler-utils: pdftotext and pdftoppm read the
# printed report); Debian's nodejs only where no node exists.
install_browser_tools() {
  apt_install_missing chromium fonts-dejavu-core poppler-utils
  command -v node >/dev/null || apt_install_missing nodejs
  command -v npm >/dev/null || apt_install_missing npm
  # npm records what it installed in node_modules/.package-lock.json: install again whenever
  # the project's lock file changed since.
  local installed="$ROOT/tests/browser/node_modules/.package-lock.json"
  if [ ! -f "$installed" ] || [ "$ROOT/tests/browser/package-lock.json" -nt "$installed" ]; then
    log "Installing the browser tests' npm packages (lock file)"
    (cd "$ROOT/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The mirror this machine's apt already uses (never a hard-coded host).
debian_mirror() {
  local m
  m=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
      grep -v security | grep -oE 'https?://[^ ]+' | grep -m1 -E '/debian/?$' || true)
  [ -n "$m" ] || { echo "No Debian mirror found in /etc/apt sources" >&2; return 1; }
  echo "${m%/}"
}

# fetch_source PACKAGE VERSION SUITE -> prints the unpacked source directory.
# Uses a private source list so the system's apt configuration stays untouched.
fetch_source() {
  local pkg=$1 version=$2 suite=$3
  local dir="$NWK_CACHE/src/$pkg-$version"
  if [ ! -f "$dir/.complete" ]; then
    log "Fetching Debian source package $pkg $version ($suite)"
    local aptdir="$NWK_CACHE/apt-$suite" tmp
    mkdir -p "$aptdir/lists/partial" "$NWK_CACHE/src"
    echo "deb-src $(debian_mirror) $suite main" > "$aptdir/sources.list"
    local opts=(-o "Dir::Etc::sourcelist=$aptdir/sources.list" -o Dir::Etc::sourceparts=/dev/null
                -o "Dir::State::Lists=$aptdir/lists" -o APT::Sandbox::User=root)
    apt-get "${opts[@]}" -qq update
    tmp=$(mktemp -d "$NWK_CACHE/src/tmp.XXXXXX")
    (cd "$tmp" && apt-get "${opts[@]}" -qq source --download-only "$pkg=$version" >/dev/null &&
     dpkg-source -q --no-check -x ./*.dsc unpacked >/dev/null)
    rm -rf "$dir"; mv "$tmp/unpacked" "$dir"; rm -rf "$tmp"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# SDL2 as a static wasm library, built once per SDL2/emscripten version.
sdl2_wasm_prefix() {
  local emver src prefix lock
  emver=$(emcc --version | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1)
  prefix="$NWK_CACHE/sdl2-wasm-$SDL2_VERSION-emcc$emver"
  mkdir -p "$NWK_CACHE"
  exec {lock}>"$prefix.lock"   # one build at a time: parallel runs wait, then find it built
  flock "$lock"
  if [ ! -f "$prefix/.complete" ]; then
    src=$(fetch_source libsdl2 "$SDL2_VERSION" "$SDL2_SUITE")
    log "Building SDL2 for wasm (once, ~4 min)"
    rm -rf "$prefix" "$prefix.build"
    emcmake cmake -S "$src" -B "$prefix.build" -DCMAKE_BUILD_TYPE=Release \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
    cmake --build "$prefix.build" -j"$(nproc)" >/dev/null
    cmake --install "$prefix.build" >/dev/null
    rm -rf "$prefix.build"
    touch "$prefix/.complete"
  fi
  exec {lock}>&-
  echo "$prefix"
}

imgui_source() { fetch_source imgui "$IMGUI_VERSION" "$IMGUI_SUITE"; }

# configure_and_build PRESET [extra cmake args...]
configure_and_build() {
  local preset=$1; shift
  cmake --preset "$preset" -DNWK_IMGUI_DIR="$(imgui_source)" "$@" >/dev/null
  cmake --build --preset "$preset" -j"$(nproc)"
}

build_web() {
  install_web_toolchain
  configure_and_build web -DNWK_SDL2_WASM_PREFIX="$(sdl2_wasm_prefix)"
}

build_native() {
  install_web_toolchain
  install_native_toolchain
  configure_and_build native
}

build_fuzz() {
  install_native_toolchain
  cmake --preset fuzz -DNWK_FUZZ_SECONDS="${NWK_FUZZ_SECONDS:-20}" >/dev/null
  cmake --build --preset fuzz -j"$(nproc)"
}
