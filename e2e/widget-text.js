// Long texts for the widget's end-to-end tests. Fictional; written for Nutshell's tests.

const PARAGRAPHS = [
  'Coldwater Foods said on Wednesday that it will spend $310 million on a new packing plant near Marlow, creating 850 jobs by 2028.',
  'The plant will process about 40,000 tonnes of frozen vegetables a year, 22% more than the company’s two older sites combined. Chief executive Ruth Abernathy said demand from supermarkets had doubled since 2021.',
  'Farmers in the valley welcomed the news. Owen Pryce, who grows peas on 300 acres, said the plant would cut the time his crop spends on the road by half.',
  'Coldwater shares rose 3.8% on the news. Analysts at Pennant Securities said the plant should pay for itself within five years.',
  'The county planning board will consider the application on April 9, and building work could start before the end of the summer.',
];

/**
 * About `length` characters of news-like prose as paragraphs (no two alike: each is
 * numbered). Runs in Node and, passed as a function's source, in the page.
 */
export function longParagraphs(length, paragraphs = PARAGRAPHS) {
  const parts = [];
  let size = 0;
  for (let copy = 1; size < length; copy++) {
    const paragraph = `Bulletin ${copy}. ${paragraphs[copy % paragraphs.length]}`;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts;
}

/** The same paragraphs as one text, as the widget reads them (blank lines between). */
export function longText(length) {
  return longParagraphs(length).join('\n\n');
}

export { PARAGRAPHS };
