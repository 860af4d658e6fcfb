#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine that has only rustup,
# Node/npm and Python. Idempotent: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

# Rust components (RUSTUP_AUTO_INSTALL=0 on these machines: ask rustup explicitly).
for c in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
    log "rustup component add $c"
    rustup component add "$c"
  fi
done
