#!/usr/bin/env bash
# Exact-match sentence splitting of `nutshell split --jsonl` on JSONL suites (see eval/README.md).
#
#   SUITES="dir-or-file ..." [SPLIT_LANGUAGE=0] [SHOW=n] eval/run_eval_split.sh
#
# SUITES          directories of *.jsonl suites and/or suite files, space-separated
# SPLIT_LANGUAGE  0 leaves out each case's `lang` (measures language detection); default 1
# SHOW            failing cases printed per suite (default 20; all are in eval/out/split-*.txt)
# Extra arguments go to eval/split_eval.py.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -z "${SUITES:-}" ]; then
    echo "usage: SUITES=\"dir-or-file ...\" eval/run_eval_split.sh" >&2
    exit 2
fi
read -r -a suites <<<"$SUITES"
args=(--bin "$nutshell_bin" --out-dir "$root/eval/out" --show "${SHOW:-20}")
[ "${SPLIT_LANGUAGE:-1}" = 0 ] && args+=(--no-language)

build_cli
exec python3 "$root/eval/split_eval.py" "${args[@]}" "$@" "${suites[@]}"
