// The page: wires the text area and controls to the core and the views. Summarising takes
// about a millisecond, so it runs on every (debounced) edit and on every control change.

import { loadCore } from './core.js';
import { compression, groupFacts, runs, summaryText } from './spans.js';
import { flash, renderFacts, renderHint, renderSource, renderSummary } from './render.js';

const TYPING_DELAY_MS = 150;
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
};

let shown = null; // {summary, type}: what the Summary region shows, for Copy
let timer = 0;
let generation = 0;

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
  let core;
  try {
    core = await loadCore();
  } catch (error) {
    return showError(`Nutshell could not start: ${error.message}`, 'Reload the page to try again.');
  }
  if (mine !== generation) return; // a newer update is on its way
  const text = ui.article.value;
  if (text.trim() === '') return showEmpty();
  const options = readOptions();
  try {
    show(core.summarize(text, options), text, options.type);
  } catch (error) {
    showError(error.message, 'Change the highlighted setting to see a summary.');
  }
}

// `data-state` (empty, summary, error) and a render count on <body>, for styles and tests.
function rendered(state) {
  document.body.dataset.state = state;
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
}

function show(summary, text, type) {
  shown = { summary, type };
  setError('');
  renderSummary(ui.summary, summary, type);
  renderFacts(ui.facts, groupFacts(summary.facts), pickFact);
  renderSource(ui.source, text, runs(text, summary.sentences, summary.facts), summary.facts);
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

// Each pick of a fact shows its next mention in the source.
function pickFact(item) {
  item.next = ((item.next ?? -1) + 1) % item.occurrences.length;
  const index = item.occurrences[item.next];
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

async function loadSample() {
  const { SAMPLE } = await import('./sample.js');
  ui.article.value = SAMPLE;
  ui.article.focus();
  update();
}

ui.article.addEventListener('input', (event) => {
  const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
  if (pasted) update();
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
  ui.article.value = '';
  ui.article.focus();
  update();
});
ui.sample.addEventListener('click', loadSample);

update();
