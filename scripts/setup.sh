#!/usr/bin/env bash
# Installs whatever psf-apply needs and is missing; quick when all is there.
#   scripts/setup.sh            tools to build and serve the app
#   scripts/setup.sh --browser  the same, plus Chromium, ChromeDriver and pdftotext for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14 # 0.22 refuses this rustc
WASM_OPT_VERSION=132
WASM_SPLIT_VERSION=0.2.3
# The CLI must match the wasm-bindgen library exactly, so take it from Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

[ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml ||
  die "Trunk.toml's [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\", as in Cargo.lock"

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Splits the program pages off the release wasm (scripts/bin/wasm-bindgen).
# 0.2.3: 0.2.2 fails on wasm-bindgen 0.2.128 and later. It prints no version,
# so cargo's own record is asked.
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/playwright-core ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node packages (wasm-opt, terser, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
wasm-opt --version | grep -q "version $WASM_OPT_VERSION" ||
  die "wasm-opt on PATH is not version $WASM_OPT_VERSION: $(command -v wasm-opt)"

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
  # The print journey reads the PDF Chromium prints back as text.
  if ! command -v pdftotext >/dev/null; then
    say "installing poppler-utils (pdftotext)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils
  fi
fi

# Trunk builds offline (Trunk.toml), so the crates must be here first.
cargo fetch --locked -q
