// The <nutshell-summary> widget's background summariser: a module Web Worker that loads the
// WebAssembly core and summarises texts too long to summarise on the main thread without
// freezing the host page (worker-client.js runs it; summarize-long.js starts it).
//
// The widget's `summarized` event promises the whole Summary, facts included, and a 20 MB text
// has about 550 000 facts: one message holding them all takes the page over a second to read
// (structured clone). So the facts go first, FACTS_PER_MESSAGE at a time, each message read in
// a task of its own, and the rest of the Summary last (worker-client.js's `chunked` protocol).
// Each batch goes as the UTF-8 bytes of its JSON, transferred: the page holds no copy of the
// batches waiting to be read (they had made up half its heap, 70 of 140 MB), and decodes and
// parses one per task. Structured-cloned objects would be born young and all survive, so the
// page's young-generation collections would copy every one of them (pauses of 50–100 ms).

import { loadCore } from './core.js';

/** Facts per message: about 250 KB of JSON, which the page parses in 5–10 ms (more under load). */
export const FACTS_PER_MESSAGE = 2_048;


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
  let summary;
  try {
    summary = core.summarize(text, options);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
    return;
  }
  const { facts } = summary;
  for (let start = 0; start < facts.length; start += FACTS_PER_MESSAGE) {
    const bytes = encoder.encode(JSON.stringify(facts.slice(start, start + FACTS_PER_MESSAGE)));
    self.postMessage({ id, chunkUtf8: bytes }, [bytes.buffer]);
  }
  // `facts: null` keeps the key where the core puts it (the page fills it), so the Summary's
  // JSON is the same byte for byte.
  self.postMessage({ id, view: { ...summary, facts: null }, chunked: 'facts' });
});
