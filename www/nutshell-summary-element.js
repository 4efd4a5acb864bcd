// <nutshell-summary>: summarises the text of another element (`for="id"`) or its own light DOM,
// and shows the summary in its shadow root — a list whose items are the summary's sentences
// (part="sentence"), with the key facts in them marked (part="fact fact-money", data-kind="money").
// This module only defines the class; nutshell-summary.js registers it.
//
// Modelled on github/relative-time-element: every attribute has a camelCase property backed by
// the attribute; several changes in one task make one update (a microtask later); the light
// DOM stays as the fallback for browsers without JavaScript. Text only ever enters the shadow
// root through Text nodes, and styles through a constructable stylesheet, so the widget works
// under a strict Content-Security-Policy (the host needs script-src 'wasm-unsafe-eval').
//
// Long texts (WORKER_THRESHOLD and up) are summarised in a Web Worker (summarize-long.js), with
// a progress note (part="progress", role="status") and aria-busy on the summary meanwhile; the
// newest text or attribute change wins. Only the summary's few sentences are ever rendered.

import { LongSummarizer, Superseded } from './summarize-long.js';

const CSS = `
:host { display: block; color: var(--nutshell-color, inherit); background: var(--nutshell-background, transparent);
  font: var(--nutshell-font, inherit); padding: var(--nutshell-padding, 0);
  border: var(--nutshell-border, none); border-radius: var(--nutshell-radius, 0); }
:host([hidden]) { display: none; }
[part~='list'] { margin: 0; padding-inline-start: var(--nutshell-indent, 1.25em); }
[part~='sentence'] + [part~='sentence'] { margin-top: var(--nutshell-gap, 0.4em); }
[part~='list']:not([data-type='key-points']) { list-style: none; padding: 0; }
[part~='list']:not([data-type='key-points']) > [part~='sentence'] { display: inline; }
[part~='list']:not([data-type='key-points']) > [part~='sentence'] + [part~='sentence']::before { content: ' '; }
[part~='list'][data-type='headline'] { font-weight: var(--nutshell-headline-weight, 700);
  font-size: var(--nutshell-headline-size, 1.2em); }
[part~='fact'] { color: var(--nutshell-fact-color, inherit); border-radius: 0.2em; padding: 0 0.1em;
  background: var(--nutshell-fact-background, color-mix(in srgb, currentColor 12%, transparent)); }
[part~='message'] { margin: 0; font-style: italic; color: var(--nutshell-message-color, inherit); }
[part~='summary'][aria-busy='true'] { opacity: var(--nutshell-busy-opacity, 0.6); }
[part~='progress'] { margin: 0; font-style: italic; color: var(--nutshell-progress-color, inherit); }
[part~='progress']::after { content: ''; display: block; width: 40%; height: 2px; margin-top: 0.3em; border-radius: 1px;
  background: var(--nutshell-progress-bar, currentColor); animation: nutshell-progress 1.2s ease-in-out infinite alternate; }
@keyframes nutshell-progress { from { transform: translateX(0); } to { transform: translateX(150%); } }
@media (prefers-reduced-motion: reduce) { [part~='progress']::after { animation: none; width: 100%; } }
`;

const ATTRIBUTES = ['for', 'sentences', 'type', 'length'];

// Elements whose text is not article text.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'canvas', 'select', 'button']);
// Elements that start a new paragraph for the segmenter.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

let sharedSheet = null;

/** One stylesheet for every instance: adopted, never an inline style. */
function adoptStyles(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sharedSheet];
    return;
  }
  const style = document.createElement('style'); // older browsers, without constructable sheets
  style.textContent = CSS;
  root.append(style);
}

/**
 * The text of `root` as the segmenter wants it: block elements become paragraphs (blank
 * lines), `<br>` a line break; scripts, styles and nested widgets are left out. Iterative, so
 * a deeply nested page cannot overflow the stack.
 */
export function textOf(root) {
  if (isField(root)) return root.value;
  const reader = new TextReader(root);
  reader.readUntil(Infinity);
  return reader.take();
}

const isField = (element) => element.localName === 'textarea' || element.localName === 'input';

/**
 * Characters of text read as one run at most. Read whole at the end of a 12 ms slice, a run of
 * the 2–3 MB walked in it made that slice 50–60 ms; with runs of 64 K the slices stay under 20 ms.
 */
const RUN_LIMIT = 65_536;

