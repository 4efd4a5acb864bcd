//! Stage 5: the [`Summary`] a caller gets — chosen sentences that point back into the source,
//! the article's facts, the joined text and counts. Serialises (camelCase) to the shape the
//! web page, the widget and the CLI's `--format json` share.

use serde::Serialize;

use crate::facts::{Fact, FactKind, FactValue};
pub use crate::reading::ReadingText;
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
    /// break hyphenated whole again, Markdown links and emphasis as plain text, and no
    /// citations ([`ReadingText`]).
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
    let utf16 = Utf16Offsets::new(text, || {
        let fact_offsets: Vec<usize> = facts.iter().flat_map(|f| [f.start, f.end]).collect();
        let sentence_offsets: Vec<usize> = chosen.iter().flat_map(|(_, s)| [s.start, s.end]).collect();
        merged(fact_offsets, &sentence_offsets)
    });

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
    let utf16 = Utf16Offsets::new(text, || merged(facts.iter().flat_map(|f| [f.start, f.end]).collect(), &[]));
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
    /// The text is ASCII, where every byte is one UTF-16 unit.
    ascii: bool,
}

impl Utf16Offsets {
    /// The `offsets` of `text` in order, as [`merged`] gives them; they are not needed for
    /// ASCII text (most English), whose offsets are the same in bytes and UTF-16 units.
    fn new(text: &str, offsets: impl FnOnce() -> Vec<usize>) -> Self {
        if text.is_ascii() {
            return Utf16Offsets { pairs: Vec::new(), ascii: true };
        }
        let mut offsets = offsets();
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
        Utf16Offsets { pairs, ascii: false }
    }

    /// The UTF-16 offset of byte `offset`, one of those given to [`Utf16Offsets::new`].
    fn get(&self, offset: usize) -> usize {
        if self.ascii {
            return offset;
        }
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
        let offsets = Utf16Offsets::new(text, || vec![0, 1, 5, 7, 8, text.len()]);
        assert_eq!(offsets.get(0), 0);
        assert_eq!(offsets.get(1), 1);
        assert_eq!(offsets.get(5), 3);
        assert_eq!(offsets.get(7), 4);
        assert_eq!(offsets.get(text.len()), 6);
    }

    #[test]
    fn utf16_offsets_of_ascii_text_are_its_byte_offsets() {
        let text = "Sales rose 5% to $3 million.";
        let offsets = Utf16Offsets::new(text, || unreachable!("ASCII text needs no list of offsets"));
        for offset in [0, 11, 13, text.len()] {
            assert_eq!(offsets.get(offset), text[..offset].encode_utf16().count());
        }
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace(" a \n b\t\tc "), "a b c");
    }
}
