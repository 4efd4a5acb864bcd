//! SEG-15: quotations and short brackets hold their sentences together.
//!
//! `"How many? I don't know," she said.` is one sentence; so is `(Proc. ABC with Abs.
//! Compliance) not here`. One pass pairs openers with closers on a small stack; a quotation
//! of at most [`QUOTE_WORDS`] words or a bracket of at most [`BRACKET_WORDS`] words protects
//! the terminators inside it. Longer spans, and unpaired marks, protect nothing, so a quote
//! left open across a paragraph cannot swallow it.

use super::chars::is_space;

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

#[derive(Clone, Copy)]
struct Open {
    closer: char,
    start: usize,
    words: usize,
}

impl Protected {
    /// Finds the protected spans of `text[start..end]`, reusing this value's storage.
    pub(crate) fn find(&mut self, text: &str, start: usize, end: usize) {
        self.spans.clear();
        let Some(run) = text.get(start..end) else {
            return;
        };
        let mut stack = [Open {
            closer: ' ',
            start: 0,
            words: 0,
        }; MAX_DEPTH];
        let mut depth = 0;
        let mut words = 0;
        let mut prev = ' ';
        let mut chars = run.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map_or(' ', |&(_, n)| n);
            if is_space(c) && !is_space(prev) {
                words += 1;
            }
            let pos = start + i;
            if let Some(closer) = self.closes(&stack[..depth], c, prev, next) {
                if let Some(k) = stack[..depth].iter().rposition(|o| o.closer == closer) {
                    let open = stack[k];
                    depth = k;
                    let limit = if matches!(closer, ')' | ']' | '}' | '）') {
                        BRACKET_WORDS
                    } else {
                        QUOTE_WORDS
                    };
                    if words - open.words <= limit {
                        self.spans.push((open.start, pos + c.len_utf8()));
                    }
                }
            } else if let Some(closer) = opens(c, prev, next) {
                if depth < MAX_DEPTH {
                    stack[depth] = Open {
                        closer,
                        start: pos,
                        words,
                    };
                    depth += 1;
                }
            }
            prev = c;
        }
        self.spans.sort_unstable();
        self.merge();
    }

    /// Whether a terminator at `t` whose sentence would end at `end` lies inside a span that
    /// goes on after `end`.
    pub(crate) fn covers(&self, t: usize, end: usize) -> bool {
        let i = self.spans.partition_point(|&(open, _)| open < t);
        i > 0 && self.spans.get(i - 1).is_some_and(|&(_, close)| end < close)
    }

    /// Folds nested and overlapping spans into their union.
    fn merge(&mut self) {
        let mut merged: usize = 0;
        for i in 0..self.spans.len() {
            let (open, close) = self.spans[i];
            match merged.checked_sub(1).map(|m| self.spans[m]) {
                Some((_, last_close)) if open < last_close => {
                    self.spans[merged - 1].1 = last_close.max(close);
                }
                _ => {
                    self.spans[merged] = (open, close);
                    merged += 1;
                }
            }
        }
        self.spans.truncate(merged);
    }

    /// The closer `c` stands for, if it closes something open.
    fn closes(&self, stack: &[Open], c: char, prev: char, next: char) -> Option<char> {
        let expecting = |closer: char| stack.iter().any(|o| o.closer == closer);
        match c {
            ')' | ']' | '}' | '»' | '”' | '）' | '》' | '」' | '』' | '】' | '〉' => {
                Some(c)
            }
            // German „…“: the English opening quote closes it.
            '“' if expecting('“') => Some(c),
            // An apostrophe inside a word ("don’t") closes nothing.
            '’' if !(prev.is_alphabetic() && next.is_alphabetic()) && expecting('’') => Some(c),
            '"' | '\'' if expecting(c) && !is_space(prev) && !next.is_alphanumeric() => Some(c),
            _ => None,
        }
    }
}

/// The closer an opener `c` waits for, if `c` opens here.
fn opens(c: char, prev: char, next: char) -> Option<char> {
    let at_word_start = (is_space(prev) || "([{\"'“‘«".contains(prev)) && !is_space(next);
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
    fn seg15_covers_only_breaks_inside_a_span() {
        let mut protected = Protected::default();
        let text = r#"x "A. B." y"#;
        protected.find(text, 0, text.len());
        assert!(protected.covers(4, 5));
        assert!(!protected.covers(7, 9));
    }
}
