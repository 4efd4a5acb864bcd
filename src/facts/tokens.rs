//! The facts stage's tokenizer: a sentence becomes words, numbers and single symbols, each a
//! byte span of the input that knows whether whitespace precedes it (so "5bn" and "US$" can be
//! told from "5 bn" and "US $").

use super::local::Lang;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with inner apostrophes ("hasn't") and dotted initials ("U.S.").
    Word,
    /// ASCII digits, with thousands commas ("1,000") and one decimal point ("29.3").
    Number,
    /// Any other single character that is not whitespace.
    Symbol,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    /// Byte offset of its first character in the whole input.
    pub start: usize,
    /// Byte offset just past its last character in the whole input.
    pub end: usize,
    /// Whether whitespace (or the sentence start) comes right before it.
    pub spaced: bool,
    /// Whether it opens a sentence or a quotation, where capitals say nothing about names.
    pub initial: bool,
    /// The text's language: whether a number's decimal mark is a comma ("8,1") and a point
    /// groups its thousands ("3.000") (NUM-1), and which words name months, scales and
    /// currencies (LANG-1 … LANG-3).
    pub lang: Lang,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// Whether it is the symbol `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokenKind::Symbol && self.text.starts_with(c) && self.text.len() == c.len_utf8()
    }

    /// Whether it is a word that starts with a capital, or a name in camel case after a lower-case
    /// "e" or "i" ("eBay", "iPhone", "iOS").
    pub fn is_capitalized(&self) -> bool {
        let b = self.text.as_bytes();
        let camel = || b.len() >= 3 && matches!(b[0], b'e' | b'i') && b[1].is_ascii_uppercase();
        let first_is_upper = match b.first() {
            Some(&first) if first.is_ascii() => first.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        };
        self.is_word() && (first_is_upper || camel())
    }

    /// Whether it is a word of two or more letters, all upper case ("AWS", "U.S.").
    pub fn is_acronym(&self) -> bool {
        if !self.is_word() {
            return false;
        }
        if self.text.is_ascii() {
            // The same test a byte at a time: most words are ASCII, and most fail at their
            // second letter.
            let b = self.text.as_bytes();
            return b.iter().all(|&c| c.is_ascii_uppercase() || c == b'.' || c == b'&')
                && b.iter().filter(|c| c.is_ascii_alphabetic()).nth(1).is_some();
        }
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && self.text.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
    }

    /// NUM-1: whether it is digits with two or more dots that are not thousands groups: a
    /// dotted date ("17.07.2025", DATE-5), a version or an address ("4.1.3", "192.168.1.1").
    pub fn is_dotted(&self) -> bool {
        self.has_two_dots() && !self.has_dot_groups()
    }

    /// NUM-1: whether it is digits in groups of three set apart by two or more dots, as a
    /// language with a decimal comma writes thousands ("1.000.000", "170.500.000,00"), in any
    /// language: a version or an address is rarely written so.
    pub fn has_dot_groups(&self) -> bool {
        if !self.has_two_dots() {
            return false;
        }
        let whole = self.text.split(',').next().unwrap_or_default();
        let mut groups = whole.split('.');
        groups.next().is_some_and(|g| (1..=3).contains(&g.len())) && groups.all(|g| g.len() == 3)
    }

    /// Whether it is a number with a decimal part in its language's writing ("2.5", "2,5").
    pub fn has_decimal_mark(&self) -> bool {
        self.is_number() && self.text.contains(if self.lang.decimal_comma() { ',' } else { '.' })
    }

    fn has_two_dots(&self) -> bool {
        self.is_number() && self.text.bytes().filter(|&b| b == b'.').nth(1).is_some()
    }

    /// Whether it is a word with no upper-case letter.
    pub fn is_lowercase(&self) -> bool {
        self.is_word()
            && if self.text.is_ascii() {
                !self.text.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                !self.text.chars().any(char::is_uppercase)
            }
    }
}

/// Whether token `j` is the word `word`, in any ASCII case.
pub(crate) fn word_is(tokens: &[Token<'_>], j: usize, word: &str) -> bool {
    tokens.get(j).is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case(word))
}

/// Whether token `j` is one of `words`, in any ASCII case.
pub(crate) fn word_in(tokens: &[Token<'_>], j: usize, words: &[&str]) -> bool {
    tokens.get(j).is_some_and(|t| t.is_word() && words.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
}

/// Whether token `j` is a hyphen glued to the tokens either side of it ("$1.2-billion",
/// "20,000-euro").
pub(crate) fn glued_hyphen_at(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| t.is('-') && !t.spaced) && tokens.get(j + 1).is_some_and(|t| !t.spaced)
}

/// Whether token `j` is a possessive "'s" glued to the word before it.
pub(crate) fn possessive_at(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.spaced && (t.text == "'s" || t.text == "’s"))
}

