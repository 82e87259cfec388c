# Sourced by the scripts: where the installed tools are found.
# node_modules/.bin comes first so that Trunk finds wasm-opt 132 (npm binaryen),
# never Debian's wasm-opt 108, which silently produces a broken app.
# scripts/bin comes before them: its wasm-bindgen splits the wasm, then runs the real one.
export PATH="$PWD/scripts/bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk would otherwise ask crates.io for its own newest version on every build.
export TRUNK_SKIP_VERSION_CHECK=true
