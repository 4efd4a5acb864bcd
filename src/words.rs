//! Words, for counting them and for the terms of scoring: the words of UAX #29 (what
//! `unicode-segmentation`'s `unicode_words` yields) for the text Nutshell reads, from a few
//! rules and ranges instead of the standard's tables, which were a tenth of the wasm.
//!
//! The rules, after UAX #29's word boundary rules (the WB numbers are the standard's):
//!
//! - **WD-1** (WB5, WB8–WB10) letters and digits in any mix make one word ("5bn", "G20").
//! - **WD-2** (WB6, WB7) letters on both sides of one of `. ' ’ : ·` stay one word ("U.S",
//!   "don't"); (WB11, WB12) so do digits on both sides of one of `. , ; '` ("1,000", "29.3").
//! - **WD-3** (WB13, WB13a, WB13b) `_` and the other connectors join what they touch
//!   ("snake_case"); katakana runs are one word.
//! - **WD-4** (WB4) combining marks, joiners and format characters belong to the character
//!   before them, and are passed over when rules look at neighbours.
//! - **WD-5** each ideograph, hiragana, and letter of the scripts written without spaces
//!   (Thai, Lao, Khmer, Myanmar) is a word of its own, with its marks; so is any other letter
//!   or digit that joins nothing ("½").
//! - **WD-6** a run that holds no letter or digit is no word (punctuation, symbols, emoji).
//!
//! - **WD-7** (WB7a–WB7c) in Hebrew, `"` between letters and `'` after one belong to the word.
//!
//! Known differences from UAX #29, all outside the languages Nutshell has profiles for: emoji
//! joined to a letter by ZWJ (WB3c), and the marks of scripts not listed under WD-4 and WD-5.
//! On the shared news sets and sentence suites the words are the same (3,318 texts; see
//! `examples/words_vs_uax29.rs`).

/// What a character does in a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Katakana,
    /// `_` and other connector punctuation (WD-3).
    Connector,
    /// Joins letters only (`:`, `·`).
    MidLetter,
    /// Joins digits only (`,`, `;`).
    MidDigit,
    /// Joins letters or digits (`.`, `'`, `’`).
    MidBoth,
    /// Combining marks, joiners, format characters (WD-4).
    Extend,
    /// A word by itself (WD-5).
    Alone,
    Other,
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '.' | '\'' => Class::MidBoth,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidDigit,
        '_' => Class::Connector,
        _ if c.is_ascii() => Class::Other,
        _ => non_ascii_class(c),
    }
}

fn non_ascii_class(c: char) -> Class {
    if is_common_letter(c) {
        return Class::Letter;
    }
    match u32::from(c) {
        0x2018 | 0x2019 | 0x2024 | 0xFE52 | 0xFF07 | 0xFF0E => Class::MidBoth,
        // Armenian marks written inside words.
        0x55A..=0x55C | 0x55E => Class::Letter,
        0xB7 | 0x387 | 0x55F | 0x5F4 | 0x2027 | 0xFE13 | 0xFE55 | 0xFF1A => Class::MidLetter,
        0x37E | 0x589 | 0x60C | 0x60D | 0x66C | 0x7F8 | 0x2044 | 0xFE10 | 0xFE14 | 0xFE50 | 0xFE54 | 0xFF0C
        | 0xFF1B => Class::MidDigit,
        0x202F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F => Class::Connector,
        0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0x32D0..=0x32FE | 0x3300..=0x3357 | 0xFF66..=0xFF9D => {
            Class::Katakana
        }
        cp if is_extend(cp, c) => Class::Extend,
        cp if c.is_alphabetic() => {
            if is_alone(cp) {
                Class::Alone
            } else {
                Class::Letter
            }
        }
        cp if c.is_numeric() => {
            // Decimal digits join (WB8); superscripts, fractions and other numbers do not.
            let other_number = matches!(cp, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x2070..=0x209F | 0x2150..=0x218F)
                || matches!(cp, 0x2460..=0x24FF | 0x2776..=0x2793 | 0x3192..=0x3195 | 0x3220..=0x325F)
                || matches!(cp, 0x3280..=0x32BF | 0x09F4..=0x09F9 | 0x0BF0..=0x0BF2 | 0x0F2A..=0x0F33 | 0x1369..=0x137C);
            if other_number {
                Class::Alone
            } else {
                Class::Digit
            }
        }
        _ => Class::Other,
    }
}

