//! Eight bytes at a time: the segmenter's byte loops skip runs of plain text with a few
//! word-wide tests on a `u64` of eight text bytes ("SIMD within a register"), looking at
//! single bytes only where a test says one of them matters.
//!
//! Each test is exact about whether a byte matches (no false positives or negatives), so a
//! skipped run is one the byte-by-byte loop would have passed over too.

const ONES: u64 = u64::from_le_bytes([1; 8]);
pub(crate) const HIGH_BITS: u64 = ONES << 7;

/// `b` in each of the eight bytes of a word.
pub(crate) const fn repeated(b: u8) -> u64 {
    ONES * b as u64
}

/// The offset, from `at`, of the first eight bytes of `bytes` that `quiet` does not pass, or
/// of the last few bytes when fewer than eight are left: where a byte loop must take over.
pub(crate) fn skip_quiet(bytes: &[u8], mut at: usize, quiet: impl Fn(u64) -> bool) -> usize {
    while word_at(bytes, at).is_some_and(&quiet) {
        at += 8;
    }
    at
}

/// The eight bytes of `bytes` at `at`, as a little-endian word (byte `k` in bits `8k..8k+8`).
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// Whether a byte of `word` equals `b`.
pub(crate) fn has_byte(word: u64, b: u8) -> bool {
    let xor = word ^ repeated(b);
    xor.wrapping_sub(ONES) & !xor & HIGH_BITS != 0
}

/// Whether a byte of `word` is below `n` (`n` at most 0x80).
pub(crate) fn has_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(repeated(n)) & !word & HIGH_BITS != 0
}

/// Whether a byte of `word` is 0x80 or above (not ASCII).
pub(crate) fn has_non_ascii(word: u64) -> bool {
    word & HIGH_BITS != 0
}

/// For a `word` of ASCII bytes from 0x20 up: bit 7 of each byte that is a space (0x20), every
/// other bit clear.
pub(crate) fn spaces_of_printable(word: u64) -> u64 {
    // 0xA0 - b has its top bit set exactly when b <= 0x20; no byte borrows from the next.
    repeated(0xA0).wrapping_sub(word) & HIGH_BITS
}

/// Letters from the rarest in English prose to the commonest: a phrase is looked for at its
/// rarest letter, which few places of a text hold.
const RARITY: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";

/// Whether `hay` holds `phrase` (lower-case ASCII) in any ASCII case: the places of the
/// phrase's rarest letter are found eight bytes at a time, and the phrase is compared only
/// there. What `to_lowercase(hay).contains(phrase)` says for a phrase without a "k" (which
/// the Kelvin sign lowers to), without lowering the text or building a searcher for it.
pub(crate) fn contains_ignoring_ascii_case(hay: &str, phrase: &str) -> bool {
    let (hay, phrase) = (hay.as_bytes(), phrase.as_bytes());
    if phrase.is_empty() {
        return true;
    }
    let k = RARITY.iter().find_map(|r| phrase.iter().position(|b| b == r)).unwrap_or(0);
    let (lower, upper) = (phrase[k], phrase[k].to_ascii_uppercase());
    let mut at = k;
    while at - k + phrase.len() <= hay.len() {
        at = skip_quiet(hay, at, |word| !has_byte(word, lower) && !has_byte(word, upper));
        let Some(&b) = hay.get(at) else { break };
        if (b == lower || b == upper)
            && hay.get(at - k..at - k + phrase.len()).is_some_and(|w| w.eq_ignore_ascii_case(phrase))
        {
            return true;
        }
        at += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_tests_agree_with_a_byte_loop(chunk in proptest::array::uniform8(any::<u8>()), b in any::<u8>(), n in 0u8..=0x80) {
            let word = u64::from_le_bytes(chunk);
            prop_assert_eq!(has_byte(word, b), chunk.contains(&b));
            prop_assert_eq!(has_below(word, n), chunk.iter().any(|&c| c < n));
            prop_assert_eq!(has_non_ascii(word), chunk.iter().any(|&c| c >= 0x80));
        }

        #[test]
        fn spaces_of_printable_marks_exactly_the_spaces(chunk in proptest::array::uniform8(0x20u8..0x80)) {
            let word = u64::from_le_bytes(chunk);
            let expected = chunk.iter().enumerate().fold(0u64, |m, (k, &c)| m | u64::from(c == b' ') << (8 * k + 7));
            prop_assert_eq!(spaces_of_printable(word), expected);
        }
    }

    proptest! {
        #[test]
        fn phrases_are_found_as_lowering_finds_them(
            hay in "[a-zA-Z VvPp.éΣ]{0,60}",
            phrase in prop::sample::select(vec!["all rights reserved", " appeared first on", "v", "pv", "e", "ave"]),
        ) {
            let text = format!("{hay}All Rights RESERVED{hay}");
            prop_assert!(contains_ignoring_ascii_case(&text, "all rights reserved"));
            let lowered = crate::case::to_lowercase(&hay);
            prop_assert_eq!(contains_ignoring_ascii_case(&hay, phrase), lowered.contains(phrase));
        }
    }

    #[test]
    fn phrases_are_found_at_either_end_only_whole() {
        assert!(contains_ignoring_ascii_case("all rights reserved", "all rights reserved"));
        assert!(contains_ignoring_ascii_case("x ALL RIGHTS RESERVED", "all rights reserved"));
        assert!(!contains_ignoring_ascii_case("all rights reserve", "all rights reserved"));
        assert!(!contains_ignoring_ascii_case("ll rights reserved", "all rights reserved"));
        assert!(contains_ignoring_ascii_case("", ""));
        assert!(!contains_ignoring_ascii_case("", "v"));
    }

    #[test]
    fn words_are_read_whole_or_not_at_all() {
        let bytes = b"0123456789";
        assert_eq!(word_at(bytes, 2), Some(u64::from_le_bytes(*b"23456789")));
        assert_eq!(word_at(bytes, 3), None);
        assert_eq!(word_at(bytes, usize::MAX), None);
    }
}
