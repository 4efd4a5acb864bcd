// `make size`: raw, gzip (-9) and brotli (q 11) sizes of everything the page downloads, with
// the budget beside them: the whole page ≤ 60 KB gzipped, the wasm ≤ 45 KB gzipped. The same
// for the widget as a site embeds it (its module, what that imports, and the wasm).
//
// The list is found, not hard-coded: every local `src`/`href` of the page, then every
// module a script imports (static `import … from`, dynamic `import()`), every `new URL(…,
// import.meta.url)` (how the wasm-bindgen glue finds the .wasm) and every CSS `url()`, so a
// new file shows up by itself. Files only a user action loads (dynamic imports) are marked lazy;
// the budget counts them too. Exits 1 when a budget is exceeded and --check is given.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const WWW = fileURLToPath(new URL('../www/', import.meta.url));
const KB = 1000;
const BUDGET = { pageGzip: 60 * KB, wasmGzip: 45 * KB };

const LOCAL = (ref) => ref && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);
const clean = (ref) => ref.split(/[?#]/)[0];

/** Drops JS comments (JSDoc names modules in `import('…')` types), not a full parser. */
const stripComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** References a file makes, each `{ref, lazy}`. */
function references(file, source) {
  const text = /\.m?js$/.test(file) ? stripComments(source) : source;
  const found = [];
  const add = (re, lazy) => {
    for (const match of text.matchAll(re)) found.push({ ref: match[1], lazy });
  };
  switch (extname(file)) {
    case '.html':
      add(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g, false);
      break;
    case '.js':
    case '.mjs':
      add(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g, false);
      add(/\bimport\s*["']([^"']+)["']/g, false);
      add(/\bimport\(\s*["']([^"']+)["']\s*\)/g, true);
      add(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g, false);
      break;
    case '.css':
      add(/url\(\s*["']?([^"')]+)["']?\s*\)/g, false);
      add(/@import\s+["']([^"']+)["']/g, false);
      break;
  }
  return found.filter(({ ref }) => LOCAL(ref));
}

/** Every file loading `entry` downloads, from it outwards: path → lazy? */
function downloads(entry) {
  const files = new Map();
  const queue = [{ path: join(WWW, entry), lazy: false }];
  while (queue.length) {
    const { path, lazy } = queue.shift();
    if (files.has(path) && (lazy || !files.get(path))) continue;
    if (!existsSync(path)) {
      console.error(`size: ${relative(WWW, path)} is referenced but missing (run \`make build\` for www/pkg)`);
      process.exit(1);
    }
    files.set(path, lazy);
    const text = readFileSync(path, 'utf8');
    for (const { ref, lazy: refLazy } of references(path, text)) {
      const target = ref.startsWith('/') ? join(WWW, clean(ref)) : resolve(dirname(path), clean(ref));
      queue.push({ path: target, lazy: lazy || refLazy });
    }
  }
  return files;
}

function sizes(path) {
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length };
}

const fmt = (n) => n.toLocaleString('en-US').padStart(9);
const verdict = (value, budget) => (value <= budget ? 'met' : `MISSED by ${fmt(value - budget).trim()} B`);
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);

/** Prints the table of what `entry` downloads; returns its rows. */
function table(title, entry) {
  const rows = [...downloads(entry)].map(([path, lazy]) => ({ name: relative(WWW, path), lazy, ...sizes(path) }));
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`${title.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const row of rows) {
    const name = row.lazy ? `${row.name} (lazy)` : row.name;
    console.log(`  ${name.padEnd(42)} ${fmt(row.raw)} ${fmt(row.gzip)} ${fmt(row.brotli)}`);
  }
  const eager = rows.filter((row) => !row.lazy);
  if (eager.length < rows.length) {
    console.log(`  ${'total, first load'.padEnd(42)} ${fmt(sum(eager, 'raw'))} ${fmt(sum(eager, 'gzip'))} ${fmt(sum(eager, 'brotli'))}`);
  }
  console.log(`  ${'total'.padEnd(42)} ${fmt(sum(rows, 'raw'))} ${fmt(sum(rows, 'gzip'))} ${fmt(sum(rows, 'brotli'))}\n`);
  return rows;
}

const page = table('the page (www/index.html)', 'index.html');
table('the widget, embedded (nutshell-summary.js)', 'nutshell-summary.js');

const pageGzip = sum(page, 'gzip');
const wasmGzip = sum(page.filter((row) => row.name.endsWith('.wasm')), 'gzip');
console.log('budget (gzip = zlib level 9, brotli = quality 11; bytes; 1 KB = 1000 B)');
console.log(`  page, lazy files included                  ${fmt(pageGzip)}  target ≤ ${fmt(BUDGET.pageGzip).trim()}  ${verdict(pageGzip, BUDGET.pageGzip)}`);
console.log(`  wasm                                       ${fmt(wasmGzip)}  target ≤ ${fmt(BUDGET.wasmGzip).trim()}  ${verdict(wasmGzip, BUDGET.wasmGzip)}`);
if (process.argv.includes('--check') && (pageGzip > BUDGET.pageGzip || wasmGzip > BUDGET.wasmGzip)) process.exit(1);
