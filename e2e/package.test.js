// `make package`'s npm package: packed by scripts/package.sh, installed into a scratch folder
// with npm (from the tarball alone: it has no dependencies), and imported from Node ≥ 20,
// where the library reads its .wasm from disk.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ARTICLE } from './article.js';
import { summarize as coreSummarize } from './pkg.js';

const PACKAGE_SCRIPT = fileURLToPath(new URL('../scripts/package.sh', import.meta.url));

let scratch;
let manifest;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nutshell-package-'));
  const output = execFileSync(PACKAGE_SCRIPT, { env: { ...process.env, PACK_DIR: scratch }, encoding: 'utf8' });
  const tarball = output.trim().split('\n').at(-1);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-save', tarball], { cwd: scratch, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(scratch, 'node_modules/nutshell-summary/package.json'), 'utf8'));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `source` as an ES module in the scratch folder, as a user of the package would. */
function runModule(source) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: scratch, encoding: 'utf8' });
}

test('package.json: an ES module package with an exports map, types and side effects declared', () => {
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.exports['.'], { types: './nutshell.d.ts', default: './nutshell.js' });
  assert.deepEqual(manifest.exports['./element'], {
    types: './nutshell-summary-element.d.ts',
    default: './nutshell-summary-element.js',
  });
  assert.equal(manifest.exports['./element/define'], './nutshell-summary.js');
  assert.equal(manifest.exports['./nutshell_bg.wasm'], './pkg/nutshell_bg.wasm');
  assert.deepEqual(manifest.sideEffects, ['./nutshell-summary.js'], 'only the file that registers the element');
  const version = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"/m)[1];
  assert.equal(manifest.version, version);
});

test('imported from Node: summarize() and the Summarizer work, the .wasm read from disk', () => {
  const output = runModule(`
    import { summarize, Summarizer, installSummarizerPolyfill } from 'nutshell-summary';
    import { createRequire } from 'node:module';
    const article = ${JSON.stringify(ARTICLE)};
    const summary = await summarize(article, { sentences: 2 });
    const bullets = await (await Summarizer.create()).summarize(article);
    installSummarizerPolyfill();
    const wasm = createRequire(import.meta.url).resolve('nutshell-summary/nutshell_bg.wasm');
    let error = '';
    try { await summarize(article, { ratio: 2 }); } catch (e) { error = e.name + ': ' + e.message; }
    console.log(JSON.stringify({ summary, bullets, global: globalThis.Summarizer === Summarizer, wasm, error }));
  `);
  const result = JSON.parse(output);
  assert.deepEqual(result.summary, coreSummarize(ARTICLE, { sentences: 2 }));
  assert.equal(result.bullets.split('\n').filter((line) => line.startsWith('- ')).length, 3);
  assert.ok(result.global, 'Node has no Summarizer: the polyfill installs Nutshell’s');
  assert.match(result.wasm, /node_modules\/nutshell-summary\/pkg\/nutshell_bg\.wasm$/);
  assert.match(result.error, /^RangeError: invalid option `ratio`/);
});
