#!/usr/bin/env bash
# `npm run build`: the npm package's WebAssembly files, in pkg/ (where package.json's
# exports point, through js/). The plain route, because wasm-pack's downloads fail here:
#   cargo (wasm32, the `wasm` profile: opt-level 2, LTO) -> wasm-bindgen CLI pinned to the crate's
#   wasm-bindgen version -> wasm-opt -O2 from the npm `binaryen` package (Debian's binaryen
#   is too old and breaks the module). -O2 measured faster than -Oz, -Os and -O3, and no
#   bigger (2026-11-29, after the accuracy merge: 10 KB article 0.80-0.81 ms against
#   0.86 for the others, sentiment-only 0.19-0.21 against 0.22-0.23; 344,964 B gzip -9
#   against 345,392 for -Oz; cold start the same, 27.0 ms median of 12 each).
# --slim builds the slim variant into pkg/slim/ (`fintone/slim`): no company table
# (--no-default-features), cargo profile `wasm-slim` (opt-level "z", for size) with LLVM's
# inline threshold at 15 instead of opt-level z's 5 (SLIM_INLINE_THRESHOLD; +0.2 KB for 14%
# less time per call, see Cargo.toml), and wasm-opt -O3 (at threshold 5: 147.5 KB against
# 148.1 for -O2 and 147.4 for -Oz, as fast as -O2; -Oz was 5-20% slower).
# Extra cargo flags pass through, e.g. `bash scripts/build-wasm.sh --no-default-features`.
# For experiments: CARGO_TARGET_DIR is honoured, and WASM_OPT_LEVEL (default -O2, -O3 with --slim) sets
# wasm-opt's level; CARGO_PROFILE_WASM_OPT_LEVEL=s tries another cargo opt-level.
# With --if-stale it does nothing when the output is newer than every input.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1mbuild-wasm:\033[0m %s\n' "$*" >&2; }

out=pkg
profile=wasm
opt=-O2
stale_check=
extra=()
while [[ $# -gt 0 ]]; do
  case $1 in
    # --out DIR writes elsewhere (experiments).
    --out) out=$2; shift 2 ;;
    --slim)
      out=pkg/slim profile=wasm-slim opt=-O3 extra=(--no-default-features)
      # Only this build's target crates see it (build scripts and the main build do not).
      export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-C llvm-args=-inline-threshold=${SLIM_INLINE_THRESHOLD:-15}"
      shift
      ;;
    --if-stale) stale_check=1; shift ;;
    *) break ;;
  esac
done
set -- "${extra[@]}" "$@"
opt=${WASM_OPT_LEVEL:-$opt}
wasm=$out/fintone_bg.wasm
if [[ -n $stale_check && -f $wasm && -f $out/fintone.js ]] &&
  [[ -z "$(find src data build.rs Cargo.toml Cargo.lock scripts/build-wasm.sh -newer "$wasm" -print -quit)" ]]; then
  log "$wasm is up to date"
  exit 0
fi

want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$want" ]]; then
  echo "build-wasm: wasm-bindgen CLI $want needed (found '${have:-none}'): run bash scripts/setup.sh" >&2
  exit 1
fi

log "cargo build --profile $profile --target wasm32-unknown-unknown --lib $* ${RUSTFLAGS:+(RUSTFLAGS=$RUSTFLAGS)}"
cargo build --profile "$profile" --target wasm32-unknown-unknown --lib "$@"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log "wasm-bindgen --target web"
wasm-bindgen --target web --out-dir "$tmp" --out-name fintone \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/fintone.wasm"

log "wasm-opt $opt (npm binaryen)"
# The features wasm-bindgen's output uses with rustc's default wasm32 target features.
# --one-caller-inline-max-function-size: by default wasm-opt inlines every function that has
# one caller, whatever its size. After the fifth accuracy pass (new direction and entity
# rules, each called once) that made functions V8's optimising compiler did badly with: the
# sentiment-only call went from 0.18 to 0.24 ms although natively it took 7% more
# instructions (and under --liftoff-only 6% more). Capped at 1000: 0.20 ms, full analysis
# 0.79 -> 0.73 ms, 0.6 KB smaller, cold start the same or better (benches/README, "seventh look").
node_modules/.bin/wasm-opt "$opt" --one-caller-inline-max-function-size 1000 \
  --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$tmp/fintone_bg.wasm" -o "$tmp/fintone_bg.opt.wasm"
mv "$tmp/fintone_bg.opt.wasm" "$tmp/fintone_bg.wasm"

mkdir -p "$out"
rm -f "$out"/fintone*
cp "$tmp"/fintone.js "$tmp"/fintone.d.ts "$tmp"/fintone_bg.wasm "$tmp"/fintone_bg.wasm.d.ts "$out"/
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
log "$wasm: $raw bytes raw, $gz bytes gzip -9"
