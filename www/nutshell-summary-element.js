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

import { summarize } from './summarize.js';

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
const PARAGRAPH_BREAK = Symbol('paragraph break');

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
  if (root.localName === 'textarea' || root.localName === 'input') return root.value;
  let text = '';
  const stack = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === PARAGRAPH_BREAK) text += '\n\n';
    else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) text += node.data;
    else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node)) {
      if (node.localName === 'br') text += '\n';
      if (BLOCKS.has(node.localName)) {
        text += '\n\n';
        stack.push(PARAGRAPH_BREAK);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
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
    if (!source) return this.#fail(`Nothing to summarise: no element has the id “${this.for}”.`, null);
    if (source !== this.#watched) this.#watch();
    let summary;
    try {
      summary = await summarize(textOf(source), this.#options());
    } catch (error) {
      if (mine !== this.#generation) return;
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

  #replace(content) {
    const kept = [...this.#root.childNodes].filter((child) => child.localName === 'style');
    this.#root.replaceChildren(...kept, content);
  }
}