/**
 * Reads textOf(root) a slice at a time: reading 20 MB of paragraphs takes Chromium 200–400 ms,
 * too long for one task. It walks the tree by its links (no stack to build up front: a root
 * with 100 000 children would cost 45 ms just for that) and keeps the pieces in an array,
 * joined once per slice (a string built by `+=` is a rope whose flattening costs 60–90 ms more).
 *
 * The text itself is read by runs: a Range over consecutive text nodes gives their text as one
 * string, cut where paragraphs and line breaks go by the nodes' lengths (numbers). Every string
 * the DOM hands to JavaScript is held by a weak handle until the next full garbage collection,
 * which then processes them all in one pause: reading the `textContent` of each of 120 000
 * paragraphs made that pause 85 ms longer (Chromium 156), long enough to push it past 100 ms on
 * a busy machine. Reading lengths takes a wrapper for each text node, which costs the collector
 * far less: a full collection right after reading 20 MB took 30–45 ms, against 120 ms with the
 * strings. A run ends at a skipped element (its text is not the article's), at the end
 * of each slice (the DOM may change between slices) and at RUN_LIMIT characters.
 */
class TextReader {
  #root;
  #node;
  #pieces = [];
  #range = null;
  #run = { first: null, last: null, length: 0, breaks: [] }; // text nodes not yet read; breaks: [offset, separator, …]

  constructor(root) {
    this.#root = root;
    this.#node = root.firstChild;
  }

  /** Reads until the end (returns true) or until performance.now() passes `deadline`. */
  readUntil(deadline) {
    let node = this.#node;
    for (let steps = 1; node; steps++) {
      if (steps % 512 === 0 && performance.now() > deadline) break;
      node = this.#step(node);
    }
    this.#node = node;
    return node === null;
  }

  /** The text read since the last take(), as one flat string. */
  take() {
    this.#endRun();
    const text = this.#pieces.join('');
    this.#pieces = [];
    return text;
  }

  // Reads `node`'s own text (and opens its paragraph): returns the next node to read.
  #step(node) {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE) this.#addText(node);
    else if (type === Node.ELEMENT_NODE) {
      if (isSkipped(node)) this.#endRun();
      else {
        if (node.localName === 'br') this.#separate('\n');
        const block = BLOCKS.has(node.localName);
        if (block) this.#separate('\n\n');
        if (node.firstChild) return node.firstChild;
        if (block) this.#separate('\n\n');
      }
    }
    return this.#after(node);
  }

  // The node after `node` and its subtree, closing the paragraphs of the elements it leaves.
  #after(node) {
    for (let at = node; at && at !== this.#root; at = at.parentNode) {
      if (at !== node && BLOCKS.has(at.localName)) this.#separate('\n\n');
      if (at.nextSibling) return at.nextSibling;
    }
    return null;
  }

  #addText(node) {
    const length = node.length;
    if (length === 0) return;
    const run = this.#run;
    run.first ??= node;
    run.last = node;
    run.length += length;
    if (run.length >= RUN_LIMIT) this.#endRun();
  }

  #separate(separator) {
    const run = this.#run;
    if (run.first) run.breaks.push(run.length, separator);
    else this.#pieces.push(separator);
  }

  // The run's text, cut at its breaks, onto the pieces.
  #endRun() {
    const run = this.#run;
    if (!run.first) return;
    const range = (this.#range ??= run.first.ownerDocument.createRange());
    range.setStart(run.first, 0);
    range.setEnd(run.last, run.last.length);
    const text = range.toString();
    const { breaks } = run;
    let at = 0;
    for (let i = 0; i < breaks.length; i += 2) {
      if (breaks[i] > at) this.#pieces.push(text.slice(at, breaks[i]));
      this.#pieces.push(breaks[i + 1]);
      at = breaks[i];
    }
    if (at < text.length) this.#pieces.push(text.slice(at));
    this.#run = { first: null, last: null, length: 0, breaks: [] };
  }
}

/** Characters of a text field's value sent to the worker per task (about 5 ms to copy). */
const FIELD_PART = 1_000_000;

// A text field's value comes in one piece (reading even 20 MB takes a few ms), but copying
// it to the worker takes ~70 ms: a long one goes as TextParts, a part per task.
async function readField(value, { stale, parts, slow }) {
  if (value.length <= FIELD_PART) return value;
  slow();
  const text = parts();
  for (let at = 0; at < value.length; at += FIELD_PART) {
    if (at > 0) {
      await nextTask();
      if (stale()) return null;
    }
    text.add(value.slice(at, at + FIELD_PART));
  }
  return text;
}

