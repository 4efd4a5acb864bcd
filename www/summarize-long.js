// The widget's summaries of long texts: at or above WORKER_THRESHOLD the text is summarised in
// a module Web Worker (summary-worker.js, run by worker-client.js), so the host page's main thread
// never blocks for long; below it, or where no worker can run, on the main thread as before.
//
// Same-origin embeds start the worker from its URL. A page cannot start a worker from another
// origin's script, so a cross-origin embed starts a module worker from a one-line blob: that
// imports the worker module (the asset host sends CORS headers, as the wasm needs anyway). If the
// host's CSP forbids blob: workers (its worker-src, child-src or script-src lacks blob:), the
// attempt fails: the text is summarised on the main thread, and later long texts go straight
// there rather than trying (and making the page report a CSP violation) again.

import { Superseded, WORKER_THRESHOLD, WorkerClient, WorkerUnavailable } from './worker-client.js';
import { checkOptions, optionError, summarize } from './summarize.js';
import { factObjects } from './core.js';

export { Superseded, WORKER_THRESHOLD };

const WORKER = new URL('./summary-worker.js', import.meta.url);
const WORKER_OPTIONS = { type: 'module', name: 'nutshell-summary' };

let workersFailed = false; // once per page: see above
let blobUrl = null; // one per page, never revoked: a worker may start from it at any time

/** A worker running summary-worker.js: from its URL, or through a blob: module on another origin. */
function startWorker() {
  if (workersFailed) throw new Error('no worker could run on this page before');
  if (WORKER.origin === self.location.origin) return new Worker(WORKER, WORKER_OPTIONS);
  blobUrl ??= URL.createObjectURL(new Blob([`import ${JSON.stringify(WORKER.href)};\n`], { type: 'text/javascript' }));
  return new Worker(blobUrl, WORKER_OPTIONS);
}

/**
 * A long text read a part at a time (the widget reads a big source in slices). Once it reaches
 * WORKER_THRESHOLD its parts go to the worker as they come, each copied in the task that read
 * it: posting 20 MB at the end would cost the main thread 30–60 ms in one go.
 */
export class TextParts {
  /** The length so far in UTF-16 code units, as String's `length`. */
  length = 0;
  #parts = [];
  #sent = 0;
  #open;
  #stream = null;

  constructor(open) {
    this.#open = open;
  }

  add(part) {
    this.#parts.push(part);
    this.length += part.length;
    if (!this.#stream && this.length >= WORKER_THRESHOLD && !workersFailed) this.#stream = this.#open();
    while (this.#stream && this.#sent < this.#parts.length) this.#stream.add(this.#parts[this.#sent++]);
  }

  /** The request its parts went to, if they went. */
  get stream() {
    return this.#stream;
  }

  /** The whole text, for the main thread. */
  toString() {
    return this.#parts.join('');
  }
}

/** A batch of the worker's facts (summary-worker.js): `[values, texts]` and their table. */
function facts([values, texts], table) {
  return factObjects(values, table, (i) => texts[i]);
}

/** One widget's summariser: at most one long text in the worker at a time, the newest. */
export class LongSummarizer {
  #background = new WorkerClient({ start: startWorker, items: facts });

  /** Whether `text` (a string or TextParts) would be summarised in the background. */
  static isLong(text) {
    return text.length >= WORKER_THRESHOLD && !workersFailed;
  }

  /** An empty TextParts whose parts, once long, stream to this summariser's worker. */
  textParts() {
    return new TextParts(() => this.#background.stream());
  }

  /**
   * Resolves to the Summary of `text` (a string or TextParts), as `summarize()` from
   * summarize.js does, with the same errors; rejects with Superseded when a newer call or
   * `cancel()` drops it first.
   */
  async summarize(text, options = {}) {
    const stream = typeof text === 'string' ? null : text.stream;
    if (!stream && !LongSummarizer.isLong(text)) {
      this.#background.cancel();
      return summarize(String(text), options);
    }
    try {
      checkOptions(options);
      return await (stream ? stream.finish(options ?? {}) : this.#background.summarize(text, options ?? {}));
    } catch (error) {
      if (error instanceof Superseded) throw error;
      this.#background.cancel();
      if (!(error instanceof WorkerUnavailable)) throw optionError(error);
      workersFailed = true;
      return summarize(String(text), options);
    } finally {
      // Long texts are rare: rather than keep a worker holding a 20 MB text's worth of memory,
      // start a new one (a few tens of ms) for the next.
      this.#background.stopIfIdle();
    }
  }

  /** Drops the long text in flight, if any. */
  cancel() {
    this.#background.cancel();
  }

  /** Drops the request in flight and stops the worker (the widget left the page). */
  close() {
    this.#background.close();
  }
}
