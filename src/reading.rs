//! The text of a summary sentence as a reader gets it: the span of the source as written,
//! read as prose (see [`ReadingText`]). The span itself, which the page highlights, is left as
//! it is.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::segment::Sentence;
use crate::word_hash::WordHasher;

/// A chosen sentence as a summary gives it: without its Markdown and citations (links as their
/// text, no emphasis marks, no quoted lines' "> ", no "(Luhn, 1958)"; MD-2 … MD-5 in
/// `markup`), each run of whitespace one space, and a word that a line break hyphenated, as
/// text pasted from a PDF or a justified page has it ("an in-\ncrease", "Septem-\nber"), whole
/// again. A compound broken at its own hyphen ("deep-\nwater") keeps the hyphen. Which is
/// which, at a break between lower-case letters:
///
/// 1. the joined word stands elsewhere in the text ("increase") or names a month or a day of
///    the week ("Septem-\nber", "Fri-\nday"): joined;
/// 2. the hyphenated word stands elsewhere in the text ("deep-water"), or the part after the
///    break as a word of its own ("water"): hyphenated;
/// 3. the part after the break is an ending that English hyphenation splits off ("-tion",
///    "-ment", "-ber"): joined;
/// 4. otherwise hyphenated, which reads right for a compound and plainly for a split word.
///
/// The text's words are gathered only when a chosen sentence has such a break, once.
pub struct ReadingText<'a> {
    source: &'a str,
    words: OnceCell<HashSet<String, BuildHasherDefault<WordHasher>>>,
}

impl<'a> ReadingText<'a> {
    /// For the sentences of `source`.
    pub fn new(source: &'a str) -> Self {
        ReadingText { source, words: OnceCell::new() }
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
        let calendar = crate::facts::lexicon::month(&word).is_some_and(|(_, short)| !short)
            || crate::facts::lexicon::weekday(&word).is_some();
        if calendar || words.contains(&word) {
            return true;
        }
        word.insert(left.len(), '-');
        if words.contains(&word) || words.contains(&right) {
            return false;
        }
        HYPHENATED_ENDINGS.contains(&right.as_str())
    }
}

/// `text` with each word that a line break hyphenated whole again where [`ReadingText`] joins
/// it, in place: the part after the break (up to the next whitespace) moved up to the hyphen
/// and the gap it leaves filled with spaces, so that the text keeps its length and every other
/// byte its offset. The facts stage reads this text, so that "14 Septem-\nber 2026" is a date
/// as the summary reads it, and not the name "Septem" and a year.
pub(crate) struct Rejoined {
    pub text: String,
    moves: Vec<Move>,
}

/// One part moved: `len` bytes from `hyphen + gap` to `hyphen`.
#[derive(Clone, Copy, Debug)]
struct Move {
    hyphen: usize,
    gap: usize,
    len: usize,
}

impl Rejoined {
    /// `None` when no sentence of `text` has a word to join. A break is joined only inside a
    /// sentence, across one line break, and where all the bytes it moves are ASCII, so that
    /// every sentence keeps its words and every offset stays on a character's boundary.
    pub fn of(text: &str, sentences: &[Sentence]) -> Option<Rejoined> {
        let reading = ReadingText::new(text);
        let mut moves: Vec<Move> = Vec::new();
        for (newline, _) in text.match_indices('\n') {
            let Some(hyphen) = hyphen_before(text.as_bytes(), newline) else { continue };
            let sentence = sentences.get(sentences.partition_point(|s| s.end <= newline));
            let Some(sentence) = sentence.filter(|s| s.start <= hyphen) else { continue };
            let Some(found) = line_break_move(text, hyphen, newline, sentence.end) else { continue };
            let after_last = moves.last().is_none_or(|m| found.hyphen >= m.hyphen + m.gap + m.len);
            let (word, part) = (last_word(&text[..=found.hyphen]), &text[found.hyphen + found.gap..][..found.len]);
            if after_last && hyphen_break(word, part).is_some_and(|(left, right)| reading.joins(left, right)) {
                moves.push(found);
            }
        }
        if moves.is_empty() {
            return None;
        }
        let mut bytes = text.as_bytes().to_vec();
        for m in &moves {
            bytes.copy_within(m.hyphen + m.gap..m.hyphen + m.gap + m.len, m.hyphen);
            bytes[m.hyphen + m.len..m.hyphen + m.gap + m.len].fill(b' ');
        }
        String::from_utf8(bytes).ok().map(|text| Rejoined { text, moves })
    }

    /// The span of `text` (the source) that the span `start..end` of the rejoined text covers.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        let shift = |at: usize, moved: fn(&Move, usize) -> bool| {
            let i = self.moves.partition_point(|m| m.hyphen + m.len < at);
            self.moves.get(i).filter(|m| moved(m, at)).map_or(at, |m| at + m.gap)
        };
        (shift(start, |m, at| (m.hyphen..m.hyphen + m.len).contains(&at)), shift(end, |m, at| at > m.hyphen))
    }
}

