// <nutshell-summary> in real Chromium, embedded as a third-party site would: the host page on
// one loopback origin, the widget's script on another (the asset host, scripts/serve.py).
// Every test checks the page logged no errors and asked nothing of any third origin.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { ARTICLE, AWS_ARTICLE, MARKUP, NO_AWS_ARTICLE } from './article.js';
import { foreignRequests, openHostPage, startHosts } from './hosts.js';
import { summarize } from './pkg.js';
import { longText } from './widget-text.js';


let hosts;
before(async () => {
  hosts = await startHosts();
});
after(() => hosts?.stop());

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article as a news site marks it up: the first paragraph a heading, then <p>s. */
function articleHtml(text, id = 'story') {
  const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => escapeHtml(p.trim()));
  return `<article id="${id}"><h1>${title}</h1>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>`;
}

/** The CSP a host needs: its own scripts, the asset host's, and WebAssembly (and `extra`). */
function strictCsp(wasm = true, extra = '') {
  const origin = new URL(hosts.assets).origin;
  const script = `script-src 'self' ${origin}${wasm ? " 'wasm-unsafe-eval'" : ''}`;
  return `default-src 'self'; ${script}; connect-src ${origin}; style-src 'self'; img-src 'self'${extra}`;
}

/** A host page with one widget (`attributes`) and, unless `body` is given, ARTICLE. */
function hostHtml({ attributes = 'for="story"', body = articleHtml(ARTICLE), fallback = '<p>Read the story below.</p>' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<script type="module" src="${hosts.assets}nutshell-summary.js"></script></head>
<body><nutshell-summary id="widget" ${attributes}>${fallback}</nutshell-summary>
${body}</body></html>`;
}

async function open(options = {}, csp = strictCsp()) {
  const page = await openHostPage(hosts, hostHtml(options), { csp });
  return page;
}

/** Waits until the page has recorded `count` widget events, then returns them all. */
async function events(page, count) {
  await page.waitForFunction((n) => window.widgetEvents.length >= n, count);
  return page.evaluate(() => window.widgetEvents);
}

/** What the widget's shadow root shows. */
function shown(page, selector = '#widget') {
  return page.$eval(selector, (widget) => {
    const root = widget.shadowRoot;
    return {
      sentences: [...root.querySelectorAll('[part~="sentence"]')].map((e) => e.textContent),
      facts: [...root.querySelectorAll('[part~="fact"]')].map((e) => ({ kind: e.dataset.kind, text: e.textContent, part: e.part.value })),
      list: root.querySelector('[part~="list"]')?.localName ?? null,
      message: root.querySelector('[part~="message"]')?.textContent ?? null,
      styled: root.querySelectorAll('[style]').length,
      sheets: root.adoptedStyleSheets.length,
    };
  });
}

async function finish(page, { allowCspReports = false } = {}) {
  let problems = page.problems;
  if (allowCspReports) problems = problems.filter((p) => !/Content Security Policy/.test(p));
  assert.deepEqual(problems, [], 'console errors, page errors or failed requests');
  assert.deepEqual(foreignRequests(page, [hosts.site, hosts.assets]), [], 'requests to a third origin');
  await page.context().close();
}

const texts = (summary) => summary.sentences.map((s) => s.text);

test('one script tag from another origin, under a strict CSP: the summary shows', async () => {
  const page = await open();
  const [event] = await events(page, 1);
  const view = await shown(page);
  assert.deepEqual(view.sentences, texts(summarize(ARTICLE, {})), 'the core’s three key points');
  assert.equal(view.sentences.length, 3);
  assert.equal(view.list, 'ul');
  assert.equal(view.message, null);
  assert.equal(view.styled, 0, 'no inline style attributes');
  assert.equal(view.sheets, 1, 'one adopted stylesheet');
  assert.equal(event.type, 'summarized');
  assert.deepEqual(texts(event.detail), view.sentences, 'the event’s detail is the Summary shown');
  assert.ok(event.bubbles && event.composed, 'summarized bubbles and is composed');
  const requested = new Set(page.requests.map((url) => new URL(url).origin));
  assert.deepEqual(requested, new Set([new URL(hosts.site).origin, new URL(hosts.assets).origin]));
  assert.ok(page.requests.some((url) => url.startsWith(`${hosts.assets}pkg/nutshell_bg.wasm`)));
  await finish(page);
});

test('the AWS article: three sentences including the $29.3 billion one', { skip: NO_AWS_ARTICLE }, async () => {
  const article = readFileSync(AWS_ARTICLE, 'utf8');
  const page = await open({ body: articleHtml(article) });
  await events(page, 1);
  const view = await shown(page);
  assert.equal(view.sentences.length, 3);
  assert.ok(view.sentences.some((s) => s.includes('$29.3 billion')), view.sentences.join('\n'));
  await finish(page);
});

test('a CSP without wasm-unsafe-eval: a short message, an error event, nothing uncaught', async () => {
  const page = await open({}, strictCsp(false));
  const [event] = await events(page, 1);
  assert.equal(event.type, 'error');
  assert.equal(event.bubbles, false);
  assert.match(event.message, /Summary unavailable/);
  const view = await shown(page);
  assert.match(view.message, /Content Security Policy/);
  assert.deepEqual(view.sentences, []);
  assert.ok(!page.problems.some((p) => p.startsWith('page error')), page.problems.join('\n'));
  await finish(page, { allowCspReports: true });
});

test('attributes and properties mirror each other, with the documented defaults', async () => {
  const page = await open();
  await events(page, 1);
  const result = await page.$eval('#widget', (widget) => {
    const defaults = { for: widget.for, htmlFor: widget.htmlFor, type: widget.type, length: widget.length, sentences: widget.sentences };
    widget.removeAttribute('for');
    const noFor = widget.for;
    widget.type = 'tldr';
    widget.length = 'long';
    widget.sentences = 2;
    widget.htmlFor = 'story';
    const attributes = ['for', 'type', 'length', 'sentences'].map((name) => widget.getAttribute(name));
    widget.setAttribute('sentences', '4');
    widget.setAttribute('type', 'headline');
    const properties = [widget.sentences, widget.type];
    widget.sentences = null;
    return { defaults, noFor, attributes, properties, cleared: widget.hasAttribute('sentences') };
  });
  assert.deepEqual(result.defaults, { for: 'story', htmlFor: 'story', type: 'key-points', length: 'short', sentences: null });
  assert.equal(result.noFor, '');
  assert.deepEqual(result.attributes, ['story', 'tldr', 'long', '2']);
  assert.deepEqual(result.properties, [4, 'headline']);
  assert.equal(result.cleared, false);
  await finish(page);
});

test('several changes in one task make one update', async () => {
  const page = await open();
  await events(page, 1);
  await page.$eval('#widget', (widget) => {
    widget.type = 'tldr';
    widget.length = 'medium';
    widget.setAttribute('sentences', '2');
    widget.sentences = 2; // no change: no update
  });
  const all = await events(page, 2);
  await page.waitForTimeout(100); // room for a (wrong) second update to arrive
  assert.equal((await page.evaluate(() => window.widgetEvents.length)), 2, 'one update for three changes');
  assert.deepEqual(texts(all[1].detail), texts(summarize(ARTICLE, { type: 'tldr', length: 'medium', sentences: 2 })));
  assert.equal((await shown(page)).sentences.length, 2);
  await finish(page);
});

test('editing the source element re-summarises, once per edit', async () => {
  const page = await open();
  const [first] = await events(page, 1);
  // The most important paragraph goes: its sentence must leave the summary.
  const lead = first.detail.sentences[0].text;
  await page.evaluate((lead) => {
    const paragraph = [...document.querySelectorAll('#story p')].find((p) => p.textContent.includes(lead.slice(0, 40)));
    paragraph.remove();
  }, lead);
  const [, second] = await events(page, 2);
  assert.ok(!texts(second.detail).includes(lead), 'the removed sentence is gone');
  // A text edit inside a paragraph (characterData) counts too.
  await page.evaluate(() => {
    const text = document.querySelector('#story p').firstChild;
    text.data = `The Easterby depot will close for good on October 1, the company said. ${text.data}`;
  });
  const all = await events(page, 3);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.widgetEvents.length), 3, 'one update per edit');
  assert.ok(all[2].detail.stats.words > second.detail.stats.words);
  await finish(page);
});

test('facts in the summary are parts with their kind', async () => {
  const page = await open();
  const [event] = await events(page, 1);
  const view = await shown(page);
  const summary = event.detail;
  const expected = summary.sentences.flatMap((s) =>
    s.facts
      .map((i) => summary.facts[i])
      .sort((a, b) => a.startUtf16 - b.startUtf16)
      .map((f) => ({ kind: f.kind, text: f.text, part: `fact fact-${f.kind}` })),
  );
  assert.ok(view.facts.length > 0);
  assert.deepEqual(view.facts, expected, 'each fact of each summary sentence, marked with its kind');
  assert.ok(view.facts.some((f) => f.kind === 'money' && f.text === '$86 million'), JSON.stringify(view.facts));
  await finish(page);
});

test('the host themes the widget with custom properties and ::part', async () => {
  const css = `nutshell-summary { --nutshell-fact-background: rgb(255, 0, 0); --nutshell-color: rgb(0, 0, 255); }
nutshell-summary::part(sentence) { letter-spacing: 3px; }
nutshell-summary::part(fact-money) { text-decoration-line: underline; }`;
  const page = await openHostPage(hosts, hostHtml().replace('</head>', '<link rel="stylesheet" href="theme.css"></head>'), {
    csp: strictCsp(),
    files: { 'theme.css': { type: 'text/css', body: css } },
  });
  await events(page, 1);
  const styles = await page.$eval('#widget', (widget) => {
    const sentence = widget.shadowRoot.querySelector('[part~="sentence"]');
    const fact = widget.shadowRoot.querySelector('[part~="fact"]');
    const decoration = (kind) =>
      [...widget.shadowRoot.querySelectorAll(`[data-kind="${kind}"]`)].map((e) => getComputedStyle(e).textDecorationLine);
    return {
      color: getComputedStyle(sentence).color,
      spacing: getComputedStyle(sentence).letterSpacing,
      fact: fact ? getComputedStyle(fact).backgroundColor : null,
      money: decoration('money'),
      dates: decoration('date'),
    };
  });
  assert.equal(styles.color, 'rgb(0, 0, 255)');
  assert.equal(styles.spacing, '3px');
  assert.equal(styles.fact, 'rgb(255, 0, 0)', 'a fact, themed');
  assert.ok(styles.money.length > 0 && styles.money.every((d) => d === 'underline'), 'money facts, by kind');
  assert.ok(styles.dates.length > 0 && styles.dates.every((d) => d === 'none'), 'other kinds untouched');
  await finish(page);
});

test('without `for`, the widget summarises its own text, which stays as the fallback', async () => {
  const fallback = ARTICLE.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const page = await open({ attributes: 'sentences="2"', body: '', fallback });
  const [event] = await events(page, 1);
  assert.deepEqual((await shown(page)).sentences, texts(summarize(ARTICLE, { sentences: 2 })));
  assert.equal(event.detail.sentences.length, 2);
  assert.match(await page.$eval('#widget', (w) => w.textContent), /Northwind Rail said on Thursday/);
  await finish(page);
});

test('markup in the article is shown as text and runs nothing', async () => {
  const page = await open({ body: articleHtml(`Security notice\n\n${MARKUP}`) });
  await events(page, 1);
  const result = await page.$eval('#widget', (widget) => ({
    pwned: window.__pwned ?? null,
    elements: [...widget.shadowRoot.querySelectorAll('img, script, svg')].length,
    text: widget.shadowRoot.textContent,
  }));
  assert.equal(result.pwned, null);
  assert.equal(result.elements, 0);
  assert.match(result.text, /<img src=x onerror=/);
  await finish(page);
});

test('an invalid attribute shows what is wrong and fires error; fixing it recovers', async () => {
  const page = await open({ attributes: 'for="story" sentences="0"' });
  const [failed] = await events(page, 1);
  assert.equal(failed.type, 'error');
  assert.match(failed.error, /^RangeError: .*`sentences`/);
  assert.match((await shown(page)).message, /`sentences`/);
  await page.$eval('#widget', (widget) => (widget.sentences = 3));
  const [, fixed] = await events(page, 2);
  assert.equal(fixed.type, 'summarized');
  assert.equal((await shown(page)).sentences.length, 3);
  await finish(page);
});

test('created by script, by createElement and by new; a second copy of the script is harmless', async () => {
  const page = await open();
  await events(page, 1);
  const result = await page.evaluate(async (assets) => {
    await import(`${assets}nutshell-summary.js?copy=2`); // another module instance: must not throw
    const Widget = customElements.get('nutshell-summary');
    const made = [document.createElement('nutshell-summary'), new Widget()];
    made.forEach((widget, i) => {
      widget.id = `made-${i}`;
      widget.htmlFor = 'story';
      widget.type = 'headline';
      document.body.append(widget);
    });
    return { name: Widget.name, same: Widget.define() === Widget };
  }, hosts.assets);
  assert.deepEqual(result, { name: 'NutshellSummaryElement', same: true });
  const all = await events(page, 3);
  const headline = texts(summarize(ARTICLE, { type: 'headline' }));
  for (const id of ['made-0', 'made-1']) {
    assert.deepEqual(texts(all.find((e) => e.id === id).detail), headline, id);
    assert.deepEqual((await shown(page, `#${id}`)).sentences, headline, id);
  }
  await finish(page);
});

