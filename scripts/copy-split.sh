#!/usr/bin/env bash
# Trunk's post_build hook: the split-off wasm modules and their loader, left
# by scripts/bin/wasm-bindgen in its output directory, go beside the app.
set -euo pipefail
split="${CARGO_TARGET_DIR:-target}/wasm-bindgen/${TRUNK_PROFILE:?}/split"
if [ -d "$split" ]; then
  cp "$split"/* "${TRUNK_STAGING_DIR:?}/"
fi
