# Nutshell — see README.md. `make serve` builds and serves the page; `make test` runs every test.
# Both install what is missing first (scripts/setup.sh), so they work on a fresh machine.

SHELL := /bin/bash
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

PORT ?= 8000
DATA ?=
K ?= 3
LIMIT ?=
SUITES ?=
WASM := --target wasm32-unknown-unknown --no-default-features

# One thing at a time: the steps share target/ and the machine's few cores.
.NOTPARALLEL:
.PHONY: build package serve test setup setup-test lint test-native test-wasm test-e2e screenshot eval eval-split eval-facts

## build: www/pkg/ (release wasm + glue, wasm-opt'd)
build: setup
	scripts/build.sh

## package: the npm package (library, widget, types, wasm) as target/nutshell-summary-<version>.tgz
package: build
	scripts/package.sh

## serve: build, then serve www/ at http://127.0.0.1:$(PORT)/
serve: build
	PORT=$(PORT) python3 scripts/serve.py

## test: every test — lint, native, wasm (Node + headless Chromium), end-to-end
test: setup-test lint test-native test-wasm test-e2e

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --browser

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --test wasm_node --test wasm_browser -- -D warnings
	node_modules/.bin/tsc -p e2e/types
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib

test-native:
	cargo test

test-wasm:
	cargo test $(WASM) --test wasm_node
	cargo test $(WASM) --test wasm_browser

test-e2e: build
	node --test e2e/

## screenshot: refresh docs/screenshot.png (the README's) from the end-to-end run's e2e/out/page.png
screenshot: setup-test build
	node --test --test-name-pattern=screenshots e2e/page.test.js
	mkdir -p docs
	cp e2e/out/page.png docs/screenshot.png

## eval: summary quality on DATA (K sentences, first LIMIT articles), see eval/
eval:
	DATA=$(DATA) K=$(K) LIMIT=$(LIMIT) eval/run_eval.sh

eval-split:
	SUITES=$(SUITES) eval/run_eval_split.sh

## eval-facts: `nutshell facts` against an OntoNotes-trained tagger on DATA (first LIMIT articles, default 200)
eval-facts:
	DATA=$(DATA) LIMIT=$(LIMIT) eval/run_eval_facts.sh

## bench: native throughput and latency on the shared news sets (NUTSHELL_NEWS=dir to change),
## then the same summarize as wasm in Node and headless Chromium; every figure beside its target
.PHONY: bench
bench: build
	cargo bench --profile bench-native --bench throughput
	node benches/wasm.mjs

## size: raw, gzip and brotli sizes of everything the page downloads, beside the budget
.PHONY: size
size: build
	node scripts/size.mjs

## fuzz: the cargo-fuzz target over summarize for FUZZ_SECONDS (default 60); part of `make test`
.PHONY: fuzz
fuzz:
	scripts/fuzz.sh
test: fuzz
