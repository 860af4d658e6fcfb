#!/usr/bin/env bash
# `npm start`: builds the engine and analyses the bundled sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-wasm.sh --if-stale
cargo run --release --quiet -- analyze --pretty samples/article.txt
