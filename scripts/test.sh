#!/usr/bin/env bash
# Installs what is missing and runs every check and test level, then prints a
# summary. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || { echo "setup failed: nothing was tested"; exit 1; }
source scripts/env.sh

logs=$(mktemp -d)
summary=()
failed_steps=0
tests_passed=0
tests_failed=0

# Runs one step, keeps its output, and adds its test counts to the totals.
step() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  local started=$SECONDS status
  if "$@" 2>&1 | tee "$logs/$name.log"; then status=PASS; else status=FAIL; failed_steps=$((failed_steps + 1)); fi
  local passed failed
  # cargo test and wasm-bindgen-test-runner: "test result: ok. 12 passed; 0 failed; ..."
  passed=$(grep -ao 'test result: [a-zA-Z]*\. [0-9]* passed' "$logs/$name.log" | awk '{ s += $4 } END { print s + 0 }')
  failed=$(grep -ao '[0-9]* passed; [0-9]* failed' "$logs/$name.log" | awk '{ s += $3 } END { print s + 0 }')
  # node --test (spec reporter): "ℹ pass 5" / "ℹ fail 0"
  passed=$((passed + $(grep -a '^ℹ pass [0-9]*$' "$logs/$name.log" | awk '{ s += $3 } END { print s + 0 }')))
  failed=$((failed + $(grep -a '^ℹ fail [0-9]*$' "$logs/$name.log" | awk '{ s += $3 } END { print s + 0 }')))
  tests_passed=$((tests_passed + passed))
  tests_failed=$((tests_failed + failed))
  summary+=("$(printf '%-4s %-22s %4ss  %s' "$status" "$name" $((SECONDS - started)) \
    "$([ $((passed + failed)) -gt 0 ] && echo "$passed passed, $failed failed")")")
}

# The rules must build alone, natively, with no UI crate in the tree.
rules_alone() {
  cargo build --no-default-features --lib || return 1
  if cargo tree --no-default-features -e normal --prefix none | grep -E '^(leptos|web-sys|gloo-net|wasm-bindgen) '; then
    echo "the rules pull in a browser crate"
    return 1
  fi
  echo "rules build alone: no leptos, web-sys, gloo-net or wasm-bindgen"
}

journeys() {
  cargo build --no-default-features --example receiver || return 1
  node --test --test-reporter=spec --test-concurrency=1 tests/e2e/
}

step format cargo fmt --check
step clippy-native cargo clippy --all-targets -- -D warnings
# With `split`, as Trunk builds it (index.html), so the split point is linted too.
step clippy-wasm cargo clippy --target wasm32-unknown-unknown --features split --lib --bins --test web -- -D warnings
step rules-alone rules_alone
step unit-native cargo test
step components cargo test --target wasm32-unknown-unknown --test web
step release-build trunk build --release
# Guards against growth. The first load (what the start page needs) is
# 75.3 KB since the start page reads JSON with the browser's parser (ui::json,
# refusing what serde_json refuses) and main.css ships as written (everything
# shipped 324.0). It was 81.2 KB once release builds minified the style
# sheets, index.html and the JS glue, and 85.5 KB when the start page came to be drawn by hand and the Leptos app
# moved into the module of its own (2026-12-04; 151.3 KB before, and
# everything shipped 333.9 → 326.2). It was
# 212.2 KB when the program pages moved into a module of their own
# (2026-12-03, with the preload and "Loading…"): 300.3 KB before, when it
# was the whole app. It was 250 with two programs, 273 with the Grants
# request, 295 with what applicants keep, 318 with the languages, 313 with
# the hashed ids and 303 without the stable sorts and the case table; each
# step is measured back to back in the README (Performance). Everything
# shipped, the on-demand module too, was 329.3 KB.
# Lower them as the app gets smaller.
step size-budget node bench/size.mjs --budget-kb 77 --all-budget-kb 327
step journeys journeys

printf '\n=== summary (logs in %s)\n' "$logs"
printf '%s\n' "${summary[@]}"
if [ "$failed_steps" -gt 0 ]; then
  printf '%s step(s) failed\n' "$failed_steps"
fi
printf 'tests: %s passed, %s failed\n' "$tests_passed" "$tests_failed"
[ "$failed_steps" -eq 0 ]
