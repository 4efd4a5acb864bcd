// The <nutshell-summary> widget's background summariser: a module Web Worker that loads the
// WebAssembly core and summarises texts too long to summarise on the main thread without
// freezing the host page (worker-client.js runs it; summarize-long.js starts it).
//
// The widget's `summarized` event promises the whole Summary, facts included, and a 20 MB text
// has about 460 000 facts: one message holding them all takes the page over a second to read
// (structured clone). So the facts go first, FACTS_PER_MESSAGE at a time, each message read in
// a task of its own, and the rest of the Summary last (worker-client.js's `chunked` protocol).

import { loadCore } from './core.js';

/** Facts per message: reading one such message takes the page's main thread 10–20 ms. */
export const FACTS_PER_MESSAGE = 4_096;


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
  const { facts, ...rest } = summary;
  for (let start = 0; start < facts.length; start += FACTS_PER_MESSAGE) {
    self.postMessage({ id, chunk: facts.slice(start, start + FACTS_PER_MESSAGE) });
  }
  self.postMessage({ id, view: rest, chunked: 'facts' });
});