/// Splits `sentence` (which starts at byte `offset` of the input) into tokens.
#[cfg(test)]
pub(crate) fn tokenize(sentence: &str, offset: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    tokenize_into(sentence, offset, Lang::English, &mut tokens);
    tokens
}

/// Appends the tokens of `sentence` (which starts at byte `offset` of the input) to `tokens`.
pub(crate) fn tokenize_into<'a>(sentence: &'a str, offset: usize, lang: Lang, tokens: &mut Vec<Token<'a>>) {
    let decimal_comma = lang.decimal_comma();
    let mut spaced = true;
    let mut opening = Opening::default();
    let mut rest = sentence;
    while let Some(c) = rest.chars().next() {
        let at = sentence.len() - rest.len();
        if c.is_whitespace() {
            spaced = true;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let (kind, len) = if c.is_ascii_digit() {
            (TokenKind::Number, number_len(rest, decimal_comma))
        } else if is_word_char(c) {
            (TokenKind::Word, word_len(rest))
        } else if matches!(c, '\'' | '’') && !spaced && is_possessive(rest) {
            (TokenKind::Word, c.len_utf8() + 1)
        } else {
            (TokenKind::Symbol, c.len_utf8())
        };
        let token = Token {
            kind,
            text: &rest[..len],
            start: offset + at,
            end: offset + at + len,
            spaced,
            initial: kind == TokenKind::Word && opening.now,
            lang,
        };
        opening.advance(&token, tokens.last());
        tokens.push(token);
        spaced = false;
        rest = &rest[len..];
    }
}

/// Whether the next word opens a clause, where capitals say nothing about names: at the start
/// of a sentence (past opening symbols and a task list's box), after an opening quote, a
/// colon or a separator set apart ("$549 | Check price at …", "2d • Edited"), after a
/// dateline's parenthesis within the first few words ("(CNN) --", "Karachi, Pakistan (CNN)"),
/// and after a sentence's end inside a quotation that the segmenter keeps whole ("… a vague
/// sensation. Maybe it's …"): a "!" or "?", or a full stop after a lower-case word or a
/// number, which no abbreviation ("Mr.", "Inc.") is.
#[derive(Clone, Copy, Debug)]
struct Opening {
    now: bool,
    in_leading_parens: bool,
    words: usize,
}

impl Default for Opening {
    fn default() -> Self {
        Opening { now: true, in_leading_parens: false, words: 0 }
    }
}

impl Opening {
    /// Moves past `token`, which follows `before`; other symbols leave the state as it is.
    fn advance(&mut self, token: &Token<'_>, before: Option<&Token<'_>>) {
        let after_lowercase =
            || before.is_some_and(|b| b.kind == TokenKind::Number || (b.text.len() > 1 && b.is_lowercase()));
        if token.kind != TokenKind::Symbol {
            self.now = false;
            self.words += 1;
        } else if token.is('!') || token.is('?') || (token.is('.') && !token.spaced && after_lowercase()) {
            self.now = true;
        } else if self.words <= 4 && token.is('(') {
            self.in_leading_parens = true;
        } else if self.in_leading_parens && token.is(')') {
            self.in_leading_parens = false;
            self.now = true;
        } else if self.words <= 1 && token.is(']') && before.is_some_and(|b| b.is('[') || matches!(b.text, "x" | "X")) {
            self.now = true; // past a task list's box: "- [x] Levee design approved"
        } else if ["\"", "“", "‘", ":"].contains(&token.text)
            || (token.spaced && ["'", "|", "•", "·"].contains(&token.text))
        {
            self.now = true;
        }
    }
}

/// Letters and the marks that combine with them.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic()
        || crate::words::is_common_letter(c)
        || c.is_alphabetic()
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
        || matches!(c, '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{200c}' | '\u{200d}')
}

/// Digits, then groups of ",ddd" and one ".d+" (with a decimal comma: ".ddd" and ",d+"; and
/// NUM-1, groups after a space, a no-break space or a narrow one: "1 500", "12 000 000").
fn number_len(s: &str, decimal_comma: bool) -> usize {
    let (group, point) = if decimal_comma { (b'.', b',') } else { (b',', b'.') };
    let b = s.as_bytes();
    let digits_from = |i: usize| digit_run(b, i);
    let mut i = digits_from(0);
    while b.get(i) == Some(&group) && digits_from(i + 1) == 3 {
        i += 4;
    }
    if decimal_comma && i <= 3 {
        while let Some(space) = ["\u{202f}", "\u{a0}", " "].iter().find(|space| s[i..].starts_with(**space)) {
            if digits_from(i + space.len()) != 3 {
                break;
            }
            i += space.len() + 3;
        }
    }
    if b.get(i) == Some(&point) && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1 + digits_from(i + 1);
    }
    i.max(dotted_len(b))
}

