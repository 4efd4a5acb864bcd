#!/usr/bin/env bash
# `make package`: the npm package of the JS library and the widget, as a tarball (npm pack).
# Stages the ES modules, their types and the built core (www/pkg, `make build` first) under
# target/npm/, writes a package.json (version from Cargo.toml), and packs it into
# ${PACK_DIR:-target}/nutshell-summary-<version>.tgz, whose absolute path it prints last.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -f www/pkg/nutshell_bg.wasm ]] || { echo "package: www/pkg is missing: run make build" >&2; exit 1; }
stage=target/npm
pack_dir=${PACK_DIR:-target}
version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)

rm -rf "$stage"
mkdir -p "$stage/pkg" "$pack_dir"
pack_dir=$(cd "$pack_dir" && pwd)
cp www/core.js www/summarize.js www/summarizer.js www/nutshell.js www/nutshell.d.ts \
  www/nutshell-summary.js www/nutshell-summary-element.js www/nutshell-summary-element.d.ts \
  www/summarize-long.js www/worker-client.js www/summary-worker.js "$stage/"
cp www/pkg/nutshell.js www/pkg/nutshell.d.ts www/pkg/nutshell_bg.wasm "$stage/pkg/"

cat >"$stage/package.json" <<JSON
{
  "name": "nutshell-summary",
  "version": "$version",
  "description": "Extractive summaries with key facts, on the device: summarize(), a Chrome-compatible Summarizer and the <nutshell-summary> element, over a WebAssembly core",
  "license": "MIT",
  "type": "module",
  "main": "./nutshell.js",
  "types": "./nutshell.d.ts",
  "exports": {
    ".": { "types": "./nutshell.d.ts", "default": "./nutshell.js" },
    "./element": { "types": "./nutshell-summary-element.d.ts", "default": "./nutshell-summary-element.js" },
    "./element/define": "./nutshell-summary.js",
    "./nutshell_bg.wasm": "./pkg/nutshell_bg.wasm",
    "./package.json": "./package.json"
  },
  "sideEffects": ["./nutshell-summary.js"],
  "engines": { "node": ">=20" },
  "keywords": ["summarize", "summarizer", "summary", "extractive", "webassembly", "custom-element", "polyfill"]
}
JSON

tarball=$(cd "$stage" && npm pack --silent --pack-destination "$pack_dir")
echo "$pack_dir/$tarball"
