// The page's pure helpers (www/spans.js), in Node.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { collapse, compression, groupFacts, runs, summaryText } from '../www/spans.js';

/** A span of `text` from the first occurrence of `part`, as the core reports it. */
function span(text, part, extra = {}) {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { startUtf16: start, endUtf16: start + part.length, text: part, ...extra };
}

const slices = (text, list) => list.map((r) => [text.slice(r.start, r.end), r.sentence, r.facts]);

test('runs tile the text at every sentence and fact boundary', () => {
  const text = 'Sales 😀 rose 17% today. Nothing else. Costs fell.';
  const sentences = [span(text, 'Sales 😀 rose 17% today.'), span(text, 'Costs fell.')];
  const facts = [span(text, '17%', { kind: 'percent' }), span(text, 'Costs', { kind: 'entity' })];
  assert.deepEqual(slices(text, runs(text, sentences, facts)), [
    ['Sales 😀 rose ', 0, []],
    ['17%', 0, [0]],
    [' today.', 0, []],
    [' Nothing else. ', -1, []],
    ['Costs', 1, [1]],
    [' fell.', 1, []],
  ]);
});

test('runs keep overlapping facts and facts outside any chosen sentence', () => {
  const text = 'Acme Bank paid $5 billion.';
  const facts = [
    span(text, 'Acme Bank', { kind: 'entity' }),
    span(text, 'Bank paid', { kind: 'entity' }),
    span(text, '$5 billion', { kind: 'money' }),
  ];
  assert.deepEqual(slices(text, runs(text, [], facts)), [
    ['Acme ', -1, [0]],
    ['Bank', -1, [0, 1]],
    [' paid', -1, [1]],
    [' ', -1, []],
    ['$5 billion', -1, [2]],
    ['.', -1, []],
  ]);
});

test('runs ignore spans with impossible offsets', () => {
  const text = 'Short text.';
  const bad = [
    { startUtf16: 5, endUtf16: 50 },
    { startUtf16: -1, endUtf16: 3 },
    { startUtf16: 4, endUtf16: 4 },
    { startUtf16: 6, endUtf16: 2 },
    { startUtf16: '1', endUtf16: 3 },
  ];
  assert.deepEqual(slices(text, runs(text, bad, bad)), [['Short text.', -1, []]]);
  assert.deepEqual(runs('', [], []), []);
});

// Not a timed test (speed is measured by `make bench`): the timeout only stops a runaway.
test('runs of a long article cover it exactly', { timeout: 30_000 }, () => {
  const sentence = 'Revenue rose 5% to $10 million on Monday. ';
  const text = sentence.repeat(20_000);
  const facts = [];
  const sentences = [];
  for (let i = 0; i < 20_000; i++) {
    const at = i * sentence.length;
    sentences.push({ startUtf16: at, endUtf16: at + sentence.length - 1 });
    facts.push({ startUtf16: at + 13, endUtf16: at + 15 }, { startUtf16: at + 19, endUtf16: at + 30 });
  }
  const list = runs(text, sentences, facts);
  assert.equal(list.map((r) => text.slice(r.start, r.end)).join(''), text);
});

test('facts group by kind in a fixed order, one item per distinct text', () => {
  const facts = [
    { kind: 'entity', text: 'AWS' },
    { kind: 'money', text: '$29.3 billion' },
    { kind: 'entity', text: 'AWS' },
    { kind: 'date', text: 'July\n17' },
    { kind: 'percent', text: '17%' },
    { kind: 'entity', text: 'Andy Jassy' },
    { kind: 'mystery', text: '?' },
  ];
  assert.deepEqual(groupFacts(facts), [
    { kind: 'money', label: 'Money', items: [{ text: '$29.3 billion', occurrences: [1] }] },
    { kind: 'percent', label: 'Percentages', items: [{ text: '17%', occurrences: [4] }] },
    { kind: 'date', label: 'Dates', items: [{ text: 'July 17', occurrences: [3] }] },
    {
      kind: 'entity',
      label: 'Names',
      items: [
        { text: 'AWS', occurrences: [0, 2] },
        { text: 'Andy Jassy', occurrences: [5] },
      ],
    },
  ]);
});

test('compression, collapse and the copied text', () => {
  assert.equal(compression(200, 50), 75);
  assert.equal(compression(0, 0), 0);
  assert.equal(compression(10, 12), 0);
  assert.equal(compression(90_000, 30), 99, 'a summary with words is never 100% shorter');
  assert.equal(compression(90_000, 0), 100);
  assert.equal(collapse('  a \n\t b  '), 'a b');
  const summary = { sentences: [{ text: 'One.' }, { text: 'Two.' }] };
  assert.equal(summaryText(summary, 'key-points'), '- One.\n- Two.');
  assert.equal(summaryText(summary, 'tldr'), 'One. Two.');
});
