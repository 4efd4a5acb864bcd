//! A sorted, lower-case word list with a filter in front: for each first letter, a bit mask of
//! the word lengths present, so most words are rejected without a comparison, and the range of
//! words with that letter, so the rest compare against a few words of their own length only.

/// A set of ASCII words, lower case and sorted.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Bit `n` of `lengths[letter]` is set when a word of `n` bytes (up to 31) starts with
    /// `letter`; bit 31 stands for every longer word.
    lengths: [u32; 26],
    /// The words starting with letter `l` are `words[starts[l]..starts[l + 1]]`.
    starts: [u16; 27],
}

impl WordSet {
    /// The set of `words`, which must be sorted, lower case and start with a letter `a`–`z`
    /// (at most 65 535 of them).
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u32; 26];
        let mut starts = [0u16; 27];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            if !bytes.is_empty() && bytes[0].is_ascii_lowercase() {
                let letter = (bytes[0] - b'a') as usize;
                lengths[letter] |= length_bit(bytes.len());
                // Counts per letter for now; summed into starts below.
                starts[letter + 1] += 1;
            }
            i += 1;
        }
        let mut letter = 1;
        while letter < 27 {
            starts[letter] += starts[letter - 1];
            letter += 1;
        }
        WordSet { words, lengths, starts }
    }

    /// Whether the set holds `word` (already lower case).
    pub fn contains_lowercase(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        if !first.is_ascii_lowercase() {
            return false;
        }
        let letter = (first - b'a') as usize;
        if self.lengths[letter] & length_bit(word.len()) == 0 {
            return false;
        }
        let bucket = self.words.get(self.starts[letter] as usize..self.starts[letter + 1] as usize);
        bucket.unwrap_or(&[]).iter().any(|w| w.len() == word.len() && *w == word)
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
        const SET: WordSet = WordSet::new(&["ab", "abc", "b", "international-organisations", "zz"]);
        for word in ["ab", "abc", "b", "international-organisations", "zz"] {
            assert!(SET.contains_lowercase(word));
        }
        for word in ["", "a", "abcd", "c", "Ab", "1", "é", "international-organisation", "z", "{"] {
            assert!(!SET.contains_lowercase(word));
        }
    }
}
