#!/usr/bin/env bash
# Installs what building the page needs, and with --browser what the tests need too, skipping
# whatever is already present (a second run takes well under a second):
#   - the wasm32-unknown-unknown target, clippy and rustfmt (rustup);
#   - wasm-bindgen-cli at exactly the version in Cargo.lock (cargo install, ~2.5 min once);
#   - the npm dev packages: binaryen (wasm-opt) and playwright-core (npm ci, exact lock);
#   - with --browser: Debian's chromium and chromium-driver (apt, when root on Debian;
#     otherwise it says what to install).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

rust_target() {
  local target=wasm32-unknown-unknown
  if [[ ! -d "$(rustc --print sysroot)/lib/rustlib/$target" ]]; then
    say "adding the Rust target $target"
    rustup target add "$target"
  fi
}

rust_components() {
  cargo clippy --version >/dev/null 2>&1 || { say "adding clippy"; rustup component add clippy; }
  cargo fmt --version >/dev/null 2>&1 || { say "adding rustfmt"; rustup component add rustfmt; }
}

# The CLI must match the wasm-bindgen crate exactly, or it refuses the module.
wasm_bindgen_cli() {
  local want have=''
  want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  [[ -n $want ]] || { say "no wasm-bindgen in Cargo.lock"; exit 1; }
  if command -v wasm-bindgen >/dev/null && command -v wasm-bindgen-test-runner >/dev/null; then
    have=$(wasm-bindgen --version | awk '{ print $2 }')
  fi
  if [[ $have != "$want" ]]; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    # Not --locked: its lock file names a webpki-roots release missing from some registries.
    cargo install wasm-bindgen-cli --version "=$want"
  fi
}

npm_packages() {
  if ! command -v npm >/dev/null; then
    say "Node.js 20 or newer, with npm, is needed: install it first (e.g. apt-get install nodejs npm)"
    exit 1
  fi
  local stamp=node_modules/.package-lock.json
  if [[ ! -f $stamp || package-lock.json -nt $stamp || ! -x node_modules/.bin/wasm-opt ]]; then
    say "installing the npm dev packages"
    npm ci --no-audit --no-fund
  fi
}

# Debian's chromium and its matching chromedriver; never a downloaded browser.
browser() {
  local chromium=${CHROMIUM:-/usr/bin/chromium}
  if [[ -x $chromium ]] && command -v chromedriver >/dev/null; then
    return
  fi
  local os_id=''
  [[ -r /etc/os-release ]] && os_id=$(. /etc/os-release && echo "${ID:-}")
  if [[ $(id -u) == 0 && $os_id == debian ]]; then
    say "installing chromium and chromium-driver (apt)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  else
    say "the tests need Chromium and its chromedriver, which I install only as root on Debian."
    say "Install them, e.g. 'sudo apt-get install chromium chromium-driver' on Debian,"
    say "or set CHROMIUM=/path/to/chromium and put a matching chromedriver on PATH."
    exit 1
  fi
}

rust_target
rust_components
wasm_bindgen_cli
npm_packages
if [[ ${1:-} == --browser ]]; then
  browser
fi
