// The built package's exports, called from JavaScript in Node: the boundary the page uses.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ARTICLE } from './article.js';
import { facts, sentences, summarize } from './pkg.js';

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

test('summarize returns a plain object whose sentences point into the text', () => {
  const summary = summarize(ARTICLE, { type: 'key-points', length: 'short' });
  assert.equal(Object.getPrototypeOf(summary), Object.prototype);
  assert.equal(summary.sentences.length, 3);
  for (const s of summary.sentences) {
    assert.equal(collapse(ARTICLE.slice(s.startUtf16, s.endUtf16)), s.text);
    assert.ok(Number.isInteger(s.index) && typeof s.score === 'number');
    assert.ok(Array.isArray(s.facts));
  }
  assert.equal(summary.text, summary.sentences.map((s) => s.text).join(' '));
  assert.ok(summary.stats.words > summary.stats.summaryWords);
  assert.equal(summary.stats.summarySentences, 3);
});

test('the presets and an explicit count set the number of sentences', () => {
  const count = (options) => summarize(ARTICLE, options).sentences.length;
  assert.equal(count({}), 3);
  assert.equal(count({ type: 'key-points', length: 'medium' }), 5);
  assert.equal(count({ type: 'key-points', length: 'long' }), 7);
  assert.equal(count({ type: 'tldr', length: 'short' }), 1);
  assert.equal(count({ type: 'headline' }), 1);
  assert.equal(count({ type: 'tldr', sentences: 4 }), 4);
});

test('invalid options throw an Error naming the option', () => {
  const cases = [
    { type: 'essay' },
    { length: 'epic' },
    { sentences: 0 },
    { sentences: 2.5 },
    { words: 'many' },
    { ratio: 3 },
    { language: 'English' },
    { colour: 'red' },
  ];
  for (const options of cases) {
    const [name] = Object.keys(options);
    assert.throws(() => summarize(ARTICLE, options), (error) => {
      assert.ok(error instanceof Error, `${name}: not an Error`);
      assert.match(error.message, new RegExp(`\`${name}\``), `${name}: ${error.message}`);
      return true;
    });
  }
});

test('UTF-16 offsets match JavaScript string slicing on text with emoji', () => {
  const text = 'Café 😀 owners cheered. 🎉🎉 Sales rose 17% to €2.5 million! Fancy 𝒻𝒶𝓃𝒸𝓎 letters stay. Bye 👋🏽.';
  const encoder = new TextEncoder();
  const summary = summarize(text, { sentences: 10 });
  assert.equal(summary.sentences.length, 4);
  for (const span of [...summary.sentences, ...summary.facts]) {
    const slice = text.slice(span.startUtf16, span.endUtf16);
    assert.equal(encoder.encode(text.slice(0, span.startUtf16)).length, span.start);
    assert.equal(encoder.encode(slice).length, span.end - span.start);
  }
  const bytes = encoder.encode(text);
  for (const s of sentences(text)) {
    assert.equal(collapse(new TextDecoder().decode(bytes.slice(s.start, s.end))), s.text);
  }
});

test('sentences() and facts() return plain arrays', () => {
  const list = sentences('One sentence here. Another one there.');
  assert.deepEqual(
    list.map((s) => s.text),
    ['One sentence here.', 'Another one there.'],
  );
  assert.ok(Array.isArray(facts('')));
});

test('facts carry their kind, text, offsets and value', () => {
  const text = 'Shares rose 17% on July 17 after Acme Corp paid $29.3 billion for 12 tonnes of steel.';
  const found = facts(text);
  const kinds = new Map(found.map((f) => [f.text, f.kind]));
  assert.equal(kinds.get('17%'), 'percent');
  assert.equal(kinds.get('$29.3 billion'), 'money');
  assert.equal(kinds.get('July 17'), 'date');
  assert.equal(kinds.get('Acme Corp'), 'entity');
  assert.equal(kinds.get('12 tonnes'), 'quantity');
  for (const f of found) assert.equal(text.slice(f.startUtf16, f.endUtf16), f.text);
  const byText = new Map(found.map((f) => [f.text, f]));
  assert.deepEqual(byText.get('$29.3 billion').value, { amount: 29.3e9, currency: 'USD' });
  assert.deepEqual(byText.get('July 17').value, { month: 7, day: 17 });
  assert.deepEqual(byText.get('12 tonnes').value, { amount: 12, unit: 'tonnes' });
  assert.ok(!('value' in byText.get('Acme Corp')), 'a name has no value');
  assert.deepEqual(
    Object.keys(byText.get('17%')),
    ['kind', 'text', 'start', 'end', 'startUtf16', 'endUtf16', 'value'],
    'the keys in the order of the Rust API’s JSON',
  );
  assert.deepEqual(summarize(text, {}).facts, found, "a summary lists the text's facts");
});

test('lone surrogates from JavaScript read as U+FFFD, and the offsets still fit the string', () => {
  const text = 'Acme paid \uD800$5 billion on Monday\uDC00. Bob Smith\uD83D said sales rose 17%. 😀 \uDFFF';
  const summary = summarize(text, { sentences: 5 });
  for (const span of [...summary.sentences, ...summary.facts]) {
    assert.ok(span.startUtf16 <= span.endUtf16 && span.endUtf16 <= text.length);
  }
  const found = facts(text);
  assert.deepEqual(summary.facts, found);
  assert.deepEqual(
    found.map((f) => f.text),
    found.map((f) => text.slice(f.startUtf16, f.endUtf16).toWellFormed()),
  );
  assert.ok(found.some((f) => f.text === '$5 billion') && found.some((f) => f.text === '17%'));
  assert.ok(!summary.text.includes('\uD800') && summary.text.includes('\uFFFD'), 'the text the core read');
});
