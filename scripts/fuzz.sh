#!/usr/bin/env bash
# Runs each cargo-fuzz target (fuzz/fuzz_targets/) for SECONDS seconds, one after another.
#
#   bash scripts/fuzz.sh                      # every target, ${FUZZ_SECONDS:-30} s each (what npm test runs)
#   FUZZ_SECONDS=3600 bash scripts/fuzz.sh    # an hour each
#   bash scripts/fuzz.sh 1200 analyze_str     # one target, 20 minutes
#
# The committed seeds (fuzz/corpus/<target>/) are read but never written: libFuzzer adds
# the inputs it finds to the first corpus directory, which here is a fresh temporary one,
# so a run leaves every tracked file as it was. Set FUZZ_KEEP=DIR to keep that directory
# (DIR/<target>/) for a later session or a `cargo fuzz cmin`. A crash stops the run with
# exit code 1; the input is in fuzz/artifacts/<target>/ (git-ignored) and
# `cargo +nightly fuzz run <target> <file>` replays it.
#
# Needs the nightly toolchain and cargo-fuzz (scripts/setup.sh installs both). Runs at
# nice 19: a fuzzer takes every cycle it is given.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${FUZZ_SECONDS:-30}}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(analyze_str analyze_structured)
fi

nice -n 10 cargo +nightly fuzz build
for t in "${targets[@]}"; do
  if [[ -n "${FUZZ_KEEP:-}" ]]; then
    work="$FUZZ_KEEP/$t"
    mkdir -p "$work"
  else
    work=$(mktemp -d)
  fi
  printf 'fuzz: %s for %s s\n' "$t" "$seconds" >&2
  start=$(date +%s)
  # -max_len 4096: articles' paragraphs, not whole articles (long inputs are the
  # pathological tests' and benchmarks' job); -timeout 10: a slow input is a bug too.
  log="${TMPDIR:-/tmp}/fuzz-$t.log"
  status=0
  nice -n 19 cargo +nightly fuzz run "$t" "$work" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 >"$log" 2>&1 \
    || status=$?
  # The summary: executions, coverage, memory, and any crash with its input file.
  grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|stat::peak_rss|==[0-9]+== ERROR|SUMMARY|thread .* panicked|Test unit written|Base64)' "$log" >&2 || true
  printf 'fuzz: %s done in %s s (full log: %s)\n' "$t" "$(($(date +%s) - start))" "$log" >&2
  if [[ -z "${FUZZ_KEEP:-}" ]]; then
    rm -rf "$work"
  fi
  if [[ $status -ne 0 ]]; then
    tail -n 60 "$log" >&2
    printf 'fuzz: %s FAILED (exit %s); replay with: cargo +nightly fuzz run %s fuzz/artifacts/%s/<file>\n' "$t" "$status" "$t" "$t" >&2
    exit 1
  fi
done
