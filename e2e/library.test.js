// The JS library (www/nutshell.js): imported by a page on one loopback origin from the asset
// host on another, in real Chromium; and imported from disk in Node.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { ARTICLE, AWS_ARTICLE, NO_AWS_ARTICLE } from './article.js';
import { foreignRequests, openHostPage, startHosts } from './hosts.js';
import { summarize as coreSummarize } from './pkg.js';
import * as library from '../www/nutshell.js';


let hosts;
before(async () => {
  hosts = await startHosts();
});
after(() => hosts?.stop());

/** A page of the host site allowed to run the asset host's scripts and WebAssembly. */
async function hostPage() {
  const assets = new URL(hosts.assets).origin;
  const csp = `default-src 'self'; script-src 'self' ${assets} 'wasm-unsafe-eval'; connect-src ${assets}`;
  return openHostPage(hosts, '<!doctype html><html lang="en"><title>A host page</title><p>Host</p></html>', { csp });
}

async function finish(page) {
  assert.deepEqual(page.problems, [], 'console errors, page errors or failed requests');
  assert.deepEqual(foreignRequests(page, [hosts.site, hosts.assets]), [], 'requests to a third origin');
  await page.context().close();
}

const INVALID = [
  [{ type: 'essay' }, 'RangeError'],
  [{ length: 'epic' }, 'RangeError'],
  [{ sentences: 0 }, 'RangeError'],
  [{ ratio: 3 }, 'RangeError'],
  [{ language: 'English' }, 'RangeError'],
  [{ sentences: 2.5 }, 'TypeError'],
  [{ words: 'many' }, 'TypeError'],
  [{ colour: 'red' }, 'TypeError'],
];

test('imported from another origin, summarize() gives the core’s Summary, and the wasm loads once', async () => {
  const page = await hostPage();
  const result = await page.evaluate(
    async ({ url, article }) => {
      const { summarize, Summarizer } = await import(url);
      const [first, second] = await Promise.all([summarize(article), summarize(article, { type: 'tldr', length: 'medium' })]);
      const summarizer = await Summarizer.create();
      await summarizer.summarize(article);
      return { first, second };
    },
    { url: `${hosts.assets}nutshell.js`, article: ARTICLE },
  );
  assert.deepEqual(result.first, coreSummarize(ARTICLE, {}));
  assert.deepEqual(result.second, coreSummarize(ARTICLE, { type: 'tldr', length: 'medium' }));
  const wasm = page.requests.filter((url) => url.endsWith('.wasm'));
  assert.deepEqual(wasm, [`${hosts.assets}pkg/nutshell_bg.wasm`], 'one fetch of the wasm, from the asset host');
  await finish(page);
});

test('in the browser, invalid options reject with a RangeError or TypeError naming the option', async () => {
  const page = await hostPage();
  const errors = await page.evaluate(
    async ({ url, cases }) => {
      const { summarize } = await import(url);
      const out = [];
      for (const [options] of cases) {
        try {
          await summarize('One sentence. Two sentences.', options);
          out.push('resolved');
        } catch (error) {
          out.push(`${error.name}: ${error.message}`);
        }
      }
      return out;
    },
    { url: `${hosts.assets}nutshell.js`, cases: INVALID },
  );
  INVALID.forEach(([options, name], i) => {
    const [key] = Object.keys(options);
    assert.match(errors[i], new RegExp(`^${name}: invalid option \`${key}\``), errors[i]);
  });
  await finish(page);
});

async function keyPointsAndHeadline(article) {
  const page = await hostPage();
  const result = await page.evaluate(
    async ({ url, article }) => {
      const { Summarizer } = await import(url);
      const keyPoints = await (await Summarizer.create({ type: 'key-points' })).summarize(article);
      const headline = await (await Summarizer.create({ type: 'headline' })).summarize(article);
      return { keyPoints, headline };
    },
    { url: `${hosts.assets}nutshell.js`, article },
  );
  const bullets = result.keyPoints.split('\n');
  assert.equal(bullets.length, 3);
  for (const bullet of bullets) assert.match(bullet, /^- \S/);
  assert.doesNotMatch(result.headline, /\n/);
  assert.ok(result.headline.split(/\s+/).length <= 12, result.headline);
  await finish(page);
  return result;
}

test('Summarizer in a page: three key-point bullets, and a headline of at most 12 words on one line', async () => {
  await keyPointsAndHeadline(ARTICLE);
});

test('the same on the AWS article, whose bullets include the $29.3 billion sentence', { skip: NO_AWS_ARTICLE }, async () => {
  const { keyPoints } = await keyPointsAndHeadline(readFileSync(AWS_ARTICLE, 'utf8'));
  assert.match(keyPoints, /\$29\.3 billion/);
});

test('in Node, the library reads the wasm from disk', async () => {
  assert.deepEqual(await library.summarize(ARTICLE, { sentences: 2 }), coreSummarize(ARTICLE, { sentences: 2 }));
  const summarizer = await library.Summarizer.create({ type: 'key-points', length: 'medium' });
  assert.equal((await summarizer.summarize(ARTICLE)).split('\n').length, 5);
  for (const [options, name] of INVALID) {
    await assert.rejects(library.summarize(ARTICLE, options), (error) => error.name === name);
  }
  await assert.rejects(library.summarize(ARTICLE, 'short'), TypeError);
  assert.equal(await library.preload(), undefined);
});
