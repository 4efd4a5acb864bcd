# Shared by eval/run_eval.sh and eval/run_eval_split.sh: sourced, not run.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
nutshell_bin="${CARGO_TARGET_DIR:-$root/target}/release/nutshell"

# The release CLI, built (or brought up to date) by cargo.
build_cli() {
    echo "eval: cargo build --release --bin nutshell" >&2
    cargo build --quiet --release --bin nutshell --manifest-path "$root/Cargo.toml"
}

# A venv with a requirements file installed; pip runs only when the requirements changed
# since the last install (a copy of them is kept in the venv). Sets venv_python.
#   ensure_venv [VENV_DIR REQUIREMENTS]   (default: $root/.venv, eval/requirements.txt)
ensure_venv() {
    local venv="${1:-$root/.venv}" requirements="${2:-$root/eval/requirements.txt}"
    local stamp="$venv/.eval-requirements.txt"
    if [ ! -x "$venv/bin/python" ]; then
        echo "eval: creating $venv" >&2
        python3 -m venv "$venv"
    fi
    if ! cmp -s "$requirements" "$stamp"; then
        echo "eval: installing ${requirements#"$root"/} into $venv" >&2
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
        cp "$requirements" "$stamp"
    fi
    venv_python="$venv/bin/python"
}
