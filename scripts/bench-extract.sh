#!/usr/bin/env bash
# Times `dossier extract --jsonl` over all PolNeAR texts (train split, 840
# articles) and prints words per CPU-second and per wall-second, median of
# RUNS runs. Reads the corpus from ../shared at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DOSSIER_SHARED:-../shared}
runs=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/eval/polnear.py" make train "$tmp/in.jsonl" >/dev/null 2>&1
go build -o "$tmp/dossier" ./cmd/dossier
words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$tmp/in.jsonl")
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t$i" "$tmp/dossier" extract --jsonl "$tmp/in.jsonl" >/dev/null 2>&1
done
cat "$tmp"/t* | python3 -c '
import sys, statistics
words = int(sys.argv[1])
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
mem = max(r[3] for r in rows) / 1024
print(f"{words} words, {len(rows)} runs: median wall {wall:.2f} s ({words/wall:,.0f} words/s), "
      f"median CPU {cpu:.2f} s ({words/cpu:,.0f} words per CPU-second), peak RSS {mem:.0f} MB")
' "$words"
