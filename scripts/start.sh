#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the wasm package when stale, then serves the
# demo page (index.html + www/) on http://127.0.0.1:$PORT (default 8080) and prints the URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-wasm.sh --if-stale
exec node scripts/serve.mjs
