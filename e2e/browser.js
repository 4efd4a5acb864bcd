// Launches Debian's Chromium (never a downloaded browser) through playwright-core, and opens
// pages that record console errors, page errors and every request they make.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // gc(): a test that builds a large text collects its own garbage before it measures the page.
  '--js-flags=--expose-gc',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * Opens `url` in a fresh context. `page.problems` collects console errors, uncaught errors and
 * failed requests; `page.requests` every URL the page asked for.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  record(page);
  await page.goto(url);
  return page;
}

/** Starts collecting `page.problems` (console errors, uncaught errors, failed requests) and
 * `page.requests` (every URL asked for). */
export function record(page) {
  page.problems = [];
  page.requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('requestfailed', (request) => page.problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/**
 * Starts recording, in `page`, the main thread's long tasks (`window.longTasks`: start and
 * duration) and long animation frames (`window.longFrames`: start, duration, and the time in
 * it spent rendering and blocking input). A long-task observer does not see a rendering step:
 * Chromium's layout of a text area holding 20 MB was one step of 9–11 s that no long task
 * showed. A frame's duration runs from its first task to its paint, idle gaps included.
 */
export function watchMainThread(page) {
  return page.evaluate(() => {
    window.longTasks = [];
    window.longFrames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const { startTime, duration, renderStart, blockingDuration } of list.getEntries()) {
        const rendering = renderStart ? startTime + duration - renderStart : 0;
        window.longFrames.push({ start: startTime, duration, rendering, blocking: blockingDuration });
      }
    }).observe({ type: 'long-animation-frame' });
  });
}

/** The worst of long animation `frames` by each measure, and a line saying so. */
export function worstFrames(frames) {
  const worst = (key) => Math.round(Math.max(0, ...frames.map((frame) => frame[key])));
  const [duration, blocking, rendering] = [worst('duration'), worst('blocking'), worst('rendering')];
  const line = `${frames.length} animation frames over 50 ms, longest ${duration} ms, most blocking ${blocking} ms, longest rendering ${rendering} ms`;
  return { duration, blocking, rendering, line };
}
