// Runs summaries of long texts in a module Web Worker, one at a time: the client side shared by
// the page (background.js, with worker.js) and the widget (summarize-long.js, with
// summary-worker.js). It names no worker script itself, so a bundler of the widget's npm
// package finds only the widget's. A newer request terminates a busy worker rather than
// queueing behind it: the core cannot be interrupted mid-summary, and its result would be
// stale anyway.
//
// Protocol: the page posts {id, text, options}; the worker answers {id, view}, {id, error} (the
// core rejected the options) or {id, failed} (the core could not load). Big data goes in pieces,
// each copied (structured-cloned) or transferred in a task of its own rather than all in one
// long task:
// - a text being read a part at a time (stream()) goes as {id, part} messages, then
//   {id, options} without `text`: the text is the parts, joined;
// - before its answer the worker may post {id, chunkUtf8: Uint8Array, chunkTable?: Uint32Array}
//   messages, each the UTF-8 of a JSON value and maybe a table of numbers, transferred: each
//   makes a batch of items (the client's `items`; by default the JSON value, an array), and the
//   answer's {chunked: 'name'} then puts the items, in order, in view[name] (a 20 MB text has
//   550 000 facts, which take the page over a second to read in one message).

/** Texts at least this long (UTF-16 code units, about 200 KB of English) go to the worker. */
export const WORKER_THRESHOLD = 200_000;

/** No worker could run here (old browser, blocked by policy): summarise on the main thread. */
export class WorkerUnavailable extends Error {}

/** The request was superseded by a newer one (or cancelled) before the worker answered. */
export class Superseded extends Error {}

/** Milliseconds between reading two batches of an answer (see #queueBatch). */
const PARSE_PAUSE_MS = 4;

const utf8 = new TextDecoder();

export class WorkerClient {
  #worker = null;
  #pending = null; // {id, resolve, reject, chunks}
  #ids = 0;
  #startWorker;
  #items;

  /**
   * `start` returns a new Worker speaking the protocol above (or throws if none can run);
   * `items(json, table)`, if given, makes a batch's items from its parsed JSON and its table.
   */
  constructor({ start, items = null }) {
    this.#startWorker = start;
    this.#items = items;
  }

  /**
   * Resolves to the worker's view of the summary (the page's worker: {summary, groups, passages,
   * facts}; the widget's: the Summary); rejects with the core's error for bad options,
   * WorkerUnavailable or Superseded.
   */
  summarize(text, options) {
    return this.stream().finish(options, text);
  }

  /**
   * A request whose text comes a part at a time: `add(part)` posts each part to the worker
   * now, `finish(options)` asks for the summary of them all and returns summarize()'s promise.
   * It supersedes any request in flight, and is superseded by the next.
   */
  stream() {
    this.cancel();
    const id = ++this.#ids;
    let worker = null;
    const answer = new Promise((resolve, reject) => {
      try {
        worker = this.#worker ??= this.#start();
      } catch (error) {
        reject(new WorkerUnavailable(String(error?.message ?? error)));
        return;
      }
      this.#pending = { id, resolve, reject, chunks: [], queued: [], answer: null };
    });
    answer.catch(() => {}); // a request dropped before finish() is nobody's error
    const post = (message) => this.#pending?.id === id && worker.postMessage({ id, ...message });
    return {
      add: (part) => void post({ part }),
      finish: (options, text) => (post(text === undefined ? { options } : { text, options }), answer),
    };
  }

  /** Drops the request in flight, if any, stopping the worker working on it. */
  cancel() {
    if (!this.#pending) return;
    this.#settle((pending) => pending.reject(new Superseded('superseded by a newer request')));
    this.#worker?.terminate();
    this.#worker = null;
  }

  /**
   * Stops the worker if no request is in flight: its WebAssembly memory, grown to hold the
   * longest text it summarised, never shrinks, and goes only with the worker.
   */
  stopIfIdle() {
    if (this.#pending) return;
    this.#worker?.terminate();
    this.#worker = null;
  }

  /** Cancels any request in flight and stops the idle worker too (its memory goes with it). */
  close() {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start() {
    const worker = this.#startWorker();
    worker.addEventListener('message', ({ data }) => this.#answer(data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(new WorkerUnavailable(event.message || 'the worker could not start'));
    });
    worker.addEventListener('messageerror', () => this.#fail(new WorkerUnavailable('the worker’s answer could not be read')));
    return worker;
  }

  #answer(data) {
    const pending = this.#pending;
    if (data?.id !== pending?.id) return; // an answer to a request already dropped
    if (data.chunkUtf8 !== undefined) return this.#queueBatch(pending, data);
    if (data.failed !== undefined) return this.#fail(new WorkerUnavailable(data.failed));
    if (data.error !== undefined) return this.#settle((p) => p.reject(new Error(data.error)));
    pending.answer = data;
    this.#resolveWhenParsed(pending);
  }

  // Batches are read one per task, PARSE_PAUSE_MS apart, rather than as fast as they arrive:
  // the pauses give the garbage collector idle time for the heap the batches build, instead of
  // finishing its work inside a batch's task.
  #queueBatch(pending, batch) {
    pending.queued.push(batch);
    if (pending.queued.length === 1) setTimeout(() => this.#parseNext(pending), PARSE_PAUSE_MS);
  }

  // JSON.parse makes its objects in the young generation, where all of a Summary's facts
  // survive, so each young collection would copy some 20 MB of them: 55–130 ms pauses. `items`
  // builds each with an object literal instead (core.js's factObjects), whose allocation site
  // V8 soon sees surviving and then allocates in the old generation directly.
  #parseNext(pending) {
    if (this.#pending !== pending) return; // dropped meanwhile
    const { chunkUtf8, chunkTable } = pending.queued.shift();
    const json = JSON.parse(utf8.decode(chunkUtf8));
    pending.chunks.push(this.#items ? this.#items(json, chunkTable) : json);
    if (pending.queued.length > 0) setTimeout(() => this.#parseNext(pending), PARSE_PAUSE_MS);
    else this.#resolveWhenParsed(pending);
  }

  #resolveWhenParsed(pending) {
    const data = pending.answer;
    if (!data || pending.queued.length > 0 || this.#pending !== pending) return;
    this.#settle((p) => {
      if (data.chunked !== undefined) data.view[data.chunked] = [].concat(...p.chunks);
      p.resolve(data.view);
    });
  }

  #fail(error) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#settle((pending) => pending.reject(error));
  }

  #settle(how) {
    const pending = this.#pending;
    this.#pending = null;
    if (pending) how(pending);
  }
}
