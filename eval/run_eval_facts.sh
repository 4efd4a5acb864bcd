#!/usr/bin/env bash
# Agreement of `nutshell facts` with an OntoNotes-trained tagger on a JSONL news set, per kind,
# with overlapping ("lenient") and exact ("norm") spans (see eval/README.md).
#
#   DATA=path/to.jsonl [LIMIT=n] eval/run_eval_facts.sh
#
# DATA   JSONL of {"id","text",...}; records with `duplicate_of` are skipped
# LIMIT  only the first n usable records (default 200)
# Extra arguments go to eval/facts_agreement.py.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -z "${DATA:-}" ]; then
    echo "usage: DATA=path/to.jsonl [LIMIT=n] eval/run_eval_facts.sh" >&2
    exit 2
fi
build_cli
ensure_venv "$root/.venv-facts" "$root/eval/requirements-facts.txt"
exec "$venv_python" "$root/eval/facts_agreement.py" --data "$DATA" --limit "${LIMIT:-200}" \
    --bin "$nutshell_bin" --out-dir "$root/eval/out" "$@"
