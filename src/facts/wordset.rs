//! A sorted, lower-case word list with a filter in front: for each first letter, a bit mask of
//! the word lengths present, so most words are rejected without a search.

/// A set of ASCII words, lower case and sorted.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Bit `n` of `lengths[letter]` is set when a word of `n` bytes (up to 31) starts with
    /// `letter`; bit 31 stands for every longer word.
    lengths: [u32; 26],
}

impl WordSet {
    /// The set of `words`, which must be sorted, lower case and start with a letter `a`–`z`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u32; 26];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            if !bytes.is_empty() && bytes[0].is_ascii_lowercase() {
                lengths[(bytes[0] - b'a') as usize] |= length_bit(bytes.len());
            }
            i += 1;
        }
        WordSet { words, lengths }
    }

    /// Whether the set holds `word` (already lower case).
    pub fn contains_lowercase(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        let possible =
            first.is_ascii_lowercase() && self.lengths[(first - b'a') as usize] & length_bit(word.len()) != 0;
        possible && self.words.binary_search(&word).is_ok()
    }

    /// The words, in order.
    #[cfg(test)]
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

const fn length_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn finds_exactly_its_words() {
        const SET: WordSet = WordSet::new(&["ab", "abc", "b", "international-organisations"]);
        for word in ["ab", "abc", "b", "international-organisations"] {
            assert!(SET.contains_lowercase(word));
        }
        for word in ["", "a", "abcd", "c", "Ab", "1", "é", "international-organisation"] {
            assert!(!SET.contains_lowercase(word));
        }
    }
}
