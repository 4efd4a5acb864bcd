// The page: wires the text area and controls to the core and the views. Summarising takes
// about a millisecond, so it runs on every (debounced) edit and on every control change.
// Texts above WORKER_THRESHOLD are summarised in a Web Worker (background.js) with a progress
// note, and their source view shows only the passages around the summary, so a 20 MB paste
// never blocks the page for long; the newest request wins and older results are dropped.
// Such a text is held whole but shown in the text area only in part (see HELD_FROM).

import { BackgroundSummarizer, WORKER_THRESHOLD, WorkerUnavailable } from './background.js';
import { loadCore } from './core.js';
import { capGroups, compression, groupFacts, runs, summaryText } from './spans.js';
import { el, flash, renderFacts, renderHint, renderSource, renderSummary } from './render.js';
import { SAMPLE } from './sample.js';

const TYPING_DELAY_MS = 150;

/**
 * Texts this long are held whole and shown in the text area only in part, read-only, with a
 * note: Chromium lays out all of a text area's text in one rendering step, which took 9–11 s
 * for a 20 MB paste (a step that a long-task observer does not report; a long-animation-frame
 * observer does, see e2e/long.test.js). The summary, facts and source view are of all of it.
 */
const HELD_FROM = WORKER_THRESHOLD;
/** How much of a held text the text area shows, in UTF-16 code units (at most). */
const SHOWN_OF_HELD = 100_000;
/**
 * Distinct facts listed per kind, first mentioned first; the rest are counted. A 190,000-character
 * paste held 1,362 (every name and number), which took Chromium 50–65 ms to lay out; no article
 * of the CNN set has more than 87 of a kind. (A long article's worker lists fewer: worker.js.)
 */
const FACTS_PER_KIND = 100;
/**
 * Summaries of the sample run while the page is idle after loading, one per idle period. Chromium
 * runs a wasm function in baseline code until it has run for a while, then optimises it: on a
 * fresh page the first summary of a 5 KB article took 30 ms (2–3 ms once warm) and of 190,000
 * characters 174 ms (about 45 ms); three warm-up summaries made them 3 ms and 71 ms.
 */
const WARM_UPS = 3;
const EMPTY_HINT = 'Paste or type an article: its summary appears here as you type.';

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'),
  type: $('type'),
  length: $('length'),
  sentences: $('sentences'),
  summarize: $('summarize'),
  clear: $('clear'),
  sample: $('sample'),
  summary: $('summary'),
  copy: $('copy'),
  copied: $('copied'),
  error: $('error'),
  facts: $('facts'),
  factsCard: $('facts-card'),
  source: $('source'),
  sourceCard: $('source-card'),
  articleWords: $('article-words'),
  summaryWords: $('summary-words'),
  compression: $('compression'),
  progress: $('progress'),
  sourceNote: $('source-note'),
  heldNote: $('held-note'),
};
const background = new BackgroundSummarizer();

let shown = null; // {summary, type}: what the Summary region shows, for Copy
let timer = 0;
let generation = 0;
let held = null; // the whole article, when the text area shows only its beginning

/** The article: the text area's text, or the whole of a held text. */
function articleText() {
  return held ?? ui.article.value;
}

/** Puts `text` in the text area, or, from HELD_FROM on, holds it and shows its beginning. */
function setArticle(text) {
  held = text.length >= HELD_FROM ? text : null;
  ui.article.value = held === null ? text : beginning(text);
  ui.article.readOnly = held !== null;
  ui.heldNote.hidden = held === null;
  if (held !== null) {
    const count = ui.article.value.length.toLocaleString('en');
    ui.heldNote.textContent =
      `This ${megabytes(text.length)} article is too long to show whole: here are its first ${count} characters, ` +
      'read-only. The summary is of all of it. Paste again to replace it, or clear.';
  } else {
    ui.heldNote.textContent = ''; // hidden, but the text area's description still reads it
  }
}

/** At most SHOWN_OF_HELD code units of `text`, cut at a line break or space when one is near. */
function beginning(text) {
  if (text.length <= SHOWN_OF_HELD) return text;
  let end = SHOWN_OF_HELD;
  const lineBreak = text.lastIndexOf('\n', end);
  const space = text.lastIndexOf(' ', end);
  if (lineBreak > end * 0.9) end = lineBreak;
  else if (space > end * 0.9) end = space;
  else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1; // never half a surrogate pair
  return text.slice(0, end);
}

/**
 * A paste or drop that makes the article HELD_FROM long or longer never reaches the text area
 * whole (inserting 20 MB into it alone took 140–180 ms). It goes where the selection is (for a
 * drop too: the point it was dropped at is the browser's to know). In a held text, it replaces
 * all of it.
 */