/// How many ASCII digits stand in `b` from `i` on.
fn digit_run(b: &[u8], i: usize) -> usize {
    b.get(i..).unwrap_or_default().iter().take_while(|c| c.is_ascii_digit()).count()
}

/// NUM-1: the length of digits with two or more dots between them ("4.1.3", "17.07.2025"),
/// or 0: one token, not a number and the next.
fn dotted_len(b: &[u8]) -> usize {
    let digits_from = |i: usize| digit_run(b, i);
    let (mut end, mut dots) = (digits_from(0), 0);
    while end > 0 && b.get(end) == Some(&b'.') && digits_from(end + 1) > 0 {
        end += 1 + digits_from(end + 1);
        dots += 1;
    }
    if dots >= 2 {
        end
    } else {
        0
    }
}

/// Letters, an apostrophe between letters (but not a possessive "'s", which becomes its own
/// token), or dotted initials like "U.S." and "p.m.".
fn word_len(s: &str) -> usize {
    // Most words: ASCII letters up to a space or a punctuation mark other than `'` and `.`,
    // which settle nothing below.
    let ascii = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if ascii > 0 && s.as_bytes().get(ascii).is_none_or(|&b| b.is_ascii() && b != b'\'' && b != b'.') {
        return ascii;
    }
    word_len_by_chars(s)
}

/// [`word_len`] for any word, a character at a time.
fn word_len_by_chars(s: &str) -> usize {
    if let Some(len) = dotted_initials_len(s) {
        return len;
    }
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = i + c.len_utf8();
        } else if matches!(c, '\'' | '’') && end > 0 && !is_possessive(&s[i..]) {
            match chars.peek() {
                Some(&(_, next)) if is_word_char(next) => end = i + c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// "'s" or "’s" not followed by a letter.
fn is_possessive(s: &str) -> bool {
    let mut chars = s.chars().skip(1);
    chars.next().is_some_and(|c| c == 's' || c == 'S') && !chars.next().is_some_and(is_word_char)
}

/// "U.S.", "U.S.A.", "p.m.": two or more single letters, each followed by a period.
fn dotted_initials_len(s: &str) -> Option<usize> {
    let mut len = 0;
    let mut count = 0;
    let mut chars = s.chars();
    while let (Some(letter), Some('.')) = (chars.next(), chars.next()) {
        if !letter.is_alphabetic() {
            break;
        }
        len += letter.len_utf8() + 1;
        count += 1;
        if chars.clone().next().is_some_and(is_word_char) && chars.clone().nth(1).is_some_and(|c| c != '.') {
            break;
        }
    }
    (count >= 2).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_ascii_word_path_agrees_with_the_general_one(s in "[a-zA-Z'’.é \\-,0-9\u{301}]{1,12}") {
            proptest::prop_assert_eq!(word_len(&s), word_len_by_chars(&s));
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_numbers_and_symbols() {
        assert_eq!(texts("$29.3 billion, up 17%"), ["$", "29.3", "billion", ",", "up", "17", "%"]);
        assert_eq!(texts("1,000,000 or 1,00"), ["1,000,000", "or", "1", ",", "00"]);
        assert_eq!(texts("£15.8m"), ["£", "15.8", "m"]);
    }

    #[test]
    fn splits_possessives_but_keeps_contractions() {
        assert_eq!(texts("Amazon’s staff hasn't"), ["Amazon", "’s", "staff", "hasn't"]);
        assert_eq!(texts("O'Brien's"), ["O'Brien", "'s"]);
    }

    #[test]
    fn keeps_dotted_initials_together() {
        assert_eq!(texts("the U.S. and U.K."), ["the", "U.S.", "and", "U.K."]);
        assert_eq!(texts("3 p.m. today"), ["3", "p.m.", "today"]);
        assert_eq!(texts("George W. Bush"), ["George", "W", ".", "Bush"]);
    }

    #[test]
    fn marks_spacing_and_clause_openings() {
        let dateline = tokenize("(CNN) -- Share it", 0);
        assert!(dateline[1].initial && dateline[5].initial && !dateline[6].initial);
        let place = tokenize("Karachi, Pakistan (CNN) Suicide bombers", 0);
        assert!(place[6].initial);
        let tokens = tokenize("He said: “Amazon US$5", 10);
        assert_eq!(tokens[0].start, 10);
        assert!(tokens[0].initial && !tokens[1].initial);
        assert!(tokens[4].initial, "after an opening quote");
        assert!(!tokens[6].spaced, "the $ follows US directly");
    }
}
