#!/usr/bin/env bash
# Installs what is missing, starts the bundled receiver and serves the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

RECEIVER_PORT=8787 # Trunk.toml proxies /api/ there
APP_PORT=8080

cargo build -q --no-default-features --example receiver
target/debug/examples/receiver --port "$RECEIVER_PORT" --data data/receiver &
receiver=$!
trap 'kill "$receiver" 2>/dev/null || true' EXIT INT TERM

printf '\n  psf-apply: open http://127.0.0.1:%s/\n' "$APP_PORT"
printf '  embedded in a demo host page: http://127.0.0.1:%s/demo-host.html\n' "$APP_PORT"
printf '  applications are stored in data/receiver/applications.jsonl\n\n'
trunk serve --release --port "$APP_PORT"