function insertLong(event, pasted) {
  const area = ui.article;
  const whole = held !== null ? pasted : area.value.slice(0, area.selectionStart) + pasted + area.value.slice(area.selectionEnd);
  if (held === null && whole.length < HELD_FROM) return; // the browser inserts it as usual
  event.preventDefault();
  setArticle(whole);
  update();
}

function readOptions() {
  const options = { type: ui.type.value, length: ui.length.value };
  const count = ui.sentences.value.trim();
  if (count !== '' || ui.sentences.validity.badInput) options.sentences = Number(count || NaN);
  return options;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, TYPING_DELAY_MS);
}

async function update() {
  clearTimeout(timer);
  const mine = ++generation;
  background.cancel(); // a newer request supersedes whatever the worker is doing
  setBusy(false);
  let core;
  try {
    core = await loadCore();
  } catch (error) {
    return showError(`Nutshell could not start: ${error.message}`, 'Reload the page to try again.');
  }
  if (mine !== generation) return; // a newer update is on its way
  const text = articleText();
  if (text.trim() === '') return showEmpty();
  const options = readOptions();
  if (text.length >= WORKER_THRESHOLD && (await updateInBackground(mine, text, options))) return;
  try {
    show(core.summarize(text, options), text, options.type);
  } catch (error) {
    showError(error.message, 'Change the highlighted setting to see a summary.');
  }
}

/**
 * Summarises a long text in the worker, showing progress meanwhile; resolves to false (after
 * showing nothing) when no worker can run here, so the caller summarises on the main thread.
 */
async function updateInBackground(mine, text, options) {
  startLong(text.length);
  const started = performance.now();
  try {
    const view = await background.summarize(text, options);
    if (mine !== generation) return true; // stale: a newer request is showing or on its way
    showLong(view, text, options.type);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    ui.progress.textContent = `Summarized ${megabytes(text.length)} in ${seconds} s.`;
  } catch (error) {
    if (mine !== generation) return true;
    if (error instanceof WorkerUnavailable) return false;
    showError(error.message, 'Change the highlighted setting to see a summary.');
  } finally {
    if (mine === generation) setBusy(false);
  }
  return true;
}

/**
 * Long-text mode, entered in the same task as the paste: the progress note, and the cards the
 * result fills shown at fixed heights (style.css, body[data-long]) with placeholders. The page
 * then keeps its height when the result arrives: with a 20 MB text area on it, any change of
 * the page's height costs Chromium a 100–200 ms repaint of the text area.
 */
function startLong(length) {
  document.body.toggleAttribute('data-long', true);
  setBusy(true);
  ui.progress.textContent = `Summarizing ${megabytes(length)}…`;
  ui.progress.hidden = false;
  if (ui.factsCard.hidden) renderHint(ui.facts, 'Finding the key facts…');
  if (ui.sourceCard.hidden) renderHint(ui.source, 'Finding the passages around the summary…');
  ui.factsCard.hidden = false;
  ui.sourceCard.hidden = false;
  ui.sourceNote.hidden = false;
}

function leaveLong() {
  document.body.toggleAttribute('data-long', false);
  ui.progress.hidden = true;
  ui.progress.textContent = '';
  ui.sourceNote.hidden = true;
}

/** aria-busy on the summary (and data-busy on <body>, for tests) while the worker runs. */
function setBusy(busy) {
  if (busy) ui.summary.setAttribute('aria-busy', 'true');
  else ui.summary.removeAttribute('aria-busy');
  document.body.toggleAttribute('data-busy', busy);
}

