// `make bench`, second half: the same `summarize` as the native benchmark, on the same 1 MB of
// news prose, as WebAssembly (www/pkg, from `make build`) in Node and in headless Chromium,
// reported as the ratio to native; and the latency of ~5 KB articles in wasm.
//
// The ratio comes from rounds taken in turn: native (the throughput benchmark's binary, run
// with `--serve`, which times one `summarize` when asked), Node, Chromium, again and again; the
// fastest of each counts. Measured one after the other instead, minutes apart, the ratio swung
// from 1.0× to 2.6× on this machine, whose speed drifts.
//
// It reads what `cargo bench --bench throughput` left in target/bench/ (the corpus, the ~5 KB
// articles and the native figures), so run that first; without it, it says so and exits 0.
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM=…); without it that part is skipped.
//
// AGAINST=dir (another build's pkg/, say main's from `make build` in a worktree) adds an A/B
// comparison in Node: each build measured in processes of its own, the two taken in turn, so
// that a machine whose speed drifts (by half within minutes on some) slows both alike.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = process.env.CARGO_TARGET_DIR ? `${process.env.CARGO_TARGET_DIR}/bench` : `${ROOT}target/bench`;
const PKG = `${ROOT}www/pkg`;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RUNS = 7;
const LATENCY_REPEATS = 10;

const TARGETS = { chromiumRatio: 1.5, fiveKbMs: 0.5 };
// A/B (AGAINST): rounds over the articles per process, and processes per build.
const AB_ROUNDS = 40;
const AB_PROCESSES = 5;
// Rounds of native, Node and Chromium in turn, for the ratio.
const RATIO_ROUNDS = 9;

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
  const { summarize } = wrapCore(raw);
  return {
    measure: () => measure(summarize, corpus, articles, RUNS, LATENCY_REPEATS),
    once: async () => {
      const start = performance.now();
      summarize(corpus, {});
      return performance.now() - start;
    },
    close: async () => {},
  };
}

