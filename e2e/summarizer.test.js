// Nutshell's Summarizer (www/summarizer.js, exported by nutshell.js) against the behaviour of
// Chrome's Summarizer API, in real Chromium — including the polyfill over this Chromium's own
// Summarizer, which exists but is "unavailable" (no model).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ARTICLE } from './article.js';
import { foreignRequests, openHostPage, startHosts } from './hosts.js';
import { summarize as coreSummarize } from './pkg.js';

let hosts;
before(async () => {
  hosts = await startHosts();
});
after(() => hosts?.stop());

/** A fresh page with the library loaded as `window.nutshell` (and ARTICLE as `window.article`). */
async function libraryPage() {
  const assets = new URL(hosts.assets).origin;
  const csp = `default-src 'self'; script-src 'self' ${assets} 'wasm-unsafe-eval'; connect-src ${assets}`;
  const page = await openHostPage(hosts, '<!doctype html><html lang="en"><title>Summarizer</title></html>', { csp });
  await page.evaluate(
    async ({ url, article }) => {
      window.nutshell = await import(url);
      window.article = article;
      // Runs `action` and describes how it settled: the value, or the error's name and message.
      window.settle = async (action) => {
        try {
          return { value: await action() };
        } catch (error) {
          return { error: error?.name ?? String(error), message: error?.message, same: error === window.expected };
        }
      };
    },
    { url: `${hosts.assets}nutshell.js`, article: ARTICLE },
  );
  return page;
}

async function finish(page) {
  assert.deepEqual(page.problems, [], 'console errors, page errors or failed requests');
  assert.deepEqual(foreignRequests(page, [hosts.site, hosts.assets]), [], 'requests to a third origin');
  await page.context().close();
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

test('the shape of Chrome’s Summarizer: the same members as this Chromium’s own', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const ours = nutshell.Summarizer;
    const members = (proto) => Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor').sort();
    const native = window.Summarizer ? members(window.Summarizer.prototype) : null;
    const instance = await ours.create({ sharedContext: 'Rail news', expectedInputLanguages: ['EN-us'], outputLanguage: 'en' });
    return {
      native,
      ours: members(ours.prototype),
      statics: [typeof ours.create, typeof ours.availability],
      tag: Object.prototype.toString.call(instance),
      getters: {
        type: instance.type,
        format: instance.format,
        length: instance.length,
        preference: instance.preference,
        sharedContext: instance.sharedContext,
        expectedInputLanguages: instance.expectedInputLanguages,
        frozen: Object.isFrozen(instance.expectedInputLanguages),
        expectedContextLanguages: instance.expectedContextLanguages,
        outputLanguage: instance.outputLanguage,
        inputQuota: instance.inputQuota === Infinity,
      },
      usage: await instance.measureInputUsage(article),
      empty: await instance.summarize('   \n '),
      constructed: await settle(() => new ours()),
    };
  });
  if (result.native) {
    const missing = result.native.filter((name) => !result.ours.includes(name));
    assert.deepEqual(missing, [], 'members of the native Summarizer that ours lacks');
  }
  assert.deepEqual(result.statics, ['function', 'function']);
  assert.equal(result.tag, '[object Summarizer]');
  assert.deepEqual(result.getters, {
    type: 'key-points',
    format: 'markdown',
    length: 'short',
    preference: 'auto',
    sharedContext: 'Rail news',
    expectedInputLanguages: ['en-US'],
    frozen: true,
    expectedContextLanguages: null,
    outputLanguage: 'en',
    inputQuota: true,
  });
  assert.equal(result.usage, 0);
  assert.equal(result.empty, '');
  assert.equal(result.constructed.error, 'TypeError');
  await finish(page);
});