// The size a reader thinks of: characters as bytes, exact for plain English text.
function megabytes(length) {
  const mb = length / 1e6;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

// `data-state` (empty, summary, error) and a render count on <body>, for styles and tests.
function rendered(state) {
  document.body.dataset.state = state;
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
}

function show(summary, text, type) {
  leaveLong();
  renderSource(ui.source, text, runs(text, summary.sentences, summary.facts), summary.facts, { blocks: true });
  showSummary(summary, capGroups(groupFacts(summary.facts), FACTS_PER_KIND), type);
}

/** A long article's summary, as the worker prepared it: only passages of the source. */
function showLong(view, text, type) {
  const nodes = [];
  let at = 0;
  for (const passage of view.passages) {
    if (passage.start > at) nodes.push(gap(passage.start - at));
    const part = el('span', 'passage');
    renderSource(part, text, passage.runs, view.facts);
    nodes.push(part);
    at = passage.end;
  }
  if (text.length > at) nodes.push(gap(text.length - at));
  ui.source.replaceChildren(...nodes);
  showSummary(view.summary, view.groups, type);
}

// The facts not listed are counted; for a long article, a fact none of whose mentions is among
// the passages shown says so instead of doing nothing when chosen.
function markFacts(section, items, more) {
  if (!section) return;
  if (more > 0) section.append(el('p', 'fact-more', `and ${more.toLocaleString('en')} more`));
  if (items[0]?.shown === undefined) return;
  section.querySelectorAll('.fact-chip').forEach((button, i) => {
    if (items[i]?.shown.length > 0) return;
    button.setAttribute('aria-disabled', 'true');
    button.title = 'Mentioned only in parts of the article not shown';
  });
}

// Where part of the article is left out of the source view.
function gap(length) {
  const node = el('span', 'gap', ` [… ${length.toLocaleString('en')} characters not shown …] `);
  return node;
}

function showSummary(summary, groups, type) {
  shown = { summary, type };
  setError('');
  renderSummary(ui.summary, summary, type);
  renderFacts(ui.facts, groups, pickFact);
  for (const { kind, items, more } of groups) markFacts(ui.facts.querySelector(`[data-kind="${kind}"]`), items, more);
  ui.factsCard.hidden = false;
  ui.sourceCard.hidden = false;
  ui.copy.disabled = summary.sentences.length === 0;
  showCounts(summary.stats);
  rendered('summary');
}

function showEmpty() {
  clearOutput(EMPTY_HINT);
  setError('');
  rendered('empty');
}

function showError(message, hint) {
  clearOutput(hint);
  setError(message);
  rendered('error');
}

function clearOutput(hint) {
  shown = null;
  renderHint(ui.summary, hint);
  ui.facts.replaceChildren();
  ui.source.replaceChildren();
  leaveLong();
  ui.factsCard.hidden = true;
  ui.sourceCard.hidden = true;
  ui.copy.disabled = true;
  showCounts({ words: 0, summaryWords: 0 });
}

function setError(message) {
  ui.error.textContent = message;
  ui.error.hidden = message === '';
  if (/`sentences`/.test(message)) ui.sentences.setAttribute('aria-invalid', 'true');
  else ui.sentences.removeAttribute('aria-invalid');
}

function showCounts({ words, summaryWords }) {
  const format = (n) => n.toLocaleString('en');
  ui.articleWords.textContent = format(words);
  ui.summaryWords.textContent = format(summaryWords);
  ui.compression.textContent = `${compression(words, summaryWords)}%`;
}

// Each pick of a fact shows its next mention in the source (of those shown, for a long article).
function pickFact(item) {
  const mentions = item.shown ?? item.occurrences;
  if (mentions.length === 0) return;
  item.next = ((item.next ?? -1) + 1) % mentions.length;
  const index = mentions[item.next];
  const node = ui.source.querySelector(`[data-facts~="${index}"]`);
  if (node) flash(node);
}

async function copy() {
  if (!shown) return;
  const text = summaryText(shown.summary, shown.type);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copyByCommand(text);
  }
  ui.copied.textContent = 'Copied';
  setTimeout(() => (ui.copied.textContent = ''), 2000);
}

// For browsers or contexts without the async clipboard.
function copyByCommand(text) {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.className = 'visually-hidden';
  document.body.append(scratch);
  scratch.select();
  document.execCommand('copy');
  scratch.remove();
}

function loadSample() {
  setArticle(SAMPLE);
  ui.article.focus();
  update();
}

ui.article.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text/plain');
  if (pasted) insertLong(event, pasted);
});
ui.article.addEventListener('drop', (event) => {
  const dropped = event.dataTransfer?.getData('text/plain');
  if (dropped) insertLong(event, dropped);
});
ui.article.addEventListener('input', (event) => {
  // Text that reached the text area some other way (a script, an extension) is the article,
  // held if long: set in this task, the text area is laid out with its beginning only.
  if (held !== null || ui.article.value.length >= HELD_FROM) setArticle(ui.article.value);
  const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
  if (pasted || held !== null) update();
  else schedule();
});
ui.article.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    update();
  }
});
for (const control of [ui.type, ui.length]) control.addEventListener('change', update);
ui.sentences.addEventListener('input', update);
ui.summarize.addEventListener('click', update);
ui.copy.addEventListener('click', copy);
ui.clear.addEventListener('click', () => {
  setArticle('');
  ui.article.focus();
  update();
});
ui.sample.addEventListener('click', loadSample);

update().then(() => warmUp(WARM_UPS));

function warmUp(left) {
  if (left === 0) return;
  const whenIdle = window.requestIdleCallback ?? setTimeout;
  whenIdle(async () => {
    try {
      (await loadCore()).summarize(SAMPLE, {});
    } catch {
      return; // the page says why it cannot summarise when asked to
    }
    warmUp(left - 1);
  });
}
