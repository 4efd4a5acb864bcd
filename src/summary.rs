//! Stage 5: the [`Summary`] a caller gets — chosen sentences that point back into the source,
//! the article's facts, the joined text and counts. Serialises (camelCase) to the shape the
//! web page, the widget and the CLI's `--format json` share.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use serde::Serialize;

use crate::facts::{Fact, FactKind, FactValue};
use crate::fnv::Fnv;
use crate::score::{Features, Scored};
use crate::segment::Sentence;

/// A summary of one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The chosen sentences, in source order.
    pub sentences: Vec<SummarySentence>,
    /// The facts of the article, in source order: of its sentences and headings, not of the
    /// page furniture, bylines, credits and boilerplate around it (see
    /// [`Excluded::is_article`](crate::score::Excluded::is_article)).
    pub facts: Vec<FactSpan>,
    /// The summary sentences joined by single spaces.
    pub text: String,
    /// Counts of the article and the summary.
    pub stats: Stats,
}

/// One chosen sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummarySentence {
    /// Its index among all the article's sentences.
    pub index: usize,
    /// Its text as it reads: whitespace inside it collapsed to single spaces, a word that a line
    /// break hyphenated whole again, and Markdown links and emphasis as plain text
    /// ([`ReadingText`]).
    pub text: String,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// `start` in UTF-16 code units, as JavaScript indexes strings.
    pub start_utf16: usize,
    /// `end` in UTF-16 code units.
    pub end_utf16: usize,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Its score.
    pub score: f64,
    /// The features behind the score.
    pub features: Features,
    /// Indexes into [`Summary::facts`] of the facts inside it.
    pub facts: Vec<usize>,
}

/// One fact of the article.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FactSpan {
    /// Money, percent, quantity, date or entity.
    pub kind: FactKind,
    /// Its text as it stands in the input.
    pub text: String,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// `start` in UTF-16 code units.
    pub start_utf16: usize,
    /// `end` in UTF-16 code units.
    pub end_utf16: usize,
    /// The normalised value, where the kind has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<FactValue>,
}

/// Counts of the article and of the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Sentences in the article.
    pub sentences: usize,
    /// Words in the article.
    pub words: usize,
    /// Sentences in the summary.
    pub summary_sentences: usize,
    /// Words in the summary.
    pub summary_words: usize,
}

/// Everything the earlier stages found, ready to become a [`Summary`].
pub struct Parts<'a> {
    /// The input.
    pub text: &'a str,
    /// Every sentence of it.
    pub sentences: &'a [Sentence],
    /// Every fact of it.
    pub facts: &'a [Fact],
    /// The score of every sentence, given up so that it is freed before the facts' spans are
    /// built: for a long text it is the largest part, and the peak memory is what counts.
    pub scored: Vec<Scored>,
    /// The chosen sentences (index into `sentences`, span), in source order.
    pub chosen: &'a [(usize, Sentence)],
}

/// Builds the summary; the one place that copies text out of the input.
pub fn assemble(parts: Parts<'_>) -> Summary {
    let Parts { text, sentences, facts, scored, chosen } = parts;
    let words = scored.iter().map(|s| s.words).sum();
    let picked: Vec<(f64, Features)> =
        chosen.iter().map(|&(index, _)| (scored[index].score, scored[index].features.clone())).collect();
    drop(scored);
    let fact_offsets: Vec<usize> = facts.iter().flat_map(|f| [f.start, f.end]).collect();
    let sentence_offsets: Vec<usize> = chosen.iter().flat_map(|(_, s)| [s.start, s.end]).collect();
    let utf16 = Utf16Offsets::new(text, merged(fact_offsets, &sentence_offsets));

    let fact_spans = spans_of_facts(text, facts, &utf16);
    let reading = ReadingText::new(text);
    let chosen_sentences: Vec<SummarySentence> = chosen
        .iter()
        .zip(picked)
        .map(|(&(index, s), (score, features))| SummarySentence {
            index,
            text: reading.of(s.text(text)),
            start: s.start,
            end: s.end,
            start_utf16: utf16.get(s.start),
            end_utf16: utf16.get(s.end),
            paragraph: s.paragraph,
            score,
            features,
            facts: facts_within(facts, s),
        })
        .collect();
    let mut joined = String::new();
    for (i, s) in chosen_sentences.iter().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(&s.text);
    }
    let stats = Stats {
        sentences: sentences.len(),
        words,
        summary_sentences: chosen_sentences.len(),
        summary_words: crate::words::words(&joined).count(),
    };
    Summary { sentences: chosen_sentences, facts: fact_spans, text: joined, stats }
}