test('availability(), and create() rejecting invalid options as Chrome does', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const { Summarizer } = nutshell;
    const cases = {
      available: () => Summarizer.availability(),
      sameLanguage: () => Summarizer.availability({ expectedInputLanguages: ['en-GB'], outputLanguage: 'en' }),
      translation: () => Summarizer.availability({ expectedInputLanguages: ['en'], outputLanguage: 'fr' }),
      badType: () => Summarizer.availability({ type: 'essay' }),
      badTag: () => Summarizer.availability({ expectedInputLanguages: ['not a tag!'] }),
      notObject: () => Summarizer.create(5),
      badLength: () => Summarizer.create({ length: 'epic' }),
      badFormat: () => Summarizer.create({ format: 'html' }),
      badMonitor: () => Summarizer.create({ monitor: 5 }),
      badSignal: () => Summarizer.create({ signal: 5 }),
      badLanguages: () => Summarizer.create({ expectedContextLanguages: 'en' }),
      badOutputTag: () => Summarizer.create({ outputLanguage: 'x y' }),
      unsupported: () => Summarizer.create({ expectedInputLanguages: ['en'], outputLanguage: 'ja' }),
    };
    const out = {};
    for (const [name, action] of Object.entries(cases)) out[name] = await settle(action);
    return out;
  });
  assert.equal(result.available.value, 'available');
  assert.equal(result.sameLanguage.value, 'available');
  assert.equal(result.translation.value, 'unavailable');
  const expectations = {
    badType: ['TypeError', /'type'.*SummarizerType/],
    badTag: ['RangeError', /Invalid language tag: not a tag!/],
    notObject: ['TypeError', /SummarizerCreateOptions/],
    badLength: ['TypeError', /'length'/],
    badFormat: ['TypeError', /'format'/],
    badMonitor: ['TypeError', /'monitor'.*not a function/],
    badSignal: ['TypeError', /'signal'.*AbortSignal/],
    badLanguages: ['TypeError', /'expectedContextLanguages'/],
    badOutputTag: ['RangeError', /Invalid language tag: x y/],
    unsupported: ['NotSupportedError', /does not translate/],
  };
  for (const [name, [error, message]] of Object.entries(expectations)) {
    assert.equal(result[name].error, error, name);
    assert.match(result[name].message, message, name);
  }
  await finish(page);
});

test('each type × length: bullets, paragraphs and headlines of the right size', async () => {
  const page = await libraryPage();
  const outputs = await page.evaluate(async () => {
    const out = [];
    for (const type of ['key-points', 'tldr', 'teaser', 'headline']) {
      for (const length of ['short', 'medium', 'long']) {
        for (const format of ['markdown', 'plain-text']) {
          const summarizer = await nutshell.Summarizer.create({ type, length, format });
          out.push({ type, length, format, text: await summarizer.summarize(article, { context: 'A rail operator' }) });
        }
      }
    }
    return out;
  });
  const counts = { short: 0, medium: 1, long: 2 };
  for (const { type, length, format, text } of outputs) {
    const label = `${type} ${length} ${format}`;
    const sentences = coreSummarize(ARTICLE, { type, length }).sentences.map((s) => s.text);
    if (type === 'key-points') {
      const lines = text.split('\n');
      assert.equal(lines.length, [3, 5, 7][counts[length]], label);
      const bullet = format === 'markdown' ? '- ' : '';
      assert.deepEqual(lines, sentences.map((s) => bullet + s), label);
    } else if (type === 'headline') {
      assert.doesNotMatch(text, /\n/, label);
      assert.ok(words(text) <= [12, 17, 22][counts[length]], `${label}: ${text}`);
      assert.equal(text, sentences[0], label);
    } else {
      assert.doesNotMatch(text, /\n/, `${label}: one paragraph`);
      assert.equal(sentences.length, [1, 3, 5][counts[length]], label);
      assert.equal(text, sentences.join(' '), label);
    }
  }
  await finish(page);
});

test('summarizeStreaming(): string chunks that add up to summarize()', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const out = [];
    for (const type of ['key-points', 'tldr', 'headline']) {
      const summarizer = await nutshell.Summarizer.create({ type, length: 'medium' });
      const stream = summarizer.summarizeStreaming(article);
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      out.push({ type, isStream: stream instanceof ReadableStream, chunks, whole: await summarizer.summarize(article) });
    }
    return out;
  });
  for (const { type, isStream, chunks, whole } of result) {
    assert.ok(isStream, type);
    assert.ok(chunks.every((c) => typeof c === 'string' && c.length > 0), type);
    assert.equal(chunks.join(''), whole, type);
  }
  assert.equal(result[0].chunks.length, 5, 'one chunk per key point');
  assert.equal(result[1].chunks.length, 3, 'one chunk per sentence');
  await finish(page);
});

