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

# The WebAssembly build (issue 3): the wasm32 target ...
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# ... the wasm-bindgen CLI at exactly the crate's wasm-bindgen version (the glue and the
# macro must agree). cargo install caches it in ~/.cargo/bin, so this runs once (~2 min).
# No --locked: it fails against this registry.
want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$want" ]]; then
  log "cargo install wasm-bindgen-cli --version $want (found '${have:-none}')"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# Fuzzing (issue 8, scripts/fuzz.sh): cargo-fuzz builds with nightly-only flags
# (-Z sanitizer=address), so a minimal nightly toolchain beside the pinned stable one, and
# the cargo-fuzz command (~2 min to install, once). No --locked, as above.
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  log "rustup toolchain install nightly --profile minimal"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  log "cargo install cargo-fuzz"
  cargo install cargo-fuzz
fi

# ... the npm devDependencies: binaryen (wasm-opt; Debian's binaryen breaks the module),
# typescript, vite and playwright-core, from package-lock.json.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi

# ... and a Chromium for the browser tests (playwright's own download fails here).
if [[ -z "${CHROMIUM:-}" && ! -x /usr/bin/chromium ]]; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  log "apt-get install chromium"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
fi
