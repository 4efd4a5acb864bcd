// A `Summarizer` with the shape and behaviour of Chrome's built-in Summarizer API
// (WebIDL in webmachinelearning/writing-assistance-apis), backed by Nutshell's extractive core:
// offline, in every browser, nothing to download but the small wasm. It quotes the article's
// own sentences, so it never translates: an `outputLanguage` other than the input's is
// "unavailable". `installSummarizerPolyfill()` puts it (or a wrapper around the browser's own
// Summarizer) on `globalThis.Summarizer`.
//
// Behaviours kept from the spec and its web-platform-tests (ai/resources/util.js):
//   - option conversion as WebIDL does it: TypeError for a wrong type or enum value,
//     RangeError for an invalid language tag, NotSupportedError when "unavailable";
//   - an aborted signal (at create or per call) rejects with the signal's reason; aborting
//     the create() signal later, or destroy(), rejects pending and future calls;
//   - monitor(m) gets `downloadprogress` ProgressEvents at loaded 0 and 1 (total 1) before
//     create() resolves; a monitor that throws makes create() reject with its error;
//   - no input limit: inputQuota is +Infinity and measureInputUsage() resolves 0.

import { loadCore } from './core.js';

const TYPES = ['tldr', 'teaser', 'key-points', 'headline'];
const FORMATS = ['plain-text', 'markdown'];
const LENGTHS = ['short', 'medium', 'long'];
const PREFERENCES = ['auto', 'speed', 'capability'];
const CREATE_KEY = Symbol('Summarizer.create');

const fail = (method, message) => `Failed to execute '${method}' on 'Summarizer': ${message}`;
const readFailure = (method, key, dictionary, message) =>
  fail(method, `Failed to read the '${key}' property from '${dictionary}': ${message}`);

function readDictionary(value, method, dictionary) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(fail(method, `The provided value is not of type '${dictionary}'.`));
  }
  return value;
}

function readEnum(options, key, allowed, fallback, method, enumName) {
  const value = options[key];
  if (value === undefined) return fallback;
  const text = readString(value, key, method, 'SummarizerCreateCoreOptions');
  if (allowed.includes(text)) return text;
  const message = `The provided value '${text}' is not a valid enum value of type ${enumName}.`;
  throw new TypeError(readFailure(method, key, 'SummarizerCreateCoreOptions', message));
}

function readString(value, key, method, dictionary) {
  if (typeof value === 'symbol') {
    throw new TypeError(readFailure(method, key, dictionary, 'Cannot convert a Symbol value to a string.'));
  }
  return String(value);
}

/** A BCP 47 tag, canonicalised; a RangeError names an invalid one, as Chrome does. */
function readLanguage(value, key, method) {
  const tag = readString(value, key, method, 'SummarizerCreateCoreOptions');
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    throw new RangeError(fail(method, `Invalid language tag: ${tag}`));
  }
}

function readLanguages(options, key, method) {
  const value = options[key];
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || typeof value[Symbol.iterator] !== 'function') {
    const message = 'The provided value cannot be converted to a sequence.';
    throw new TypeError(readFailure(method, key, 'SummarizerCreateCoreOptions', message));
  }
  return Object.freeze([...value].map((tag) => readLanguage(tag, key, method)));
}

function readCoreOptions(value, method) {
  const options = readDictionary(value, method, 'SummarizerCreateCoreOptions');
  return {
    type: readEnum(options, 'type', TYPES, 'key-points', method, 'SummarizerType'),
    format: readEnum(options, 'format', FORMATS, 'markdown', method, 'SummarizerFormat'),
    length: readEnum(options, 'length', LENGTHS, 'short', method, 'SummarizerLength'),
    preference: readEnum(options, 'preference', PREFERENCES, 'auto', method, 'PerformancePreference'),
    expectedInputLanguages: readLanguages(options, 'expectedInputLanguages', method),
    expectedContextLanguages: readLanguages(options, 'expectedContextLanguages', method),
    outputLanguage:
      options.outputLanguage === undefined ? null : readLanguage(options.outputLanguage, 'outputLanguage', method),
  };
}

function readSignal(value, key, method, dictionary) {
  if (value === undefined) return null;
  if (typeof AbortSignal === 'function' && value instanceof AbortSignal) return value;
  throw new TypeError(readFailure(method, key, dictionary, "Failed to convert value to 'AbortSignal'."));
}

function readCreateOptions(value) {
  const options = readDictionary(value, 'create', 'SummarizerCreateOptions');
  const settings = readCoreOptions(options, 'create');
  settings.signal = readSignal(options.signal, 'signal', 'create', 'SummarizerCreateOptions');
  settings.monitor = options.monitor ?? null;
  if (settings.monitor !== null && typeof settings.monitor !== 'function') {
    const message = 'The given value is not a function.';
    throw new TypeError(readFailure('create', 'monitor', 'SummarizerCreateOptions', message));
  }
  const shared = options.sharedContext;
  settings.sharedContext = shared === undefined ? '' : readString(shared, 'sharedContext', 'create', 'SummarizerCreateOptions');
  return settings;
}

