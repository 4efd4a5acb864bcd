//! Lower case without the standard library's case table. `char::to_lowercase` carries a table
//! of 1,400 pairs (11.7 KB of the wasm, 5 KB gzipped); the same mapping fits in 184 runs of
//! characters that lower-case alike ("A"–"Z" add 32, "Ā"–"Ķ" every other one adds 1). The
//! tests check every character against the standard library, so the two cannot drift apart
//! unnoticed: when a new Rust release brings a new Unicode version, `cargo test` says so, and
//! `cargo test -- --ignored --nocapture print_runs` prints the table anew.

/// Runs of characters beyond ASCII that lower-case alike, sorted: the first character in bits
/// 32–52, how many in bits 24–30, bit 23 set if every other character belongs to the run
/// (the others being lower case already), and what lower-casing adds to the character, plus
/// 2^22, in bits 0–22.
#[rustfmt::skip]
const RUNS: [u64; 184] = [
    0xc017400020, 0xd807400020, 0x10018c00001, 0x13203c00001, 0x13908c00001, 0x14a17c00001,
    0x178013fff87, 0x17903c00001, 0x181014000d2, 0x18202c00001, 0x186014000ce, 0x18701400001,
    0x189024000cd, 0x18b01400001, 0x18e0140004f, 0x18f014000ca, 0x190014000cb, 0x19101400001,
    0x193014000cd, 0x194014000cf, 0x196014000d3, 0x197014000d1, 0x19801400001, 0x19c014000d3,
    0x19d014000d5, 0x19f014000d6, 0x1a003c00001, 0x1a6014000da, 0x1a701400001, 0x1a9014000da,
    0x1ac01400001, 0x1ae014000da, 0x1af01400001, 0x1b1024000d9, 0x1b302c00001, 0x1b7014000db,
    0x1b801400001, 0x1bc01400001, 0x1c401400002, 0x1c501400001, 0x1c701400002, 0x1c801400001,
    0x1ca01400002, 0x1cb09c00001, 0x1de09c00001, 0x1f101400002, 0x1f202c00001, 0x1f6013fff9f,
    0x1f7013fffc8, 0x1f814c00001, 0x220013fff7e, 0x22209c00001, 0x23a01402a2b, 0x23b01400001,
    0x23d013fff5d, 0x23e01402a28, 0x24101400001, 0x243013fff3d, 0x24401400045, 0x24501400047,
    0x24605c00001, 0x37002c00001, 0x37601400001, 0x37f01400074, 0x38601400026, 0x38803400025,
    0x38c01400040, 0x38e0240003f, 0x39111400020, 0x3a309400020, 0x3cf01400008, 0x3d80cc00001,
    0x3f4013fffc4, 0x3f701400001, 0x3f9013ffff9, 0x3fa01400001, 0x3fd033fff7e, 0x40010400050,
    0x41020400020, 0x46011c00001, 0x48a1bc00001, 0x4c00140000f, 0x4c107c00001, 0x4d030c00001,
    0x53126400030, 0x10a026401c60, 0x10c701401c60, 0x10cd01401c60, 0x13a0504097d0, 0x13f006400008,
    0x1c8901400001, 0x1c902b3ff440, 0x1cbd033ff440, 0x1e004bc00001, 0x1e9e013fe241, 0x1ea030c00001,
    0x1f08083ffff8, 0x1f18063ffff8, 0x1f28083ffff8, 0x1f38083ffff8, 0x1f48063ffff8, 0x1f5904bffff8,
    0x1f68083ffff8, 0x1f88083ffff8, 0x1f98083ffff8, 0x1fa8083ffff8, 0x1fb8023ffff8, 0x1fba023fffb6,
    0x1fbc013ffff7, 0x1fc8043fffaa, 0x1fcc013ffff7, 0x1fd8023ffff8, 0x1fda023fff9c, 0x1fe8023ffff8,
    0x1fea023fff90, 0x1fec013ffff9, 0x1ff8023fff80, 0x1ffa023fff82, 0x1ffc013ffff7, 0x2126013fe2a3,
    0x212a013fdf41, 0x212b013fdfba, 0x21320140001c, 0x216010400010, 0x218301400001, 0x24b61a40001a,
    0x2c0030400030, 0x2c6001400001, 0x2c62013fd609, 0x2c63013ff11a, 0x2c64013fd619, 0x2c6703c00001,
    0x2c6d013fd5e4, 0x2c6e013fd603, 0x2c6f013fd5e1, 0x2c70013fd5e2, 0x2c7201400001, 0x2c7501400001,
    0x2c7e023fd5c1, 0x2c8032c00001, 0x2ceb02c00001, 0x2cf201400001, 0xa64017c00001, 0xa6800ec00001,
    0xa72207c00001, 0xa7321fc00001, 0xa77902c00001, 0xa77d013f75fc, 0xa77e05c00001, 0xa78b01400001,
    0xa78d013f5ad8, 0xa79002c00001, 0xa7960ac00001, 0xa7aa013f5abc, 0xa7ab013f5ab1, 0xa7ac013f5ab5,
    0xa7ad013f5abf, 0xa7ae013f5abc, 0xa7b0013f5aee, 0xa7b1013f5ad6, 0xa7b2013f5aeb, 0xa7b3014003a0,
    0xa7b408c00001, 0xa7c4013fffd0, 0xa7c5013f5abd, 0xa7c6013f75c8, 0xa7c702c00001, 0xa7cb013f5a99,
    0xa7cc08c00001, 0xa7dc013f59bf, 0xa7f501400001, 0xff211a400020, 0x1040028400028,
    0x104b024400028, 0x105700b400027, 0x1057c0f400027, 0x1058c07400027, 0x1059402400027,
    0x10c8033400040, 0x10d5016400020, 0x118a020400020, 0x16e4020400020, 0x16ea01940001b,
    0x1e90022400022,
];

