#!/usr/bin/env bash
# Prints every accuracy figure the README quotes, on the held-out parts of ../shared/data/dev:
# the held-out fifth of SEntFiN and FinEntity (never read by `fintone fit`), the SEntFiN
# headlines that name several entities with different labels (held-out fifth), and the
# Twitter validation file (never read by `fit`). Pass --json for machine-readable output.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${DEV:-../shared/data/dev}
cargo build --release --quiet
bin=target/release/fintone
multi=$(mktemp --suffix=.jsonl)
trap 'rm -f "$multi"' EXIT
# Headlines whose entities carry different labels: the target-level test of entity scoping.
python3 - "$dev/sentfin.jsonl" >"$multi" <<'PY'
import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
labels = collections.defaultdict(set)
for r in rows:
    labels[r["text"]].add(r["label"])
for r in rows:
    if len(labels[r["text"]]) > 1:
        print(json.dumps(r))
PY
$bin eval "$dev/sentfin.jsonl" "$dev/finentity.jsonl" --split test "$@"
echo "== SEntFiN, multi-entity headlines with different labels" >&2
$bin eval "$multi" --split test "$@"
$bin eval "$dev/twitter_fin_news_validation.jsonl" "$@"