test('abort: an aborted signal rejects with AbortError, or with its own reason', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const { Summarizer } = nutshell;
    const summarizer = await Summarizer.create();
    const aborted = AbortSignal.abort();
    const out = {};
    out.createAborted = await settle(() => Summarizer.create({ signal: aborted }));
    out.summarizeAborted = await settle(() => summarizer.summarize(article, { signal: aborted }));
    out.measureAborted = await settle(() => summarizer.measureInputUsage(article, { signal: aborted }));
    out.streamAborted = await settle(async () => summarizer.summarizeStreaming(article, { signal: aborted }));
    const controller = new AbortController();
    const pending = summarizer.summarize(article, { signal: controller.signal });
    controller.abort();
    out.abortedWhilePending = await settle(() => pending);
    const streamController = new AbortController();
    const stream = summarizer.summarizeStreaming(article, { signal: streamController.signal });
    streamController.abort();
    out.streamAbortedWhileReading = await settle(() => stream.pipeTo(new WritableStream()));
    window.expected = new Error('the reader left');
    const reasoned = new AbortController();
    const withReason = summarizer.summarize(article, { signal: reasoned.signal });
    reasoned.abort(window.expected);
    out.ownReason = await settle(() => withReason);
    // Aborting create()'s signal later ends the summarizer too.
    const lifetime = new AbortController();
    const bound = await Summarizer.create({ signal: lifetime.signal });
    lifetime.abort(window.expected);
    out.createSignalLater = await settle(() => bound.summarize(article));
    return out;
  });
  for (const name of ['createAborted', 'summarizeAborted', 'measureAborted', 'streamAborted', 'abortedWhilePending', 'streamAbortedWhileReading']) {
    assert.equal(result[name].error, 'AbortError', name);
  }
  assert.ok(result.ownReason.same, 'rejects with the signal’s reason');
  assert.ok(result.createSignalLater.same, 'rejects with the create() signal’s reason');
  await finish(page);
});

test('destroy(): pending and later calls reject with AbortError', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const summarizer = await nutshell.Summarizer.create();
    const pending = [summarizer.summarize(article), summarizer.measureInputUsage(article)];
    const stream = summarizer.summarizeStreaming(article);
    summarizer.destroy();
    return {
      pending: await Promise.all(pending.map((p) => settle(() => p))),
      stream: await settle(() => stream.pipeTo(new WritableStream())),
      later: await settle(() => summarizer.summarize(article)),
      laterStream: await settle(async () => summarizer.summarizeStreaming(article)),
      again: await settle(async () => summarizer.destroy()),
    };
  });
  for (const outcome of [...result.pending, result.stream, result.later, result.laterStream]) {
    assert.equal(outcome.error, 'AbortError', JSON.stringify(outcome));
  }
  assert.deepEqual(result.again, { value: undefined }, 'destroying twice is harmless');
  await finish(page);
});

test('monitor: downloadprogress at 0 and at 1 before create() resolves; a throwing monitor rejects', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const events = [];
    let created = false;
    await nutshell.Summarizer.create({
      monitor(m) {
        m.addEventListener('downloadprogress', (e) =>
          events.push({ loaded: e.loaded, total: e.total, computable: e.lengthComputable, progress: e instanceof ProgressEvent, created }),
        );
        m.ondownloadprogress = () => events.push('handler');
      },
    });
    created = true;
    window.expected = new Error('monitor failed');
    const thrown = await settle(() =>
      nutshell.Summarizer.create({
        monitor() {
          throw window.expected;
        },
      }),
    );
    // Aborting from a progress listener, as the web-platform-tests do.
    const atOne = new AbortController();
    const abortedAtOne = await settle(() =>
      nutshell.Summarizer.create({
        signal: atOne.signal,
        monitor: (m) => m.addEventListener('downloadprogress', (e) => e.loaded === 1 && atOne.abort(window.expected)),
      }),
    );
    return { events, thrown, abortedAtOne };
  });
  assert.deepEqual(result.events, [
    { loaded: 0, total: 1, computable: true, progress: true, created: false },
    'handler',
    { loaded: 1, total: 1, computable: true, progress: true, created: false },
    'handler',
  ]);
  assert.ok(result.thrown.same, 'create() rejects with the monitor’s error');
  assert.ok(result.abortedAtOne.same, 'aborting at the last event still rejects create()');
  await finish(page);
});

