// The passages a long article's source view shows (www/excerpt.js), in Node.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { excerpts } from '../www/excerpt.js';

function span(text, part, extra = {}) {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { startUtf16: start, endUtf16: start + part.length, ...extra };
}

const pieces = (text, passage) => passage.runs.map((r) => [text.slice(r.start, r.end), r.sentence, r.facts]);

test('each summary sentence is shown with context cut at whitespace, facts keep their indexes', () => {
  const filler = 'word '.repeat(200);
  const text = `${filler}Sales rose 17% today. ${filler}Costs fell by $3 million. ${filler}`;
  const sentences = [span(text, 'Sales rose 17% today.'), span(text, 'Costs fell by $3 million.')];
  const facts = [{ startUtf16: 0, endUtf16: 4, kind: 'quantity' }, span(text, '17%', { kind: 'percent' }), span(text, '$3 million', { kind: 'money' })];
  const passages = excerpts(text, sentences, facts, 30);
  assert.equal(passages.length, 2);
  for (const passage of passages) {
    assert.ok(passage.end - passage.start < 100, JSON.stringify(passage));
    assert.equal(text.slice(passage.start, passage.end), passage.runs.map((r) => text.slice(r.start, r.end)).join(''));
    assert.match(text.slice(passage.start, passage.end), /^word /, 'starts at a word');
    assert.match(text.slice(passage.start, passage.end), / word$/, 'ends at a word');
  }
  assert.deepEqual(pieces(text, passages[0]).filter(([, s]) => s >= 0), [
    ['Sales rose ', 0, []],
    ['17%', 0, [1]],
    [' today.', 0, []],
  ]);
  assert.deepEqual(pieces(text, passages[1]).filter(([, s]) => s >= 0), [
    ['Costs fell by ', 1, []],
    ['$3 million', 1, [2]],
    ['.', 1, []],
  ]);
});

test('close sentences share one passage; the edges of the text are kept', () => {
  const text = 'One. Two. Three.';
  const sentences = [span(text, 'One.'), span(text, 'Three.')];
  const passages = excerpts(text, sentences, [], 400);
  assert.deepEqual(passages.map((p) => [p.start, p.end]), [[0, text.length]]);
  assert.deepEqual(pieces(text, passages[0]), [['One.', 0, []], [' Two. ', -1, []], ['Three.', 1, []]]);
});

test('no passage splits a surrogate pair, and bad spans are ignored', () => {
  const text = '😀'.repeat(100) + 'Key point. ' + '😀'.repeat(100);
  const sentences = [span(text, 'Key point.'), { startUtf16: -1, endUtf16: 5 }, { startUtf16: 3, endUtf16: 1e9 }];
  const [passage, ...rest] = excerpts(text, sentences, [], 11);
  assert.deepEqual(rest, []);
  const shown = text.slice(passage.start, passage.end);
  assert.ok(!/^[\uDC00-\uDFFF]/.test(shown) && !/[\uD800-\uDBFF]$/.test(shown), 'whole code points at the edges');
  assert.ok(!/[\uD800-\uDFFF]/.test(shown.replace(/😀/gu, '')), 'no lone surrogates');
  assert.ok(shown.includes('Key point.'));
});
