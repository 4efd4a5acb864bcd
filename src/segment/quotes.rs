//! SEG-15: quotations and short brackets hold their sentences together.
//!
//! `"How many? I don't know," she said.` is one sentence; so is `(Proc. ABC with Abs.
//! Compliance) not here`. One pass pairs openers with closers on a small stack; a quotation
//! of at most [`QUOTE_WORDS`] words or a bracket of at most [`BRACKET_WORDS`] words protects
//! the terminators inside it. Longer spans, and unpaired marks, protect nothing, so a quote
//! left open across a paragraph cannot swallow it.

use super::chars::is_space;
use super::swar::{self, HIGH_BITS};

/// Longest quotation, in words, whose inner terminators are not boundaries.
const QUOTE_WORDS: usize = 100;
/// Longest bracket, in words, whose inner terminators are not boundaries.
const BRACKET_WORDS: usize = 10;
/// Deepest nesting tracked; deeper openers are ignored.
const MAX_DEPTH: usize = 8;

/// The protected spans of one run, as sorted, disjoint byte ranges.
#[derive(Debug, Default)]
pub(crate) struct Protected {
    spans: Vec<(usize, usize)>,
}

/// The openers waiting for their closers, and the words seen so far.
struct Pairing {
    stack: [Open; MAX_DEPTH],
    depth: usize,
    words: usize,
}

#[derive(Clone, Copy)]
struct Open {
    closer: char,
    start: usize,
    words: usize,
}

impl Protected {
    /// Finds the protected spans of `text[start..end]`, reusing this value's storage.
    ///
    /// A byte loop: only spaces (to count words) and the bytes that can start a bracket or
    /// quotation mark are looked at, and eight bytes of plain ASCII at a time ([`quiet_spaces`]).
    pub(crate) fn find(&mut self, text: &str, start: usize, end: usize) {
        self.spans.clear();
        let Some(run) = text.as_bytes().get(start..end) else {
            return;
        };
        let mut pairing = Pairing { stack: [Open { closer: ' ', start: 0, words: 0 }; MAX_DEPTH], depth: 0, words: 0 };
        let mut in_space = true;
        let mut i = 0;
        while i < run.len() {
            if let Some(spaces) = swar::word_at(run, i).and_then(quiet_spaces) {
                // A word ends at each space after a non-space.
                let after_non_space = (!spaces & HIGH_BITS) << 8 | u64::from(!in_space) << 7;
                pairing.words += (spaces & after_non_space).count_ones() as usize;
                in_space = spaces >> 63 != 0;
                i += 8;
                continue;
            }
            for (k, &b) in run.iter().enumerate().skip(i).take(8) {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                    pairing.words += usize::from(!in_space);
                    in_space = true;
                    continue;
                }
                in_space = false;
                let may_pair = matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | b'\'')
                    // Lead bytes of « » “ ” ‘ ’ „ and the CJK and full-width brackets.
                    || matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF);
                if may_pair {
                    self.visit(text, start + k, start..end, &mut pairing);
                }
            }
            i += 8;
        }
    }

    /// Pairs the mark at `pos`, if it is one.
    fn visit(&mut self, text: &str, pos: usize, run: std::ops::Range<usize>, pairing: &mut Pairing) {
        let Some(c) = text.get(pos..run.end).and_then(|r| r.chars().next()) else {
            return;
        };
        let prev = text.get(run.start..pos).and_then(|r| r.chars().next_back()).unwrap_or(' ');
        let after = pos + c.len_utf8();
        let next = text.get(after..run.end).and_then(|r| r.chars().next()).unwrap_or(' ');
        let open = &pairing.stack[..pairing.depth];
        if let Some(closer) = self.closes(open, c, prev, next) {
            if let Some(k) = open.iter().rposition(|o| o.closer == closer) {
                let opened = pairing.stack[k];
                pairing.depth = k;
                let limit = if matches!(closer, ')' | ']' | '}' | '）') { BRACKET_WORDS } else { QUOTE_WORDS };
                if pairing.words - opened.words <= limit {
                    self.add(opened.start, after);
                }
            }
        } else if let Some(closer) = opens(c, prev, next).filter(|_| !(c == '\'' && is_clitic(text, after, run.end))) {
            if pairing.depth < MAX_DEPTH {
                pairing.stack[pairing.depth] = Open { closer, start: pos, words: pairing.words };
                pairing.depth += 1;
            }
        }
    }

    /// Whether a terminator at `t` whose sentence would end at `end` lies inside a span that
    /// goes on after `end`.
    pub(crate) fn covers(&self, t: usize, end: usize) -> bool {
        let i = self.spans.partition_point(|&(open, _)| open < t);
        i > 0 && self.spans.get(i - 1).is_some_and(|&(_, close)| end < close)
    }

    /// Adds the span of a pair that has just closed, folding in the spans it holds. Spans
    /// come in the order they close, and pairs from one stack nest or lie apart, so those
    /// still open at `open` or later are inside this one, and the rest end before it: the
    /// list stays sorted and disjoint, the union of the spans, without a sort.
    fn add(&mut self, open: usize, close: usize) {
        while self.spans.last().is_some_and(|&(inner, _)| inner >= open) {
            self.spans.pop();
        }
        self.spans.push((open, close));
    }

    /// The closer `c` stands for, if it closes something open.
    fn closes(&self, stack: &[Open], c: char, prev: char, next: char) -> Option<char> {
        let expecting = |closer: char| stack.iter().any(|o| o.closer == closer);
        match c {
            ')' | ']' | '}' | '»' | '”' | '）' | '》' | '」' | '』' | '】' | '〉' => Some(c),
            // German „…“: the English opening quote closes it.
            '“' if expecting('“') => Some(c),
            // An apostrophe inside a word ("don’t") closes nothing.
            '’' if !(prev.is_alphabetic() && next.is_alphabetic()) && expecting('’') => Some(c),
            '"' | '\'' if expecting(c) && !is_space(prev) && !next.is_alphanumeric() => Some(c),
            _ => None,
        }
    }
}

