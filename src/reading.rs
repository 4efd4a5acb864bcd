//! The text of a summary sentence as a reader gets it: the span of the source as written,
//! read as prose (see [`ReadingText`]). The span itself, which the page highlights, is left as
//! it is.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::fnv::Fnv;

/// A chosen sentence as a summary gives it: without its Markdown and citations (links as their
/// text, no emphasis marks, no quoted lines' "> ", no "(Luhn, 1958)"; MD-2 … MD-5 in
/// `markup`), each run of whitespace one space, and a word that a line break hyphenated, as
/// text pasted from a PDF or a justified page has it ("an in-\ncrease", "Septem-\nber"), whole
/// again. A compound broken at its own hyphen ("deep-\nwater") keeps the hyphen. Which is
/// which, at a break between lower-case letters:
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
    words: OnceCell<HashSet<String, BuildHasherDefault<Fnv>>>,
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
        assert_eq!(reading.of("in Septem-\nber or"), "in September or"); // 3: "-ber"
        assert_eq!(reading.of("the long-\nterm plan."), "the long-term plan."); // 4
        assert_eq!(reading.of("Its self-\n driving cars."), "Its self-driving cars.");
        assert_eq!(reading.of("in May -\nnot June."), "in May - not June."); // a dash, no word before it
        assert_eq!(reading.of("Hyphen- \nated."), "Hyphenated."); // 3, and spaces before the break
        assert_eq!(reading.of("Fine-\nTuning and x-\n2"), "Fine- Tuning and x- 2"); // not lower case on both sides
        assert_eq!(reading.of(" a \n b\t\tc- d "), "a b c- d"); // no line break: a space
    }
}
