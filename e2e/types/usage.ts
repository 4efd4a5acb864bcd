// Compiled (never run) by `tsc -p e2e/types`: the documented uses of the library and the
// widget must type-check against www/*.d.ts, and misuses must not (@ts-expect-error).

import { installSummarizerPolyfill, preload, summarize, Summarizer } from '../../www/nutshell.js';
import type { Summary, SummaryFact } from '../../www/nutshell.js';
import { NutshellSummaryElement } from '../../www/nutshell-summary-element.js';

export async function library(text: string): Promise<string[]> {
  await preload();
  const summary: Summary = await summarize(text, { type: 'tldr', length: 'medium', sentences: 2 });
  const money: SummaryFact[] = summary.facts.filter((fact) => fact.kind === 'money');
  // @ts-expect-error: not a summary type
  await summarize(text, { type: 'essay' });
  return [summary.text, ...money.map((fact) => fact.text), String(summary.sentences[0]?.startUtf16)];
}

export async function chromeShaped(text: string): Promise<string> {
  const Polyfilled = installSummarizerPolyfill({ prefer: 'native' });
  if ((await Polyfilled.availability({ type: 'key-points' })) !== 'available') return '';
  const summarizer = await Summarizer.create({
    type: 'headline',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: ['en'],
    monitor(m) {
      m.addEventListener('downloadprogress', (event) => console.log((event as ProgressEvent).loaded));
    },
  });
  let streamed = '';
  for await (const chunk of summarizer.summarizeStreaming(text)) streamed += chunk;
  const quota: number = summarizer.inputQuota;
  summarizer.destroy();
  // @ts-expect-error: the constructor is private, as Chrome's is illegal
  new Summarizer();
  return `${streamed} ${quota} ${await summarizer.measureInputUsage(text)}`;
}

export function widget(): void {
  NutshellSummaryElement.define('news-summary');
  const element = document.createElement('nutshell-summary');
  element.htmlFor = 'story';
  element.sentences = 3;
  element.type = 'key-points';
  element.addEventListener('summarized', (event) => console.log(event.detail.sentences.length));
  element.addEventListener('error', (event) => console.log(event.message));
  // @ts-expect-error: not a length
  element.length = 'epic';
}
