// Starts the same static server as `make serve` (scripts/serve.py) on a free loopback port.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../scripts/serve.py', import.meta.url));

/** Resolves to `{url, stop()}` once the server prints its address. */
export function startServer() {
  const child = spawn('python3', [SERVER, '--quiet'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timeout = setTimeout(() => fail(new Error(`server did not start: ${output}`)), 10_000);
    function fail(error) {
      clearTimeout(timeout);
      child.kill();
      reject(error);
    }
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${output}`)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (!match) return;
      clearTimeout(timeout);
      child.removeAllListeners('exit');
      resolve({ url: match[0], stop: () => stopChild(child) });
    });
  });
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill();
  });
}