/// Whether `c` is a letter of Latin-1 or Latin Extended-A/B or of Cyrillic (not its signs and
/// combining marks): most of the letters beyond ASCII in the text Nutshell reads, told without
/// `char::is_alphabetic`'s table search (a third of the time of a Russian summary).
pub(crate) fn is_common_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{24f}' | '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}')
}

/// WD-4: marks and joiners that are not letters themselves (letters' own marks, like most
/// vowel signs, are alphabetic and join as letters).
fn is_extend(cp: u32, c: char) -> bool {
    let combining = matches!(cp, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x5BF | 0x5C1 | 0x5C2 | 0x5C4 | 0x5C5)
        || matches!(cp, 0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6DC | 0x6DF..=0x6E4 | 0x6E7 | 0x6E8)
        || matches!(cp, 0x6EA..=0x6ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE00..=0xFE0F)
        || matches!(cp, 0xFE20..=0xFE2F | 0x3099 | 0x309A | 0xE0100..=0xE01EF | 0x1F3FB..=0x1F3FF);
    let format = matches!(cp, 0xAD | 0x200C..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF | 0x61C);
    // The vowel signs, tone marks and viramas of Thai, Lao, Myanmar and Khmer, the viramas and other signs of the Indic blocks that are
    // not letters (not their punctuation, currency signs or fractions).
    let spaceless = matches!(cp, 0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0xEB1 | 0xEB4..=0xEBC | 0xEC8..=0xECE)
        || matches!(cp, 0x102B..=0x103E | 0x1056..=0x1059 | 0x105E..=0x1060 | 0x1062..=0x1064 | 0x1067..=0x106D)
        || matches!(cp, 0x1071..=0x1074 | 0x1082..=0x108D | 0x108F | 0x109A..=0x109D | 0x17B4..=0x17D3 | 0x17DD);
    let indic_sign = (0x900..=0xDFF).contains(&cp)
        && !c.is_alphabetic()
        && !c.is_numeric()
        && !matches!(cp, 0x964 | 0x965 | 0x970 | 0x9F2 | 0x9F3 | 0x9FA | 0x9FB | 0x9FD | 0xA76 | 0xAF0 | 0xAF1)
        && !matches!(cp, 0xBF3..=0xBFA | 0xC77 | 0xC7F | 0xD4F | 0xD79 | 0xDF4);
    combining || format || spaceless || indic_sign
}

/// WD-5, for a letter: ideographs, hiragana, and the letters of scripts written without
/// spaces (their digits join as digits do).
fn is_alone(cp: u32) -> bool {
    let ideograph = matches!(cp, 0x3006 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303A | 0x3400..=0x4DBF)
        || matches!(cp, 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF);
    let hiragana = matches!(cp, 0x3041..=0x3096 | 0x309D..=0x309F | 0x1B001..=0x1B11F);
    let spaceless = matches!(cp, 0xE01..=0xE7F | 0xE81..=0xEDF | 0x1000..=0x109F | 0x1780..=0x17FF)
        || matches!(cp, 0x1950..=0x19DF | 0x19E0..=0x19FF | 0x1A20..=0x1AAF | 0xA9E0..=0xA9FF | 0xAA60..=0xAADF);
    ideograph || hiragana || spaceless
}

/// The words of `text` with their byte offsets, in order.
pub fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, at: 0 }
}

/// The words of `text`, in order.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_indices(text).map(|(_, word)| word)
}

/// The iterator of [`word_indices`].
pub struct WordIndices<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            // ASCII spaces and punctuation start no word: passed over a byte at a time.
            let bytes = self.text.as_bytes();
            while bytes.get(self.at).is_some_and(|&b| ASCII[usize::from(b)] == SPACE) {
                self.at += 1;
            }
            if let Some(end) = ascii_word_end(bytes, self.at) {
                let start = std::mem::replace(&mut self.at, end);
                return self.text.get(start..end).map(|word| (start, word));
            }
            let c = self.text.get(self.at..).and_then(|rest| rest.chars().next())?;
            let start = self.at;
            let (end, is_word) = word_end(self.text, start, c);
            self.at = end.max(start + c.len_utf8());
            if is_word {
                return self.text.get(start..end).map(|word| (start, word));
            }
        }
    }
}

