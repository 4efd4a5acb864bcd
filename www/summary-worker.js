// The <nutshell-summary> widget's background summariser: a module Web Worker that loads the
// WebAssembly core and summarises texts too long to summarise on the main thread without
// freezing the host page (worker-client.js runs it; summarize-long.js starts it).
//
// The widget's `summarized` event promises the whole Summary, facts included, and a 20 MB text
// has about 550 000 facts: one message holding them all takes the page over a second to read
// (structured clone). So the facts go first, FACTS_PER_MESSAGE at a time, each message read in
// a task of its own, and the rest of the Summary last (worker-client.js's `chunked` protocol).
// A batch is what the core gives (core.js's summarizeUnbuilt): the facts' kinds and offsets as
// a Uint32Array, and the UTF-8 bytes of the JSON of their values and texts, both transferred:
// the page holds no copy of the batches waiting to be read (they had made up half its heap),
// and builds one batch's objects per task. Structured-cloned objects would be born young and
// all survive, so the page's young-generation collections would copy every one of them
// (pauses of 50–100 ms); and JSON of whole objects took the page several times as long to read.

import { FACT_FIELDS, loadCore } from './core.js';

/**
 * Facts per message: about 220 KB of JSON and 160 KB of numbers, which the page reads in 2–12 ms
 * (Node, a 20 MB text's 270 batches of 2,048 took 4 ms pauses more than reading them).
 */
export const FACTS_PER_MESSAGE = 8_192;


const encoder = new TextEncoder();
let parts = { id: null, texts: [] }; // a text arriving a part at a time: {id, part} messages

self.addEventListener('message', async ({ data: { id, part, text, options } }) => {
  if (part !== undefined) {
    if (parts.id !== id) parts = { id, texts: [] };
    parts.texts.push(part);
    loadCore().catch(() => {}); // meanwhile; a failure is answered below
    return;
  }
  if (text === undefined) text = parts.id === id ? parts.texts.join('') : '';
  parts = { id: null, texts: [] };
  let core;
  try {
    core = await loadCore();
  } catch (error) {
    self.postMessage({ id, failed: String(error?.message ?? error) });
    return;
  }
  let result;
  try {
    result = core.summarizeUnbuilt(text, options);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
    return;
  }
  const { summary, table, source } = result;
  const values = summary.facts;
  for (let start = 0; start < values.length; start += FACTS_PER_MESSAGE) {
    const end = Math.min(values.length, start + FACTS_PER_MESSAGE);
    const rows = table.slice(start * FACT_FIELDS, end * FACT_FIELDS);
    const texts = [];
    for (let at = 0; at < rows.length; at += FACT_FIELDS) texts.push(source.slice(rows[at + 3], rows[at + 4]));
    const bytes = encoder.encode(JSON.stringify([values.slice(start, end), texts]));
    self.postMessage({ id, chunkUtf8: bytes, chunkTable: rows }, [bytes.buffer, rows.buffer]);
  }
  // `facts: null` keeps the key where the core puts it (the page fills it), so the Summary's
  // JSON is the same byte for byte.
  self.postMessage({ id, view: { ...summary, facts: null }, chunked: 'facts' });
});
