// <nutshell-summary> over a 20 MB source in real Chromium (a same-origin embed: the demo page,
// www/embed.html, under its strict CSP). Above the threshold the widget summarises in a Web
// Worker with a progress note, and a long-task observer checks that the host page's main thread
// never blocks for more than 100 ms: not while reading the source, not while the worker runs,
// not while the 460 000-fact Summary comes back, not while rendering it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launch, openPage, watchMainThread, worstFrames } from './browser.js';
import { summarize } from './pkg.js';
import { startServer } from './server.js';
import { longParagraphs, PARAGRAPHS } from './widget-text.js';

const LONG_TASK_LIMIT_MS = 100;
const TARGET_LENGTH = 20_000_000;

let server;
let browser;
let origin;

before(async () => {
  server = await startServer();
  origin = new URL(server.url).origin;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * embed.html with its summary shown, long-task and long-animation-frame observers running and
 * every request recorded.
 */
async function demoPage() {
  const page = await openPage(browser, `${server.url}embed.html`);
  page.setDefaultTimeout(30_000);
  page.context().on('request', (request) => page.requests.push(request.url())); // the worker's too
  await page.waitForFunction(() => document.querySelector('nutshell-summary')?.summary != null);
  await watchMainThread(page);
  await page.evaluate(() => {
    window.summarized = [];
    const widget = document.querySelector('nutshell-summary');
    new MutationObserver(() => {
      if (/MB/.test(widget.shadowRoot.querySelector('[part~="progress"]')?.textContent)) window.progressAt ??= performance.now();
    }).observe(widget.shadowRoot, { childList: true });
    widget.addEventListener('summarized', ({ detail }) => {
      window.summarized.push({ at: performance.now(), detail });
    });
  });
  return page;
}

/**
 * Builds, in the page, a hidden <div id="long"> of `length` characters of paragraphs, or with
 * `field` a hidden <textarea id="long"> holding them (the test's work, not the widget's: it
 * happens first, off the document), then in one task puts it in the document and points the
 * widget at it. Resolves to that task's interval, and how long the widget's own part of it
 * took: starting to read the source, showing progress and posting the first part to the worker
 * (it runs in a microtask queued by the `for` change, before ours).
 */
async function pointAtLong(page, length, { field = false } = {}) {
  await page.evaluate(
    ({ source, paragraphs, length, field }) => {
      const longParagraphs = new Function(`return (${source})`)();
      const parts = longParagraphs(length, paragraphs);
      const element = document.createElement(field ? 'textarea' : 'div');
      element.id = 'long';
      element.hidden = true; // the host's own layout of 20 MB of text is not the widget's to measure
      if (field) element.value = parts.join('\n\n');
      else for (const text of parts) element.append(Object.assign(document.createElement('p'), { textContent: text }));
      window.longSource = element;
      globalThis.gc?.(); // the building's garbage is the test's, not the widget's to pause on
    },
    { source: longParagraphs.toString(), paragraphs: PARAGRAPHS, length, field },
  );
  await page.waitForTimeout(500); // let the building's own long task pass
  return page.evaluate(async () => {
    window.longTasks.length = 0;
    window.longFrames.length = 0;
    const widget = document.querySelector('nutshell-summary');
    const start = performance.now();
    document.body.append(window.longSource);
    widget.htmlFor = 'long';
    const set = performance.now();
    await null; // after the widget's update microtask
    const end = performance.now();
    return { start, end, setting: set - start, widget: end - set };
  });
}

/** A 32-bit FNV-1a hash of a string's UTF-16 code units: the same in Node and in the page. */
function digest(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** What the widget's shadow root shows. */
function shown(page) {
  return page.$eval('nutshell-summary', (widget) => {
    const root = widget.shadowRoot;
    const progress = root.querySelector('[part~="progress"]');
    return {
      sentences: [...root.querySelectorAll('[part~="sentence"]')].map((e) => e.textContent),
      progress: progress && { text: progress.textContent, role: progress.getAttribute('role') },
      busy: root.querySelector('[part~="summary"]')?.getAttribute('aria-busy') ?? null,
      state: widget.matches(':state(busy)'),
      styled: root.querySelectorAll('[style]').length,
    };
  });
}

test('a 20 MB source element is summarised in a worker without long tasks on the main thread', async () => {
  const parts = longParagraphs(TARGET_LENGTH);
  await summarisesLong(parts.map((p) => `\n\n${p}\n\n`).join(''), { field: false }); // as the widget reads <p>s
});

test('a 20 MB text field is summarised in a worker without long tasks on the main thread', async () => {
  await summarisesLong(longParagraphs(TARGET_LENGTH).join('\n\n'), { field: true });
});

/** The widget over TARGET_LENGTH characters of `text`, in a <div> of <p>s or a <textarea>. */
async function summarisesLong(text, { field }) {
  const page = await demoPage();
  const before = page.requests.length;
  const pointing = await pointAtLong(page, TARGET_LENGTH, { field });

  // Progress shows, in the shadow root, while the source is read and the worker runs (the
  // length once read); the old summary is marked busy.
  await page.waitForFunction(() =>
    /MB/.test(document.querySelector('nutshell-summary').shadowRoot.querySelector('[part~="progress"]')?.textContent),
  );
  const busy = await shown(page);
  assert.deepEqual(busy.progress, { text: 'Summarizing 20 MB…', role: 'status' });
  assert.equal(busy.busy, 'true');
  assert.equal(busy.state, true, ':state(busy) on the host');
  assert.equal(busy.sentences.length, 3, 'the previous summary stays meanwhile');

  await page.waitForFunction(() => window.summarized.length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(1000); // any long task the rendering caused is reported by now
  const result = await page.evaluate((digestSource) => {
    const { at, detail } = window.summarized[0];
    const facts = detail.facts;
    const digest = new Function(`return (${digestSource})`)();
    return {
      factsDigest: digest(JSON.stringify(facts)),
      at,
      count: window.summarized.length,
      sentences: detail.sentences.map((s) => s.text),
      stats: detail.stats,
      factCount: facts.length,
      someFacts: [0, 1, Math.floor(facts.length / 2), facts.length - 1].map((i) => facts[i]),
      same: detail === document.querySelector('nutshell-summary').summary,
      tasks: window.longTasks,
      frames: window.longFrames,
      progressAt: window.progressAt,
      keys: Object.keys(detail),
    };
  }, digest.toString());
  const view = await shown(page);

  // The task that put the 20 MB in the document is the host's: leave out only long tasks that
  // overlap it, but hold the widget's own part of that task to the same limit.
  const overlaps = (task) => task.start < pointing.end && task.start + task.duration > pointing.start;
  const others = result.tasks.filter((task) => !overlaps(task));
  const longest = Math.max(0, ...others.map((task) => task.duration));
  const pointingTask = Math.max(0, ...result.tasks.filter(overlaps).map((task) => task.duration));
  console.log(
    `widget, 20 MB ${field ? 'text field' : 'source element'}: summarized after ${((result.at - pointing.end) / 1000).toFixed(1)} s; longest main-thread task ` +
      `${Math.round(longest)} ms (${others.length} long tasks besides the one that set the source: ${pointingTask ? `${Math.round(pointingTask)} ms` : 'not long'}, ` +
      `of which inserting the 20 MB ${Math.round(pointing.setting)} ms and the widget's part, reading a first slice and posting it, ${Math.round(pointing.widget)} ms); ` +
      `${result.factCount} facts in the event's detail`,
  );
  const when = (t) => `+${Math.round(t - pointing.end)}`;
  console.log(
    `  (source read by ${when(result.progressAt)} ms, summarized at ${when(result.at)} ms; long tasks: ` +
      `${others.map((task) => `${when(task.start)} ms for ${Math.round(task.duration)} ms`).join(', ') || 'none'})`,
  );
  // Rendering steps included, from the setting of the source on (the host's 20 MB is hidden).
  const frames = worstFrames(result.frames);
  console.log(`  (${frames.line})`);
  assert.ok(longest <= LONG_TASK_LIMIT_MS, `long tasks after the source was set: ${JSON.stringify(others)}`);
  assert.ok(frames.blocking <= LONG_TASK_LIMIT_MS && frames.rendering <= LONG_TASK_LIMIT_MS, `long animation frames: ${JSON.stringify(result.frames)}`);
  assert.ok(pointing.widget <= LONG_TASK_LIMIT_MS, `the widget's part of the setting task: ${pointing.widget} ms`);

  // The event's detail is the core's whole Summary for the text the widget read, facts and all.
  const expected = summarize(text, {});
  assert.equal(result.count, 1);
  assert.deepEqual(result.keys, Object.keys(expected), 'the Summary’s keys, in the core’s order');
  assert.deepEqual(result.sentences, expected.sentences.map((s) => s.text));
  assert.deepEqual(result.stats, expected.stats);
  assert.equal(result.factCount, expected.facts.length);
  const at = [0, 1, Math.floor(expected.facts.length / 2), expected.facts.length - 1];
  assert.deepEqual(result.someFacts, at.map((i) => expected.facts[i]));
  assert.equal(result.factsDigest, digest(JSON.stringify(expected.facts)), 'every fact, its keys in order');
  assert.ok(result.same, 'the summary property is the Summary the event carried');

  // The summary shows; the progress note and the busy marks are gone.
  assert.deepEqual(view.sentences, expected.sentences.map((s) => s.text));
  assert.deepEqual({ progress: view.progress, busy: view.busy, state: view.state, styled: view.styled }, { progress: null, busy: null, state: false, styled: 0 });

  // Its work done, the worker is stopped, and its memory freed with it.
  for (let waited = 0; page.workers().length > 0 && waited < 5000; waited += 100) await page.waitForTimeout(100);
  assert.deepEqual(page.workers().map((worker) => worker.url()), [], 'no worker left running');

  // The worker came from the page's own origin; nothing else was fetched.
  const paths = [...new Set(page.requests.slice(before).map((url) => new URL(url).pathname))].sort();
  assert.deepEqual(paths, ['/core.js', '/pkg/nutshell.js', '/pkg/nutshell_bg.wasm', '/summary-worker.js'], 'requests after pointing');
  assert.deepEqual(page.requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
}

test('a newer change supersedes a long text still being summarised', async () => {
  const length = 3_000_000;
  const text = longParagraphs(length).map((p) => `\n\n${p}\n\n`).join('');
  const page = await demoPage();
  const story = await page.$eval('nutshell-summary', (widget) => widget.summary.sentences.map((s) => s.text));
  const progressShows = () => page.waitForFunction(() => document.querySelector('nutshell-summary').shadowRoot.querySelector('[part~="progress"]'));
  const settled = async (count) => {
    await page.waitForFunction((n) => window.summarized.length >= n, count, { timeout: 60_000 });
    await page.waitForTimeout(3000); // long enough for a superseded summary to have arrived
    return page.evaluate(() => window.summarized.map(({ detail }) => detail.sentences.map((s) => s.text)));
  };

  // An attribute change while the worker runs: the long text again, with the new option.
  await pointAtLong(page, length);
  await progressShows();
  await page.$eval('nutshell-summary', (widget) => (widget.sentences = 2));
  let events = await settled(1);
  assert.deepEqual(events, [summarize(text, { sentences: 2 }).sentences.map((s) => s.text)], 'one update, the newest');

  // Pointing back at the short story while the worker runs: the story's summary, and only it.
  await page.$eval('nutshell-summary', (widget) => widget.removeAttribute('sentences'));
  await progressShows();
  await page.$eval('nutshell-summary', (widget) => (widget.htmlFor = 'story'));
  events = await settled(2);
  assert.equal(events.length, 2, 'the superseded long summary never arrives');
  assert.deepEqual(events[1], story);
  const view = await shown(page);
  assert.deepEqual({ sentences: view.sentences, progress: view.progress, busy: view.busy }, { sentences: story, progress: null, busy: null });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an invalid option for a long text: the core’s message and an error event, from the worker', async () => {
  const page = await demoPage();
  await page.evaluate(() => {
    window.errors = [];
    document.querySelector('nutshell-summary').addEventListener('error', (event) => {
      window.errors.push(`${event.error?.name}: ${event.message}`);
    });
  });
  await pointAtLong(page, 1_000_000);
  await page.$eval('nutshell-summary', (widget) => widget.setAttribute('sentences', '0'));
  await page.waitForFunction(() => window.errors.length > 0, null, { timeout: 60_000 });
  const errors = await page.evaluate(() => window.errors);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^RangeError: .*`sentences`/);
  const message = await page.$eval('nutshell-summary', (w) => w.shadowRoot.querySelector('[part~="message"]')?.textContent);
  assert.match(message, /`sentences`/);
  assert.equal((await shown(page)).progress, null);
  assert.ok(page.requests.some((url) => url.endsWith('/summary-worker.js')), 'the worker answered');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