/// Most words: ASCII letters and digits (WD-1) starting at `start`, followed by the end of the
/// text or an ASCII character that joins nothing to them (not a WD-2 middle mark or a WD-3
/// connector). `None` sends every other case through [`word_end`].
fn ascii_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut end = start;
    while bytes.get(end).is_some_and(|&b| ASCII[usize::from(b)] == ALNUM) {
        end += 1;
    }
    let ends = bytes
        .get(end)
        .is_none_or(|&b| ASCII[usize::from(b)] == SPACE && !matches!(b, b'.' | b'\'' | b':' | b',' | b';'));
    (end > start && ends).then_some(end)
}

/// What a byte is to the word loops: an ASCII letter or digit, an ASCII byte that starts no
/// word (any other but `_`), or anything else (`_` and every byte of a character beyond ASCII).
const ASCII: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if byte == b'_' {
            OTHER
        } else {
            SPACE
        };
        b += 1;
    }
    table
};
const OTHER: u8 = 0;
const ALNUM: u8 = 1;
const SPACE: u8 = 2;

/// Where the run that starts with `first` at `start` ends, and whether it is a word.
fn word_end(text: &str, start: usize, first: char) -> (usize, bool) {
    let mut end = start + first.len_utf8();
    let (mut last, mut has_alphanumeric) = match class(first) {
        class @ (Class::Letter | Class::Digit | Class::Katakana | Class::Connector) => (class, first.is_alphanumeric()),
        Class::Alone => return (extend_end(text, end), true),
        _ => return (end, false),
    };
    let mut last_char = first;
    loop {
        if matches!(last, Class::Letter | Class::Digit | Class::Connector) {
            // Most of a word: ASCII letters and digits, which join each other (WD-1).
            let run = text.as_bytes().get(end..).unwrap_or_default().iter().take_while(|b| b.is_ascii_alphanumeric());
            if let Some((n, &b)) = run.enumerate().last() {
                end += n + 1;
                has_alphanumeric = true;
                last_char = char::from(b);
                last = class(last_char);
            }
        }
        end = extend_end(text, end);
        let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let next = class(c);
        if joins(last, next) {
            has_alphanumeric |= c.is_alphanumeric();
            (last, last_char) = (next, c);
            end += c.len_utf8();
            continue;
        }
        // WD-2: a middle mark needs the same kind on its far side.
        let after_mark = extend_end(text, end + c.len_utf8());
        let far = text.get(after_mark..).and_then(|rest| rest.chars().next());
        let hebrew = matches!(c, '"' | '\'') && is_hebrew_letter(last_char);
        let wanted = match (last, next) {
            // Hebrew abbreviations: ד"ר, and a final geresh (WB7a–WB7c).
            _ if hebrew && c == '"' && far.is_some_and(is_hebrew_letter) => Class::Letter,
            _ if hebrew && c == '\'' && !far.is_some_and(|f| class(f) == Class::Letter) => {
                end = after_mark;
                break;
            }
            (Class::Letter, Class::MidLetter | Class::MidBoth) => Class::Letter,
            (Class::Digit, Class::MidDigit | Class::MidBoth) => Class::Digit,
            _ => break,
        };
        match far {
            Some(far) if class(far) == wanted => end = after_mark,
            _ => break,
        }
    }
    (end, has_alphanumeric)
}

fn is_hebrew_letter(c: char) -> bool {
    matches!(u32::from(c), 0x5D0..=0x5EA | 0x5EF..=0x5F2 | 0xFB1D | 0xFB1F..=0xFB28 | 0xFB2A..=0xFB4F)
}

/// WD-1, WD-3: whether `next` continues a word whose last character is of class `last`.
fn joins(last: Class, next: Class) -> bool {
    use Class::{Connector, Digit, Katakana, Letter};
    matches!(
        (last, next),
        (Letter | Digit, Letter | Digit)
            | (Katakana, Katakana)
            | (Letter | Digit | Katakana | Connector, Connector)
            | (Connector, Letter | Digit | Katakana)
    )
}

