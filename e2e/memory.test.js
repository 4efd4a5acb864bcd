// The wasm core's memory (its allocator is talc, see src/wasm.rs) stays sane: thousands of
// calls, as the page makes one per keystroke, leave the footprint where the first few left it,
// and a 10 MB text needs at most 10 times its size (issue 6's figure; the page's worker takes
// 20 MB pastes the same way). (WebAssembly memory never shrinks, so
// the figure is the high-water mark.) PKG=dir measures another build of www/pkg.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { ARTICLE } from './article.js';

const PKG = process.env.PKG || new URL('../www/pkg/', import.meta.url).pathname;
const raw = await import(`${PKG}/nutshell.js`);
const { memory } = raw.initSync({ module: readFileSync(`${PKG}/nutshell_bg.wasm`) });
const { wrapCore } = await import('../www/core.js');
const core = wrapCore(raw);
const MB = 1024 * 1024;

/** About `length` characters of the test article's paragraphs, numbered, repeated. */
function longText(length) {
  const paragraphs = ARTICLE.split('\n\n');
  const parts = [];
  for (let size = 0, copy = 1; size < length; copy++) {
    const paragraph = `Report ${copy}. ${paragraphs[copy % paragraphs.length]}`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

test('thousands of calls, as typing makes them, keep the memory where a few left it', () => {
  const text = longText(20_000);
  const type = (from, to) => {
    for (let end = from; end < to; end++) core.summarize(text.slice(0, 5_000 + end * 5), { type: 'key-points' });
  };
  type(0, 200);
  const settled = memory.buffer.byteLength;
  type(200, 2_000);
  const after = memory.buffer.byteLength;
  console.log(`memory: ${(settled / MB).toFixed(1)} MB after 200 calls, ${(after / MB).toFixed(1)} MB after 2000`);
  assert.ok(after <= settled + 2 * MB, `grew from ${settled} to ${after} bytes`);
});

test('a 10 MB text needs at most 10 times its size, and the calls after it no more', () => {
  const text = longText(10_000_000);
  const summary = core.summarize(text, {});
  assert.equal(summary.sentences.length, 3);
  const peak = memory.buffer.byteLength;
  for (let i = 0; i < 20; i++) core.summarize(ARTICLE, {});
  core.summarize(text, {});
  const again = memory.buffer.byteLength;
  console.log(`memory: ${(peak / MB).toFixed(0)} MB for a ${(text.length / MB).toFixed(0)} MB text; ${(again / MB).toFixed(0)} MB after another`);
  assert.ok(peak <= 10 * text.length, `${peak} bytes for ${text.length} characters`);
  assert.ok(again <= peak + 8 * MB, `a second big call grew the memory from ${peak} to ${again} bytes`);
});
