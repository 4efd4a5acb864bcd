#!/usr/bin/env bash
# Builds www/pkg/: the core as release wasm (without the CLI feature), its wasm-bindgen
# `--target web` glue, and wasm-opt -Oz from npm's binaryen (never Debian's: it corrupts the
# output). Skips the slow wasm-opt step when neither the cargo output nor this script changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

target_dir=${CARGO_TARGET_DIR:-target}
wasm=$target_dir/wasm32-unknown-unknown/release/nutshell.wasm
out=www/pkg

cargo build --release --target wasm32-unknown-unknown --lib --no-default-features

stamp=$(cat "$wasm" scripts/build.sh | sha256sum | cut -d' ' -f1)
if [[ -f $out/.stamp && $(<"$out/.stamp") == "$stamp" && -f $out/nutshell_bg.wasm ]]; then
  echo "build: www/pkg is up to date"
  exit 0
fi

rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" "$wasm"
# `strip = true` drops the target_features section, so the features are spelled out here.
# --converge repeats -Oz while it still shrinks the module (about 1 KB gzipped more). Not
# --low-memory-unused: Rust's stack ends at address 0, so low memory is not unused here.
# The producers and target_features sections only describe the build: the page needs neither.
node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/nutshell_bg.wasm" -o "$out/nutshell_bg.wasm"
echo "$stamp" >"$out/.stamp"

raw=$(wc -c <"$out/nutshell_bg.wasm")
gz=$(gzip -9 <"$out/nutshell_bg.wasm" | wc -c)
echo "build: www/pkg/nutshell_bg.wasm is $raw bytes ($gz gzipped)"