/// The hyphen that ends the line that the line break at byte `newline` of `text` ends, with
/// only spaces or tabs after it.
fn hyphen_before(bytes: &[u8], newline: usize) -> Option<usize> {
    let hyphen = newline - bytes[..newline].iter().rev().take_while(|b| is_blank(**b)).count();
    hyphen.checked_sub(1).filter(|&h| bytes[h] == b'-')
}

/// The move that would join the word broken by `hyphen` and the line break at byte `newline`
/// of `text`, within a sentence that ends at `end`: after the line break, spaces or tabs, then
/// the part up to the next whitespace, all ASCII.
fn line_break_move(text: &str, hyphen: usize, newline: usize, end: usize) -> Option<Move> {
    let bytes = text.as_bytes();
    let start = newline + 1 + bytes.get(newline + 1..end)?.iter().take_while(|b| is_blank(**b)).count();
    let len = bytes.get(start..end)?.iter().take_while(|b| !b.is_ascii_whitespace()).count();
    let ascii = bytes[start..start + len].is_ascii();
    (len > 0 && ascii).then_some(Move { hyphen, gap: start - hyphen, len })
}

fn is_blank(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r')
}

/// The last whitespace-separated word of `text`.
fn last_word(text: &str) -> &str {
    text.rsplit(char::is_whitespace).next().unwrap_or(text)
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
fn words_of(text: &str) -> HashSet<String, BuildHasherDefault<WordHasher>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_hyphenated_at_a_line_break_reads_whole() {
        let source = "Growth was an in-\ncrease on 2024, a deep-water berth, and the deep-\nwater quay opens in Septem-\nber \
                      or by the long-\nterm plan. Its self-\n driving cars. The increase came in May -\nnot June. Hyphen- \nated.";
        let reading = ReadingText::new(source);
        assert_eq!(reading.of("an in-\ncrease on"), "an increase on"); // 1: "increase" stands elsewhere
        assert_eq!(reading.of("the deep-\nwater quay"), "the deep-water quay"); // 2: "deep-water"
        assert_eq!(reading.of("in Septem-\nber or"), "in September or"); // 1: a month
        assert_eq!(reading.of("on Fri-\nday."), "on Friday."); // 1: a day of the week
        assert_eq!(reading.of("the long-\nterm plan."), "the long-term plan."); // 4
        assert_eq!(reading.of("Its self-\n driving cars."), "Its self-driving cars.");
        assert_eq!(reading.of("in May -\nnot June."), "in May - not June."); // a dash, no word before it
        assert_eq!(reading.of("Hyphen- \nated."), "Hyphenated."); // 3, and spaces before the break
        assert_eq!(reading.of("Fine-\nTuning and x-\n2"), "Fine- Tuning and x- 2"); // not lower case on both sides
        assert_eq!(reading.of(" a \n b\t\tc- d "), "a b c- d"); // no line break: a space
    }

    fn rejoined(text: &str) -> Option<String> {
        Rejoined::of(text, &crate::sentences(text)).map(|r| r.text)
    }

    #[test]
    fn hyph_1_rejoined_text_keeps_its_length_and_the_offsets_of_the_rest() {
        let text = "Met on 14 Septem-\nber's 2026 vote, an in- \n  crease. The increase held.";
        let joined = Rejoined::of(text, &crate::sentences(text)).expect("two breaks to join");
        assert_eq!(joined.text, "Met on 14 September's   2026 vote, an increase.      The increase held.");
        let at = |s: &str| joined.text.find(s).unwrap();
        let (start, end) = joined.source_span(at("September"), at("September") + "September's".len());
        assert_eq!(&text[start..end], "Septem-\nber's");
        let (start, end) = joined.source_span(at("increase"), at("increase") + "increase".len());
        assert_eq!(&text[start..end], "in- \n  crease");
        assert_eq!(joined.source_span(at("The"), at("The") + 3), (at("The"), at("The") + 3));
    }

    #[test]
    fn hyph_1_breaks_that_stay_as_written() {
        assert_eq!(rejoined("a deep-\nwater quay and the long-\nterm plan"), None); // rules 2 and 4
        assert_eq!(rejoined("Fine-\nTuning and May -\nnot June"), None); // not lower case; a dash
        assert_eq!(rejoined("in Septem-\n\nber 2026"), None); // a paragraph apart
        assert_eq!(rejoined("in Septem-\nbér 2026"), None); // a part that is not ASCII stays in place
        assert_eq!(rejoined("in Septem-"), None);
        assert_eq!(rejoined("-\n"), None);
    }
}