function readCallOptions(value, method) {
  const options = readDictionary(value, method, 'SummarizerSummarizeOptions');
  const signal = readSignal(options.signal, 'signal', method, 'SummarizerSummarizeOptions');
  if (options.context !== undefined) readString(options.context, 'context', method, 'SummarizerSummarizeOptions');
  return { signal };
}

const primary = (tag) => tag.split('-')[0].toLowerCase();

/** We quote the input, so the output is in the input's language: no other can be honoured. */
function canHonour({ outputLanguage, expectedInputLanguages }) {
  if (!outputLanguage || !expectedInputLanguages?.length) return true;
  return expectedInputLanguages.some((tag) => primary(tag) === primary(outputLanguage));
}

const abortReason = (signal) => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

function throwIfAborted(signal) {
  if (signal?.aborted) throw abortReason(signal);
}

/** Rejects as soon as `signal` aborts, whatever `promise` does. */
function untilAborted(promise, signal) {
  if (!signal) return promise;
  throwIfAborted(signal);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// AbortSignal.any is in Chrome 116+, Firefox 124+, Safari 17.4+ and Node 20.3+.
function anySignal(signals) {
  const present = signals.filter(Boolean);
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadCoreOrNetworkError() {
  try {
    return await loadCore();
  } catch (error) {
    throw new DOMException(`Nutshell's WebAssembly core could not load: ${error?.message ?? error}`, 'NetworkError');
  }
}

/** What `monitor(m)` receives: an EventTarget with an `ondownloadprogress` handler. */
export class CreateMonitor extends EventTarget {
  #handler = null;

  get ondownloadprogress() {
    return this.#handler;
  }

  set ondownloadprogress(handler) {
    if (this.#handler) this.removeEventListener('downloadprogress', this.#handler);
    this.#handler = typeof handler === 'function' ? handler : null;
    if (this.#handler) this.addEventListener('downloadprogress', this.#handler);
  }

  /** @internal Fires one `downloadprogress` event; `loaded` is a fraction of `total` = 1. */
  progress(loaded) {
    const init = { lengthComputable: true, loaded, total: 1 };
    const event =
      typeof ProgressEvent === 'function'
        ? new ProgressEvent('downloadprogress', init)
        : Object.assign(new Event('downloadprogress'), init); // Node has no ProgressEvent
    this.dispatchEvent(event);
  }
}

/** The summary as text in the requested type and format, cut into stream chunks. */
function chunks(summary, { type, format }) {
  const texts = summary.sentences.map((sentence) => sentence.text);
  if (type === 'key-points') {
    const lines = format === 'markdown' ? texts.map((text) => `- ${text}`) : texts;
    return lines.map((line, i) => (i === 0 ? line : `\n${line}`));
  }
  if (type === 'headline') return texts.slice(0, 1);
  return texts.map((text, i) => (i === 0 ? text : ` ${text}`));
}

function coreOptions({ type, length, expectedInputLanguages }) {
  const options = { type, length };
  const language = expectedInputLanguages?.length ? primary(expectedInputLanguages[0]) : '';
  if (/^[a-z]{2}$/.test(language)) options.language = language;
  return options;
}

export class Summarizer {
  #settings;
  #destroyed = new AbortController();
  #lifetime;

  /** Not for callers: use `await Summarizer.create(options)`. */
  constructor(key, settings) {
    if (key !== CREATE_KEY) throw new TypeError("Failed to construct 'Summarizer': Illegal constructor");
    this.#settings = settings;
    this.#lifetime = anySignal([settings.signal, this.#destroyed.signal]);
  }

  /** "available", or "unavailable" for options an extractive summary cannot honour. */
  static async availability(options = {}) {
    return canHonour(readCoreOptions(options, 'availability')) ? 'available' : 'unavailable';
  }

  static async create(options = {}) {
    const settings = readCreateOptions(options);
    throwIfAborted(settings.signal);
    if (!canHonour(settings)) {
      const message = `The output language ${settings.outputLanguage} is not one of the input languages: Nutshell quotes the text and does not translate.`;
      throw new DOMException(message, 'NotSupportedError');
    }
    const monitor = new CreateMonitor();
    settings.monitor?.(monitor);
    // A task between the events and after the last one, so that a listener that aborts on
    // an event (as the web-platform-tests do) is always in time.
    monitor.progress(0);
    await untilAborted(Promise.all([loadCoreOrNetworkError(), nextTask()]), settings.signal);
    monitor.progress(1);
    await untilAborted(nextTask(), settings.signal);
    const { monitor: _, ...kept } = settings;
    return new Summarizer(CREATE_KEY, kept);
  }

  get sharedContext() {
    return this.#settings.sharedContext;
  }
  get type() {
    return this.#settings.type;
  }
  get format() {
    return this.#settings.format;
  }
  get length() {
    return this.#settings.length;
  }
  get preference() {
    return this.#settings.preference;
  }
  get expectedInputLanguages() {
    return this.#settings.expectedInputLanguages;
  }
  get expectedContextLanguages() {
    return this.#settings.expectedContextLanguages;
  }
  get outputLanguage() {
    return this.#settings.outputLanguage;
  }
  /** No limit: the core is linear in its input. */
  get inputQuota() {
    return Infinity;
  }

  get [Symbol.toStringTag]() {
    return 'Summarizer';
  }

  /** Resolves to the summary as one string (see the module docs for each type's shape). */
  async summarize(input, options = {}) {
    const parts = await this.#run('summarize', arguments.length, input, options);
    return parts.join('');
  }

  /** A ReadableStream of string chunks (a bullet or a sentence each) that add up to summarize(). */
  summarizeStreaming(input, options = {}) {
    const { signal } = this.#start('summarizeStreaming', arguments.length, input, options);
    const parts = this.#summarise(String(input), signal);
    parts.catch(() => {}); // reported through the stream, when read
    let queue = null;
    return new ReadableStream({
      start: (controller) => {
        signal.addEventListener('abort', () => controller.error(abortReason(signal)), { once: true });
      },
      pull: async (controller) => {
        queue ??= await parts;
        if (signal.aborted) return;
        if (queue.length > 0) controller.enqueue(queue.shift());
        if (queue.length === 0) controller.close();
      },
    });
  }

  /** Resolves 0: there is no quota to measure against. */
  async measureInputUsage(input, options = {}) {
    await this.#run('measureInputUsage', arguments.length, input, options, () => []);
    return 0;
  }

  /** Frees the summarizer: pending and later calls reject with an AbortError. */
  destroy() {
    const error = new DOMException('The summarizer has been destroyed.', 'AbortError');
    this.#destroyed.abort(error);
  }

  async #run(method, count, input, options, compute) {
    const { signal } = this.#start(method, count, input, options);
    return untilAborted(compute ? Promise.resolve(compute()) : this.#summarise(String(input), signal), signal);
  }

  // Argument checks and abort checks that happen before anything is returned.
  #start(method, count, input, options) {
    if (count < 1) {
      throw new TypeError(fail(method, '1 argument required, but only 0 present.'));
    }
    if (typeof input === 'symbol') throw new TypeError(fail(method, 'Cannot convert a Symbol value to a string.'));
    const { signal } = readCallOptions(options, method);
    const combined = anySignal([signal, this.#lifetime]);
    throwIfAborted(combined);
    return { signal: combined };
  }

  async #summarise(text, signal) {
    const core = await loadCoreOrNetworkError();
    throwIfAborted(signal);
    if (text.trim() === '') return [];
    return chunks(core.summarize(text, coreOptions(this.#settings)), this.#settings);
  }
}

for (const name of ['availability', 'create']) {
  Object.defineProperty(Summarizer, name, { value: Summarizer[name].bind(Summarizer) });
}

const INSTALLED = Symbol.for('nutshell.summarizerPolyfill');

/**
 * A `Summarizer` that uses the browser's own one (`native`) whenever it reports "available"
 * for the options at hand, and Nutshell's otherwise — including when `native` throws for
 * options it does not know. Its instances are the native ones or Nutshell's.
 */
function hybrid(native) {
  async function nativeAvailability(options) {
    try {
      return await native.availability(options);
    } catch {
      return 'unavailable';
    }
  }
  class HybridSummarizer {
    constructor() {
      throw new TypeError("Failed to construct 'Summarizer': Illegal constructor");
    }
    static async availability(options = {}) {
      const answer = await nativeAvailability(options);
      return answer === 'available' ? answer : Summarizer.availability(options);
    }
    static async create(options = {}) {
      if ((await nativeAvailability(options)) === 'available') return native.create(options);
      return Summarizer.create(options);
    }
    static [Symbol.hasInstance](value) {
      return value instanceof native || value instanceof Summarizer;
    }
  }
  Object.defineProperty(HybridSummarizer, 'name', { value: 'Summarizer' });
  Object.defineProperty(HybridSummarizer, 'native', { value: native });
  return HybridSummarizer;
}

/**
 * Makes `globalThis.Summarizer` work in every browser. Without a native Summarizer it installs
 * Nutshell's. With one, `prefer: "native"` (the default) installs a wrapper that uses the
 * native model only when it reports "available" for the options given, Nutshell's otherwise;
 * `prefer: "nutshell"` installs Nutshell's outright. Calling it again changes nothing.
 * @param {{prefer?: 'native' | 'nutshell'}} [options]
 * @returns {typeof Summarizer} what `globalThis.Summarizer` now is
 */
export function installSummarizerPolyfill({ prefer = 'native' } = {}) {
  if (prefer !== 'native' && prefer !== 'nutshell') {
    throw new RangeError(`installSummarizerPolyfill: prefer must be "native" or "nutshell", got ${JSON.stringify(prefer)}`);
  }
  const current = globalThis.Summarizer;
  if (current?.[INSTALLED]) return current;
  const installed = typeof current === 'function' && prefer === 'native' ? hybrid(current) : Summarizer;
  if (installed !== Summarizer) Object.defineProperty(installed, INSTALLED, { value: true });
  // As WebIDL defines interface objects: writable, configurable, not enumerable.
  Object.defineProperty(globalThis, 'Summarizer', { value: installed, writable: true, configurable: true });
  return installed;
}
