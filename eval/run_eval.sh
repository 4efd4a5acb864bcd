#!/usr/bin/env bash
# ROUGE and key-fact recall of Nutshell and Lead-k on a JSONL news set (see eval/README.md).
#
#   DATA=path/to.jsonl [K=3|ref] [LIMIT=n] [ORACLE=1] [DUMP=1] eval/run_eval.sh
#
# DATA   JSONL of {"id","text","summary"}, reference sentences separated by newlines
# K      sentences per summary, or `ref` for the reference's sentence count (default 3)
# LIMIT  only the first n usable records (default: all)
# ORACLE 1 adds a greedy extractive oracle row
# DUMP   1 also writes every sentence with its ROUGE against the reference, for inspection
# Extra arguments go to eval/rouge_eval.py.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -z "${DATA:-}" ]; then
    echo "usage: DATA=path/to.jsonl [K=3|ref] [LIMIT=n] [ORACLE=1] eval/run_eval.sh" >&2
    exit 2
fi
args=(--data "$DATA" --k "${K:-3}" --bin "$nutshell_bin" --out-dir "$root/eval/out")
[ -n "${LIMIT:-}" ] && args+=(--limit "$LIMIT")
[ "${ORACLE:-0}" = 1 ] && args+=(--oracle)
[ "${DUMP:-0}" = 1 ] && args+=(--dump-sentences)

build_cli
ensure_venv
exec "$venv_python" "$root/eval/rouge_eval.py" "${args[@]}" "$@"