/** Main-thread time spent reading a source per task, in milliseconds. */
const READ_SLICE_MS = 12;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The text of `source` as textOf() reads it, in slices of READ_SLICE_MS with a task between
 * them: a string, or (when it took several slices) the TextParts `parts()` makes, which send
 * themselves to the worker as they grow; `slow()` is called once it takes more than one slice.
 * Resolves to null if `stale()` is true after a pause (a newer update has begun, and reads the
 * source afresh).
 */
async function readSource(source, { stale, parts, slow }) {
  if (isField(source)) return readField(source.value, { stale, parts, slow });
  const reader = new TextReader(source);
  if (reader.readUntil(performance.now() + READ_SLICE_MS)) return reader.take();
  slow();
  const text = parts();
  do {
    text.add(reader.take());
    await nextTask();
    if (stale()) return null;
  } while (!reader.readUntil(performance.now() + READ_SLICE_MS));
  text.add(reader.take());
  return text;
}

function isSkipped(element) {
  return SKIPPED.has(element.localName) || element instanceof NutshellSummaryElement || element.hidden === true;
}

function node(tag, part, text = '') {
  const element = document.createElement(tag);
  if (part) element.setAttribute('part', part);
  if (text) element.textContent = text;
  return element;
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** `length` UTF-16 code units as the progress note says it: "0.3 MB", "20 MB". */
function megabytes(length) {
  const mb = length / 1e6;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** A summary sentence, its facts wrapped in <mark part="fact" data-kind>. */
function sentenceItem(sentence, facts) {
  const item = node('li', 'sentence');
  item.dataset.index = String(sentence.index);
  const { text } = sentence;
  const own = sentence.facts.map((i) => facts[i]).filter(Boolean);
  own.sort((a, b) => a.startUtf16 - b.startUtf16);
  let cursor = 0;
  for (const fact of own) {
    // The sentence's text has its whitespace collapsed (and a headline may be cut short),
    // so each fact is found in it, in order, rather than placed by source offsets.
    const wanted = collapse(fact.text);
    const at = wanted ? text.indexOf(wanted, cursor) : -1;
    if (at < 0) continue;
    // ::part() takes no attribute selector, so the kind is a part name too: ::part(fact-money).
    const mark = node('mark', `fact fact-${fact.kind}`, wanted);
    mark.dataset.kind = fact.kind;
    item.append(text.slice(cursor, at), mark);
    cursor = at + wanted.length;
  }
  item.append(text.slice(cursor));
  return item;
}

/** What to say when the wasm cannot start, for the two causes a host can fix. */
function loadFailureMessage(error) {
  const detail = String(error?.message ?? error);
  if (/Content Security Policy|wasm-unsafe-eval|wasm-eval/i.test(detail)) {
    return 'Summary unavailable: this page’s Content Security Policy does not allow WebAssembly (\'wasm-unsafe-eval\').';
  }
  return 'Summary unavailable: Nutshell could not load.';
}

export class NutshellSummaryElement extends HTMLElement {
  /** Registers the element as `tag` (once: a second call with the same class is a no-op). */
  static define(tag = 'nutshell-summary', registry = customElements) {
    if (registry.get(tag) !== this) registry.define(tag, this);
    return this;
  }

  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #root;
  #internals = null;
  #summarizer = new LongSummarizer();
  #summary = null;
  #scheduled = false;
  #generation = 0;
  #observer = new MutationObserver(() => this.#schedule());
  #watched = null;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    try {
      this.#internals = this.attachInternals(); // for :state(busy); optional
    } catch {
      this.#internals = null;
    }
  }

  /** The id of the element whose text to summarise; '' summarises the widget's own text. */
  get for() {
    return this.getAttribute('for') ?? '';
  }
  set for(id) {
    this.setAttribute('for', id);
  }
  /** The same as `for`, under the name <label> and <output> use. */
  get htmlFor() {
    return this.for;
  }
  set htmlFor(id) {
    this.for = id;
  }

  /** The number of sentences, or null to let `type` and `length` decide. */
  get sentences() {
    const value = this.getAttribute('sentences');
    return value === null || value.trim() === '' ? null : Number(value);
  }
  set sentences(count) {
    if (count === null || count === undefined) this.removeAttribute('sentences');
    else this.setAttribute('sentences', String(count));
  }

  /** `key-points` (default), `tldr`, `teaser` or `headline`. */
  get type() {
    return this.getAttribute('type') || 'key-points';
  }
  set type(value) {
    this.setAttribute('type', value);
  }

  /** `short` (default), `medium` or `long`. */
  get length() {
    return this.getAttribute('length') || 'short';
  }
  set length(value) {
    this.setAttribute('length', value);
  }

  /** The Summary shown now (null before the first update or after an error). */
  get summary() {
    return this.#summary;
  }

  connectedCallback() {
    this.#watch();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#unwatch();
    this.#summarizer.close(); // a long text in flight is dropped; reconnecting summarises anew
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'for' && this.isConnected) this.#watch();
    this.#schedule();
  }

  // Several changes in one task: one update, a microtask later.
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#update();
    });
  }

  #source() {
    const id = this.for;
    if (!id) return this;
    return this.getRootNode().getElementById?.(id) ?? document.getElementById(id);
  }

  // Re-summarise when the source's text changes: DOM edits, or typing in a text field.
  #watch() {
    this.#unwatch();
    const source = this.#source();
    if (!source) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.isConnected && this.#watch(), { once: true });
      }
      return;
    }
    this.#watched = source;
    this.#observer.observe(source, { childList: true, subtree: true, characterData: true });
    source.addEventListener('input', this.#onInput);
  }

  #unwatch() {
    this.#observer.disconnect();
    this.#watched?.removeEventListener('input', this.#onInput);
    this.#watched = null;
  }

  #options() {
    const options = { type: this.type, length: this.length };
    if (this.sentences !== null) options.sentences = this.sentences;
    return options;
  }

  async #update() {
    if (!this.isConnected) return;
    const mine = ++this.#generation;
    const source = this.#source();
    if (!source) {
      this.#summarizer.cancel();
      return this.#fail(`Nothing to summarise: no element has the id “${this.for}”.`, null);
    }
    if (source !== this.#watched) this.#watch();
    const stale = () => mine !== this.#generation || !this.isConnected;
    const text = await readSource(source, {
      stale,
      parts: () => this.#summarizer.textParts(),
      slow: () => this.#showProgress(),
    });
    if (text === null) return;
    if (LongSummarizer.isLong(text)) this.#showProgress(text.length);
    let summary;
    try {
      summary = await this.#summarizer.summarize(text, this.#options());
    } catch (error) {
      if (mine !== this.#generation || error instanceof Superseded) return;
      const loading = !(error instanceof RangeError || error instanceof TypeError);
      return this.#fail(loading ? loadFailureMessage(error) : error.message, error);
    }
    if (mine !== this.#generation) return; // a newer update is on its way
    this.#summary = summary;
    this.#render(summary);
    this.dispatchEvent(new CustomEvent('summarized', { detail: summary, bubbles: true, composed: true }));
  }

  #render(summary) {
    const list = node('ul', 'list');
    list.dataset.type = this.type;
    for (const sentence of summary.sentences) list.append(sentenceItem(sentence, summary.facts));
    const region = node('div', 'summary');
    region.setAttribute('aria-live', 'polite');
    region.append(list);
    this.#replace(region);
  }

  // A short message in place of the summary, and an `error` event (it does not bubble, like
  // an <img>'s), so nothing is ever thrown at the host page.
  #fail(message, error) {
    this.#summary = null;
    const text = node('p', 'message', message);
    text.setAttribute('role', 'status');
    this.#replace(text);
    this.dispatchEvent(new ErrorEvent('error', { message, error }));
  }

  // While a long text is read and summarised: the summary shown so far (if any) marked
  // aria-busy, and a note saying how much is being summarised (once the length is known). The
  // next #replace removes both.
  #showProgress(length = null) {
    let region = this.#root.querySelector('[part~="summary"]');
    if (!region) {
      region = node('div', 'summary');
      region.setAttribute('aria-live', 'polite');
      this.#replace(region);
    }
    region.setAttribute('aria-busy', 'true');
    const note = node('p', 'progress', length === null ? 'Summarizing…' : `Summarizing ${megabytes(length)}…`);
    note.setAttribute('role', 'status');
    this.#root.querySelector('[part~="progress"]')?.remove();
    this.#root.append(note);
    this.#setBusy(true);
  }

  #replace(content) {
    const kept = [...this.#root.childNodes].filter((child) => child.localName === 'style');
    this.#root.replaceChildren(...kept, content);
    this.#setBusy(false);
  }

  // :state(busy) on the host, for host pages' styles (where custom states are supported).
  #setBusy(busy) {
    const states = this.#internals?.states;
    if (!states) return;
    try {
      if (busy) states.add('busy');
      else states.delete('busy');
    } catch {
      // an older engine only knows the --busy form of custom states
    }
  }
}
