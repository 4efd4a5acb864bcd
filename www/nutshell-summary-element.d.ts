// Types for nutshell-summary-element.js: the <nutshell-summary> element's class.

import type { Summary, SummarizerLength, SummarizerType } from './nutshell.js';

export class NutshellSummaryElement extends HTMLElement {
  /** Registers the class as `tag` in `registry` (a second call with the same class does nothing). */
  static define(tag?: string, registry?: CustomElementRegistry): typeof NutshellSummaryElement;
  static readonly observedAttributes: string[];
  /** The `for` attribute: the id of the element whose text to summarise; '' for the widget's own. */
  for: string;
  /** The same as `for`, under the name <label> and <output> use. */
  htmlFor: string;
  /** The `sentences` attribute as a number; null lets `type` and `length` decide. */
  sentences: number | null;
  /** The `type` attribute; `key-points` when absent. */
  type: SummarizerType;
  /** The `length` attribute; `short` when absent. */
  length: SummarizerLength;
  /** The Summary shown now; null before the first update or after an error. */
  readonly summary: Summary | null;
}

/** The text of an element as the widget reads it: blocks become paragraphs. */
export function textOf(root: Element): string;

export interface NutshellSummaryEventMap extends HTMLElementEventMap {
  /** After each update: bubbles, composed; `detail` is the Summary. */
  summarized: CustomEvent<Summary>;
  /** When the core cannot load or an attribute is invalid: does not bubble. */
  error: ErrorEvent;
}

export interface NutshellSummaryElement {
  addEventListener<K extends keyof NutshellSummaryEventMap>(
    type: K,
    listener: (this: NutshellSummaryElement, event: NutshellSummaryEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'nutshell-summary': NutshellSummaryElement;
  }
}