test('embed.html, the demo page, shows its summary', async () => {
  const page = await openHostPage(hosts, '<!doctype html><title>blank</title>');
  await page.goto(`${hosts.assets}embed.html`);
  await page.waitForFunction(() => document.querySelector('nutshell-summary')?.summary != null);
  const sentences = await page.$eval('nutshell-summary', (w) =>
    [...w.shadowRoot.querySelectorAll('[part~="sentence"]')].map((e) => e.textContent),
  );
  assert.equal(sentences.length, 3);
  assert.ok(sentences.some((s) => s.includes('$640 million')), sentences.join('\n'));
  await finish(page);
});

/**
 * A host page over a text above the worker threshold, long enough (3 MB) to be read in several
 * slices, each streamed to the worker if one runs: resolves to what the widget read, its
 * event's summary (sentences, stats, fact count) and the requests of the page and its workers.
 */
async function openLong(csp) {
  // Hidden, so the host's own layout of 3 MB of text is not counted against the widget.
  const body = articleHtml(longText(LONG_LENGTH)).replace('<article id="story">', '<article id="story" hidden>');
  const page = await openHostPage(hosts, hostHtml({ body }), { csp });
  const everything = [];
  page.context().on('request', (request) => everything.push(request.url())); // workers' too
  await page.waitForFunction(() => window.widgetEvents.length >= 1, null, { timeout: 60_000 });
  const result = await page.evaluate(async (assets) => {
    const { textOf } = await import(`${assets}nutshell-summary-element.js`);
    const [{ type, detail }] = window.widgetEvents;
    return {
      type,
      text: textOf(document.querySelector('#story')),
      sentences: detail?.sentences.map((s) => s.text),
      stats: detail?.stats,
      factCount: detail?.facts.length,
      shown: [...document.querySelector('#widget').shadowRoot.querySelectorAll('[part~="sentence"]')].map((e) => e.textContent),
      progress: document.querySelector('#widget').shadowRoot.querySelector('[part~="progress"]'),
      // Long tasks once the page was parsed (parsing 3 MB of HTML is the host's work); the
      // widget's module runs after that.
      longest: await new Promise((resolve) => {
        const parsed = performance.getEntriesByType('navigation')[0].domInteractive;
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const widgets = list.getEntries().filter((task) => task.startTime >= parsed);
          resolve(Math.max(0, ...widgets.map((task) => task.duration)));
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(0), 500); // no long task at all
      }),
    };
  }, hosts.assets);
  return { page, result, requests: everything };
}

