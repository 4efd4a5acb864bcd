// Pure helpers over a Summary: no DOM here, so Node tests import this module directly.
// All offsets are the core's `startUtf16`/`endUtf16`, i.e. JavaScript string indexes.

/** The fact kinds in the order the page lists them, with their headings. */
export const FACT_KINDS = [
  { kind: 'money', label: 'Money' },
  { kind: 'percent', label: 'Percentages' },
  { kind: 'quantity', label: 'Quantities' },
  { kind: 'date', label: 'Dates' },
  { kind: 'entity', label: 'Names' },
];

/** Whether `span` has sane UTF-16 offsets inside a string of `length` code units. */
function isValidSpan(span, length) {
  const { startUtf16: start, endUtf16: end } = span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/**
 * Cuts `text` into consecutive runs at every sentence and fact boundary, so the source view
 * can be built from plain text slices. Each run says which chosen sentence holds it (or -1)
 * and which facts cover it (indexes into `facts`). Spans with bad offsets are ignored.
 * One sweep over the sorted boundaries: linear in the text's spans, however long the article.
 * @returns {{start: number, end: number, sentence: number, facts: number[]}[]}
 */
export function runs(text, sentences, facts) {
  const n = text.length;
  const byStart = (list) =>
    list
      .map((span, index) => ({ span, index }))
      .filter(({ span }) => isValidSpan(span, n))
      .sort((a, b) => a.span.startUtf16 - b.span.startUtf16 || a.index - b.index);
  const sentenceOrder = byStart(sentences);
  const factOrder = byStart(facts);
  const cuts = new Set([0, n]);
  for (const { span } of [...sentenceOrder, ...factOrder]) cuts.add(span.startUtf16).add(span.endUtf16);
  const points = [...cuts].sort((a, b) => a - b);

  const out = [];
  let si = 0;
  let fi = 0;
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    while (si < sentenceOrder.length && sentenceOrder[si].span.endUtf16 <= start) si++;
    while (fi < factOrder.length && factOrder[fi].span.startUtf16 <= start) active.push(factOrder[fi++]);
    active = active.filter(({ span }) => span.endUtf16 > start);
    const sentence = sentenceOrder[si];
    out.push({
      start,
      end: points[i + 1],
      sentence: sentence && sentence.span.startUtf16 <= start ? sentence.index : -1,
      facts: active.map(({ index }) => index).sort((a, b) => a - b),
    });
  }
  return mergeRuns(out);
}

// Neighbouring runs with the same sentence and the same facts become one.
function mergeRuns(list) {
  const out = [];
  for (const run of list) {
    const last = out.at(-1);
    if (last && last.sentence === run.sentence && sameList(last.facts, run.facts)) {
      last.end = run.end;
    } else {
      out.push(run);
    }
  }
  return out;
}

function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Groups facts by kind, in `FACT_KINDS` order; within a kind, one item per distinct text
 * (first occurrence first) with the indexes of all its occurrences.
 * @returns {{kind: string, label: string, items: {text: string, occurrences: number[]}[]}[]}
 */
export function groupFacts(facts) {
  const groups = FACT_KINDS.map(({ kind, label }) => ({ kind, label, items: [], byText: new Map() }));
  facts.forEach((fact, index) => {
    const group = groups.find((g) => g.kind === fact.kind);
    if (!group) return;
    const text = collapse(fact.text);
    let item = group.byText.get(text);
    if (!item) {
      item = { text, occurrences: [] };
      group.byText.set(text, item);
      group.items.push(item);
    }
    item.occurrences.push(index);
  });
  return groups.filter((g) => g.items.length > 0).map(({ kind, label, items }) => ({ kind, label, items }));
}

/**
 * `groups` (from groupFacts) with at most `perKind` items each, the first mentioned first, and
 * `more` counting the rest.
 */
export function capGroups(groups, perKind) {
  return groups.map(({ items, ...group }) => ({
    ...group,
    items: items.slice(0, perKind),
    more: Math.max(0, items.length - perKind),
  }));
}

/** Collapses runs of whitespace to single spaces and trims, as the core does for sentences. */
export function collapse(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** How much shorter the summary is, in whole percent (0 for an empty article). */
export function compression(articleWords, summaryWords) {
  if (!(articleWords > 0)) return 0;
  const percent = Math.max(0, Math.round(100 * (1 - summaryWords / articleWords)));
  // A summary with words in it is never "100% shorter" (30 words of 90,000 rounded to it).
  return summaryWords > 0 ? Math.min(99, percent) : percent;
}

/** The summary as plain text for the clipboard: bullets for key points, else one paragraph. */
export function summaryText(summary, type) {
  const sentences = summary.sentences.map((s) => s.text);
  return type === 'key-points' ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
}
