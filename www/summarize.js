// `summarize(text, options)` over the WebAssembly core, for the library (nutshell.js) and the
// widget: options checked, and the core's option errors turned into TypeError / RangeError.

import { loadCore } from './core.js';

/** The options the core knows, in the order its error messages list them. */
const OPTION_NAMES = ['type', 'length', 'sentences', 'words', 'ratio', 'language'];

/**
 * Summarises `text`: resolves to the core's Summary (sentences with spans and scores, facts,
 * the summary text and counts). Invalid options reject with a `TypeError` (wrong type or an
 * unknown key) or a `RangeError` (a value out of range), whose message names the option.
 * @param {string} text
 * @param {import('./nutshell.js').SummarizeOptions} [options]
 * @returns {Promise<import('./nutshell.js').Summary>}
 */
export async function summarize(text, options = {}) {
  checkOptions(options);
  const core = await loadCore();
  try {
    return core.summarize(String(text), options ?? {});
  } catch (error) {
    throw optionError(error);
  }
}

/** Starts loading the core now (for example on page load) rather than on the first call. */
export function preload() {
  return loadCore().then(() => undefined);
}

/** Throws the TypeError `summarize()` rejects with when `options` is not a plain object. */
export function checkOptions(options) {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`options must be an object, got ${typeof options}`);
  }
  if (Array.isArray(options)) throw new TypeError('options must be a plain object, got an array');
}

/**
 * The core throws a plain `Error` ("invalid option `ratio`: …"). A wrong JavaScript type or an
 * unknown key becomes a `TypeError`, a value out of range a `RangeError`, as built-ins do.
 */
export function optionError(error) {
  const message = String(error?.message ?? error);
  const name = message.match(/^invalid option `([^`]+)`/)?.[1];
  if (!name) return error instanceof Error ? error : new Error(message);
  const wrongType = !OPTION_NAMES.includes(name) || /\(invalid type/.test(message);
  const Type = wrongType ? TypeError : RangeError;
  return new Type(message, { cause: error });
}