const LONG_LENGTH = 3_000_000;

function assertSummaryOf(result) {
  const expected = summarize(result.text, {});
  assert.equal(result.type, 'summarized');
  assert.ok(result.text.length >= LONG_LENGTH);
  assert.deepEqual(result.sentences, texts(expected));
  assert.deepEqual(result.shown, texts(expected));
  assert.deepEqual(result.stats, expected.stats);
  assert.equal(result.factCount, expected.facts.length, 'the whole Summary, every fact');
  assert.equal(result.progress, null, 'no progress note left');
}

test('a long text from another origin, host CSP without blob: workers: summarised on the main thread', async () => {
  const { page, result, requests } = await openLong(strictCsp());
  assertSummaryOf(result);
  console.log(`long text, main thread: longest task ${Math.round(result.longest)} ms`);
  assert.ok(!requests.some((url) => url.endsWith('/summary-worker.js')), 'no worker ran');
  assert.ok(!page.problems.some((p) => p.startsWith('page error')), page.problems.join('\n'));
  // The refused blob: worker is reported (once: the next long text does not try again), not thrown.
  await page.$eval('#widget', (widget) => (widget.sentences = 2));
  await page.waitForFunction(() => window.widgetEvents.length >= 2, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.widgetEvents[1].detail.sentences.length), 2);
  assert.equal(page.problems.length, 1, page.problems.join('\n'));
  assert.match(page.problems[0], /worker from 'blob:.*Content Security Policy/);
  await finish(page, { allowCspReports: true });
});

