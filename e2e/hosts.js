// Two loopback origins for the embedding tests: the asset host (scripts/serve.py serving www/,
// as `make serve` does, with Access-Control-Allow-Origin: *) and a host site on another port,
// a tiny server of pages each test writes, sent with the CSP the test sets. Both are real
// loopback servers: Chromium's Local Network Access checks let a loopback page load loopback
// assets, but not a page whose address it cannot tell (such as a Playwright-fulfilled one).

import { createServer } from 'node:http';

import { launch, record } from './browser.js';
import { startServer } from './server.js';

/** Starts both servers and the browser; `stop()` ends all three. */
export async function startHosts() {
  const [assets, site] = await Promise.all([startServer(), startSite()]);
  const browser = await launch();
  return {
    assets: assets.url,
    site: site.url,
    pages: site.pages,
    browser,
    async stop() {
      await browser.close();
      await Promise.all([assets.stop(), site.stop()]);
    },
  };
}

/** A server on 127.0.0.1 of in-memory files: `pages.set('/name', {type, body, csp?})`. */
function startSite() {
  const pages = new Map([['/favicon.ico', { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }]]);
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url, 'http://x').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': page.type, 'cache-control': 'no-store' };
    if (page.csp) headers['content-security-policy'] = page.csp;
    response.writeHead(200, headers).end(page.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      const stop = () => new Promise((done) => server.close(done).closeAllConnections());
      resolve({ url, pages, stop });
    });
  });
}

let pageCount = 0;

/**
 * Opens `html` as a new page of the host site, sent with the Content-Security-Policy `csp`
 * when given, with `files` ({name: {type, body}}) beside it. Like browser.js's openPage,
 * `page.problems` collects console errors, uncaught errors and failed requests, and
 * `page.requests` every URL asked for; `window.widgetEvents` the widgets' events.
 */
export async function openHostPage(hosts, html, { csp = '', files = {} } = {}) {
  const name = `page-${++pageCount}.html`;
  hosts.pages.set(`/${name}`, { type: 'text/html; charset=utf-8', body: html, csp });
  for (const [file, { type, body }] of Object.entries(files)) hosts.pages.set(`/${file}`, { type, body });
  const context = await hosts.browser.newContext();
  await context.addInitScript(recordWidgetEvents);
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  record(page);
  await page.goto(`${hosts.site}${name}`);
  return page;
}

// Runs in the page before its own scripts: keeps every widget's `summarized` and `error` event
// (captured at the document, so non-bubbling `error` events count too) in window.widgetEvents.
function recordWidgetEvents() {
  window.widgetEvents = [];
  for (const type of ['summarized', 'error']) {
    document.addEventListener(
      type,
      (event) => {
        const target = event.composedPath()[0];
        if (target?.localName !== 'nutshell-summary') return;
        window.widgetEvents.push({
          type,
          id: target.id,
          bubbles: event.bubbles,
          composed: event.composed,
          detail: event.detail ?? null,
          message: event.message ?? null,
          error: event.error ? `${event.error.name}: ${event.error.message}` : null,
        });
      },
      true,
    );
  }
}


/** The requests a page made to origins other than those of `allowed` URLs. */
export function foreignRequests(page, allowed) {
  const origins = new Set(allowed.map((url) => new URL(url).origin));
  return page.requests.filter((url) => !origins.has(new URL(url).origin));
}
