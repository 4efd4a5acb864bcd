// The one place that loads Nutshell's WebAssembly core. The page, the JS library
// (nutshell.js) and the <nutshell-summary> widget all await `loadCore()`, so the wasm is fetched
// and instantiated once per page. The glue resolves the .wasm relative to its own URL, so the
// core also loads when these modules come from another origin (the asset host sends CORS).

import init, * as core from './pkg/nutshell.js';

const WASM = new URL('./pkg/nutshell_bg.wasm', import.meta.url);

let ready = null;

/**
 * Resolves to the core's exports — `summarize(text, options)`, `sentences(text)`,
 * `facts(text)` — once the wasm is instantiated; rejects (every time) if it cannot load.
 * @returns {Promise<typeof core>}
 */
export function loadCore() {
  ready ??= init({ module_or_path: wasmSource() }).then(() => core);
  return ready;
}

// Node's fs, named through a variable (and the bundlers' ignore comments) so that a bundler
// building for the browser leaves this import alone: it only runs in Node.
const NODE_FS = 'node:fs/promises';

// In Node (modules on disk), fetch() cannot read file: URLs: read the bytes instead.
function wasmSource() {
  if (WASM.protocol !== 'file:') return WASM;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS).then((fs) => fs.readFile(WASM));
}
