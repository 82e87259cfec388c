#!/usr/bin/env bash
# Installs what is missing, starts the bundled receiver and serves the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

RECEIVER_PORT=8787 # Trunk.toml proxies /api/ there
APP_PORT=8080

cargo build -q --no-default-features --example receiver
# No --test-controls: the failure switches are for the test harness only.
target/debug/examples/receiver --port "$RECEIVER_PORT" --data data/receiver &
receiver=$!
trap 'kill "$receiver" 2>/dev/null || true' EXIT INT TERM

# Reading the stored applications needs the read key, which the receiver
# makes on its first start (or takes from PSF_RECEIVER_TOKEN).
token=${PSF_RECEIVER_TOKEN:-}
key_from=PSF_RECEIVER_TOKEN
if [ -z "$token" ]; then
  key_from=data/receiver/read-token
  for _ in $(seq 100); do
    if [ -s "$key_from" ]; then break; fi
    kill -0 "$receiver" 2>/dev/null || { echo "the receiver did not start" >&2; exit 1; }
    sleep 0.1
  done
  token=$(cat "$key_from")
fi

printf '\n  psf-apply: open http://127.0.0.1:%s/\n' "$APP_PORT"
printf '  embedded in a demo host page: http://127.0.0.1:%s/demo-host.html\n' "$APP_PORT"
printf '  applications are stored in data/receiver/applications.jsonl; to list them:\n'
printf '    curl -H "Authorization: Bearer %s" http://127.0.0.1:%s/api/applications\n' "$token" "$RECEIVER_PORT"
printf '  (the read key is in %s; keep it to yourself)\n\n' "$key_from"
trunk serve --release --port "$APP_PORT"