/// Past the combining marks and format characters at `at` (WD-4).
fn extend_end(text: &str, at: usize) -> usize {
    if text.as_bytes().get(at).is_none_or(u8::is_ascii) {
        return at;
    }
    let rest = text.get(at..).unwrap_or_default();
    let marks: usize =
        rest.chars().take_while(|&c| !c.is_ascii() && class(c) == Class::Extend).map(char::len_utf8).sum();
    at + marks
}

#[cfg(test)]
mod tests {

    #[test]
    fn common_letters_are_alphabetic_and_neither_marks_nor_alone() {
        for c in ('\u{80}'..='\u{52f}').filter(|&c| is_common_letter(c)) {
            assert!(c.is_alphabetic() && !is_extend(u32::from(c), c) && !is_alone(u32::from(c)), "{c:?}");
        }
        assert!(!is_common_letter('×') && !is_common_letter('\u{483}') && is_common_letter('ß'));
    }

    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<(usize, &str)> {
        word_indices(text).collect()
    }

    fn uax29(text: &str) -> Vec<(usize, &str)> {
        text.unicode_word_indices().collect()
    }

    #[test]
    fn wd_rules() {
        let cases: &[(&str, &[&str])] = &[
            ("Sales rose 17% to $29.3 billion.", &["Sales", "rose", "17", "to", "29.3", "billion"]),
            ("The U.S. didn't say; 1,000 G20 5bn", &["The", "U.S", "didn't", "say", "1,000", "G20", "5bn"]),
            ("snake_case _x x_ __", &["snake_case", "_x", "x_"]),
            ("AT&T e-mail a.1 1.a 3:30 a:b", &["AT", "T", "e", "mail", "a", "1", "1", "a", "3", "30", "a:b"]),
            ("東京タワーへ行く", &["東", "京", "タワー", "へ", "行", "く"]),
            ("café naïve Zürich ½ x²", &["café", "naïve", "Zürich", "½", "x", "²"]),
            ("हिन्दी भाषा", &["हिन्दी", "भाषा"]),
            ("👍🏽 ok…", &["ok"]),
            ("ד\"ר כהן א' 'x'", &["ד\"ר", "כהן", "א'", "x"]),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text).collect::<Vec<_>>(), *expected, "{text}");
        }
    }

    #[test]
    fn matches_uax29_on_the_rule_cases() {
        for text in
            ["Sales rose 17% to $29.3 billion.", "The U.S. didn't say; 1,000 G20", "东京タワー", "हिन्दी", "ภาษาไทย"]
        {
            assert_eq!(ours(text), uax29(text), "{text}");
        }
    }

    /// Text from pieces that exercise every rule, as news in the profiled languages has them.
    fn news_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("word"),
            Just("Word"),
            Just("U.S."),
            Just("don't"),
            Just("it’s"),
            Just("1,000"),
            Just("29.3"),
            Just("5bn"),
            Just("G20"),
            Just("a_b"),
            Just("_"),
            Just("café"),
            Just("Ærø"),
            Just("straße"),
            Just("Москва"),
            Just("Αθήνα"),
            Just("e\u{301}"),
            Just("\u{301}"),
            Just("東京"),
            Just("タワー"),
            Just("ひらがな"),
            Just("हिन्दी"),
            Just("ภาษา"),
            Just("½"),
            Just("²"),
            Just("👍🏽"),
            Just("a\u{200D}b"),
            Just("\u{AD}"),
            Just("."),
            Just(","),
            Just(";"),
            Just(":"),
            Just("'"),
            Just("’"),
            Just("·"),
            Just("-"),
            Just("$"),
            Just("%"),
            Just("("),
            Just(")"),
            Just("\""),
            Just("“"),
            Just("—"),
            Just(" "),
            Just("  "),
            Just("\n"),
            Just("\t"),
            Just("3"),
            Just("x"),
            Just("ד\"ר"),
            Just("א'"),
            Just("שלום"),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn matches_uax29_on_news_like_text(text in news_like()) {
            prop_assert_eq!(ours(&text), uax29(&text));
        }

        #[test]
        fn words_are_in_order_inside_the_text(text in any::<String>()) {
            let mut at = 0;
            for (start, word) in word_indices(&text) {
                prop_assert!(start >= at);
                prop_assert_eq!(&text[start..start + word.len()], word);
                prop_assert!(word.chars().any(char::is_alphanumeric));
                at = start + word.len();
            }
        }
    }
}
