// The one place that loads Nutshell's WebAssembly core. Every part of the site (the page, and
// later the JS library and the widget) awaits `loadCore()`, so the wasm is fetched and
// instantiated once per page, resolved relative to this module so it also works cross-origin.

import init, * as core from './pkg/nutshell.js';

let ready = null;

/**
 * Resolves to the core's exports — `summarize(text, options)`, `sentences(text)`,
 * `facts(text)` — once the wasm is instantiated.
 * @returns {Promise<typeof core>}
 */
export function loadCore() {
  ready ??= init().then(() => core);
  return ready;
}
