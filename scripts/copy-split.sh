#!/usr/bin/env bash
# Trunk's post_build hook: the split-off wasm modules and their loader, left
# by scripts/bin/wasm-bindgen in its output directory, go beside the app, and
# the early fetches in index.html and embed.js get the modules' hashed names.
set -euo pipefail
shopt -s nullglob
staging=${TRUNK_STAGING_DIR:?}
target=$(cargo metadata --format-version 1 --no-deps --offline |
  node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).target_directory))')
split="$target/wasm-bindgen/${TRUNK_PROFILE:?}/split"
if ! grep -qs '_split\.js"' "$staging"/*.js </dev/null; then
  exit 0 # built without the split
fi
[ -d "$split" ] || { echo "copy-split: the app imports its split loader, but $split is missing (was scripts/env.sh sourced?)" >&2; exit 1; }
cp "$split"/* "$staging/"
for module in "$split"/*.wasm; do
  hashed=$(basename "$module")
  plain="${hashed%-*}.wasm"
  for file in "$staging/index.html" "$staging/embed.js"; do
    [ -f "$file" ] || continue
    sed -i "s#$plain#$hashed#g" "$file"
    # A preload of a name that no longer exists would fetch nothing, silently.
    grep -q "$hashed" "$file" || { echo "copy-split: $(basename "$file") does not preload $plain" >&2; exit 1; }
  done
done