// A page of the local server's origin with the core loaded, as on the site; the corpus is
// handed over once.
async function inChromium({ corpus, articles }) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const { launch } = await import('../e2e/browser.js');
  const { startServer } = await import('../e2e/server.js');
  const server = await startServer();
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(300_000);
    const blank = `${server.url}__bench__.html`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto(blank);
    await page.evaluate(async (corpus) => {
      const raw = await import('/pkg/nutshell.js');
      await raw.default();
      const { wrapCore } = await import('/core.js');
      globalThis.bench = { summarize: wrapCore(raw).summarize, corpus };
    }, corpus);
    const source = measure.toString();
    return {
      measure: () =>
        page.evaluate(
          ({ source, articles, runs, repeats }) => {
            const measureIt = new Function(`return (${source})`)();
            return measureIt(globalThis.bench.summarize, globalThis.bench.corpus, articles, runs, repeats);
          },
          { source, articles, runs: RUNS, repeats: LATENCY_REPEATS },
        ),
      once: () =>
        page.evaluate(() => {
          const start = performance.now();
          globalThis.bench.summarize(globalThis.bench.corpus, {});
          return performance.now() - start;
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

// The throughput benchmark's binary with `--serve`: one timed native `summarize` (and one with
// the binding's JSON writer) of the corpus per request. Null when it cannot start.
async function nativeTimer() {
  const child = spawn(
    'cargo',
    ['bench', '-q', '--profile', 'bench-native', '--bench', 'throughput', '--', '--serve', `${BENCH}/corpus-1mb.txt`],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  // A binary that cannot start or has exited ends the rounds (no ratio), never the script.
  const failed = new Promise((resolve) => {
    child.on('error', () => resolve({ done: true }));
    child.on('exit', () => resolve({ done: true }));
  });
  child.stdin.on('error', () => {});
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await Promise.race([lines.next(), failed]);
    const times = done ? null : JSON.parse(value);
    return times?.summarizeMs === undefined ? null : times;
  };
  return {
    once: () => {
      child.stdin.write('summarize\n');
      return next();
    },
    close: () => child.stdin.end(),
  };
}

// The fastest of RATIO_ROUNDS rounds of each, taken in turn.
async function interleaved(native, runtimes) {
  const best = { native: Infinity, nativeJson: Infinity, byName: new Map() };
  for (let round = 0; round < RATIO_ROUNDS; round++) {
    const times = await native.once();
    if (!times) return null;
    best.native = Math.min(best.native, times.summarizeMs);
    best.nativeJson = Math.min(best.nativeJson, times.summarizeJsonMs);
    for (const [name, runtime] of runtimes) {
      const ms = await runtime.once();
      best.byName.set(name, Math.min(best.byName.get(name) ?? Infinity, ms));
    }
  }
  return best;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? NaN;
}

// `result`: the runtime's own measurement (the fastest of RUNS over the corpus, per-article
// times); `ratioMs`: its fastest round beside native's (null when native could not run).
function report(name, result, ratioMs, native, bytes) {
  if (result.skipped) {
    console.log(`${name.padEnd(10)} skipped: ${result.skipped}`);
    return;
  }
  const mbps = bytes / 1e6 / (result.corpusMs / 1e3);
  const p50 = percentile(result.perArticle, 50);
  const p99 = percentile(result.perArticle, 99);
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  let ratios = 'no native rounds';
  if (ratioMs !== null) {
    const ratio = ratioMs / native.summarizeMs;
    const ratioTarget = name === 'Chromium' ? ` (target ≤ ${TARGETS.chromiumRatio}×: ${verdict(ratio <= TARGETS.chromiumRatio)})` : '';
    ratios =
      `in turn with native: ${ratioMs.toFixed(1)} ms = ${ratio.toFixed(2)}× native${ratioTarget}, ` +
      `${(ratioMs / native.summarizeJsonMs).toFixed(2)}× native summarize+JSON`;
  }
  console.log(`${name.padEnd(10)} 1 MB summarize ${result.corpusMs.toFixed(1)} ms = ${mbps.toFixed(1)} MB/s; ${ratios}`);
  console.log(
    `${''.padEnd(10)} ~5 KB article: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms ` +
      `(target < ${TARGETS.fiveKbMs} ms: ${verdict(p50 < TARGETS.fiveKbMs)}; native p50 ${native.fiveKbP50Ms.toFixed(3)} ms)`,
  );
}

const inputs = loadInputs();
// A child of the A/B comparison (compareInNode): measures one build and prints its figures.
if (process.env.AB_CHILD) {
  console.log(JSON.stringify(await measureBuild(inputs, process.env.AB_CHILD)));
  process.exit(0);
}
const bytes = inputs.native.corpusBytes;
const runtimes = [
  ['Node', await inNode(inputs)],
  ['Chromium', await inChromium(inputs)],
];
const running = runtimes.filter(([, runtime]) => !runtime.skipped);
try {
  const results = new Map();
  for (const [name, runtime] of running) results.set(name, await runtime.measure());
  const native = await nativeTimer();
  const rounds = await interleaved(native, running);
  native.close();
  console.log(
    `\nWebAssembly (www/pkg) against native (opt-level 3): 1 MB of news prose, fastest of ${RUNS} runs, and ` +
      `fastest of ${RATIO_ROUNDS} rounds of native, Node and Chromium in turn for the ratio; ` +
      `${inputs.articles.length} articles of 4.5–5.5 KB, mean of ${LATENCY_REPEATS} runs each.`,
  );
  if (rounds) {
    console.log(
      `native     1 MB summarize ${rounds.native.toFixed(1)} ms in turn with wasm ` +
        `(${rounds.nativeJson.toFixed(1)} ms with the binding's JSON of the Summary)`,
    );
  } else {
    console.log('native     could not run the throughput benchmark with --serve: no ratios');
  }
  const nativeFigures = rounds
    ? { ...inputs.native, summarizeMs: rounds.native, summarizeJsonMs: rounds.nativeJson }
    : inputs.native;
  for (const [name, runtime] of runtimes) {
    const result = runtime.skipped ? runtime : results.get(name);
    report(name, result, rounds?.byName.get(name) ?? null, nativeFigures, bytes);
  }
} finally {
  for (const [, runtime] of running) await runtime.close();
}
if (process.env.AGAINST) await compareInNode(process.env.AGAINST);

// AGAINST: www/pkg and another build, each measured in a Node process of its own, the two
// taken in turn AB_PROCESSES times (each going first in every other turn); the median of each
// build's figures counts. Both builds in one process showed order effects of 2–3% (whichever
// ran second was slower), where one build against itself in separate processes stays within
// 0.5%. Each build goes through the core.js beside its pkg/ (the two are one interface), or
// this one's if it has none.
async function compareInNode(other) {
  const runs = { [PKG]: [], [other]: [] };
  for (let turn = 0; turn < AB_PROCESSES; turn++) {
    for (const dir of turn % 2 ? [other, PKG] : [PKG, other]) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
        env: { ...process.env, AB_CHILD: resolve(dir) },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`A/B: measuring ${dir} failed: ${child.stderr}`);
      runs[dir].push(JSON.parse(child.stdout.trim().split('\n').pop()));
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const figures = (dir) => ({
    corpusMs: median(runs[dir].map((r) => r.corpusMs)),
    articleMs: median(runs[dir].map((r) => r.articleMs)),
  });
  const [ours, theirs] = [figures(PKG), figures(other)];
  console.log(`\nA/B in Node, a process per build, ${AB_PROCESSES} each in turn, medians (www/pkg / ${other}):`);
  console.log(`  1 MB summarize      ${ours.corpusMs.toFixed(1)} ms / ${theirs.corpusMs.toFixed(1)} ms = ${(ours.corpusMs / theirs.corpusMs).toFixed(3)}`);
  console.log(`  ~5 KB article, mean ${ours.articleMs.toFixed(3)} ms / ${theirs.articleMs.toFixed(3)} ms = ${(ours.articleMs / theirs.articleMs).toFixed(3)}`);
}

// One build's figures in this process: the fastest 1 MB summarize of a few, and the mean over
// the articles of each article's fastest of AB_ROUNDS.
async function measureBuild({ corpus, articles }, dir) {
  const raw = await import(pathToFileURL(resolve(dir, 'nutshell.js')).href);
  raw.initSync({ module: readFileSync(resolve(dir, 'nutshell_bg.wasm')) });
  const core = resolve(dir, '..', 'core.js');
  const { wrapCore } = await import(existsSync(core) ? pathToFileURL(core).href : '../www/core.js');
  const { summarize } = wrapCore(raw);
  const time = (work) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  let corpusMs = Infinity;
  for (let run = 0; run < 3; run++) corpusMs = Math.min(corpusMs, time(() => summarize(corpus, {})));
  const fastest = articles.map(() => Infinity);
  for (let round = 0; round < AB_ROUNDS; round++) {
    articles.forEach((article, i) => {
      fastest[i] = Math.min(fastest[i], time(() => summarize(article, {})));
    });
  }
  return { corpusMs, articleMs: fastest.reduce((a, b) => a + b, 0) / fastest.length };
}