/// Indexes of the facts that lie within `sentence`. Facts are in source order, so this is a
/// binary search and a short walk, not a pass over every fact for every chosen sentence.
fn facts_within(facts: &[Fact], sentence: Sentence) -> Vec<usize> {
    let first = facts.partition_point(|f| f.start < sentence.start);
    (first..facts.len())
        .take_while(|&i| facts[i].start < sentence.end)
        .filter(|&i| facts[i].end <= sentence.end)
        .collect()
}

/// The facts of `text` as the serialisable [`FactSpan`]s a [`Summary`] lists.
pub fn fact_spans(text: &str, facts: &[Fact]) -> Vec<FactSpan> {
    let utf16 = Utf16Offsets::new(text, merged(facts.iter().flat_map(|f| [f.start, f.end]).collect(), &[]));
    spans_of_facts(text, facts, &utf16)
}

fn spans_of_facts(text: &str, facts: &[Fact], utf16: &Utf16Offsets) -> Vec<FactSpan> {
    facts
        .iter()
        .map(|f| FactSpan {
            kind: f.kind,
            text: f.text(text).to_string(),
            start: f.start,
            end: f.end,
            start_utf16: utf16.get(f.start),
            end_utf16: utf16.get(f.end),
            value: f.value.clone(),
        })
        .collect()
}

/// Collapses every run of whitespace to one space, so a sentence reads as one line.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A chosen sentence as a summary gives it: without its Markdown (links as their text, no
/// emphasis marks, no quoted lines' "> "; MD-2 … MD-4 in `markup`), each run of whitespace
/// one space, and a word that a line break hyphenated, as text pasted from a PDF or a justified page has it ("an in-\ncrease",
/// "Septem-\nber"), whole again. A compound broken at its own hyphen ("deep-\nwater") keeps
/// the hyphen. Which is which, at a break between lower-case letters:
///
/// 1. the joined word stands elsewhere in the text ("increase"): joined;
/// 2. the hyphenated word stands elsewhere in the text ("deep-water"), or the part after the
///    break as a word of its own ("water"): hyphenated;
/// 3. the part after the break is an ending that English hyphenation splits off ("-tion",
///    "-ment", "-ber"): joined;
/// 4. otherwise hyphenated, which reads right for a compound and plainly for a split word.
///
/// The text's words are gathered only when a chosen sentence has such a break, once.
pub struct ReadingText<'a> {
    source: &'a str,
    words: std::cell::OnceCell<HashSet<String, BuildHasherDefault<Fnv>>>,
}

impl<'a> ReadingText<'a> {
    /// For the sentences of `source`.
    pub fn new(source: &'a str) -> Self {
        ReadingText { source, words: std::cell::OnceCell::new() }
    }