/// The one character whose lower case is two: "İ" (U+0130) is "i" and a combining dot.
const DOTTED_CAPITAL_I: char = '\u{130}';

/// The lower case of `c`, for every character but [`DOTTED_CAPITAL_I`] (which gives "i").
pub(crate) fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == DOTTED_CAPITAL_I {
        return 'i';
    }
    let cp = u32::from(c);
    let i = RUNS.partition_point(|&run| (run >> 32) as u32 <= cp);
    let Some(&run) = i.checked_sub(1).and_then(|i| RUNS.get(i)) else { return c };
    let start = (run >> 32) as u32;
    let count = ((run >> 24) & 0x7f) as u32;
    let step = if run & (1 << 23) != 0 { 2 } else { 1 };
    let offset = cp - start;
    if offset % step != 0 || offset / step >= count {
        return c;
    }
    let delta = (run & 0x7f_ffff) as i64 - (1 << 22);
    char::from_u32((i64::from(cp) + delta) as u32).unwrap_or(c)
}

/// The lower case of `c` as `char::to_lowercase` gives it: one character, or two for "İ".
pub(crate) fn lower_chars(c: char) -> impl Iterator<Item = char> {
    let dot = (c == DOTTED_CAPITAL_I).then_some('\u{307}');
    std::iter::once(lower_char(c)).chain(dot)
}

/// `text` in lower case, as `str::to_lowercase` gives it: "İ" becomes "i" and a combining
/// dot, and a capital sigma that ends a word "ς". A word ends where no letter follows,
/// passing over marks and apostrophes, as the standard's case-ignorable characters are
/// passed over (an approximation of them).
pub(crate) fn to_lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        // Runs of ASCII, most of any text Nutshell reads, are copied and lowered whole.
        let ascii = text.as_bytes()[at..].iter().take_while(|b| b.is_ascii()).count();
        let from = out.len();
        out.push_str(&text[at..at + ascii]);
        out[from..].make_ascii_lowercase();
        at += ascii;
        let Some(c) = text[at..].chars().next() else { break };
        match c {
            DOTTED_CAPITAL_I => out.push_str("i\u{307}"),
            'Σ' => out.push(if ends_word(text, at) { 'ς' } else { 'σ' }),
            _ => out.push(lower_char(c)),
        }
        at += c.len_utf8();
    }
    out
}

/// Whether the capital sigma at byte `at` of `text` ends a word: a letter comes before it and
/// none after it.
fn ends_word(text: &str, at: usize) -> bool {
    let ignorable = |c: &char| matches!(c, '\'' | '’' | '.' | ':' | '·' | '\u{ad}' | '\u{300}'..='\u{36f}' | '\u{200b}'..='\u{200d}');
    let before = text[..at].chars().rev().find(|c| !ignorable(c)).is_some_and(char::is_alphabetic);
    let after = text[at + 'Σ'.len_utf8()..].chars().find(|c| !ignorable(c)).is_some_and(char::is_alphabetic);
    before && !after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lower_cases_as_the_standard_library_does() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32).filter(|&c| c != DOTTED_CAPITAL_I) {
            let mut std_lower = c.to_lowercase();
            assert_eq!(Some(lower_char(c)), std_lower.next(), "{c:?} U+{:04X}", u32::from(c));
            assert_eq!(std_lower.next(), None);
        }
        assert!(lower_chars(DOTTED_CAPITAL_I).eq(DOTTED_CAPITAL_I.to_lowercase()));
        assert!(lower_chars('Σ').eq('Σ'.to_lowercase()));
    }

    #[test]
    fn strings_lower_case_as_the_standard_library_does() {
        for text in [
            "",
            "Hello WORLD",
            "ÀÉÎÕÜ Ÿ Straße",
            "İstanbul",
            "ΟΔΥΣΣΕΥΣ",
            "ΣΑΣ ΣΑΣ.",
            "Σ",
            "ΑΣ'",
            "МОСКВА Київ",
            "ԵՐԵՎԱՆ",
            "ǅǄǆ",
            "ᲐᲑᲒ",
            "𐐀𐐁",
            "Ⅻ",
            "Ⓐ",
            "ＡＢＣ",
        ] {
            assert_eq!(to_lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    /// Prints [`RUNS`] from the standard library's mapping.
    #[test]
    #[ignore]
    fn print_runs() {
        let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            if lower.len() != 1 || lower[0] == c {
                continue;
            }
            let (cp, delta) = (u32::from(c), i64::from(u32::from(lower[0])) - i64::from(u32::from(c)));
            if let Some(last) = runs.last_mut() {
                let (start, count, step, d) = *last;
                let follows = if count == 1 { cp == start + 1 || cp == start + 2 } else { cp == start + count * step };
                if d == delta && follows {
                    if count == 1 {
                        last.2 = cp - start;
                    }
                    last.1 += 1;
                    continue;
                }
            }
            runs.push((cp, 1, 1, delta));
        }
        println!("{} runs", runs.len());
        for (start, count, step, delta) in runs {
            let packed = (u64::from(start) << 32)
                | (u64::from(count) << 24)
                | (u64::from(step - 1) << 23)
                | (delta + (1 << 22)) as u64;
            println!("{packed:#x},");
        }
    }
}