test('a long text from another origin, host CSP allowing blob: workers: summarised in a worker', async () => {
  // A module worker's imports count as the worker's own script: worker-src names the asset host.
  const { page, result, requests } = await openLong(strictCsp(true, `; worker-src blob: ${new URL(hosts.assets).origin}`));
  assertSummaryOf(result);
  console.log(`long text, worker: longest task ${Math.round(result.longest)} ms`);
  // Summarising 3 MB on the main thread blocks it for over a second (the test above): the worker
  // ran. (The 100 ms bound itself is widget-long.test.js's, on a quiet same-origin page.)
  assert.ok(result.longest < 500, `the main thread blocked for ${result.longest} ms: the worker did not run`);
  assert.ok(requests.includes(`${hosts.assets}summary-worker.js`), 'the worker module came from the asset host');
  await finish(page);
});

test('textOf reads blocks, line breaks and leaves as before, skipping scripts, hidden parts and widgets', async () => {
  const page = await open();
  await events(page, 1);
  const result = await page.evaluate(async (assets) => {
    const { textOf } = await import(`${assets}nutshell-summary-element.js`);
    // The reading before slicing (a stack of nodes), kept here as the reference.
    const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'canvas', 'select', 'button']);
    const BLOCKS = new Set(['div', 'p', 'h1', 'h2', 'li', 'ul', 'section', 'blockquote', 'td', 'tr', 'table', 'pre']);
    const BREAK = Symbol('break');
    const reference = (root) => {
      let text = '';
      const stack = [...root.childNodes].reverse();
      while (stack.length > 0) {
        const node = stack.pop();
        if (node === BREAK) text += '\n\n';
        else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) text += node.data;
        else if (node.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(node.localName) && node.localName !== 'nutshell-summary' && node.hidden !== true) {
          if (node.localName === 'br') text += '\n';
          if (BLOCKS.has(node.localName)) {
            text += '\n\n';
            stack.push(BREAK);
          }
          for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
        }
      }
      return text;
    };
    const root = document.createElement('div');
    root.innerHTML = `Loose text <b>bold</b><p>One <i>two <u>three</u></i> four.<br>Line two.</p>
      <section><h2>Head</h2><div><p>Deep <span>inside</span></p><p></p></div><ul><li>A</li><li>B <em>b</em></li></ul></section>
      <p hidden>Hidden.</p><script>var x = 1;</script><style>p {}</style><nutshell-summary>Nested widget.</nutshell-summary>
      <table><tr><td>Cell 1</td><td>Cell <br>2</td></tr></table><pre>  pre   text </pre><!-- a comment --><div>Tail<p>end</p>after</div>`;
    return { read: textOf(root), expected: reference(root) };
  }, hosts.assets);
  assert.equal(result.read, result.expected);
  assert.match(result.read, /Line two\./);
  assert.doesNotMatch(result.read, /Hidden|var x|Nested widget|comment/);
  await finish(page);
});