    /// `sentence`, a span of the source, as it reads.
    pub fn of(&self, sentence: &str) -> String {
        let sentence = crate::markup::plain(sentence);
        let mut out = String::with_capacity(sentence.len());
        let mut rest = sentence.trim();
        while let Some(gap) = rest.find(char::is_whitespace) {
            let (word, after) = (&rest[..gap], rest[gap..].trim_start());
            out.push_str(word);
            let line_break = rest[gap..rest.len() - after.len()].contains('\n');
            match line_break.then(|| hyphen_break(word, after)).flatten() {
                Some((left, right)) if self.joins(left, right) => {
                    out.pop();
                }
                Some(_) => {}
                None => out.push(' '),
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    fn joins(&self, left: &str, right: &str) -> bool {
        let words = self.words.get_or_init(|| words_of(self.source));
        let (left, right) = (crate::case::to_lowercase(left), crate::case::to_lowercase(right));
        let mut word = left.clone();
        word.push_str(&right);
        if words.contains(&word) {
            return true;
        }
        word.insert(left.len(), '-');
        if words.contains(&word) || words.contains(&right) {
            return false;
        }
        HYPHENATED_ENDINGS.contains(&right.as_str())
    }
}

/// The word parts on either side of a line-end hyphen: `word` ends with one hyphen after a
/// lower-case letter and `next` opens with a lower-case letter. The left part is what follows
/// any earlier hyphen of the word ("well-in-" → "in").
fn hyphen_break<'w>(word: &'w str, next: &'w str) -> Option<(&'w str, &'w str)> {
    let stem = word.strip_suffix('-')?;
    let left_start = stem.char_indices().rev().take_while(|&(_, c)| c.is_alphabetic()).last();
    let left = &stem[left_start.map_or(stem.len(), |(at, _)| at)..];
    let right = &next[..next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len())];
    let lower_end = left.chars().next_back().is_some_and(char::is_lowercase);
    let lower_start = right.chars().next().is_some_and(char::is_lowercase);
    (lower_end && lower_start).then_some((left, right))
}

/// The words of `text`, lower-cased, with the hyphenated words whole as well as in parts; not
/// the part of a word that a line-end hyphen carried over ("ber" of "Septem-\nber").
fn words_of(text: &str) -> HashSet<String, BuildHasherDefault<Fnv>> {
    let mut words = HashSet::default();
    let mut carried_over = false;
    for line in text.lines() {
        let mut tokens = line.split_whitespace().peekable();
        if carried_over {
            tokens.next();
        }
        carried_over = false;
        while let Some(token) = tokens.next() {
            carried_over = tokens.peek().is_none() && token.ends_with('-');
            let token = token.trim_matches(|c: char| !c.is_alphabetic());
            if token.contains('-') {
                words.extend(token.split('-').filter(|part| !part.is_empty()).map(crate::case::to_lowercase));
            }
            if !token.is_empty() {
                words.insert(crate::case::to_lowercase(token));
            }
        }
    }
    words
}

/// Rule 3 of [`ReadingText`]: word endings that a hyphenated line break leaves on the next line
/// and that are no words of their own.
const HYPHENATED_ENDINGS: [&str; 32] = [
    "al", "ance", "ated", "ation", "ations", "ber", "ble", "cal", "ed", "ence", "er", "ers", "ful", "gan", "ial",
    "ing", "ings", "ism", "ist", "ity", "ive", "less", "ly", "ment", "ments", "ness", "ous", "sion", "tion", "tions",
    "tive", "ture",
];

/// The UTF-16 code units of the characters that start in `bytes` (UTF-8): one for each byte
/// that is not a continuation byte, and a second for a four-byte character's lead byte. A loop
/// the compiler runs many bytes at a time.
fn utf16_units(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

/// The offsets of both lists in order. Facts and chosen sentences each come in source order,
/// so their offsets are two sorted runs, merged in one pass rather than sorted.
fn merged(mut offsets: Vec<usize>, more: &[usize]) -> Vec<usize> {
    if !offsets.is_sorted() || !more.is_sorted() {
        offsets.extend_from_slice(more);
        offsets.sort_unstable();
        return offsets;
    }
    let mut out = Vec::with_capacity(offsets.len() + more.len());
    let mut rest = more.iter().copied().peekable();
    for offset in offsets {
        while let Some(next) = rest.next_if(|&next| next < offset) {
            out.push(next);
        }
        out.push(offset);
    }
    out.extend(rest);
    out
}

/// Byte offsets translated to UTF-16 offsets in one pass over the text.
struct Utf16Offsets {
    pairs: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    /// `offsets` in order, as [`merged`] gives them.
    fn new(text: &str, mut offsets: Vec<usize>) -> Self {
        offsets.dedup();
        let mut pairs = Vec::with_capacity(offsets.len());
        let bytes = text.as_bytes();
        let (mut units, mut counted) = (0, 0);
        for offset in offsets {
            let end = offset.min(bytes.len());
            units += utf16_units(bytes.get(counted..end).unwrap_or_default());
            counted = counted.max(end);
            pairs.push((offset, units));
        }
        Utf16Offsets { pairs }
    }

    fn get(&self, offset: usize) -> usize {
        match self.pairs.binary_search_by_key(&offset, |&(byte, _)| byte) {
            Ok(i) => self.pairs[i].1,
            Err(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_facts_are_the_articles_not_the_pages() {
        let text = "Drought forces Spain to ration water\n\nPublished 2 days ago\n\nThe government of Catalonia \
                    declared an emergency on Thursday for 6 million people.\n\nThe plan will cost €1.2bn this \
                    year.\n\n© 2024 Example News.";
        let summary = crate::summarize(text, &crate::Options::default()).unwrap();
        let facts: Vec<&str> = summary.facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(facts, ["Spain", "Catalonia", "Thursday", "6 million", "€1.2bn", "this year"]);
        for sentence in &summary.sentences {
            for &i in &sentence.facts {
                assert!(sentence.text.contains(&summary.facts[i].text), "{i} in {}", sentence.text);
            }
        }
    }

    #[test]
    fn offsets_are_merged_in_order() {
        assert_eq!(merged(vec![1, 4, 4, 9], &[0, 4, 5, 12]), [0, 1, 4, 4, 4, 5, 9, 12]);
        assert_eq!(merged(vec![], &[2, 3]), [2, 3]);
        assert_eq!(merged(vec![5, 1], &[3]), [1, 3, 5]);
        assert_eq!(merged(vec![1, 2], &[9, 0]), [0, 1, 2, 9]);
    }

    #[test]
    fn utf16_units_agree_with_the_standard_library() {
        for text in ["", "abc", "a😀é b", "東京 ü\u{301} 𝔘𝔫𝔦", "\u{FEFF}x\u{10FFFF}"] {
            assert_eq!(utf16_units(text.as_bytes()), text.encode_utf16().count(), "{text:?}");
        }
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "a😀é b";
        let offsets = Utf16Offsets::new(text, vec![0, 1, 5, 7, 8, text.len()]);
        assert_eq!(offsets.get(0), 0);
        assert_eq!(offsets.get(1), 1);
        assert_eq!(offsets.get(5), 3);
        assert_eq!(offsets.get(7), 4);
        assert_eq!(offsets.get(text.len()), 6);
    }

    #[test]
    fn a_word_hyphenated_at_a_line_break_reads_whole() {
        let source = "Growth was an in-\ncrease on 2024, a deep-water berth, and the deep-\nwater quay opens in Septem-\nber \
                      or by the long-\nterm plan. Its self-\n driving cars. The increase came in May -\nnot June. Hyphen- \nated.";
        let reading = ReadingText::new(source);
        assert_eq!(reading.of("an in-\ncrease on"), "an increase on"); // 1: "increase" stands elsewhere
        assert_eq!(reading.of("the deep-\nwater quay"), "the deep-water quay"); // 2: "deep-water"
        assert_eq!(reading.of("in Septem-\nber or"), "in September or"); // 3: "-ber"
        assert_eq!(reading.of("the long-\nterm plan."), "the long-term plan."); // 4
        assert_eq!(reading.of("Its self-\n driving cars."), "Its self-driving cars.");
        assert_eq!(reading.of("in May -\nnot June."), "in May - not June."); // a dash, no word before it
        assert_eq!(reading.of("Hyphen- \nated."), "Hyphenated."); // 3, and spaces before the break
        assert_eq!(reading.of("Fine-\nTuning and x-\n2"), "Fine- Tuning and x- 2"); // not lower case on both sides
        assert_eq!(reading.of(" a \n b\t\tc- d "), "a b c- d"); // no line break: a space
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace(" a \n b\t\tc "), "a b c");
    }
}
