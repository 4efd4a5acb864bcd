// Runs the page's summaries of long texts in a module Web Worker (worker.js), one at a time.
// A newer request terminates a busy worker rather than queueing behind it: the core cannot be
// interrupted mid-summary, and its result would be stale anyway.

/** Texts at least this long (UTF-16 code units, about 200 KB of English) go to the worker. */
export const WORKER_THRESHOLD = 200_000;

/** No worker could run here (old browser, blocked by policy): summarise on the main thread. */
export class WorkerUnavailable extends Error {}

/** The request was superseded by a newer one (or cancelled) before the worker answered. */
export class Superseded extends Error {}

export class BackgroundSummarizer {
  #worker = null;
  #pending = null; // {id, resolve, reject}
  #ids = 0;

  /**
   * Resolves to the worker's view of the summary ({summary, groups, passages, facts}); rejects
   * with the core's error for bad options, WorkerUnavailable or Superseded.
   */
  summarize(text, options) {
    this.cancel();
    const id = ++this.#ids;
    return new Promise((resolve, reject) => {
      let worker;
      try {
        worker = this.#worker ??= this.#start();
      } catch (error) {
        reject(new WorkerUnavailable(String(error?.message ?? error)));
        return;
      }
      this.#pending = { id, resolve, reject };
      worker.postMessage({ id, text, options });
    });
  }

  /** Drops the request in flight, if any, stopping the worker working on it. */
  cancel() {
    if (!this.#pending) return;
    this.#settle((pending) => pending.reject(new Superseded('superseded by a newer request')));
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nutshell' });
    worker.addEventListener('message', ({ data }) => this.#answer(data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(new WorkerUnavailable(event.message || 'the worker could not start'));
    });
    worker.addEventListener('messageerror', () => this.#fail(new WorkerUnavailable('the worker’s answer could not be read')));
    return worker;
  }

  #answer(data) {
    if (data?.id !== this.#pending?.id) return; // an answer to a request already dropped
    if (data.failed !== undefined) return this.#fail(new WorkerUnavailable(data.failed));
    this.#settle((pending) => (data.error !== undefined ? pending.reject(new Error(data.error)) : pending.resolve(data.view)));
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