test('the polyfill over this Chromium’s own Summarizer, which is unavailable', async (t) => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const native = window.Summarizer;
    if (!native) return { native: false };
    const nativeAvailability = await native.availability();
    const nativeCreate = await settle(() => native.create());
    const installed = nutshell.installSummarizerPolyfill();
    const summarizer = await Summarizer.create({ type: 'key-points' });
    return {
      native: true,
      nativeAvailability,
      nativeCreate: nativeCreate.error,
      replaced: window.Summarizer !== native && window.Summarizer === installed,
      again: nutshell.installSummarizerPolyfill() === installed,
      enumerable: Object.getOwnPropertyDescriptor(window, 'Summarizer').enumerable,
      availability: await Summarizer.availability(),
      ours: summarizer instanceof nutshell.Summarizer,
      instanceOfGlobal: summarizer instanceof Summarizer,
      text: await summarizer.summarize(article),
      translation: await Summarizer.availability({ expectedInputLanguages: ['en'], outputLanguage: 'es' }),
      badType: (await settle(() => Summarizer.create({ type: 'essay' }))).error,
    };
  });
  if (!result.native) {
    t.skip('this browser has no Summarizer of its own: the next test covers that case');
    return page.context().close();
  }
  assert.equal(result.nativeAvailability, 'unavailable', 'this Chromium has the API but no model');
  assert.equal(result.nativeCreate, 'NotSupportedError');
  assert.ok(result.replaced, 'globalThis.Summarizer is now the wrapper');
  assert.ok(result.again, 'installing twice changes nothing');
  assert.equal(result.enumerable, false);
  assert.equal(result.availability, 'available');
  assert.ok(result.ours && result.instanceOfGlobal);
  assert.equal(result.text.split('\n').filter((line) => line.startsWith('- ')).length, 3);
  assert.equal(result.translation, 'unavailable');
  assert.equal(result.badType, 'TypeError');
  await finish(page);
});

test('the polyfill in a browser without the API, with prefer: "nutshell", and over a native model that is available', async () => {
  const page = await libraryPage();
  const result = await page.evaluate(async () => {
    const { installSummarizerPolyfill, Summarizer: Ours } = nutshell;
    const out = {};
    delete window.Summarizer; // as in Firefox or Safari
    out.none = installSummarizerPolyfill() === Ours && window.Summarizer === Ours;

    // A native Summarizer whose model is ready: the wrapper must use it.
    class NativeSummarizer {
      static async availability(options = {}) {
        return options.type === 'headline' ? 'downloadable' : 'available';
      }
      static async create() {
        return Object.assign(Object.create(NativeSummarizer.prototype), { summarize: async () => 'native model' });
      }
    }
    window.Summarizer = NativeSummarizer;
    out.prefersNutshell = installSummarizerPolyfill({ prefer: 'nutshell' }) === Ours;
    window.Summarizer = NativeSummarizer;
    const wrapper = installSummarizerPolyfill();
    const keyPoints = await Summarizer.create();
    const headline = await Summarizer.create({ type: 'headline' });
    out.usesNative = (await keyPoints.summarize(article)) === 'native model' && keyPoints instanceof Summarizer;
    out.fallsBack = headline instanceof Ours && !(await headline.summarize(article)).includes('native');
    out.availability = [await wrapper.availability(), await wrapper.availability({ type: 'headline' })];
    out.badPrefer = (await settle(async () => installSummarizerPolyfill({ prefer: 'cloud' }))).error;
    return out;
  });
  assert.deepEqual(result, {
    none: true,
    prefersNutshell: true,
    usesNative: true,
    fallsBack: true,
    availability: ['available', 'available'],
    badPrefer: 'RangeError',
  });
  await finish(page);
});
