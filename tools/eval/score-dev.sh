#!/usr/bin/env bash
# Score Pantau on the development corpus: tools/eval/score-dev.sh [id,en] [extra score.py args]
set -euo pipefail
cd "$(dirname "$0")/../.."
langs=${1:-id,en}
shift || true
corpus=../shared/corpus/dev
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tools/eval/dev-articles.py "$corpus/gold.jsonl" --langs "$langs" > "$work/articles.jsonl"
python3 - "$corpus/gold.jsonl" "$langs" > "$work/gold.jsonl" <<'PY'
import json, sys
keep = set(sys.argv[2].split(","))
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and json.loads(line)["lang"] in keep:
        print(line, end="")
PY
dotnet run --project src/Pantau.Cli -c Release -- extract --format jsonl ${PANTAU_ARGS:-} "$work/articles.jsonl" > "$work/pred.jsonl"
python3 ../shared/eval/score.py "$work/gold.jsonl" "$work/pred.jsonl" "$@"
