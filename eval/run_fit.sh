#!/usr/bin/env bash
# Refits the sentence score's weights on news sets (see eval/fit_weights.py --help).
#
#   eval/run_fit.sh PATH:K[:LIMIT] ... [--step 0.05] [--multiply length]
#   e.g. eval/run_fit.sh ../shared/data/news/cnn_dev.jsonl:3 ../shared/data/news/bbc_news_summary.jsonl:ref
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ $# -eq 0 ]; then
    echo "usage: eval/run_fit.sh PATH:K[:LIMIT] ... [fit_weights.py options]" >&2
    exit 2
fi
build_cli
ensure_venv
exec "$venv_python" "$root/eval/fit_weights.py" --bin "$nutshell_bin" "$@"
