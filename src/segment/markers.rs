//! List markers (SEG-16): bullets ("• ", "- "), and enumerators ("1.", "2)", "(iv)", "a.)")
//! at the start of a sentence or a line.

/// A list marker found at the start of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Byte offset just past the marker (its own full stop is not a sentence end).
    pub end: usize,
    /// What the next item of the same list starts with, to split "1. a 2. b" inline.
    pub next: Successor,
    /// Whether the sentence counts as a list item. A lone capital and full stop ("J. R. R.
    /// Tolkien") is read as a marker, for its full stop, but only "A." and "I." open a list.
    pub is_item: bool,
    /// Whether it can start a list even after a lowercase-looking break: a bracketed marker
    /// or a first one ("a.", "i.", "1."), unlike "m." in "a. m.".
    pub opens_list: bool,
    /// Whether it is the first enumerator of a list ("1.", "a)", "(i)").
    pub first: bool,
}

/// The marker the following item of a list would carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Successor {
    /// Unknown: plain dashes and asterisks also occur inside sentences.
    None,
    /// The same distinctive bullet again.
    Bullet(char),
    /// The enumerator after this one, in the same style.
    Enumerator(Style, Token),
}

/// How an enumerator is punctuated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
    /// `(1)`
    Enclosed,
}

/// The value of an enumerator; a letter that is also a Roman numeral ("i", "v") has both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    number: Option<u32>,
    letter: Option<u8>,
    roman: Option<(u32, bool)>,
}

impl Token {
    /// "1", "a", "A", "i", "I": the first item of a list.
    fn is_first(&self) -> bool {
        self.number == Some(1) || matches!(self.letter, Some(b'a' | b'A')) || self.roman.is_some_and(|(n, _)| n == 1)
    }

    /// Whether `next` follows `self` in a list: 1 → 2, a → b, iv → v (same case).
    fn is_followed_by(&self, next: &Token) -> bool {
        let number = matches!((self.number, next.number), (Some(a), Some(b)) if b == a + 1);
        let letter = matches!((self.letter, next.letter), (Some(a), Some(b)) if b == a + 1);
        let roman = matches!((self.roman, next.roman),
            (Some((a, upper_a)), Some((b, upper_b))) if b == a + 1 && upper_a == upper_b);
        number || letter || roman
    }
}

/// Bullets distinctive enough that a repeat inside a line starts a new item.
pub(crate) fn is_distinct_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '◆'
            | '◇'
            | '✓'
            | '✔'
            | '·'
            // A social post's bullets: "✅ Opening an office in Rotterdam", "👉 Sign up now".
            | '✅'
            | '☑'
            | '❌'
            | '➡'
            | '➤'
            | '→'
            | '👉'
            | '🔹'
            | '🔸'
            | '▸'
    )
}

/// Parses a list marker at `pos` (the first character of a sentence or line).
pub(crate) fn parse(text: &str, pos: usize, end: usize) -> Option<Marker> {
    let rest = text.get(pos..end)?;
    let first = rest.chars().next()?;
    if is_distinct_bullet(first) {
        let after = pos + first.len_utf8();
        let spaced = skip_spaces(text, after, end);
        let end_of_marker = enumerator(text, spaced, end).map_or(after, |(e, ..)| e);
        return Some(Marker {
            end: end_of_marker,
            next: Successor::Bullet(first),
            is_item: true,
            opens_list: true,
            first: false,
        });
    }
    if matches!(first, '-' | '*' | '+' | '–' | '—') && followed_by_space(text, pos + 1, end) {
        let next = Successor::None;
        return Some(Marker { end: pos + first.len_utf8(), next, is_item: true, opens_list: true, first: false });
    }
    let (marker_end, style, token) = enumerator(text, pos, end)?;
    let lone_capital = style == Style::Dot && token.letter.is_some_and(|l| l.is_ascii_uppercase());
    let is_item = !lone_capital || matches!(token.letter, Some(b'A' | b'I'));
    // Initials ("J. K. Moreno") look like "J." then "K.": only a list's opening letter counts.
    let successor = if is_item { Successor::Enumerator(style, token) } else { Successor::None };
    Some(Marker {
        end: marker_end,
        next: successor,
        is_item,
        opens_list: style != Style::Dot || token.is_first(),
        first: token.is_first() && !lone_capital,
    })
}

/// Whether the list item after `marker` starts at `pos`.
pub(crate) fn is_successor(text: &str, pos: usize, end: usize, marker: Successor) -> bool {
    match marker {
        Successor::None => false,
        Successor::Bullet(bullet) => text.get(pos..end).is_some_and(|r| r.starts_with(bullet)),
        // The next item, or the first item of a new list in the same style.
        Successor::Enumerator(style, token) => enumerator(text, pos, end)
            .is_some_and(|(_, s, next)| s == style && (token.is_followed_by(&next) || next.is_first())),
    }
}

