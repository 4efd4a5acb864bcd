// The passages of a long article worth showing: the summary sentences with some context either
// side, as runs for the source view (the same shape as spans.js's `runs`, with offsets into the
// whole text). Building the source view of a 20 MB article would block the page for seconds;
// a few passages take a few nodes. Pure: no DOM, so the worker and Node tests use it.

import { runs } from './spans.js';

/** UTF-16 code units of context shown before and after each summary sentence. */
export const CONTEXT = 400;

/**
 * Windows of `text` around each sentence (at most `context` code units either side, cut at
 * whitespace, overlapping windows merged), each `{start, end, runs}`. A run's `sentence` indexes
 * `sentences` (or is -1) and its `facts` index `facts`, as in `runs`; facts crossing a window's
 * edge are clipped to it.
 * @returns {{start: number, end: number, runs: {start: number, end: number, sentence: number, facts: number[]}[]}[]}
 */
export function excerpts(text, sentences, facts, context = CONTEXT) {
  return windows(text, sentences, context).map(({ start, end }) => {
    const inside = (span) => span.startUtf16 < end && span.endUtf16 > start;
    const clip = (span) => ({
      startUtf16: Math.max(span.startUtf16, start) - start,
      endUtf16: Math.min(span.endUtf16, end) - start,
    });
    const sentenceIndexes = indexesWhere(sentences, inside);
    const factIndexes = indexesWhere(facts, inside);
    const local = runs(
      text.slice(start, end),
      sentenceIndexes.map((i) => clip(sentences[i])),
      factIndexes.map((i) => clip(facts[i])),
    );
    const list = local.map((run) => ({
      start: run.start + start,
      end: run.end + start,
      sentence: run.sentence < 0 ? -1 : sentenceIndexes[run.sentence],
      facts: run.facts.map((i) => factIndexes[i]),
    }));
    return { start, end, runs: list };
  });
}

function indexesWhere(list, keep) {
  const out = [];
  list.forEach((item, index) => {
    if (keep(item)) out.push(index);
  });
  return out;
}

// Sorted, merged windows around the sentences with sane offsets.
function windows(text, sentences, context) {
  const n = text.length;
  const spans = sentences
    .filter((s) => Number.isInteger(s.startUtf16) && Number.isInteger(s.endUtf16) && 0 <= s.startUtf16 && s.startUtf16 < s.endUtf16 && s.endUtf16 <= n)
    .map((s) => ({ start: widenStart(text, s.startUtf16, context), end: widenEnd(text, s.endUtf16, context) }))
    .sort((a, b) => a.start - b.start);
  const out = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push(span);
  }
  return out;
}

// Back by up to `context`, then forward to just after whitespace so no word is cut (or, in text
// without spaces, to a code point boundary).
function widenStart(text, at, context) {
  let start = Math.max(0, at - context);
  if (start === 0) return 0;
  const space = text.slice(start, at).search(/\s/);
  if (space >= 0) return start + space + 1;
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  return start;
}

function widenEnd(text, at, context) {
  let end = Math.min(text.length, at + context);
  if (end === text.length) return end;
  const before = text.slice(at, end);
  const space = before.search(/\s\S*$/);
  if (space >= 0) return at + space;
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  return end;
}

function isLowSurrogate(code) {
  return code >= 0xdc00 && code <= 0xdfff;
}