/// Bit 7 of each byte of `word`, eight text bytes, that is a space, when they are all
/// printable ASCII and none can open or close a pair; `None` otherwise.
fn quiet_spaces(word: u64) -> Option<u64> {
    // Four tests cover the eight marks: ( and ) differ in bit 0 only; [ { and ] } in bit 5;
    // " and ' are among the four bytes 0x22 | 0b1?1 (# and & come along, looked at for nothing).
    let marked = swar::has_byte(word & swar::repeated(0xFE), b'(')
        || swar::has_byte(word | swar::repeated(0x20), b'{')
        || swar::has_byte(word | swar::repeated(0x20), b'}')
        || swar::has_byte(word & swar::repeated(0xFA), b'"');
    let plain = !swar::has_non_ascii(word) && !swar::has_below(word, 0x20) && !marked;
    plain.then(|| swar::spaces_of_printable(word))
}

/// "Walter 's brother", "rock 'n' roll": tokenised text sets a clitic apart from its word,
/// and the apostrophe before it opens no quotation.
pub(crate) fn is_clitic(text: &str, pos: usize, end: usize) -> bool {
    let rest = text.as_bytes().get(pos..end).unwrap_or(&[]);
    let letters = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let clitic = matches!(rest.get(..letters), Some(b"s" | b"re" | b"ll" | b"ve" | b"d" | b"m" | b"t" | b"n" | b"em"));
    clitic && !rest.get(letters).is_some_and(u8::is_ascii_alphanumeric)
}

/// The closer an opener `c` waits for, if `c` opens here.
fn opens(c: char, prev: char, next: char) -> Option<char> {
    let at_word_start = (is_space(prev) || "([{\"'“‘«-—–".contains(prev)) && !is_space(next);
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '（' => Some('）'),
        '《' => Some('》'),
        '「' => Some('」'),
        '『' => Some('』'),
        '【' => Some('】'),
        '〈' => Some('〉'),
        '«' => Some('»'),
        '“' => Some('”'),
        '„' => Some('“'),
        '‘' => Some('’'),
        '"' if at_word_start => Some('"'),
        '\'' if at_word_start && next.is_alphabetic() => Some('\''),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut protected = Protected::default();
        protected.find(text, 0, text.len());
        protected.spans
    }

    #[test]
    fn seg15_pairs_quotes_and_brackets() {
        assert_eq!(spans(r#"He said "no. yes" then"#), [(8, 17)]);
        assert_eq!(spans("a (b. c) d"), [(2, 8)]);
        assert_eq!(spans("“a (b) c” d"), [(0, 13)]);
        assert_eq!(spans("„Ja. Nein“ sagte er"), [(0, 14)]);
    }

    #[test]
    fn seg15_ignores_apostrophes_unpaired_marks_and_long_brackets() {
        assert!(spans("It's Jr.'s book, isn't it? Don’t.").is_empty());
        assert!(spans(r#"A 6 3/4" trophy. Next."#).is_empty());
        let long = format!("({})", "word ".repeat(20));
        assert!(spans(&long).is_empty());
    }

    #[test]
    fn seg15_a_clitic_set_apart_opens_no_quotation() {
        assert!(spans("Walter 's brother left . He said , '' no .").is_empty());
        assert!(spans("rock 'n' roll . Yes ''").is_empty());
        assert_eq!(spans("he said 'save me. now' then"), [(8, 22)]);
    }

    #[test]
    fn seg15_counts_words_the_same_at_every_offset_and_spacing() {
        // The word count decides protection: it must not depend on where the eight-byte runs
        // of the fast path fall, nor on the spaces between the words.
        for pad in 0..17 {
            for gap in [" ", "  ", "\t", " \n ", "   "] {
                let text = |words: usize, open: &str, close: &str| {
                    let inner = vec!["wordy"; words].join(gap);
                    format!("{}{open}{inner}. x{close} end", "p ".repeat(pad))
                };
                for (open, close, limit) in [("(", ")", BRACKET_WORDS), ("\"", "\"", QUOTE_WORDS)] {
                    // "wordy" `limit` times, then "x": `limit` words end before the closer.
                    assert_eq!(spans(&text(limit, open, close)).len(), 1, "{pad} {gap:?} {open}");
                    assert!(spans(&text(limit + 1, open, close)).is_empty(), "{pad} {gap:?} {open}");
                }
            }
        }
    }

    #[test]
    fn seg15_covers_only_breaks_inside_a_span() {
        let mut protected = Protected::default();
        let text = r#"x "A. B." y"#;
        protected.find(text, 0, text.len());
        assert!(protected.covers(4, 5));
        assert!(!protected.covers(7, 9));
    }
}
