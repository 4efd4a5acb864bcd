// `make bench`, second half: the same `summarize` as the native benchmark, on the same 1 MB of
// news prose, as WebAssembly (www/pkg, from `make build`) in Node and in headless Chromium,
// reported as the ratio to native; and the latency of ~5 KB articles in wasm.
//
// It reads what `cargo bench --bench throughput` left in target/bench/ (the corpus, the ~5 KB
// articles and the native figures), so run that first; without it, it says so and exits 0.
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM=…); without it that part is skipped.
//
// AGAINST=dir (another build's pkg/, say main's from `make build` in a worktree) adds an A/B
// comparison in Node: both builds in one process, alternating run by run, so that a machine
// whose speed drifts (by half within minutes on some) slows both alike.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = process.env.CARGO_TARGET_DIR ? `${process.env.CARGO_TARGET_DIR}/bench` : `${ROOT}target/bench`;
const PKG = `${ROOT}www/pkg`;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = 7;
const LATENCY_REPEATS = 10;

const TARGETS = { chromiumRatio: 1.5, fiveKbMs: 0.5 };
const AB_ROUNDS = 12;

function skip(why) {
  console.log(`bench (wasm): skipped: ${why}`);
  process.exit(0);
}

function loadInputs() {
  const files = ['native.json', 'corpus-1mb.txt', 'articles-5kb.json'].map((f) => `${BENCH}/${f}`);
  const missing = files.find((f) => !existsSync(f));
  if (missing) skip(`${missing} is missing: run \`cargo bench --profile bench-native --bench throughput\` first`);
  if (!existsSync(`${PKG}/nutshell_bg.wasm`)) skip(`${PKG} is missing: run \`make build\` first`);
  return {
    native: JSON.parse(readFileSync(files[0], 'utf8')),
    corpus: readFileSync(files[1], 'utf8'),
    articles: JSON.parse(readFileSync(files[2], 'utf8')),
  };
}

// The measuring code, run as-is both in Node and (serialised) in the page: it takes the
// module's `summarize` and returns the fastest of `runs` over the corpus and per-article times.
async function measure(summarize, corpus, articles, runs, repeats) {
  const now = () => performance.now();
  summarize(corpus, {});
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = now();
    summarize(corpus, {});
    fastest = Math.min(fastest, now() - start);
  }
  for (const article of articles) summarize(article, {});
  const perArticle = articles.map((article) => {
    const start = now();
    for (let i = 0; i < repeats; i++) summarize(article, {});
    return (now() - start) / repeats;
  });
  return { corpusMs: fastest, perArticle };
}

async function inNode({ corpus, articles }) {
  const raw = await import(`${PKG}/nutshell.js`);
  raw.initSync({ module: readFileSync(`${PKG}/nutshell_bg.wasm`) });
  const { wrapCore } = await import('../www/core.js');
  return measure(wrapCore(raw).summarize, corpus, articles, RUNS, LATENCY_REPEATS);
}

async function inChromium({ corpus, articles }) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { launch } = await import('../e2e/browser.js');
  const { startServer } = await import('../e2e/server.js');
  const server = await startServer();
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(300_000);
    // An empty page of the server's origin, so the module and its wasm load as on the site.
    const blank = `${server.url}__bench__.html`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto(blank);
    const source = measure.toString();
    return await page.evaluate(
      async ({ source, corpus, articles, runs, repeats }) => {
        const raw = await import('/pkg/nutshell.js');
        await raw.default();
        const { wrapCore } = await import('/core.js');
        const measureIt = new Function(`return (${source})`)();
        return measureIt(wrapCore(raw).summarize, corpus, articles, runs, repeats);
      },
      { source, corpus, articles, runs: RUNS, repeats: LATENCY_REPEATS },
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? NaN;
}

function report(name, result, native, bytes) {
  if (result.skipped) {
    console.log(`${name.padEnd(10)} skipped: ${result.skipped}`);
    return;
  }
  const mbps = bytes / 1e6 / (result.corpusMs / 1e3);
  const ratio = result.corpusMs / native.summarizeMs;
  const ratioJson = result.corpusMs / native.summarizeJsonMs;
  const p50 = percentile(result.perArticle, 50);
  const p99 = percentile(result.perArticle, 99);
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  const ratioTarget = name === 'Chromium' ? ` (target ≤ ${TARGETS.chromiumRatio}×: ${verdict(ratio <= TARGETS.chromiumRatio)})` : '';
  console.log(
    `${name.padEnd(10)} 1 MB summarize ${result.corpusMs.toFixed(1)} ms = ${mbps.toFixed(1)} MB/s; ` +
      `${ratio.toFixed(2)}× native${ratioTarget}, ${ratioJson.toFixed(2)}× native summarize+JSON`,
  );
  console.log(
    `${''.padEnd(10)} ~5 KB article: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms ` +
      `(target < ${TARGETS.fiveKbMs} ms: ${verdict(p50 < TARGETS.fiveKbMs)}; native p50 ${native.fiveKbP50Ms.toFixed(3)} ms)`,
  );
}

const inputs = loadInputs();
const bytes = inputs.native.corpusBytes;
console.log(
  `\nWebAssembly (www/pkg) against native (opt-level 3): 1 MB of news prose, fastest of ${RUNS} runs; ` +
    `${inputs.articles.length} articles of 4.5–5.5 KB, mean of ${LATENCY_REPEATS} runs each.\n` +
    `native     1 MB summarize ${inputs.native.summarizeMs.toFixed(1)} ms ` +
    `(${inputs.native.summarizeJsonMs.toFixed(1)} ms with the Summary as JSON, as the binding also converts it)`,
);
report('Node', await inNode(inputs), inputs.native, bytes);
report('Chromium', await inChromium(inputs), inputs.native, bytes);
if (process.env.AGAINST) await compareInNode(inputs, process.env.AGAINST);

// AGAINST: www/pkg and another build, alternating: per round, each summarises the corpus once
// and every article once; the fastest round of each counts.
async function compareInNode({ corpus, articles }, other) {
  const { wrapCore } = await import('../www/core.js');
  const load = async (dir) => {
    const raw = await import(pathToFileURL(resolve(dir, 'nutshell.js')).href);
    raw.initSync({ module: readFileSync(resolve(dir, 'nutshell_bg.wasm')) });
    return { dir, summarize: wrapCore(raw).summarize, corpusMs: Infinity, articleMs: Infinity };
  };
  const builds = [await load(PKG), await load(other)];
  const time = (work) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  for (let round = 0; round < AB_ROUNDS; round++) {
    // Each goes first in every other round: the first of a pair ran measurably faster.
    for (const build of round % 2 ? [...builds].reverse() : builds) {
      build.corpusMs = Math.min(build.corpusMs, time(() => build.summarize(corpus, {})));
      const all = time(() => articles.forEach((article) => build.summarize(article, {})));
      build.articleMs = Math.min(build.articleMs, all / articles.length);
    }
  }
  const [ours, theirs] = builds;
  console.log(`\nA/B in Node, alternating, fastest of ${AB_ROUNDS} rounds (www/pkg / ${other}):`);
  console.log(`  1 MB summarize      ${ours.corpusMs.toFixed(1)} ms / ${theirs.corpusMs.toFixed(1)} ms = ${(ours.corpusMs / theirs.corpusMs).toFixed(3)}`);
  console.log(`  ~5 KB article, mean ${ours.articleMs.toFixed(3)} ms / ${theirs.articleMs.toFixed(3)} ms = ${(ours.articleMs / theirs.articleMs).toFixed(3)}`);
}