/// An enumerator at `pos` followed by whitespace: its end, style and value.
fn enumerator(text: &str, pos: usize, end: usize) -> Option<(usize, Style, Token)> {
    let bytes = text.as_bytes().get(pos..end)?;
    let enclosed = bytes.first() == Some(&b'(');
    let start = usize::from(enclosed);
    let len = bytes.get(start..)?.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let after = bytes.get(start + len..)?;
    let (style, punct) = if enclosed {
        match after {
            [b')', b'.', ..] => (Style::Enclosed, 2),
            [b')', ..] => (Style::Enclosed, 1),
            _ => return None,
        }
    } else {
        match after {
            [b'.', b')', ..] => (Style::DotParen, 2),
            [b')', ..] => (Style::Paren, 1),
            [b'.', ..] => (Style::Dot, 1),
            _ => return None,
        }
    };
    let marker_end = pos + start + len + punct;
    if !followed_by_space(text, marker_end, end) {
        return None;
    }
    Some((marker_end, style, token(bytes.get(start..start + len)?)?))
}

/// Reads 1–3 digits, one ASCII letter, or a Roman numeral up to 4 letters.
fn token(bytes: &[u8]) -> Option<Token> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    if bytes.iter().all(u8::is_ascii_digit) {
        let number = bytes.iter().try_fold(0u32, |n, &b| Some(n * 10 + u32::from(b - b'0')));
        return (bytes.len() <= 3).then_some(Token { number, letter: None, roman: None });
    }
    let letter = (bytes.len() == 1 && bytes[0].is_ascii_alphabetic()).then_some(bytes[0]);
    let roman = roman(bytes);
    (letter.is_some() || roman.is_some()).then_some(Token { number: None, letter, roman })
}

/// The value and case of a Roman numeral (up to 4 letters, one case), if canonical.
fn roman(bytes: &[u8]) -> Option<(u32, bool)> {
    let upper = bytes.first()?.is_ascii_uppercase();
    if bytes.iter().any(|b| b.is_ascii_uppercase() != upper) {
        return None;
    }
    // Only canonical spellings: "iiii" or "vx" are words or typos, not numerals.
    (1..=39u32).find(|&n| roman_matches(n, bytes)).map(|n| (n, upper))
}

/// Whether `bytes` spell `n` in Roman numerals, ignoring case.
fn roman_matches(n: u32, bytes: &[u8]) -> bool {
    const TENS: [&str; 4] = ["", "x", "xx", "xxx"];
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let (tens, units) = (TENS[(n / 10) as usize % 4], UNITS[(n % 10) as usize]);
    bytes.len() == tens.len() + units.len()
        && bytes[..tens.len()].eq_ignore_ascii_case(tens.as_bytes())
        && bytes[tens.len()..].eq_ignore_ascii_case(units.as_bytes())
}

fn followed_by_space(text: &str, pos: usize, end: usize) -> bool {
    text.get(pos..end).and_then(|r| r.chars().next()).is_some_and(char::is_whitespace)
}

fn skip_spaces(text: &str, pos: usize, end: usize) -> usize {
    let rest = text.get(pos..end).unwrap_or("");
    pos + (rest.len() - rest.trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(text: &str) -> Option<Marker> {
        parse(text, 0, text.len())
    }

    #[test]
    fn seg16_recognises_enumerators_and_bullets() {
        for text in ["1. a", "1.) a", "2) a", "(iv) a", "a. b", "iii. x", "• x", "⁃9. x", "- x"] {
            assert!(marker(text).is_some(), "{text}");
        }
        for text in ["1.5 a", "2010. a", "U.S. a", "iiii. a", "-x", "abcde. x", "1."] {
            assert!(marker(text).is_none(), "{text}");
        }
    }

    #[test]
    fn seg16_successors_follow_in_the_same_style() {
        let next = |first: &str, second: &str| {
            let m = marker(first).unwrap().next;
            is_successor(second, 0, second.len(), m)
        };
        assert!(next("1. a", "2. b"));
        assert!(!next("1. a", "3. b"));
        assert!(!next("1. a", "2) b"));
        assert!(next("(iv) a", "(v) b"));
        assert!(next("i) a", "ii) b"));
        assert!(next("a. a", "b. b"));
        assert!(next("• a", "• b"));
        assert!(!next("- a", "- b"));
        assert!(next("2.) a", "1.) b"), "a new list starts");
    }

    #[test]
    fn seg16_a_lone_capital_is_an_item_only_when_it_opens_a_list() {
        assert!(marker("A. First").unwrap().is_item);
        assert!(!marker("J. R. R. Tolkien").unwrap().is_item);
    }
}
