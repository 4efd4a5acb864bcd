// The one place that loads Nutshell's WebAssembly core. The page, the JS library
// (nutshell.js) and the <nutshell-summary> widget all await `loadCore()`, so the wasm is fetched
// and instantiated once per page. The glue resolves the .wasm relative to its own URL, so the
// core also loads when these modules come from another origin (the asset host sends CORS).
//
// The wasm exports take JSON text and push their result as JSON text, in pieces, to an array
// (see src/wasm.rs); `wrapCore` turns them into functions of plain objects.

import init, * as exports from './pkg/nutshell.js';

const WASM = new URL('./pkg/nutshell_bg.wasm', import.meta.url);

let ready = null;

/**
 * Resolves to the core — `summarize(text, options)`, `sentences(text)`, `facts(text)`, each
 * returning plain objects — once the wasm is instantiated; rejects (every time) if it cannot load.
 * @returns {Promise<ReturnType<typeof wrapCore>>}
 */
export function loadCore() {
  ready ??= init({ module_or_path: wasmSource() }).then(() => wrapCore(exports));
  return ready;
}

/** The core's functions over the raw exports of an instantiated `pkg/nutshell.js`. */
export function wrapCore(raw) {
  const parsed = (write) => {
    const pieces = [];
    write(pieces);
    return JSON.parse(pieces.length === 1 ? pieces[0] : pieces.join(''));
  };
  return {
    summarize: (text, options) => parsed((pieces) => raw.summarizeJson(text, optionsJson(options), pieces)),
    sentences: (text) => parsed((pieces) => raw.sentencesJson(text, pieces)),
    facts: (text) => parsed((pieces) => raw.factsJson(text, pieces)),
  };
}

// Options as JSON text for the core, which checks them. Numbers go as JavaScript prints them,
// NaN and Infinity too (JSON would make them null, "not given"), so the core rejects them.
function optionsJson(options) {
  if (options === undefined || options === null) return '{}';
  if (typeof options !== 'object' || Array.isArray(options)) return JSON.stringify(options) ?? 'null';
  const fields = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const json = typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);
    fields.push(`${JSON.stringify(key)}:${json ?? '{}'}`);
  }
  return `{${fields.join(',')}}`;
}

// Node's fs, named through a variable (and the bundlers' ignore comments) so that a bundler
// building for the browser leaves this import alone: it only runs in Node.
const NODE_FS = 'node:fs/promises';

// In Node (modules on disk), fetch() cannot read file: URLs: read the bytes instead.
function wasmSource() {
  if (WASM.protocol !== 'file:') return WASM;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS).then((fs) => fs.readFile(WASM));
}
