// Nutshell's JavaScript library: `summarize()` over the WebAssembly core, and a `Summarizer`
// with the shape of Chrome's built-in Summarizer API (see summarizer.js). The core loads on
// first use, once per page, from next to this module — so importing this file from another
// origin works, provided that origin sends `Access-Control-Allow-Origin`.

export { optionError, preload, summarize } from './summarize.js';
export { CreateMonitor, installSummarizerPolyfill, Summarizer } from './summarizer.js';
