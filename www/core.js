// The one place that loads Nutshell's WebAssembly core. The page, the JS library
// (nutshell.js) and the <nutshell-summary> widget all await `loadCore()`, so the wasm is fetched
// and instantiated once per page. The glue resolves the .wasm relative to its own URL, so the
// core also loads when these modules come from another origin (the asset host sends CORS).
//
// The wasm exports take JSON text and push their result as JSON text, in pieces, to an array
// (see src/wasm.rs); `wrapCore` turns them into functions of plain objects. Facts come apart:
// the JSON holds each fact's value, and a Uint32Array its kind and offsets (src/json/mod.rs,
// `fact_table`); the objects are built here (factObjects), with their text sliced from the
// caller's string. The core read that string with each lone surrogate as U+FFFD (the UTF-8 it
// gets has no other way to say it), so the text is sliced from the same.
// In a long text facts are most of the result, and this takes a fraction of the time that
// parsing them as JSON objects did.

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
    const table = write(pieces);
    return [JSON.parse(pieces.length === 1 ? pieces[0] : pieces.join('')), table];
  };
  const unbuilt = (text, options) => {
    const [summary, table] = parsed((pieces) => raw.summarizeJson(text, optionsJson(options), pieces));
    return { summary, table, source: wellFormed(String(text)) };
  };
  return {
    summarize: (text, options) => {
      const { summary, table, source } = unbuilt(text, options);
      summary.facts = factObjects(summary.facts, table, slicesOf(source));
      return summary;
    },
    sentences: (text) => parsed((pieces) => raw.sentencesJson(text, pieces))[0],
    facts: (text) => {
      const [values, table] = parsed((pieces) => raw.factsJson(text, pieces));
      return factObjects(values, table, slicesOf(wellFormed(String(text))));
    },
    /**
     * The Summary with each fact as its value alone (null for none), the facts' kinds and
     * offsets (`table`, FACT_FIELDS numbers a fact), and the text their UTF-16 offsets index:
     * for a worker that hands the facts on in batches (summary-worker.js), to be built where
     * they are used (factObjects).
     */
    summarizeUnbuilt: unbuilt,
  };
}

/** Numbers a fact in the core's table: kind (FACT_KINDS), start, end, startUtf16, endUtf16. */
export const FACT_FIELDS = 5;
// In the order of src/json/mod.rs's FACT_KINDS.
const FACT_KINDS = ['money', 'percent', 'quantity', 'date', 'entity'];

/**
 * The fact objects from the core's values (`values[i]`, null for none) and table, keys in the
 * order its JSON gives them; `textOf(i, startUtf16, endUtf16)` is fact i's text. One object
 * literal per shape, so that V8, seeing them survive, soon allocates them in the old generation
 * (a 20 MB text has 550 000; copied by young collections, they made pauses of 50–130 ms).
 */
export function factObjects(values, table, textOf) {
  const list = new Array(values.length);
  for (let i = 0, at = 0; i < values.length; i++, at += FACT_FIELDS) {
    const kind = FACT_KINDS[table[at]];
    const start = table[at + 1];
    const end = table[at + 2];
    const startUtf16 = table[at + 3];
    const endUtf16 = table[at + 4];
    const text = textOf(i, startUtf16, endUtf16);
    const value = values[i];
    list[i] =
      value === null
        ? { kind, text, start, end, startUtf16, endUtf16 }
        : { kind, text, start, end, startUtf16, endUtf16, value };
  }
  return list;
}

// factObjects' `textOf` for facts whose text is their span of `source`.
const slicesOf = (source) => (i, startUtf16, endUtf16) => source.slice(startUtf16, endUtf16);

// `text` with each lone surrogate as U+FFFD: String's toWellFormed, or (in browsers before it,
// such as Safari before 16.4, which also lack the regular expressions' lookbehind) a loop.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++; // a pair
      continue;
    }
    out += `${text.slice(from, i)}\uFFFD`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
