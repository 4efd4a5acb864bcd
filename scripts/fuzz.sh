#!/usr/bin/env bash
# `make fuzz` (part of `make test`): runs the cargo-fuzz target fuzz/fuzz_targets/summarize.rs for
# FUZZ_SECONDS (default 60), seeded with the fixture files, and fails on any crash, hang (an
# input taking over 10 s) or invariant violation; the input is then in fuzz/artifacts/summarize/.
# Installs cargo-fuzz when missing. cargo-fuzz passes nightly-only flags (-Zsanitizer=address,
# …) to rustc; on a stable toolchain RUSTC_BOOTSTRAP=1 allows them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

seconds=${FUZZ_SECONDS:-60}
target=summarize

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (a few minutes, once)" >&2
  cargo install cargo-fuzz --version "^0.13"
fi

# Seeds: the fixture files, so the fuzzer starts from real sentences, facts and markup.
seeds=fuzz/target/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "fuzz/corpus/$target"
find tests/fixtures -name '*.txt' -exec cp {} "$seeds/" \;

export RUSTC_BOOTSTRAP=1
cargo fuzz build "$target"
echo "fuzz: running $target for ${seconds}s" >&2
cargo fuzz run "$target" "fuzz/corpus/$target" "$seeds" -- \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  2>&1 | grep -v -E '^(#[0-9]+.*(NEW|REDUCE|pulse)|"|###### |\s+NEW_FUNC)' || exit "${PIPESTATUS[0]}"
