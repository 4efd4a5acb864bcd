// Types for nutshell.js: `summarize()`, the Chrome-shaped `Summarizer` and its polyfill.

/** The core's options (README "Options"): all optional; an invalid one is an error naming it. */
export interface SummarizeOptions {
  /** `key-points` (default), `tldr`, `teaser` or `headline`. */
  type?: SummarizerType;
  /** `short` (default), `medium` or `long`: 3/5/7 key points, 1/3/5 sentences, a 12/17/22-word headline. */
  length?: SummarizerLength;
  /** A sentence budget, a whole number ≥ 1; replaces the preset's count. */
  sentences?: number;
  /** A word budget, a whole number ≥ 1. */
  words?: number;
  /** A share of the article's words, in (0, 1]. */
  ratio?: number;
  /** An ISO 639-1 code (`en`, `de`, …); detected when absent. */
  language?: string;
}

export type FactKind = 'money' | 'percent' | 'quantity' | 'date' | 'entity';

export interface DateParts {
  year?: number;
  quarter?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A fact's normalised value: money, a percentage, a quantity or date parts. */
export type FactValue =
  | { amount: number; currency: string }
  | number
  | { amount?: number; unit?: string }
  | DateParts;

/** A span of the input: byte offsets, and UTF-16 offsets (JavaScript string indexes). */
export interface Span {
  start: number;
  end: number;
  startUtf16: number;
  endUtf16: number;
}

export interface SummaryFact extends Span {
  kind: FactKind;
  /** The fact as it stands in the text. */
  text: string;
  value?: FactValue;
}

export type ExcludedRule = 'heading' | 'feed-trailer' | 'call-to-action' | 'rights' | 'byline' | 'photo-credit' | 'lead-in' | 'boilerplate' | 'fragment' | 'code' | 'running-head';

export interface SentenceFeatures {
  facts: number;
  centrality: number;
  position: number;
  length: number;
  excluded?: ExcludedRule;
}

export interface SummarySentence extends Span {
  /** Its index among all the input's sentences. */
  index: number;
  /** Its text, whitespace collapsed (a headline may be cut to its word limit). */
  text: string;
  paragraph: number;
  score: number;
  features: SentenceFeatures;
  /** Indexes into `Summary.facts` of the facts it holds. */
  facts: number[];
}

export interface Summary {
  /** The summary's sentences, in source order. */
  sentences: SummarySentence[];
  /** The facts of the article: its sentences and headings, not the page furniture, bylines, credits and boilerplate around it. */
  facts: SummaryFact[];
  /** The summary sentences joined by single spaces. */
  text: string;
  stats: { sentences: number; words: number; summarySentences: number; summaryWords: number };
}

/**
 * Summarises `text`. The WebAssembly core loads on first use, once per page, from next to this
 * module. Invalid options reject with a TypeError (wrong type, unknown key) or a RangeError
 * (value out of range) whose message names the option.
 */
export function summarize(text: string, options?: SummarizeOptions): Promise<Summary>;

/** Starts loading the core now rather than on first use. */
export function preload(): Promise<void>;

/** Turns the core's option error into the TypeError or RangeError that summarize() rejects with. */
export function optionError(error: unknown): Error;

// Chrome's Summarizer API (Writing Assistance APIs), as WebIDL defines it.

export type SummarizerType = 'tldr' | 'teaser' | 'key-points' | 'headline';
export type SummarizerFormat = 'plain-text' | 'markdown';
export type SummarizerLength = 'short' | 'medium' | 'long';
export type PerformancePreference = 'auto' | 'speed' | 'capability';
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  preference?: PerformancePreference;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  signal?: AbortSignal;
  monitor?: (monitor: CreateMonitor) => void;
  sharedContext?: string;
}

export interface SummarizerSummarizeOptions {
  signal?: AbortSignal;
  context?: string;
}

/** Receives `downloadprogress` ProgressEvents: at least one at `loaded` 0 and one at 1 (`total` 1). */
export class CreateMonitor extends EventTarget {
  ondownloadprogress: ((this: CreateMonitor, event: ProgressEvent) => unknown) | null;
}

/** Nutshell's Summarizer: Chrome's API over the extractive core, offline, in every browser. */
export class Summarizer {
  private constructor();
  /** "available", or "unavailable" when `outputLanguage` is not among `expectedInputLanguages`. */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  /** key-points + markdown: one `- ` bullet per line; tldr/teaser: a paragraph; headline: one line. */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** Chunks (a bullet or a sentence each) that add up to `summarize()`'s string. */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** Always 0: there is no input limit. */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  readonly inputQuota: number;
  readonly sharedContext: string;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly preference: PerformancePreference;
  readonly expectedInputLanguages: ReadonlyArray<string> | null;
  readonly expectedContextLanguages: ReadonlyArray<string> | null;
  readonly outputLanguage: string | null;
  /** Pending and later calls reject with an AbortError DOMException. */
  destroy(): void;
}

/** What `globalThis.Summarizer` is after the polyfill: ours, or a wrapper around the browser's. */
export interface SummarizerConstructor {
  availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  create(options?: SummarizerCreateOptions): Promise<Summarizer>;
}

export interface PolyfillOptions {
  /** `native` (default): the browser's model when it reports "available", Nutshell's otherwise. */
  prefer?: 'native' | 'nutshell';
}

/** Makes `globalThis.Summarizer` work everywhere; returns what it now is. Idempotent. */
export function installSummarizerPolyfill(options?: PolyfillOptions): SummarizerConstructor;
