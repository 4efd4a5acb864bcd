// DOM builders for the page. Text only ever enters the page as Text nodes or `textContent`:
// nothing the reader pastes is parsed as markup.

/** Creates `<tag class=…>` with optional text. */
export function el(tag, className = '', text = '') {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The summary sentences: bullets for key points, a paragraph (or headline) otherwise. */
export function renderSummary(container, summary, type) {
  if (summary.sentences.length === 0) {
    container.replaceChildren(el('p', 'hint', 'No sentences to summarize yet: keep typing.'));
    return;
  }
  if (type === 'key-points') {
    const list = el('ul', 'summary-list');
    for (const sentence of summary.sentences) list.append(sentenceNode('li', sentence));
    container.replaceChildren(list);
    return;
  }
  const paragraph = el('p', type === 'headline' ? 'summary-headline' : 'summary-paragraph');
  summary.sentences.forEach((sentence, i) => {
    if (i > 0) paragraph.append(' ');
    paragraph.append(sentenceNode('span', sentence));
  });
  container.replaceChildren(paragraph);
}

function sentenceNode(tag, sentence) {
  const node = el(tag, 'summary-sentence', sentence.text);
  node.dataset.sentence = String(sentence.index);
  return node;
}

/** A short hint in place of output, e.g. for an empty text area. */
export function renderHint(container, message) {
  container.replaceChildren(el('p', 'hint', message));
}

/**
 * The Key facts list: one group per kind, one button per distinct fact; `onPick(item)` runs
 * when a fact is chosen (click, Enter or Space).
 */
export function renderFacts(container, groups, onPick) {
  if (groups.length === 0) {
    renderHint(container, 'No key facts found.');
    return;
  }
  const nodes = groups.map((group) => {
    const section = el('section', `fact-group fact-${group.kind}`);
    section.dataset.kind = group.kind;
    const heading = el('h3', 'fact-kind', group.label);
    const list = el('ul', 'fact-list');
    for (const item of group.items) list.append(factItem(group.kind, item, onPick));
    section.append(heading, list);
    return section;
  });
  container.replaceChildren(...nodes);
}

function factItem(kind, item, onPick) {
  const button = el('button', `fact-chip fact-${kind}`);
  button.type = 'button';
  button.append(el('span', 'fact-text', item.text));
  const times = item.occurrences.length;
  if (times > 1) {
    const count = el('span', 'fact-count', `×${times}`);
    count.setAttribute('aria-hidden', 'true');
    button.append(count, el('span', 'visually-hidden', `, mentioned ${times} times`));
  }
  button.title = times > 1 ? 'Show in the text (again for the next mention)' : 'Show in the text';
  button.addEventListener('click', () => onPick(item));
  const li = el('li');
  li.append(button);
  return li;
}

/**
 * Code units after which the source view ends a block at the next line break outside a chosen
 * sentence and outside a fact (style.css: blocks out of view are not laid out, `content-visibility`).
 */
const BLOCK_LENGTH = 4000;

/**
 * The source with the chosen sentences highlighted (`mark.kept`) and facts marked
 * (`span.fact`), built from slices of `text` at the runs' UTF-16 offsets. With `blocks`, in
 * `div.source-block`s of about BLOCK_LENGTH each, cut only at line breaks between passages: laying
 * out the whole of a 190,000-character article took Chromium 50–90 ms, most of it out of view.
 */
export function renderSource(container, text, runList, facts, { blocks = false } = {}) {
  const fragment = document.createDocumentFragment();
  let block = blocks ? fragment.appendChild(el('div', 'source-block')) : fragment;
  let blockStart = runList[0]?.start ?? 0;
  let cut = 0; // just after the first line break from where the last search began (Infinity: none)
  let mark = null;
  for (const run of runList) {
    let start = run.start;
    // A plain run may end the block at a line break; each search starts where the last stopped.
    while (blocks && run.sentence < 0 && run.facts.length === 0) {
      const from = Math.max(start, blockStart + BLOCK_LENGTH - 1);
      if (cut <= from) cut = text.indexOf('\n', from) + 1 || Infinity;
      if (cut > run.end || cut === text.length) break; // no empty block at the end
      block.append(text.slice(start, cut));
      block = fragment.appendChild(el('div', 'source-block'));
      start = blockStart = cut;
      mark = null;
    }
    if (start === run.end) continue;
    const piece = factNode(text.slice(start, run.end), run.facts, facts);
    if (run.sentence < 0) {
      mark = null;
      block.append(piece);
      continue;
    }
    if (!mark || mark.dataset.sentence !== String(run.sentence)) {
      mark = el('mark', 'kept');
      mark.dataset.sentence = String(run.sentence);
      block.append(mark);
    }
    mark.append(piece);
  }
  container.replaceChildren(fragment);
}

// Plain text, or a span marking the innermost of the facts that cover it.
function factNode(slice, factIndexes, facts) {
  if (factIndexes.length === 0) return document.createTextNode(slice);
  const kind = facts[factIndexes.at(-1)].kind;
  const span = el('span', `fact fact-${kind}`, slice);
  span.dataset.facts = factIndexes.join(' ');
  span.tabIndex = -1;
  return span;
}

/** Scrolls `node` into view, focuses it, and flashes it. */
export function flash(node) {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // In a source block not laid out (style.css), the node is far off: a smooth scroll would aim
  // by the estimated heights of the blocks on the way, which are laid out as it passes them and
  // push the node out of the view it ends at. A jump lays out only the blocks around it.
  const far = node.checkVisibility?.({ contentVisibilityAuto: true }) === false;
  node.scrollIntoView({ block: 'center', behavior: still || far ? 'auto' : 'smooth' });
  node.focus({ preventScroll: true });
  node.classList.remove('flash');
  void node.offsetWidth; // restart the animation when the same fact is picked twice
  node.classList.add('flash');
}
