// The page's background summariser: a module Web Worker that loads the same WebAssembly core
// and summarises texts too long to summarise on the main thread without freezing the page.
//
// It also does the work over the result that grows with the article — grouping every fact and
// cutting the passages around the summary sentences into runs — so the page receives a small
// message (offsets, not text: the page still has the text) and only builds a few nodes.
// One request at a time: the page terminates a busy worker when a newer request supersedes it.

import { loadCore } from './core.js';
import { excerpts } from './excerpt.js';
import { capGroups, groupFacts } from './spans.js';

/** Distinct facts listed per kind: a long text can hold tens of thousands (every number). */
export const FACTS_PER_KIND = 30;

self.addEventListener('message', async ({ data: { id, text, options } }) => {
  let core;
  try {
    core = await loadCore();
  } catch (error) {
    self.postMessage({ id, failed: String(error?.message ?? error) });
    return;
  }
  try {
    self.postMessage({ id, view: summaryView(core.summarize(text, options), text) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});

/**
 * What the page needs to show a long article's summary: the summary without its (possibly
 * hundreds of thousands of) facts; the facts grouped, at most FACTS_PER_KIND per kind (`more`
 * counts the rest), each with the mentions `shown` in the passages; and the passages to show in
 * the source view with only the facts inside them.
 */
function summaryView(summary, text) {
  const { facts, ...rest } = summary;
  const passages = excerpts(text, summary.sentences, facts);
  const shownFacts = {};
  for (const passage of passages) {
    for (const run of passage.runs) for (const index of run.facts) shownFacts[index] = { kind: facts[index].kind };
  }
  const groups = capGroups(groupFacts(facts), FACTS_PER_KIND).map(({ kind, label, more, items }) => ({
    kind,
    label,
    more,
    items: items.map(({ text, occurrences }) => ({
      text,
      occurrences: Uint32Array.from(occurrences), // only its length is read: a compact copy
      shown: occurrences.filter((i) => i in shownFacts),
    })),
  }));
  return { summary: rest, groups, passages, facts: shownFacts, factCount: facts.length };
}
