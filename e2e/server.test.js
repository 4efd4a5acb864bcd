// The server behind `make serve`: loopback only, the right content types, open to any origin.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { startServer } from './server.js';

let server;
before(async () => {
  server = await startServer();
});
after(() => server?.stop());

test('it listens on 127.0.0.1 and prints its address', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('it serves the page, its modules and the wasm with the right types', async () => {
  const expected = {
    '': 'text/html',
    'index.html': 'text/html',
    'app.js': 'text/javascript',
    'core.js': 'text/javascript',
    'style.css': 'text/css',
    'favicon.svg': 'image/svg+xml',
    'pkg/nutshell.js': 'text/javascript',
    'pkg/nutshell_bg.wasm': 'application/wasm',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await fetch(server.url + path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type').split(';')[0], type, path);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    await response.arrayBuffer();
  }
});

test('the wasm compiles from what the server sends', async () => {
  const response = await fetch(`${server.url}pkg/nutshell_bg.wasm`);
  const module = await WebAssembly.compileStreaming(response);
  assert.ok(WebAssembly.Module.exports(module).some((e) => e.name === 'summarizeJson'));
});

test('a missing file is a 404', async () => {
  const response = await fetch(`${server.url}no-such-file.js`);
  assert.equal(response.status, 404);
  await response.arrayBuffer();
});
