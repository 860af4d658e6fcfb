#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs every test of the project.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "cargo fmt --check (and the fuzz crate)"
cargo fmt --check
cargo fmt --manifest-path fuzz/Cargo.toml --check

step "cargo clippy --all-targets -- -D warnings (and the slim build without the company table, and the fuzz crate)"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --no-default-features -- -D warnings
cargo clippy --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings

step "cargo test"
cargo test

step "cargo doc --no-deps with warnings as errors (broken links, HTML in doc comments)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

# Fuzzing (issue 8): every cargo-fuzz target for ${FUZZ_SECONDS:-30} s from the committed
# seeds; new inputs go to a temporary corpus, so no tracked file changes. Longer sessions:
# FUZZ_SECONDS=3600 bash scripts/fuzz.sh.
step "cargo +nightly fuzz: each target for ${FUZZ_SECONDS:-30} s (scripts/fuzz.sh)"
bash scripts/fuzz.sh

# The WebAssembly package (issue 3): build it when stale, then test it as users get it.
step "build the wasm package (pkg/) when stale"
bash scripts/build-wasm.sh --if-stale

step "build the slim wasm package (pkg/slim/: no company table, built for size) when stale"
bash scripts/build-wasm.sh --slim --if-stale

step "cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings"
cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

step "node --test tests/js (API, offsets, large inputs, memory, CLI parity, types via tsc, size)"
node --expose-gc --test tests/js/

step "node --test tests/e2e (npm pack -> Node ESM, Vite 7 and plain pages, the widget and demo page under CSP, HTML-sink grep)"
node --test tests/e2e/
