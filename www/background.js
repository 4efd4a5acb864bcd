// The page's summaries of long texts, in a module Web Worker (worker.js) that also prepares
// what the page shows of a long article. The client side is worker-client.js, shared with the
// <nutshell-summary> widget.

import { WorkerClient } from './worker-client.js';

export { Superseded, WORKER_THRESHOLD, WorkerUnavailable } from './worker-client.js';

function startPageWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nutshell' });
}

/** WorkerClient over the page's worker, unless `start` names another. */
export class BackgroundSummarizer extends WorkerClient {
  constructor({ start = startPageWorker } = {}) {
    super({ start });
  }
}
