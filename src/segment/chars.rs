//! Character classes the segmenter needs, after UAX #29's sentence classes (`STerm`, `ATerm`,
//! `Close`), written out so the hot loop can test a byte before it decodes a character.

/// Whether `c` ends a sentence in any script: UAX #29 `STerm` and `ATerm` (Unicode 16), plus
/// the horizontal ellipsis, which the segmenter treats as three full stops (SEG-14).
pub(crate) fn is_terminator(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '.' | '!' | '?');
    }
    let code = u32::from(c);
    STERM
        .binary_search_by(|&(lo, hi)| {
            if hi < code {
                std::cmp::Ordering::Less
            } else if lo > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
        || c == ELLIPSIS
}

/// U+2026 HORIZONTAL ELLIPSIS.
pub(crate) const ELLIPSIS: char = '\u{2026}';

/// Terminators that end a sentence even when the next one follows without a space: the full
/// stops of scripts other than Latin, Greek and Cyrillic (CJK "。", Ethiopic "።", Myanmar "။",
/// Devanagari "।", Arabic "؟"), which no abbreviation or number uses.
pub(crate) fn is_spaceless_terminator(c: char) -> bool {
    !c.is_ascii()
        && is_terminator(c)
        && !matches!(
            c,
            ELLIPSIS | '\u{2024}' | '\u{FE52}' | '\u{203C}'..='\u{2049}'
        )
}

/// UAX #29 `STerm` ∪ `ATerm` outside ASCII, as inclusive code point ranges, sorted.
const STERM: &[(u32, u32)] = &[
    (0x0589, 0x0589),
    (0x061D, 0x061F),
    (0x06D4, 0x06D4),
    (0x0700, 0x0702),
    (0x07F9, 0x07F9),
    (0x0837, 0x0837),
    (0x0839, 0x0839),
    (0x083D, 0x083E),
    (0x0964, 0x0965),
    (0x104A, 0x104B),
    (0x1362, 0x1362),
    (0x1367, 0x1368),
    (0x166E, 0x166E),
    (0x1735, 0x1736),
    (0x17D4, 0x17D5),
    (0x1803, 0x1803),
    (0x1809, 0x1809),
    (0x1944, 0x1945),
    (0x1AA8, 0x1AAB),
    (0x1B4E, 0x1B4F),
    (0x1B5A, 0x1B5B),
    (0x1B5E, 0x1B5F),
    (0x1B7D, 0x1B7F),
    (0x1C3B, 0x1C3C),
    (0x1C7E, 0x1C7F),
    (0x2024, 0x2024),
    (0x203C, 0x203D),
    (0x2047, 0x2049),
    (0x2CF9, 0x2CFB),
    (0x2E2E, 0x2E2E),
    (0x2E3C, 0x2E3C),
    (0x2E53, 0x2E54),
    (0x3002, 0x3002),
    (0xA4FF, 0xA4FF),
    (0xA60E, 0xA60F),
    (0xA6F3, 0xA6F3),
    (0xA6F7, 0xA6F7),
    (0xA876, 0xA877),
    (0xA8CE, 0xA8CF),
    (0xA92F, 0xA92F),
    (0xA9C8, 0xA9C9),
    (0xAA5D, 0xAA5F),
    (0xAAF0, 0xAAF1),
    (0xABEB, 0xABEB),
    (0xFE12, 0xFE12),
    (0xFE15, 0xFE16),
    (0xFE52, 0xFE52),
    (0xFE56, 0xFE57),
    (0xFF01, 0xFF01),
    (0xFF0E, 0xFF0E),
    (0xFF1F, 0xFF1F),
    (0xFF61, 0xFF61),
    (0x10A56, 0x10A57),
    (0x10F55, 0x10F59),
    (0x10F86, 0x10F89),
    (0x11047, 0x11048),
    (0x110BE, 0x110C1),
    (0x11141, 0x11143),
    (0x111C5, 0x111C6),
    (0x111CD, 0x111CD),
    (0x111DE, 0x111DF),
    (0x11238, 0x11239),
    (0x1123B, 0x1123C),
    (0x112A9, 0x112A9),
    (0x113D4, 0x113D5),
    (0x1144B, 0x1144C),
    (0x115C2, 0x115C3),
    (0x115C9, 0x115D7),
    (0x11641, 0x11642),
    (0x1173C, 0x1173E),
    (0x11944, 0x11944),
    (0x11946, 0x11946),
    (0x11A42, 0x11A43),
    (0x11A9B, 0x11A9C),
    (0x11C41, 0x11C42),
    (0x11EF7, 0x11EF8),
    (0x11F43, 0x11F44),
    (0x16A6E, 0x16A6F),
    (0x16AF5, 0x16AF5),
    (0x16B37, 0x16B38),
    (0x16B44, 0x16B44),
    (0x16D6E, 0x16D6F),
    (0x16E98, 0x16E98),
    (0x1BC9F, 0x1BC9F),
    (0x1DA88, 0x1DA88),
];

/// Closing punctuation that stays with the sentence it follows (UAX #29 `Close`, the quotes
/// that close, and the backtick of `` `like this' `` quoting).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '`'
            | '»'
            | '›'
            | '\u{2019}'
            | '\u{201D}'
            | '\u{201C}'
            | '\u{3009}'
            | '\u{300B}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{3011}'
            | '\u{3015}'
            | '\u{3017}'
            | '\u{FF09}'
            | '\u{FF3D}'
            | '\u{FF5D}'
            | '\u{FF63}'
    ) || is_format(c)
}

/// Opening punctuation that may precede a word (skipped when reading the word).
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '`'
            | '«'
            | '‹'
            | '\u{2018}'
            | '\u{201A}'
            | '\u{201C}'
            | '\u{201E}'
            | '\u{3008}'
            | '\u{300A}'
            | '\u{300C}'
            | '\u{300E}'
            | '\u{3010}'
            | '\u{3014}'
            | '\u{FF08}'
            | '\u{FF3B}'
            | '\u{FF5B}'
            | '\u{FF62}'
    ) || is_format(c)
}

/// Invisible formatting characters (bidi controls, zero-width space, BOM) that sit between a
/// word and its punctuation in some texts and must not hide either.
pub(crate) fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Dashes that may stand between a terminator and a continuing clause ("voila! -- you").
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}')
}

/// A lowercase letter: one that cannot start a sentence in a cased script.
pub(crate) fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// An uppercase or title-case letter, or a letter of a script without case (which may start
/// a sentence just as well).
pub(crate) fn is_sentence_initial_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// Whitespace inside a run of text, including the soft line breaks a run may hold.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}
