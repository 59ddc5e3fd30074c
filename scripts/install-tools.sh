#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already present at the
# right version, so that a second run is quick and quiet.
#   scripts/install-tools.sh         build tools: wasm target, cargo-leptos, wasm-bindgen, wasm-opt,
#                                    and the npm packages in tools/js (esbuild, tsc, eslint)
#   scripts/install-tools.sh e2e     also Chromium and the end-to-end tests' npm packages
#   scripts/install-tools.sh bench   also wrk (the load generator), bc and nginx (to compare with)
#   scripts/install-tools.sh postgres   also PostgreSQL's server (the tests' second engine) and
#                                       nginx (the proxy in front of two servers)
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132
# wasm-bindgen's command-line tool must match the library version the build links.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (takes a while, once)"
  # no_downloads: a missing tool is a clear error rather than a failed download.
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b"; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION)"
  npm install --global --no-audit --no-fund "binaryen@$BINARYEN_VERSION.0.0"
fi

# esbuild joins and minifies the enhancer (build.rs); tsc and eslint check it (make lint).
if [ ! -f tools/js/node_modules/.package-lock.json ] ||
   [ tools/js/package-lock.json -nt tools/js/node_modules/.package-lock.json ]; then
  say "installing the build's JavaScript tools (tools/js)"
  (cd tools/js && npm ci --no-audit --no-fund)
fi

apt_install() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ "${1:-}" = bench ] && { ! command -v wrk >/dev/null || ! command -v bc >/dev/null ||
                             [ ! -x /usr/sbin/nginx ]; }; then
  say "installing wrk, bc and nginx (the static-file server a kept page is measured against)"
  # Installed only to be started by bench/nginx.sh with a config of its own: the package
  # must not start (or leave) a server on port 80.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  apt_install wrk bc nginx-light
fi

if [ "${1:-}" = postgres ]; then
  missing=()
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (the integration tests run on PostgreSQL too, in a cluster" \
      "of their own, and two servers behind nginx)"
    # The tests start their own cluster and proxy: the packages must not start their own.
    policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
      trap 'rm -f "$policy"' EXIT
    fi
    apt_install "${missing[@]}"
  fi
fi

if [ "${1:-}" = e2e ]; then
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium"
    apt_install chromium
  fi
  if [ ! -f end2end/node_modules/.package-lock.json ] ||
     [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the end-to-end tests' npm packages"
    # Playwright drives the system Chromium; it must not try to download its own.
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi
